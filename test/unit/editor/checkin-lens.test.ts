// The per-KR check-in CodeLens as data: one per KR, on its first line, titled by what it does.
import assert from 'node:assert/strict';
import { keyResultLenses } from '../../../src/core/checkin-lens';
import { keyResultAtLine } from '../../../src/core/checkin';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';

const TEXT = `---
quarter: 2026-Q4
---
# Team

## O1: Ship the new plan

- KR1: Grow paying teams from 40 to 60
  - 2026-11-07: 45
- [ ] KR2: VP Sales hired
- [x] KR3: Pricing page released

## O2: Keep it calm

### KR1: Reduce pages from 12 to 4 per week

Current: 9
`;

describe('per-KR check-in lenses', () => {
  it('puts one lens on the first line of each KR: Check in, or Mark done / Mark not done on a milestone', () => {
    const doc = parseOkr(TEXT);
    const lenses = keyResultLenses(doc);
    const lines = TEXT.split('\n');
    assert.deepEqual(
      lenses.map((l) => [lines[l.line]!.slice(0, 10), l.title, l.done]),
      [
        ['- KR1: Gro', 'Check in', undefined],
        ['- [ ] KR2:', 'Mark done', true],
        ['- [x] KR3:', 'Mark not done', false],
        ['### KR1: R', 'Check in', undefined],
      ],
    );
    for (const lens of lenses) {
      assert.equal(lens.range.start.line, lens.line);
      assert.equal(lens.range.start.offset, lens.range.end.offset, 'an empty range at the KR');
    }
  });

  it('names a line the Check In command finds the same KR on, for every KR', () => {
    const doc = parseOkr(TEXT);
    const lines = new LineIndex(TEXT);
    const all = doc.objectives.flatMap((o) => o.keyResults);
    assert.deepEqual(keyResultLenses(doc).map((l) => keyResultAtLine(doc, lines, l.line)), all);
  });

  it('translates the titles and gives none for a file without KRs', () => {
    const doc = parseOkr(TEXT);
    const shout = (m: string): string => m.toUpperCase();
    assert.deepEqual(keyResultLenses(doc, shout).map((l) => l.title), ['CHECK IN', 'MARK DONE', 'MARK NOT DONE', 'CHECK IN']);
    assert.deepEqual(keyResultLenses(parseOkr('# Notes\n\nNothing here.\n')), []);
  });

  it('costs one pass over the KRs: a 300-objective model gives its 900 lenses quickly', () => {
    const big = `---\nquarter: 2026-Q4\n---\n# Big\n\n${Array.from({ length: 300 }, (_, i) => `## O${i + 1}: Objective ${i}\n\n- KR1: Grow a from ${i} to ${i + 10}\n- [ ] KR2: Beta shipped\n- [x] KR3: Docs shipped\n`).join('\n')}`;
    const parseStarted = process.hrtime.bigint();
    const doc = parseOkr(big);
    const parseMs = Number(process.hrtime.bigint() - parseStarted) / 1e6;
    let lenses = keyResultLenses(doc);
    // The fastest of five runs against one parse of the same model (the editor parses once per
    // version anyway): relative, so a loaded machine slows both.
    let ms = Infinity;
    for (let i = 0; i < 5; i++) {
      const started = process.hrtime.bigint();
      lenses = keyResultLenses(doc);
      ms = Math.min(ms, Number(process.hrtime.bigint() - started) / 1e6);
    }
    assert.equal(lenses.length, 900);
    assert.equal(lenses.filter((l) => l.done === true).length, 300);
    assert.ok(ms * 20 < parseMs, `lenses ${ms} ms vs parse ${parseMs} ms`);
  });
});
