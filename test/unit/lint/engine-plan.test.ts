import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../../src/core/incremental';
import { createLinter, defaultConfig, lint, rules, type LintDiagnostic, type Report, type ResolvedConfig } from '../../../src/core/lint/index';
import { LineIndex } from '../../../src/core/text';
import { english } from '../../../src/core/translate';
import { parseOkr } from '../../../src/core/parse';

// The engine sets up each configuration once (the enabled rules, their options merged with the
// defaults, the `allow` phrases) and keeps it with the configuration object: these tests change a
// configuration in place between two calls and expect what a fresh configuration gives.

const objective = (n: number, krs: number): string =>
  `## O${n}: Improve things ${n}\n\n${Array.from({ length: krs }, (_, k) => `- KR${k + 1}: Increase signups ${n}${k} from 10 to 20 @ana\n`).join('')}`;
const file = `---\ncycle: 2026-Q4\n---\n\n# OKRs\n\n${objective(1, 4)}\n${objective(2, 3)}\n${objective(3, 1)}`;
const doc = parseOkr(file);

/** A deep copy: a configuration nobody has linted with. */
const fresh = (config: ResolvedConfig): ResolvedConfig => JSON.parse(JSON.stringify(config)) as ResolvedConfig;
const ids = (ds: readonly LintDiagnostic[], ruleId: string): number[] => ds.filter((d) => d.ruleId === ruleId).map((d) => d.range.start.line);

