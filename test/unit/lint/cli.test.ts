// `okr lint` end to end: the built CLI (bin/okr.js → dist/cli/okr.js) on files in a temp folder.
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLEAN, FIXABLE, FIXED } from '../fixtures';

const ROOT = resolve('.');
const BIN = join(ROOT, 'bin/okr.js');
const BUNDLE = join(ROOT, 'dist/cli/okr.js');

function okr(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}


describe('okr lint (CLI)', function () {
  this.timeout(60000);
  let dir: string;

  before(() => {
    // Build when the bundle is missing or older than the lint sources.
    const newest = Math.max(...['src/cli', 'src/core'].flatMap((d) => readdirSync(d, { recursive: true }).map((f) => statSync(join(d, String(f))).mtimeMs)));
    if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newest) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-lint-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints nothing for a clean file', () => {
    writeFileSync(join(dir, 'okr.md'), CLEAN);
    const r = okr(['lint', 'okr.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
  });

  it('exits 1 on an error-severity problem, 2 on bad input or arguments', () => {
    writeFileSync(join(dir, 'okr.md'), CLEAN.replace('cycle: 2026-Q4', 'cycle: [2026'));
    assert.equal(okr(['lint', 'okr.md'], dir).code, 1);
    const missing = okr(['lint', 'nope.okr.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file or directory: nope\.okr\.md/);
    assert.equal(okr(['lint', '--format', 'xml', 'okr.md'], dir).code, 2);
    assert.equal(okr(['lint', '--max-warnings', 'many', 'okr.md'], dir).code, 2);
    assert.equal(okr(['lint'], dir).code, 2);
  });

  it('--format json prints the documented fields with 1-based positions', () => {
    writeFileSync(join(dir, 'a.okr.md'), FIXABLE);
    const r = okr(['lint', '--format', 'json', '*.okr.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    assert.ok(rows.length >= 3);
    for (const row of rows) assert.deepEqual(Object.keys(row), ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'severity', 'message', 'fixable']);
    const vague = rows.find((x) => x['ruleId'] === 'kr-vague-verb')!;
    assert.deepEqual([vague['file'], vague['line'], vague['column'], vague['endColumn'], vague['fixable']], ['a.okr.md', 9, 8, 15, true]);
    const notMeasurable = rows.find((x) => x['ruleId'] === 'kr-not-measurable')!;
    assert.equal(notMeasurable['line'], 11);
    assert.equal(notMeasurable['fixable'], false);
  });

  it('--format sarif is SARIF 2.1.0 with rule metadata and help links', () => {
    writeFileSync(join(dir, 'a.okr.md'), FIXABLE);
    const r = okr(['lint', '--format', 'sarif', 'a.okr.md'], dir);
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'okr-lint');
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'kr-not-measurable');
    assert.equal(rule.helpUri, 'https://github.com/okr-markdown/okr-markdown/blob/main/docs/rules/kr-not-measurable.md');
    assert.ok(rule.shortDescription.text.length > 10);
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'kr-not-measurable');
    assert.equal(result.level, 'warning');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'kr-not-measurable');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'a.okr.md', uriBaseId: '%SRCROOT%' });
    assert.equal(result.locations[0].physicalLocation.region.startLine, 11);
  });

  it('--fix applies preferred fixes as minimal edits and a second run changes nothing', () => {
    const file = join(dir, 'a.okr.md');
    writeFileSync(file, FIXABLE);
    const first = okr(['lint', '--fix', 'a.okr.md'], dir);
    assert.equal(first.code, 0, first.stderr);
    const after = readFileSync(file, 'utf8');
    assert.equal(after, FIXED);
    // What is left is what needs a person.
    assert.match(first.stdout, /kr-not-measurable/);
    assert.doesNotMatch(first.stdout, /kr-vague-verb|kr-task-like/);
    okr(['lint', '--fix', 'a.okr.md'], dir);
    assert.equal(readFileSync(file, 'utf8'), after);
  });

  it('--max-warnings turns too many warnings into exit 1', () => {
    writeFileSync(join(dir, 'a.okr.md'), FIXABLE);
    assert.equal(okr(['lint', '--max-warnings', '5', 'a.okr.md'], dir).code, 0);
    const r = okr(['lint', '--max-warnings', '0', 'a.okr.md'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /more than --max-warnings 0/);
  });

  it('finds .okrlintrc.json upward, honours --config, ignores, and stops on invalid JSON', () => {
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team', 'okr.md'), FIXABLE);
    writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ rules: { 'kr-not-measurable': 'error' } }));
    assert.equal(okr(['lint', 'team'], dir).code, 1);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ rules: { 'kr-not-measurable': 'off' } }));
    const withConfig = okr(['lint', '--format', 'json', '--config', 'other.json', 'team/okr.md'], dir);
    assert.equal(withConfig.code, 0);
    assert.ok(!(JSON.parse(withConfig.stdout) as { ruleId: string }[]).some((d) => d.ruleId === 'kr-not-measurable'));
    writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ extends: 'strict', ignores: ['team/**'] }));
    const ignored = okr(['lint', '--format', 'json', 'team/okr.md'], dir);
    assert.deepEqual(JSON.parse(ignored.stdout), []);
    writeFileSync(join(dir, '.okrlintrc.json'), '{ "rules": { ');
    const bad = okr(['lint', 'team/okr.md'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /\.okrlintrc\.json:1:\d+: error: Invalid JSON/);
  });

  it('resolves Aligns: across the files it is given', () => {
    writeFileSync(join(dir, 'company.okr.md'), CLEAN);
    writeFileSync(join(dir, 'team.okr.md'), CLEAN.replace('Owner: @alice', 'Owner: @alice\nAligns: company#o1'));
    const both = okr(['lint', '--format', 'json', 'company.okr.md', 'team.okr.md'], dir);
    assert.ok(!(JSON.parse(both.stdout) as { ruleId: string }[]).some((d) => d.ruleId === 'alignment-unresolved'));
    const alone = okr(['lint', '--format', 'json', 'team.okr.md'], dir);
    assert.ok((JSON.parse(alone.stdout) as { ruleId: string }[]).some((d) => d.ruleId === 'alignment-unresolved'));
  });

  it('refuses a file nested past the nesting limit with a warning, and lints the other files', () => {
    const deep = Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    writeFileSync(join(dir, 'deep.okr.md'), `${CLEAN}\n${deep}\n`);
    writeFileSync(join(dir, 'okr.md'), CLEAN.replace('Increase retained', 'Improve retained'));
    const r = okr(['lint', '--format', 'json', 'deep.okr.md', 'okr.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^deep\.okr\.md: warning: Lists or block quotes are nested more than 64 levels deep \(from line 76\)/m);
    const rows = JSON.parse(r.stdout) as { file: string; ruleId: string }[];
    assert.ok(rows.some((x) => x.file === 'okr.md' && x.ruleId === 'kr-vague-verb'), 'the other file is linted');
    // Not parsed, so not linted: no rule reports on it (not even one that reads headings in the text).
    assert.deepEqual(rows.filter((x) => x.file === 'deep.okr.md'), []);
  });

  it('reports a directive naming an unknown rule, with the suggestion, and --fix leaves the id to a person', () => {
    const file = join(dir, 'okr.md');
    const text = CLEAN.replace('- KR2:', '<!-- okr-lint-disable-next-line kr-not-measureable -->\n- KR2:');
    writeFileSync(file, text);
    const r = okr(['lint', '--format', 'json', 'okr.md'], dir);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    const row = rows.find((x) => x['ruleId'] === 'directive-unknown-rule')!;
    // `fixable` means "by --fix": the id's fix is a quick fix for a person, not a preferred one.
    assert.deepEqual([row['line'], row['column'], row['endColumn'], row['severity'], row['fixable']], [10, 33, 51, 'warning', false]);
    assert.match(String(row['message']), /Unknown rule 'kr-not-measureable' .*did you mean 'kr-not-measurable'\?/);
    const stylish = okr(['lint', 'okr.md'], dir);
    assert.match(stylish.stdout, /10:33 .*Unknown rule 'kr-not-measureable'.*directive-unknown-rule/);
    okr(['lint', '--fix', 'okr.md'], dir);
    assert.equal(readFileSync(file, 'utf8'), text);
  });
});
