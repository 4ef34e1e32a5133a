import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { configCandidates, configFromObject, defaultConfig, isIgnored, lint, packageJsonHasConfig, parseConfig, resolveConfig } from '../../../src/core/lint/index';
import { CLEAN } from '../fixtures';

/** CLEAN with two more KRs: four, within the default of objective-too-many-key-results and one past a max of 3. */
const TOO_MANY = `${CLEAN}- KR3: Increase invites per team from 2 to 4
- KR4: Reduce time to first value from 3 days to 1 day
`;

describe('lint config', () => {
  it('reports invalid JSON once, with its position, and keeps the defaults', () => {
    const { config, problems } = parseConfig('{\n  "rules": {\n    "kr-task-like": "off",\n  }\n}', '/repo/.okrlintrc.json');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /Invalid JSON in \.okrlintrc\.json at line 4, column 3: .*trailing commas/);
    assert.equal(problems[0]!.range.start.line, 3);
    assert.deepEqual(config.rules, {});
    assert.equal(resolveConfig([config]).rules['kr-task-like']!.severity, 'warning');
  });

  it('names an unknown rule and suggests the closest id', () => {
    const text = '{ "rules": { "objective-too-many-krs": "off" } }';
    const { problems } = parseConfig(text, '.okrlintrc.json');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.message, "Unknown rule 'objective-too-many-krs'; did you mean 'objective-too-many-key-results'?");
    assert.equal(text.slice(problems[0]!.range.start.offset, problems[0]!.range.end.offset), '"objective-too-many-krs"');
  });

  it('rejects options of the wrong type or unknown options, keeping the valid parts', () => {
    const text = '{ "rules": { "objective-too-many-key-results": ["error", { "max": "three", "min": 2 }], "objective-too-long": "loud" } }';
    const { config, problems } = parseConfig(text, '.okrlintrc.json');
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'Invalid option "max" for \'objective-too-many-key-results\': expected a whole number, found "three"',
        'Unknown option "min" for \'objective-too-many-key-results\', expected "max", "allow"',
        'Invalid severity for \'objective-too-long\': expected "error", "warning", "info", "hint" or "off", found "loud"',
      ],
    );
    assert.equal(config.rules['objective-too-many-key-results']!.severity, 'error');
    assert.deepEqual(config.rules['objective-too-many-key-results']!.options, {});
  });

  it('accepts every rule value form: severity, [severity, options], { severity, ...options }, booleans', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({
        rules: {
          'kr-task-like': 'off',
          'objective-too-many-key-results': ['warning', { max: 3 }],
          'objective-too-long': { severity: 'info', max: 80 },
          'kr-missing-owner': true,
          'cycle-missing': false,
        },
      }),
      '.okrlintrc.json',
    );
    assert.deepEqual(problems, []);
    const resolved = resolveConfig([config]);
    assert.equal(resolved.rules['kr-task-like']!.severity, 'off');
    assert.deepEqual(resolved.rules['objective-too-many-key-results'], { severity: 'warning', options: { max: 3 } });
    assert.deepEqual(resolved.rules['objective-too-long'], { severity: 'info', options: { max: 80 } });
    assert.equal(resolved.rules['kr-missing-owner']!.severity, 'warning');
    assert.equal(resolved.rules['cycle-missing']!.severity, 'off');
  });

  it('options change what a rule reports', () => {
    const strictMax = resolveConfig([parseConfig('{ "rules": { "objective-too-many-key-results": ["warning", { "max": 3 }] } }', 'x/.okrlintrc.json').config]);
    const ids = (config = defaultConfig()) => lint(parseOkr(TOO_MANY), TOO_MANY, { config }).map((d) => d.ruleId);
    assert.ok(!ids().includes('objective-too-many-key-results'));
    assert.ok(ids(strictMax).includes('objective-too-many-key-results'));
  });

  it('presets: strict switches on rules that recommended leaves off; later layers override', () => {
    assert.equal(defaultConfig().rules['objective-missing-type']!.severity, 'off');
    const strict = resolveConfig([parseConfig('{ "extends": "strict" }', '.okrlintrc.json').config]);
    assert.equal(strict.rules['objective-missing-type']!.severity, 'info');
    assert.equal(strict.rules['kr-not-measurable']!.severity, 'error');
    const layered = resolveConfig([
      parseConfig('{ "extends": "strict", "rules": { "objective-too-long": ["warning", { "max": 90 }] } }', '/a/.okrlintrc.json').config,
      configFromObject({ rules: { 'kr-not-measurable': 'warning' } }).config,
    ]);
    assert.equal(layered.rules['kr-not-measurable']!.severity, 'warning');
    assert.deepEqual(layered.rules['objective-too-long']!.options, { max: 90 });
    const unknownPreset = parseConfig('{ "extends": "airbnb" }', '.okrlintrc.json');
    assert.match(unknownPreset.problems[0]!.message, /Unknown preset 'airbnb'/);
  });

  it('a preset in an inner layer keeps options set by an outer layer', () => {
    const resolved = resolveConfig([
      configFromObject({ rules: { 'objective-too-long': { max: 100 } } }).config,
      configFromObject({ extends: 'strict' }).config,
    ]);
    assert.deepEqual(resolved.rules['objective-too-long']!.options, { max: 100 });
  });

  it('ignores match paths relative to the config folder; negation re-includes', () => {
    const { config } = parseConfig('{ "ignores": ["archive/**", "drafts", "!drafts/keep.okr.md"] }', '/repo/.okrlintrc.json');
    const resolved = resolveConfig([config]);
    assert.equal(isIgnored(resolved, '/repo/archive/2025/okr.md'), true);
    assert.equal(isIgnored(resolved, '/repo/drafts/x.okr.md'), true);
    assert.equal(isIgnored(resolved, '/repo/drafts/keep.okr.md'), false);
    assert.equal(isIgnored(resolved, '/repo/teams/okr.md'), false);
    assert.equal(isIgnored(resolved, '/repo/teams/drafts/okr.md'), true);
    const star = resolveConfig([parseConfig('{ "ignores": ["*.draft.okr.md", "/archive"] }', '/repo/.okrlintrc.json').config]);
    assert.equal(isIgnored(star, '/repo/a/b/x.draft.okr.md'), true);
    assert.equal(isIgnored(star, '/repo/archive/okr.md'), true);
    assert.equal(isIgnored(star, '/repo/team/archive/okr.md'), false);
    assert.equal(isIgnored(resolved, '/other/archive/okr.md'), false);
    assert.equal(isIgnored(resolved, 'C:\\repo\\archive\\okr.md'), false);
    const anywhere = resolveConfig([configFromObject({ ignores: ['archive/**'] }).config]);
    assert.equal(isIgnored(anywhere, 'C:\\repo\\archive\\okr.md'), true);
  });

  it('reads the okr key of package.json and nothing else', () => {
    const pkg = '{ "name": "x", "okr": { "rules": { "kr-task-like": "off" } } }';
    assert.equal(packageJsonHasConfig(pkg), true);
    assert.equal(packageJsonHasConfig('{ "name": "x" }'), false);
    assert.equal(resolveConfig([parseConfig(pkg, '/r/package.json').config]).rules['kr-task-like']!.severity, 'off');
    assert.deepEqual(parseConfig('{ "name": "x", "rules": 3 }', '/r/package.json').problems, []);
  });

  it('lists config candidates from the file folder upward, nearest first', () => {
    assert.deepEqual(configCandidates('/repo/team/okr.md'), [
      '/repo/team/.okrlintrc.json',
      '/repo/team/package.json',
      '/repo/.okrlintrc.json',
      '/repo/package.json',
      '/.okrlintrc.json',
      '/package.json',
    ]);
    assert.deepEqual(configCandidates('C:\\r\\okr.md').slice(0, 2), ['C:/r/.okrlintrc.json', 'C:/r/package.json']);
  });

  it('the allow list silences diagnostics about a phrase, not the whole rule', () => {
    const text = '---\ncycle: 2026-Q4\n---\n\n## O1: Grow\n\nOwner: @a\n\n- KR1: Improve onboarding\n- KR2: Improve support quality\n';
    const config = resolveConfig([configFromObject({ allow: ['onboarding'] }).config]);
    const messages = lint(parseOkr(text), text, { config }).filter((d) => d.ruleId === 'kr-not-measurable');
    assert.equal(messages.length, 1);
    assert.match(messages[0]!.message, /support quality/);
    const perRule = resolveConfig([configFromObject({ rules: { 'kr-not-measurable': { allow: ['support quality'] } } }).config]);
    assert.deepEqual(
      lint(parseOkr(text), text, { config: perRule }).filter((d) => d.ruleId === 'kr-not-measurable').map((d) => d.message.includes('onboarding')),
      [true],
    );
  });

  it('ignores unknown top-level keys with a warning and accepts comments', () => {
    const { problems, config } = parseConfig('// team config\n{ "$schema": "x", "rulez": {}, "allow": ["SOC 2 readiness"] /* ok */ }', '.okrlintrc.json');
    assert.deepEqual(problems.map((p) => [p.severity, p.message]), [['warning', 'Unknown configuration key "rulez", expected "extends", "rules", "ignores", "allow" or "root"']]);
    assert.deepEqual(config.allow, ['SOC 2 readiness']);
  });
});
