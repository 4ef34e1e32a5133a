import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../../src/core/incremental';
import { createLinter, defaultConfig, lint } from '../../../src/core/lint/index';
import { parseOkr } from '../../../src/core/parse';

const options = { config: defaultConfig(), fileName: 'okr.md' };
const objective = (n: number): string => `## O${n}: Improve things ${n}\n\n- KR1: Write blog posts\n- KR2: Increase signups from 10 to 20\n`;
const file = `---\ncycle: 2026-Q4\n---\n\n# OKRs\n\n${[1, 2, 3].map(objective).join('\n')}`;

describe('createLinter: incremental lint', () => {
  it('re-runs the objective-scope rules only for the edited objective, shifting the others', () => {
    const cache = new IncrementalDocument();
    const linter = createLinter();
    linter.lint(cache.update(file), file, options);
    assert.deepEqual(linter.lastStats, { reused: 0, computed: 3 });
    // Type a line into the first objective: the two after it move down by one line.
    const at = file.indexOf('- KR2');
    const edited = `${file.slice(0, at)}- KR0: Reduce churn from 5% to 3%\n${file.slice(at)}`;
    const got = linter.lint(cache.update(edited), edited, { ...options, lines: cache.lineIndex ?? undefined });
    assert.deepEqual(linter.lastStats, { reused: 2, computed: 1 });
    assert.deepEqual(got, lint(parseOkr(edited), edited, options));
    assert.ok(got.some((d) => d.ruleId === 'kr-task-like' && d.range.start.line > edited.slice(0, edited.indexOf('## O3')).split('\n').length - 1), 'a shifted report in O3');
  });

  it('recomputes everything when a document fact the rules read changes (the cycle)', () => {
    const linter = createLinter();
    linter.lint(parseOkr(file), file, options);
    const other = file.replace('2026-Q4', '2027-Q1');
    assert.deepEqual(linter.lint(parseOkr(other), other, options), lint(parseOkr(other), other, options));
    assert.deepEqual(linter.lastStats, { reused: 0, computed: 3 });
  });

  it('recomputes after the options change', () => {
    const linter = createLinter();
    linter.lint(parseOkr(file), file, options);
    const config = { ...options.config, rules: { ...options.config.rules, 'kr-task-like': { severity: 'off' as const, options: {} } } };
    const got = linter.lint(parseOkr(file), file, { ...options, config });
    assert.equal(linter.lastStats.reused, 0);
    assert.ok(!got.some((d) => d.ruleId === 'kr-task-like'));
    assert.deepEqual(got, lint(parseOkr(file), file, { ...options, config }));
  });
});
