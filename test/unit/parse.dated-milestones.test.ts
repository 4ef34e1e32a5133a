// Dated milestone key results (`2. 2026-11-30: 100 paying customers`) are key results, not check-ins
// of the key result above: a check-in at a KR's own column must report a value, the KR above must be
// able to take one (a target or a current value, not a checkbox), and a numbered item that continues
// the list's numbering with more than a value is the next key result.
import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../src/core/incremental';
import { parseOkr } from '../../src/core/parse';

const shape = (text: string): [string, string[]][] =>
  parseOkr(text).objectives.flatMap((o) => o.keyResults.map((kr): [string, string[]] => [kr.text, kr.checkins.map((c) => c.dateRaw)]));

describe('dated milestone key results', () => {
  it('numbered dated KRs after a KR with a number in it stay key results (rev-m)', () => {
    const text = '## O1: Launch the self-serve plan\n\nKey results:\n1. Beta shipped to 10 design partners\n2. 2026-11-30: 100 paying customers\n3. 2026-12-15: Launch v2 publicly\n';
    const doc = parseOkr(text);
    assert.deepEqual(shape(text), [
      ['Beta shipped to 10 design partners', []],
      ['2026-11-30: 100 paying customers', []],
      ['2026-12-15: Launch v2 publicly', []],
    ]);
    assert.deepEqual(doc.problems.filter((p) => p.code === 'checkin-invalid'), []);
    assert.equal(doc.objectives[0]!.keyResults[0]!.current, null, 'no made-up current value');
  });

  it('a dated item after an unmeasured KR or a checkbox milestone is the next KR', () => {
    assert.deepEqual(shape('## O1: Launch\n\n- Beta ready\n- Dec 15 2 case studies published\n').map((k) => k[0]), ['Beta ready', 'Dec 15 2 case studies published']);
    assert.deepEqual(shape('## O1: Launch\n\n- [ ] Beta shipped to 10 teams\n- 2026-11-30: 100 paying customers\n').map((k) => k[0]), ['Beta shipped to 10 teams', '2026-11-30: 100 paying customers']);
  });

  it('a digit is not a value: `Launch v2`, `Q4 retro` after a metric KR are key results', () => {
    const text = '## O1: Ship\n\n- KR1: Grow signups from 10 to 20\n- 2026-11-30: Launch v2 publicly\n- 2026-12-15: Q4 retro done\n';
    assert.deepEqual(shape(text), [
      ['Grow signups from 10 to 20', []],
      ['2026-11-30: Launch v2 publicly', []],
      ['2026-12-15: Q4 retro done', []],
    ]);
  });

  it('a check-in with a value under a metric KR is still its check-in (bulleted, and numbered when bare)', () => {
    assert.deepEqual(shape('## O1: Grow\n\n- KR1: Raise NPS from 30 to 45\n- 2026-10-02: 40 — survey\n- KR2: Cut churn from 5% to 3%\n'), [
      ['Raise NPS from 30 to 45', ['2026-10-02']],
      ['Cut churn from 5% to 3%', []],
    ]);
    assert.deepEqual(shape('## O1: Grow\n\n1. Raise NPS from 30 to 45\n2. 2026-10-02: 40, confidence 0.6\n3. Cut churn from 5% to 3%\n'), [
      ['Raise NPS from 30 to 45', ['2026-10-02']],
      ['Cut churn from 5% to 3%', []],
    ]);
    // Numbered out of sequence: the user did not number it as a KR.
    assert.deepEqual(shape('## O1: Grow\n\n1. Raise NPS from 30 to 45\n1. 2026-10-02: 40 responses so far\n').map((k) => k[1]), [['2026-10-02']]);
  });

  it('the incremental cache reads them the same as parseOkr', () => {
    const before = '## O1: Launch\n\n1. Beta shipped\n2. 2026-11-30: 100 paying customers\n';
    const inc = new IncrementalDocument();
    inc.update(before);
    const after = before.replace('Beta shipped', 'Beta shipped to 10 partners');
    assert.deepEqual(inc.update(after).objectives.map((o) => o.keyResults.map((k) => k.text)), parseOkr(after).objectives.map((o) => o.keyResults.map((k) => k.text)));
  });
});
