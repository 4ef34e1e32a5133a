// Where the search for config files stops, the same in `okr lint` and in the editor (one core
// search, findConfigChain): at a `"root": true` config, at the repository's root (a folder holding
// `.git`), at the top of the path (the filesystem's root in the CLI, the workspace folder in the
// editor). A config above the repository (a home folder, a CI runner's workspace) changes nothing.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigLookup } from '../../../src/cli/selection';
import { findConfigChainAsync, parseConfig } from '../../../src/core/lint/index';
import { configSearchHost } from '../../../src/vscode/configSearchHost';
import { CLEAN } from '../fixtures';
import { runOkr as okr, writeFiles as write } from './sandbox';

/** An objective without KRs: `objective-no-key-results` reports it (a warning by default). */
const FAILING = `${CLEAN}\n## O2: Ship it\n`;
/** The files `okr lint --format json` reported the objective without KRs in, with the rule. */
const findings = (stdout: string): string[] =>
  [...new Set((JSON.parse(stdout) as { file: string; ruleId: string }[]).filter((r) => r.ruleId === 'objective-no-key-results').map((r) => `${r.file} ${r.ruleId}`))].sort();

describe('okr lint: the search for config files stops at the repository root or a "root": true config', () => {
  let dir = '';
  let repo = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-discovery-'));
    repo = join(dir, 'repo');
    write(dir, {
      // Above the repository: would turn the rule into an error and ignore every *.okr.md.
      '.okrlintrc.json': JSON.stringify({ rules: { 'objective-no-key-results': 'error' }, ignores: ['**/*.okr.md'] }),
      'repo/okr.md': FAILING,
      'repo/team/plan.okr.md': FAILING,
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a config above the repository no longer changes the results; without a repository it still applies', async () => {
    const outside = await okr(repo, 'lint', '--format', 'json', '.');
    assert.equal(outside.code, 1, outside.stderr);
    assert.deepEqual(findings(outside.stdout), ['okr.md objective-no-key-results'], 'no repository: the outer config applies (error, ignores)');

    mkdirSync(join(repo, '.git'));
    const inside = await okr(repo, 'lint', '--format', 'json', '.');
    assert.equal(inside.code, 0, inside.stderr);
    assert.deepEqual(findings(inside.stdout), ['okr.md objective-no-key-results', 'team/plan.okr.md objective-no-key-results']);
    const severities = (JSON.parse(inside.stdout) as { ruleId: string; severity: string }[]).filter((r) => r.ruleId === 'objective-no-key-results').map((r) => r.severity);
    assert.deepEqual(severities, ['warning', 'warning'], 'the default severity, not the outer config\'s');
  });

  it('a `.git` file (a worktree, a submodule) marks the repository root too; its own config counts', async () => {
    writeFileSync(join(repo, '.git'), 'gitdir: /elsewhere/.git/worktrees/repo\n');
    writeFileSync(join(repo, '.okrlintrc.json'), JSON.stringify({ rules: { 'objective-no-key-results': 'info' } }));
    const run = await okr(repo, 'lint', '--format', 'json', '.');
    assert.equal(run.code, 0, run.stderr);
    // The outer config's ignores (**/*.okr.md) no longer apply; the repository's config does.
    assert.deepEqual(findings(run.stdout), ['okr.md objective-no-key-results', 'team/plan.okr.md objective-no-key-results']);
    const severities = (JSON.parse(run.stdout) as { ruleId: string; severity: string }[]).filter((r) => r.ruleId === 'objective-no-key-results').map((r) => r.severity);
    assert.deepEqual(severities, ['info', 'info']);
  });

  it('a broken config above the repository does not stop the lint (it is never read)', async () => {
    writeFileSync(join(dir, '.okrlintrc.json'), '{ "rules": ');
    const before = await okr(repo, 'lint', '.');
    assert.equal(before.code, 2, 'no repository: the broken config is the outer config');
    assert.match(before.stderr, /invalid configuration in .*\.okrlintrc\.json/);
    mkdirSync(join(repo, '.git'));
    const after = await okr(repo, 'lint', '.');
    assert.equal(after.code, 0, after.stderr);
    assert.equal(after.stderr, '');
  });

  it('"root": true stops the search: a config further up (in the same repository) neither ignores nor configures', async () => {
    mkdirSync(join(repo, '.git'));
    write(repo, {
      '.okrlintrc.json': JSON.stringify({ ignores: ['team/**'], rules: { 'objective-no-key-results': 'error' } }),
      'team/.okrlintrc.json': JSON.stringify({ rules: { 'objective-no-key-results': 'info' } }),
    });
    const chained = await okr(repo, 'lint', '--format', 'json', 'team');
    assert.equal(chained.code, 0);
    assert.equal(chained.stdout.trim(), '[]', 'the outer config ignores team/**');
    assert.match(chained.stderr, /no file in team was linted: each matches an ignore pattern/);

    writeFileSync(join(repo, 'team', '.okrlintrc.json'), JSON.stringify({ root: true, rules: { 'objective-no-key-results': 'info' } }));
    const rooted = await okr(repo, 'lint', '--format', 'json', 'team');
    assert.equal(rooted.code, 0, rooted.stderr);
    assert.deepEqual(
      (JSON.parse(rooted.stdout) as { file: string; ruleId: string; severity: string }[]).filter((r) => r.ruleId === 'objective-no-key-results').map((r) => [r.file, r.severity]),
      [['team/plan.okr.md', 'info']],
    );
    // The repository's own okr.md still has the repository's config.
    const top = await okr(repo, 'lint', '--format', 'json', 'okr.md');
    assert.equal(top.code, 1);
  });

  it('"root" must be a boolean: anything else is reported and ignored', () => {
    const { config, problems } = parseConfig('{ "root": "yes" }', '/r/.okrlintrc.json');
    assert.equal(config.root, undefined);
    assert.deepEqual(problems.map((p) => p.message), ['Expected "root" to be true or false, found a string']);
    assert.equal(parseConfig('{ "root": true }', '/r/.okrlintrc.json').config.root, true);
    assert.equal(parseConfig('{ "okr": { "root": true } }', '/r/package.json').config.root, true);
  });
});

