// Bad configuration (issue #8): any .okrlintrc.json / package.json text — invalid JSON, unknown
// rule ids, wrong option types, odd values — gives problems that point inside the file (invalid
// JSON: exactly one, at its position) and never throws; the configuration that results still
// lints with every rule at a valid severity. The exact messages are in test/unit/lint/config.test.ts.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseConfig, resolveConfig, configFromObject, isIgnored, lint, packageJsonHasConfig, rules, SEVERITIES } from '../../../src/core/lint/index';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';
import { EXAMPLES, nastyString, runs, seed } from './generators';
import { assertDiagnostics, assertRangeInside, assertRulesDoNotThrow } from './checks';

const RULE_IDS = rules.map((r) => r.meta.id);
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('error', 'warning', 'info', 'hint', 'off', 'loud', '', 0, 1, 2, true, false, null),
  fc.anything({ maxDepth: 2 }),
);
const ruleValue = fc.oneof(value, fc.tuple(value, fc.dictionary(fc.constantFrom('max', 'min', 'allow', 'increases', 'maxWords', 'x', '__proto__'), value)));
const configObject = fc.record(
  {
    extends: fc.oneof(fc.constantFrom('recommended', 'strict', 'nope', ''), fc.array(fc.constantFrom('recommended', 'strict', 'x')), value),
    rules: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...RULE_IDS), fc.constantFrom('kr-vague-verbs', 'objective-too-many-krs', '__proto__', 'constructor'), fc.string()), ruleValue), value),
    ignores: fc.oneof(fc.array(fc.oneof(fc.constantFrom('**/*.okr.md', '!a', '[', '{a,', ''), fc.string())), value),
    allow: fc.oneof(fc.array(fc.string()), value),
    unknownKey: value,
  },
  { requiredKeys: [] },
);

/** Text that is JSON, JSON with a slip (trailing comma, comment, truncation), or junk. */
const configText = fc.oneof(
  configObject.map((o) => JSON.stringify(o, null, 2)),
  fc.tuple(configObject, fc.nat(), fc.constantFrom(',', '}', '{', '"', '// c', '/*', '\u0000', '\uFEFF', '\r\n', 'NaN')).map(([o, at, junk]) => {
    const t = JSON.stringify(o, null, 2);
    const i = at % (t.length + 1);
    return t.slice(0, i) + junk + t.slice(i);
  }),
  fc.tuple(configObject, fc.nat()).map(([o, at]) => JSON.stringify(o).slice(0, at % 200)),
  nastyString(80),
);

const OKR = EXAMPLES[0]!.text;
const DOC = parseOkr(OKR);

