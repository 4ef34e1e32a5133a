// The incremental linter keys its per-objective cache by the objective's text and must tell apart
// two objectives with the same text when one of them ends the file: their "Add an owner" / "Add a
// key result" fixes differ (a trailing line break only before more text). rev-m P4, found by
// FC_SEED=1234 FC_RUNS=400 incremental.property.test.ts.
import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../src/core/incremental';
import { createLinter, defaultConfig, lint } from '../../src/core/lint/index';
import { parseOkr } from '../../src/core/parse';

describe('incremental lint: objectives with the same text, one last in the file', () => {
  it('the cached reports equal a fresh lint after a heading is inserted into the last one', () => {
    const options = { config: defaultConfig(), fileName: 'okr.md' };
    const initial =
      '### O1: Delight new teams\n\nOwner: @alice · Type: committed\n\n\n\n### O1: Delight new teams\n\nOwner: @alice · Type: committed\n\n- KR10: Grow signups from 10 to 20\n<details><summary>Check-ins</summary>\n\n  - 2026-10-02: 12\n\n</details>\n\n- KR11: Cut churn from 5% to 3%\n\n\n## Objectives\n\n- O1: Grow the community\n   - context: from the Q3 survey\n10. O4: Win\n10. O4: Win\n';
    const at = Math.floor(0.947076 * initial.length);
    const text = initial.slice(0, at) + '# Company OKRs — Q4 2026\n' + initial.slice(at);
    const cache = new IncrementalDocument();
    const linter = createLinter();
    linter.lint(cache.update(initial), initial, options);
    const doc = cache.update(text);
    assert.deepEqual(doc, parseOkr(text));
    const got = linter.lint(doc, text, { ...options, lines: cache.lineIndex ?? undefined });
    const want = lint(parseOkr(text), text, options);
    assert.deepEqual(got, want);
    // The file's last objective: its inserting fixes end without a line break (nothing follows).
    const last = got.filter((r) => ['objective-missing-owner', 'objective-no-key-results'].includes(r.ruleId) && r.range.start.offset > at);
    assert.ok(last.length >= 2);
    for (const r of last) assert.ok(!r.fixes![0]!.edits[0]!.newText.endsWith('\n'), r.ruleId);
  });
});
