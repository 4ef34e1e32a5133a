// Long lines through the KR wording patterns: analyseWording cuts its input, and findNumbers, which
// objective-has-metric calls on whole objective titles, must too. Before it did, a 100 KB heading
// of spaces or of `1.1.1…` took seconds per lint (patterns that rescan a run once per position):
// with this suite's 20 s timeout, a regression fails here.
import assert from 'node:assert/strict';
import { defaultConfig, lint } from '../../../src/core/lint/index';
import { findNumbers, MAX_WORDING_LENGTH } from '../../../src/core/lint/wording';
import { parseOkr } from '../../../src/core/parse';

const doc = (title: string) => `---\ncycle: 2026-Q4\n---\n## O1: ${title}\n\nOwner: @a\n\n- KR1: Increase ARR from 1 to 2\n- KR2: Increase NPS from 3 to 4\n`;

describe('wording patterns on very long input', function () {
  this.timeout(20_000);
  // 100 KB each: before the cut, one lint of such a heading took 6–7 s.
  const runs = ['Increase' + ' '.repeat(100_000) + 'x', '1.'.repeat(50_000), 'Grow Cells' + 'a'.repeat(100_000) + ' 1.0', 'Grow Revenue' + ' '.repeat(100_000) + 'x 5'];

  it('findNumbers reads only the first MAX_WORDING_LENGTH characters', () => {
    for (const text of runs) {
      for (const n of findNumbers(text)) assert.ok(n.end <= MAX_WORDING_LENGTH, `${n.raw} at ${n.end}`);
    }
    // Within the limit it still finds what is there.
    assert.deepEqual(findNumbers('Grow revenue to 5 customers').map((n) => n.raw), ['5']);
  });

  it('lint of an objective whose heading is 100 KB of one pattern finishes and reports', () => {
    for (const title of runs) {
      {
        const text = doc(title);
        const model = parseOkr(text);
        const diagnostics = lint(model, text, { config: defaultConfig() });
        // The heading's runs of spaces fold into one in the title: only a title that stays long is too long.
        assert.equal(diagnostics.some((d) => d.ruleId === 'objective-too-long'), model.objectives[0]!.title.length > 70);
      }
    }
  });
});