describe('lint engine: set-up kept per configuration', () => {
  it('sees a rule option changed in place between two calls (stateless lint and the incremental linter)', () => {
    const config = defaultConfig();
    const linter = createLinter();
    const run = () => ({ stateless: lint(doc, file, { config, fileName: 'okr.md' }), incremental: linter.lint(doc, file, { config, fileName: 'okr.md' }) });
    const before = run();
    assert.deepEqual(ids(before.stateless, 'objective-too-many-key-results'), [], 'max 4 by default: O1 has 4');
    config.rules['objective-too-many-key-results']!.options['max'] = 2;
    const after = run();
    const expected = lint(doc, file, { config: fresh(config), fileName: 'okr.md' });
    assert.equal(ids(after.stateless, 'objective-too-many-key-results').length, 2, 'O1 (4) and O2 (3) are over 2');
    assert.deepEqual(after.stateless, expected);
    assert.deepEqual(after.incremental, expected);
    // And back.
    config.rules['objective-too-many-key-results']!.options['max'] = 4;
    assert.deepEqual(run().incremental, before.incremental);
    assert.deepEqual(run().stateless, before.stateless);
  });

  it('sees a severity changed in place, a setting replaced, added or removed', () => {
    const config = defaultConfig();
    const linter = createLinter();
    const check = (what: string) => {
      const expected = lint(doc, file, { config: fresh(config), fileName: 'okr.md' });
      assert.deepEqual(lint(doc, file, { config, fileName: 'okr.md' }), expected, what);
      assert.deepEqual(linter.lint(doc, file, { config, fileName: 'okr.md' }), expected, `${what} (linter)`);
      return expected;
    };
    const start = check('default');
    assert.ok(ids(start, 'objective-too-few-key-results').length > 0, 'O3 has one KR');
    config.rules['objective-too-few-key-results']!.severity = 'off';
    assert.deepEqual(ids(check('off'), 'objective-too-few-key-results'), []);
    config.rules['objective-too-few-key-results']!.severity = 'error';
    assert.ok(check('error').some((d) => d.ruleId === 'objective-too-few-key-results' && d.severity === 'error'));
    config.rules['objective-too-few-key-results'] = { severity: 'info', options: { min: 1 } };
    assert.deepEqual(ids(check('replaced, min 1'), 'objective-too-few-key-results'), []);
    delete (config.rules as Record<string, unknown>)['objective-too-few-key-results'];
    assert.deepEqual(ids(check('removed: the default again'), 'objective-too-few-key-results'), ids(start, 'objective-too-few-key-results'));
    config.rules['kr-missing-owner'] = { severity: 'warning', options: {} };
    check('a rule turned on');
  });

  it('sees `allow` phrases pushed into the configuration or a rule’s options', () => {
    const config = defaultConfig();
    const linter = createLinter();
    const all = lint(doc, file, { config, fileName: 'okr.md' });
    linter.lint(doc, file, { config, fileName: 'okr.md' });
    const target = all.find((d) => d.ruleId === 'objective-too-few-key-results');
    assert.ok(target, 'a diagnostic about O3');
    config.allow.push('IMPROVE things 3');
    const globally = lint(doc, file, { config, fileName: 'okr.md' });
    assert.deepEqual(globally, lint(doc, file, { config: fresh(config), fileName: 'okr.md' }));
    assert.ok(!globally.some((d) => d.ruleId === 'objective-too-few-key-results'), 'silenced by the global phrase');
    assert.deepEqual(linter.lint(doc, file, { config, fileName: 'okr.md' }), globally);
    config.allow.pop();
    assert.deepEqual(lint(doc, file, { config, fileName: 'okr.md' }), all);
    const options = config.rules['objective-too-few-key-results']!.options;
    options['allow'] = [];
    assert.deepEqual(lint(doc, file, { config, fileName: 'okr.md' }), all);
    (options['allow'] as string[]).push('things 3');
    const byRule = lint(doc, file, { config, fileName: 'okr.md' });
    assert.deepEqual(byRule, lint(doc, file, { config: fresh(config), fileName: 'okr.md' }));
    assert.ok(!byRule.some((d) => d.ruleId === 'objective-too-few-key-results'), 'silenced by the rule’s phrase');
    assert.deepEqual(linter.lint(doc, file, { config, fileName: 'okr.md' }), byRule);
  });

  it('keeps two configurations apart, and a configuration without rules or allow', () => {
    const a = defaultConfig();
    const b = defaultConfig();
    b.rules['objective-too-many-key-results']!.options['max'] = 1;
    for (let i = 0; i < 3; i++) {
      assert.equal(ids(lint(doc, file, { config: a, fileName: 'okr.md' }), 'objective-too-many-key-results').length, 0);
      assert.equal(ids(lint(doc, file, { config: b, fileName: 'okr.md' }), 'objective-too-many-key-results').length, 2);
    }
    const bare = { ignores: [] } as unknown as ResolvedConfig;
    assert.deepEqual(lint(doc, file, { config: bare, fileName: 'okr.md' }), lint(doc, file, { config: a, fileName: 'okr.md' }), 'every rule at its default');
  });

  it('runs the split rules as their own check does (one set of objective views shared by all)', () => {
    const text = `${file}\n## O1: Improve things 1\n\nAligns: okr#\n\n- KR1: Increase signups 10 from 10 to 20 @ana\n\n## O5: Nothing measured\n`;
    const model = parseOkr(text);
    const diagnostics = lint(model, text, { config: defaultConfig(), fileName: 'okr.md' });
    const split = rules.filter((r) => r.split);
    assert.ok(split.length >= 5);
    let compared = 0;
    for (const rule of split) {
      const reports: Report[] = [];
      const setting = defaultConfig().rules[rule.meta.id]!;
      rule.check({ doc: model, text, lines: new LineIndex(text), options: setting.options, fileName: 'okr.md', t: english, report: (r) => reports.push(r) });
      const got = diagnostics.filter((d) => d.ruleId === rule.meta.id);
      assert.deepEqual(got.map((d) => [d.message, d.range]), reports.map((r) => [r.message, r.range]), rule.meta.id);
      compared += got.length;
    }
    assert.ok(compared >= 4, `split rules reported (${compared}): duplicate label, duplicate KR, no key results, incomplete alignment`);
  });

  it('alignment-unresolved: without a workspace only an incomplete reference is reported; with one, unresolved ones too', () => {
    const text = `# OKRs\n\n## O1: Grow\n\nAligns: company#o9, okr#, nowhere\n\n- KR1: Increase signups from 10 to 20\n\n## O2: Keep\n\n- KR1: Reduce churn from 5% to 3%\n`;
    const model = parseOkr(text);
    const alone = lint(model, text, { config: defaultConfig(), fileName: 'okr.md' }).filter((d) => d.ruleId === 'alignment-unresolved');
    assert.deepEqual(alone.map((d) => d.message), ["Alignment is incomplete: 'okr#' names no objective (expected file#objective)"]);
    const workspace = { files: [{ fileName: 'company.okr.md', objectives: [{ id: 'o1', slug: 'grow' }] }] };
    const withWorkspace = lint(model, text, { config: defaultConfig(), fileName: 'okr.md', workspace }).filter((d) => d.ruleId === 'alignment-unresolved');
    assert.equal(withWorkspace.length, 3, withWorkspace.map((d) => d.message).join('\n'));
    // The incremental linter, which keeps a memo between calls, with and without the workspace in turn.
    const cache = new IncrementalDocument();
    const linter = createLinter();
    for (const ws of [undefined, workspace, undefined, workspace]) {
      const got = linter.lint(cache.update(text), text, { config: defaultConfig(), fileName: 'okr.md', workspace: ws }).filter((d) => d.ruleId === 'alignment-unresolved');
      assert.deepEqual(got, ws ? withWorkspace : alone);
    }
  });
});
