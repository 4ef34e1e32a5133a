// directive-unknown-rule: an okr-lint directive naming a rule id that does not exist is reported
// on the id, with the nearest real id and a fix that writes it (the docs page's examples are tested
// by docs-examples.test.ts; the CLI's output by cli.test.ts).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOkr } from '../../../src/core/parse';
import { applyEdits, defaultConfig, emptyLayer, lint, resolveConfig, rules, type LintDiagnostic } from '../../../src/core/lint/index';
import { editDistance, suggestRuleId } from '../../../src/core/lint/rules/directive-unknown-rule';

const ID = 'directive-unknown-rule';
const KNOWN = rules.map((r) => r.meta.id);

const file = (lines: string[], eol = '\n'): string =>
  ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow usage', '', 'Owner: @alice', '', ...lines, ''].join(eol);

function lintText(text: string, config = defaultConfig()): LintDiagnostic[] {
  return lint(parseOkr(text), text, { config });
}

const unknown = (text: string, config = defaultConfig()) => lintText(text, config).filter((d) => d.ruleId === ID);
const covered = (text: string, d: LintDiagnostic) => text.slice(d.range.start.offset, d.range.end.offset);

describe('directive-unknown-rule', () => {
  describe('suggestRuleId', () => {
    it('suggests the rule one typo, a transposition or a case away', () => {
      assert.equal(suggestRuleId('kr-not-measureable', KNOWN), 'kr-not-measurable');
      assert.equal(suggestRuleId('kr-taks-like', KNOWN), 'kr-task-like');
      assert.equal(suggestRuleId('KR-Task-Like', KNOWN), 'kr-task-like');
      assert.equal(suggestRuleId('objective-to-long', KNOWN), 'objective-too-long');
      assert.equal(suggestRuleId('not-measurable', KNOWN), 'kr-not-measurable');
    });

    it('suggests nothing for ids far from every rule', () => {
      assert.equal(suggestRuleId('no-such-rule', KNOWN), null);
      assert.equal(suggestRuleId('x', KNOWN), null);
      assert.equal(suggestRuleId('MD047', KNOWN), null);
      assert.equal(suggestRuleId('a'.repeat(5000), KNOWN), null);
    });

    it('editDistance is the optimal string alignment distance', () => {
      assert.equal(editDistance('', ''), 0);
      assert.equal(editDistance('abc', ''), 3);
      assert.equal(editDistance('kitten', 'sitting'), 3);
      assert.equal(editDistance('ab', 'ba'), 1);
      assert.equal(editDistance('kr-not-measureable', 'kr-not-measurable'), 1);
    });

    it('is symmetric, zero only for equal strings, and never throws on any text', function () {
      // 150 runs of suggestRuleId against every rule id: well under a second alone, but past mocha's
      // 20 s at a load average of 20–26 on the shared machine.
      this.timeout(120_000);
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), (a, b) => {
          const d = editDistance(a, b);
          assert.equal(d, editDistance(b, a));
          assert.equal(d === 0, a === b);
          assert.ok(d <= Math.max(a.length, b.length));
          const s = suggestRuleId(a, KNOWN);
          assert.ok(s === null || KNOWN.includes(s));
        }),
        { numRuns: 150, seed: 5 },
      );
    });
  });

  it('reports the unknown id on its own range, says what it means and names the nearest rule', () => {
    const text = file(['<!-- okr-lint-disable-next-line kr-not-measureable -->', '- KR1: Improve onboarding']);
    const [d, ...more] = unknown(text);
    assert.deepEqual(more, []);
    assert.equal(covered(text, d!), 'kr-not-measureable');
    assert.equal(d!.range.start.line, 8);
    assert.equal(d!.severity, 'warning');
    assert.equal(d!.message, "Unknown rule 'kr-not-measureable' in okr-lint-disable-next-line, so it disables nothing; did you mean 'kr-not-measurable'?");
    assert.equal(d!.docsUrl, 'https://github.com/okr-markdown/okr-markdown/blob/main/docs/rules/directive-unknown-rule.md');
    // The directive really disabled nothing.
    assert.ok(lintText(text).some((x) => x.ruleId === 'kr-not-measurable' && x.range.start.line === 9));
  });

  it('its fix writes the suggested id, after which the directive works and nothing is reported', () => {
    const text = file(['<!-- okr-lint-disable-next-line kr-not-measureable -->', '- KR1: Improve onboarding', '- KR2: Increase weekly active teams from 120 to 200']);
    const [d] = unknown(text);
    assert.equal(d!.fixes?.length, 1);
    const fix = d!.fixes![0]!;
    assert.equal(fix.title, "Replace 'kr-not-measureable' with 'kr-not-measurable'");
    // A typo fix changes what is disabled: a person applies it, `--fix` / fix-all do not.
    assert.notEqual(fix.preferred, true);
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, text.replace('kr-not-measureable', 'kr-not-measurable'));
    assert.deepEqual(unknown(fixed), []);
    assert.ok(!lintText(fixed).some((x) => x.ruleId === 'kr-not-measurable' && x.range.start.line === 9));
  });

  it('reports each unknown id of a list, with or without a suggestion, in every kind of directive', () => {
    const text = file([
      '<!-- okr-lint-disable kr-task-like, no-such-rule -->',
      '- KR1: Increase weekly active teams from 120 to 200',
      '<!-- okr-lint-enable KR-Task-Like -->',
      '- KR2: Increase retained teams from 60% to 75% <!-- okr-lint-disable-line kr-vauge-verb,objective-to-long -- reason -->',
    ]);
    const found = unknown(text).map((d) => [covered(text, d), d.range.start.line, d.fixes?.[0]?.edits[0]?.newText ?? null]);
    assert.deepEqual(found, [
      ['no-such-rule', 8, null],
      ['KR-Task-Like', 10, 'kr-task-like'],
      ['kr-vauge-verb', 11, 'kr-vague-verb'],
      ['objective-to-long', 11, 'objective-too-long'],
    ]);
    assert.match(unknown(text)[0]!.message, /^Unknown rule 'no-such-rule' in okr-lint-disable, so it disables nothing; /);
  });

  it('is not silenced by the misspelt id itself, but by a bare disable, its own id, or its setting', () => {
    const self = file(['- KR1: Increase weekly active teams from 120 to 200 <!-- okr-lint-disable-line directive-unknown-rul -->']);
    assert.equal(unknown(self).length, 1, 'a directive naming (a typo of) this rule does not silence its own report');
    const typo = file(['<!-- okr-lint-disable-line kr-not-measureable -->']);
    assert.equal(unknown(typo).length, 1);
    const bare = file(['<!-- okr-lint-disable -->', '<!-- okr-lint-disable-next-line kr-not-measureable -->', '- KR1: Improve onboarding']);
    assert.deepEqual(unknown(bare), []);
    const named = file(['<!-- okr-lint-disable-next-line directive-unknown-rule -->', '<!-- okr-lint-disable-next-line kr-not-measureable -->', '- KR1: Improve onboarding']);
    assert.deepEqual(unknown(named), []);
    const layer = emptyLayer();
    layer.rules[ID] = { severity: 'off', options: {} };
    assert.deepEqual(unknown(typo, resolveConfig([layer])), []);
  });

  it('leaves known ids, bare directives, plain comments and code blocks alone', () => {
    const text = file([
      '<!-- okr-lint-disable-next-line kr-not-measurable, kr-task-like -- agreed -->',
      '- KR1: Improve onboarding',
      '<!-- okr-lint-disable-line -->',
      '<!-- TODO: okr-lint-disable-next-line not-a-rule, once the KR settles -->',
      '<!-- okr-lint-disablenext-line foo -->',
      '',
      '```markdown',
      '<!-- okr-lint-disable-next-line kr-not-measureable -->',
      '```',
    ]);
    assert.deepEqual(unknown(text), []);
  });

  it('keeps the ranges right with CRLF line endings and text before the comment on its line', () => {
    const text = file(['- KR1: Increase weekly active teams from 120 to 200', '- KR2: Improve onboarding <!--okr-lint-disable-line kr-not-measureable-->'], '\r\n');
    const [d] = unknown(text);
    assert.equal(covered(text, d!), 'kr-not-measureable');
    assert.equal(d!.range.start.line, 9);
    assert.equal(applyEdits(text, d!.fixes![0]!.edits), text.replace('kr-not-measureable', 'kr-not-measurable'));
  });
});
