// The editor's side of a rule that throws: the lint engine skips the rule and calls `onRuleError`;
// the editor logs it (RuleErrorLog, src/vscode/ruleErrors.ts) once per rule and document, with the
// rule, the file and the error, however many times the document is linted, and the other rules'
// diagnostics are unchanged. Driven with the real incremental linter, as the editor runs it, and
// the test-only rule that throws (test/unit/cli/failing-rule.ts).
import assert from 'node:assert/strict';
import { createLinter, defaultConfig, type LintDiagnostic } from '../../../src/core/lint/index';
import { parseOkr } from '../../../src/core/parse';
import { RuleErrorLog, errorMessage } from '../../../src/vscode/ruleErrors';
import { FIXABLE } from '../fixtures';
import { FAILING_RULE_ID, FAILURE_MESSAGE, THROW, addFailingRule } from '../cli/failing-rule';

describe('editor: a lint rule that throws', () => {
  let remove: () => void = () => undefined;
  before(() => (remove = addFailingRule()));
  after(() => remove());

  function setUp() {
    const logged: string[] = [];
    const ruleErrors = new RuleErrorLog({ error: (m) => logged.push(m) });
    const linter = createLinter();
    const lintAs = (uri: string, text: string): LintDiagnostic[] =>
      linter.lint(parseOkr(text), text, { config: defaultConfig(), onRuleError: ruleErrors.handler(uri, `${uri} (shown)`) });
    return { logged, ruleErrors, lintAs };
  }

  it('is logged once per rule and document with the rule, the file and the error, across many edits; the other rules still report', () => {
    const { logged, lintAs } = setUp();
    const base = `${FIXABLE}\n${THROW}\n`;
    let diagnostics: LintDiagnostic[] = [];
    // Typing: 20 versions of the text, each linted as the editor does on a keystroke.
    for (let i = 0; i < 20; i++) diagnostics = lintAs('file:///a.okr.md', `${base}${'x'.repeat(i)}\n`);
    assert.equal(logged.length, 1, logged.join('\n'));
    assert.match(logged[0]!, new RegExp(`^Lint rule ${FAILING_RULE_ID} failed on file:///a\\.okr\\.md \\(shown\\): TypeError: ${FAILURE_MESSAGE}\\.`));
    assert.ok(!diagnostics.some((d) => d.ruleId === FAILING_RULE_ID));
    assert.ok(diagnostics.some((d) => d.ruleId === 'kr-vague-verb'), 'the other rules report as usual');
    const clean = createLinter().lint(parseOkr(FIXABLE), FIXABLE, { config: defaultConfig() });
    assert.deepEqual(
      diagnostics.map((d) => d.ruleId).sort(),
      clean.map((d) => d.ruleId).sort(),
      'the same rules report as on the text without the marker',
    );
  });

  it('is logged again for another document, and for the same one after it was closed (forget)', () => {
    const { logged, ruleErrors, lintAs } = setUp();
    const text = `${FIXABLE}\n${THROW}\n`;
    lintAs('file:///a.okr.md', text);
    lintAs('file:///b.okr.md', text);
    lintAs('file:///a.okr.md', `${text}\n`);
    assert.equal(logged.length, 2);
    assert.match(logged[1]!, /failed on file:\/\/\/b\.okr\.md/);
    ruleErrors.forget('file:///a.okr.md');
    lintAs('file:///a.okr.md', text);
    assert.equal(logged.length, 3);
  });

  it('logs nothing when no rule throws', () => {
    const { logged, lintAs } = setUp();
    lintAs('file:///a.okr.md', FIXABLE);
    assert.deepEqual(logged, []);
  });

  it('puts any thrown value on one line', () => {
    assert.equal(errorMessage(new RangeError('bad\n  offset')), 'RangeError: bad offset');
    assert.equal(errorMessage('plain'), 'plain');
    assert.equal(errorMessage(undefined), 'undefined');
    assert.ok(errorMessage(new Error('x'.repeat(2000))).length <= 500);
  });
});
