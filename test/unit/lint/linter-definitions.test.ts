// A long-lived linter must equal the stateless lint when a definition elsewhere changes what an
// unchanged objective's KR text reads as (the text is the paragraph's plain text: `[foo]` reads
// 'foo' once `[foo]: url` exists, `teams[^n]` reads 'teams' once `[^n]: …` does). Reproductions
// from a review: both failed while the linter reused the objective's cached reports and facts.
import assert from 'node:assert/strict';
import { createLinter, defaultConfig, lint } from '../../../src/core/lint/index';
import { parseOkr } from '../../../src/core/parse';
import { IncrementalDocument } from '../../../src/core/incremental';
const options = { config: defaultConfig(), fileName: 'okr.md' };
const file = (def: string, kr2: string) => ['---', 'quarter: 2026-Q4', '---', '', '# OKRs', '', def, '## O1: Grow', '', '- KR1: Reach 40 paying teams by 2026-12-01', '',
  '## O2: Keep', '', `- KR1: ${kr2}`, '', '## O3: Third', '', '- KR1: Reach 50 paying teams', ''].join('\n');
describe('createLinter: a definition added outside an unchanged objective', () => {
  for (const [name, def, kr2] of [
    ['footnote definition (kr-duplicate missed)', '[^n]: counted by finance\n', 'Reach 40 paying teams by 2026-12-01[^n]'],
    ['link definition (stale quoted KR text)', '[foo]: https://example.com/foo\n', 'Ship the [foo] importer to 40 teams by 2026-12-01'],
  ] as const) {
    it(name, () => {
      const cache = new IncrementalDocument();
      const linter = createLinter();
      const a = file('', kr2);
      const b = file(def, kr2);
      linter.lint(cache.update(a), a, { ...options, lines: cache.lineIndex ?? undefined });
      const got = linter.lint(cache.update(b), b, { ...options, lines: cache.lineIndex ?? undefined });
      const expected = lint(parseOkr(b), b, options);
      assert.deepEqual(got, expected);
      // (What differs from the first version: the test would pass vacuously if nothing did.)
      assert.notDeepEqual(expected, lint(parseOkr(a), a, options));
    });
  }
});
