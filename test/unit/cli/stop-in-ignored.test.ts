// A stop of the config search (`"root": true`, a `.git` entry) in a folder an outer config ignores:
// the nearest stop wins, so walking from the top lints what naming the folder lints (and the editor).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ConfigLookup } from '../../../src/cli/selection';
import { CLEAN } from '../fixtures';
import { runOkr as okr, useSandbox, writeFiles as write } from './sandbox';

const FAILING = `${CLEAN}\n## O2: Ship it\n`;
const linted = async (cwd: string, arg: string) => {
  const r = await okr(cwd, 'lint', '--format', 'json', arg);
  return [...new Set((JSON.parse(r.stdout || '[]') as { file: string }[]).map((d) => d.file))].sort();
};

describe('okr lint: a stop of the config search inside an ignored folder', () => {
  const box = useSandbox({ prefix: 'okr-stop-ignored-', git: true });
  let repo = '';
  beforeEach(() => (repo = box.dir));

  it('"root": true in the folder the ignore names: walked from the top as when named', async () => {
    write(repo, {
      '.okrlintrc.json': JSON.stringify({ ignores: ['team/**'] }),
      'team/.okrlintrc.json': JSON.stringify({ root: true }),
      'team/plan.okr.md': FAILING,
    });
    assert.deepEqual(await linted(repo, 'team'), ['team/plan.okr.md']);
    assert.deepEqual(await linted(repo, '.'), ['team/plan.okr.md']);
    const lookup = new ConfigLookup({ stdout: () => undefined, stderr: () => undefined, cwd: repo, today: () => '2026-11-21' });
    assert.equal(lookup.skipsFolder(join(repo, 'team')), false);
  });

  it('a repository (`.git` file of a submodule) in the folder or directly inside it', async () => {
    write(repo, {
      '.okrlintrc.json': JSON.stringify({ ignores: ['vendor/**', 'third/'] }),
      'vendor/sub/.git': 'gitdir: ../../.git/modules/sub\n',
      'vendor/sub/okr.md': FAILING,
      'vendor/other/okr.md': FAILING,
      'vendor/okr.md': FAILING,
      'third/.git': 'gitdir: ../.git/modules/third\n',
      'third/okr.md': FAILING,
      'okr.md': FAILING,
    });
    assert.deepEqual(await linted(repo, 'vendor/sub'), ['vendor/sub/okr.md']);
    assert.deepEqual(await linted(repo, '.'), ['okr.md', 'third/okr.md', 'vendor/sub/okr.md']);
  });

  it('a stop deeper inside an ignored folder is not looked for (the ignored folder is not read)', async () => {
    write(repo, {
      '.okrlintrc.json': JSON.stringify({ ignores: ['vendor/'] }),
      'vendor/a/b/.okrlintrc.json': JSON.stringify({ root: true }),
      'vendor/a/b/okr.md': FAILING,
      'okr.md': FAILING,
    });
    assert.deepEqual(await linted(repo, '.'), ['okr.md']);
    assert.deepEqual(await linted(repo, 'vendor/a/b'), ['vendor/a/b/okr.md'], 'named, its own chain applies');
  });

  it('a "root": true config that does not ignore its own folder is no stop for an outer config that does, when broken', async () => {
    write(repo, {
      '.okrlintrc.json': JSON.stringify({ ignores: ['team/'] }),
      'team/.okrlintrc.json': '{ "root": true,',
      'team/okr.md': FAILING,
      'okr.md': FAILING,
    });
    // Not JSON: not known to be a stop, so the folder stays ruled out and its config is not reported.
    const r = await okr(repo, 'lint', '--format', 'json', '.');
    assert.notEqual(r.code, 2);
    assert.equal(r.stderr, '');
    assert.deepEqual(await linted(repo, '.'), ['okr.md']);
  });
});