describe('okr lint and the editor pick the same config chain', () => {
  let ws = '';
  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'okr-discovery-ws-'));
    write(ws, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.okrlintrc.json': '{}',
      'okr.md': CLEAN,
      'a/package.json': JSON.stringify({ name: 'a', okr: { ignores: ['x'] } }),
      'a/b/.okrlintrc.json': '{}',
      // Hidden by the .okrlintrc.json beside it.
      'a/b/package.json': JSON.stringify({ okr: {} }),
      'a/b/c/okr.md': CLEAN,
      // A package.json without an okr key is no config.
      'plain/package.json': JSON.stringify({ name: 'plain' }),
      'plain/deep/okr.md': CLEAN,
      // A repository inside the workspace (a submodule, a cloned repo): its own root.
      'vendor/sub/.git': 'gitdir: ../../.git/modules/sub\n',
      'vendor/sub/.okrlintrc.json': '{}',
      'vendor/sub/x/okr.md': CLEAN,
      'vendor/bare/okr.md': CLEAN,
      'rooted/.okrlintrc.json': JSON.stringify({ root: true }),
      'rooted/deep/okr.md': CLEAN,
    });
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  /** The editor's search (diagnostics.ts readConfig, its host: configSearchHost): workspace-relative paths, files read in the folder. */
  async function editorChain(relative: string): Promise<string[]> {
    const at = (path: string) => join(ws, ...path.split('/').filter((s) => s !== '' && s !== '.'));
    const host = configSearchHost(
      {
        read: async (path) => {
          try {
            return readFileSync(at(path), 'utf8');
          } catch {
            return null;
          }
        },
        exists: async (path) => existsSync(at(path)),
      },
      (_candidate, parsed) => ({ layer: parsed.config }),
    );
    const chain = await findConfigChainAsync(relative, host);
    return chain.map((c) => c.path);
  }

  const expected: Record<string, string[]> = {
    'okr.md': ['.okrlintrc.json'],
    'a/b/c/okr.md': ['a/b/.okrlintrc.json', 'a/package.json', '.okrlintrc.json'],
    'plain/deep/okr.md': ['.okrlintrc.json'],
    'vendor/sub/x/okr.md': ['vendor/sub/.okrlintrc.json'],
    'vendor/bare/okr.md': ['.okrlintrc.json'],
    'rooted/deep/okr.md': ['rooted/.okrlintrc.json'],
  };

  for (const [file, chain] of Object.entries(expected)) {
    it(`${file}: ${chain.join(' → ')}`, async () => {
      const lookup = new ConfigLookup({ stdout: () => undefined, stderr: () => undefined, cwd: ws, today: () => '2026-11-21' });
      const cli = lookup.configFiles(join(ws, file)).map((p) => p.slice(ws.length + 1).split('\\').join('/'));
      assert.deepEqual(cli, chain, 'the CLI');
      assert.deepEqual(await editorChain(file), chain, 'the editor');
    });
  }
});