describe('reliability: bad configuration', function () {
  this.timeout(process.env['FC_RUNS'] ? 0 : 60_000);

  it('any config text: no exception, problems inside the file, at most one for invalid JSON, and linting goes on', () => {
    let invalid = 0;
    let withProblems = 0;
    fc.assert(
      fc.property(configText, fc.constantFrom('.okrlintrc.json', 'package.json'), (text, name) => {
        const source = name === 'package.json' ? `{ "name": "x", "okr": ${text} }` : text;
        const parsed = parseConfig(source, `/repo/${name}`);
        const lines = new LineIndex(source);
        for (const p of parsed.problems) {
          assertRangeInside(lines, p.range, p.message);
          assert.ok(p.message.length > 0 && (p.severity === 'error' || p.severity === 'warning'));
        }
        const jsonProblems = parsed.problems.filter((p) => /^Invalid JSON/.test(p.message));
        assert.ok(jsonProblems.length <= 1, 'invalid JSON is reported once');
        if (jsonProblems.length) {
          invalid++;
          assert.equal(parsed.problems.length, 1, 'nothing else is reported for a file that is not JSON');
          assert.match(jsonProblems[0]!.message, /line \d+, column \d+/);
        }
        if (parsed.problems.length) withProblems++;
        const config = resolveConfig([parsed.config]);
        for (const id of RULE_IDS) assert.ok(SEVERITIES.includes(config.rules[id]!.severity), `${id}: ${String(config.rules[id]!.severity)}`);
        const diagnostics = lint(DOC, OKR, { config, fileName: 'okr.md' });
        assertDiagnostics(new LineIndex(OKR), diagnostics);
        // The options that got through validation do not make a rule throw (the engine would hide it).
        assertRulesDoNotThrow(DOC, OKR, new LineIndex(OKR), config);
      }),
      { numRuns: runs(400), seed: seed(8601) },
    );
    assert.ok(invalid > 20 && withProblems > invalid, `cases: ${invalid} invalid JSON, ${withProblems} with problems`);
  });

  it('settings objects (okr.lint.*) of any shape: no exception, and a valid configuration', () => {
    fc.assert(
      fc.property(fc.oneof(configObject, fc.anything()), (object) => {
        const parsed = configFromObject(object, null);
        const config = resolveConfig([parsed.config]);
        for (const id of RULE_IDS) assert.ok(SEVERITIES.includes(config.rules[id]!.severity));
      }),
      { numRuns: runs(300), seed: seed(8602) },
    );
  });

  it('an unknown rule id and a wrong option type each give one problem pointing at their text; the valid rule still applies', () => {
    const text = '{\n  "rules": {\n    "kr-vague-verbs": "error",\n    "objective-too-many-key-results": ["error", { "max": "3" }],\n    "objective-missing-type": "error"\n  }\n}';
    const parsed = parseConfig(text, '.okrlintrc.json');
    const at = (p: (typeof parsed.problems)[number]): string => text.slice(p.range.start.offset, p.range.end.offset);
    assert.equal(parsed.problems.length, 2, JSON.stringify(parsed.problems.map((p) => p.message)));
    assert.ok(at(parsed.problems[0]!).includes('kr-vague-verbs'), at(parsed.problems[0]!));
    assert.ok(at(parsed.problems[1]!).includes('"3"'), at(parsed.problems[1]!));
    const config = resolveConfig([parsed.config]);
    assert.equal(config.rules['objective-missing-type']!.severity, 'error');
    assert.equal(config.rules['objective-too-many-key-results']!.options['max'], rules.find((r) => r.meta.id === 'objective-too-many-key-results')!.meta.defaults['max' as never]);
  });

  /** A glob as people (and attackers) write them: wildcards, braces, classes, extglob syntax, long runs. */
  const globPart = fc.oneof(
    fc.constantFrom('*', '**', '?', '/', '.', 'a', 'aa', '{', '}', ',', '{a,aa}', '[', ']', '[a-z]', '[z-a]', '!', '(', ')', '|', '+(', '@(', '*(', '\\', '-', '^', '$', ' ', 'okr.md'),
    fc.string({ maxLength: 4 }),
  );
  const glob = fc.oneof(fc.array(globPart, { maxLength: 40 }).map((parts) => parts.join('')), fc.nat({ max: 80_000 }).map((n) => `${'*a'.repeat(n % 7)}${'x'.repeat(n)}`));
  /** Paths with long runs of the letters the globs use: what makes a backtracking matcher slow. */
  const path = fc.array(fc.constantFrom('a'.repeat(250), 'aa', 'b', 'x.okr.md', `${'a'.repeat(60)}c`, 'archive'), { minLength: 1, maxLength: 8 }).map((names) => `/repo/${names.join('/')}`);

  it('ignore globs of any shape: never throw, never stall (one past the limits is reported and not used)', () => {
    fc.assert(
      fc.property(fc.array(glob, { maxLength: 4 }), fc.array(path, { minLength: 1, maxLength: 4 }), (ignores, paths) => {
        const text = JSON.stringify({ ignores }, null, 2);
        const parsed = parseConfig(text, '/repo/.okrlintrc.json');
        const lines = new LineIndex(text);
        for (const p of parsed.problems) assertRangeInside(lines, p.range, p.message);
        const config = resolveConfig([parsed.config]);
        const started = performance.now();
        for (const p of paths) isIgnored(config, p);
        const ms = performance.now() - started;
        assert.ok(ms < 1000, `${ms.toFixed(0)} ms for ${JSON.stringify(ignores).slice(0, 200)}`);
      }),
      { numRuns: runs(300), seed: seed(8603) },
    );
  });

  it('a glob past the limits or with extglob syntax gives a problem on its text and is not used; wildcard-heavy and ordinary ones work, fast', () => {
    const slow = '*a*a*a*a*b'; // 2.5 s on one 60-character name with picomatch's RegExp
    const braces = '{a,aa}'.repeat(24);
    const huge = 'x'.repeat(70_000);
    const extglob = '+(a|aa)';
    const text = JSON.stringify({ ignores: ['archive/**', slow, braces, huge, extglob, '*.draft.okr.md', 'teams/{a,b}/**'] }, null, 2);
    const parsed = parseConfig(text, '/repo/.okrlintrc.json');
    const at = parsed.problems.map((p) => text.slice(p.range.start.offset, p.range.end.offset));
    assert.deepEqual(at, [JSON.stringify(braces), JSON.stringify(huge), JSON.stringify(extglob)]);
    assert.deepEqual(parsed.config.refusedIgnores, [braces, huge, extglob]);
    for (const p of parsed.problems) assert.match(p.message, /(at most \d+|extglob).*not used$/);
    const config = resolveConfig([parsed.config]);
    assert.equal(config.ignores.length, 4);
    const started = performance.now();
    assert.equal(isIgnored(config, `/repo/${'a'.repeat(60)}`), false);
    assert.equal(isIgnored(config, `/repo/${'a'.repeat(60)}b`), true);
    assert.ok(performance.now() - started < 100);
    for (const [file, ignored] of [['/repo/archive/old.okr.md', true], ['/repo/x/q.draft.okr.md', true], ['/repo/teams/b/okr.md', true], ['/repo/teams/c/okr.md', false], ['/repo/okr.md', false]] as const) {
      assert.equal(isIgnored(config, file), ignored, file);
    }
    // The editor's settings go through the same check.
    assert.equal(configFromObject({ ignores: [braces] }).problems.length, 1);
  });

  it('a package.json that is not JSON is read (and its error reported) only when it seems to have an okr key', () => {
    assert.equal(packageJsonHasConfig('{ "name": "x", "okr": { "rules": { } '), true);
    assert.equal(packageJsonHasConfig('{ "name": "x", '), false);
    assert.equal(packageJsonHasConfig('{ "name": "x", "dependencies": { "okrs": "1" } }'), false);
    const parsed = parseConfig('{ "name": "x", "okr": { "rules": { } ', '/repo/package.json');
    assert.deepEqual(parsed.problems.map((p) => p.severity), ['error']);
    assert.match(parsed.problems[0]!.message, /^Invalid JSON in package\.json at line 1/);
  });
});
