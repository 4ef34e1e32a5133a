// A folder that a config file further up rules out is not read, even with a nearer config file
// between (ignoring is hierarchical, for folders as for files): an unreadable one stops nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigLookup } from '../../../src/cli/selection';
import { CLEAN } from '../fixtures';
import { privateCli } from './private-cli';
import { writeFiles as write } from './sandbox';

describe('okr lint: a folder an outer config rules out is not read, whatever a nearer config says', function () {
  this.timeout(120_000);
  let root = '';
  let ws = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'okr-skip-folder-'));
    ws = join(root, 'ws');
    write(ws, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.okrlintrc.json': JSON.stringify({ ignores: ['team/vendor', 'team/**/*.draft.okr.md'] }),
      'team/.okrlintrc.json': JSON.stringify({ rules: { 'kr-task-like': 'off' } }),
      'team/okr.md': CLEAN,
      'team/vendor/locked/okr.md': CLEAN,
      'team/drafts/okr.md': CLEAN,
    });
  });
  after(() => {
    spawnSync('chmod', ['-R', 'u+rwX', root]);
    rmSync(root, { recursive: true, force: true });
  });

  it('skipsFolder asks every config file of the chain', () => {
    const lookup = new ConfigLookup({ stdout: () => undefined, stderr: () => undefined, cwd: ws, today: () => '2026-11-21' });
    assert.equal(lookup.skipsFolder(join(ws, 'team', 'vendor')), true, 'the outer config ignores team/vendor');
    assert.equal(lookup.skipsFolder(join(ws, 'team', 'vendor', 'locked')), true);
    assert.equal(lookup.skipsFolder(join(ws, 'team', 'drafts')), false, 'only some files of drafts are ignored');
  });

  it('an unreadable folder there stops nothing (run as another user when root)', async () => {
    const { root: cli, bin } = await privateCli('okr-skip-folder-cli-');
    chmodSync(join(ws, 'team', 'vendor', 'locked'), 0o000);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const d of [root, cli]) chmodSync(d, 0o755);
    const run = (...argv: string[]) => spawnSync(process.execPath, [bin, ...argv], { cwd: ws, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    for (const command of ['lint', 'report']) {
      const r = run(command, '--format', 'json', '.');
      assert.deepEqual([r.status, r.stderr], [0, ''], command);
    }
    const files = (JSON.parse(run('report', '--format', 'json', '.').stdout) as { files: { file: string }[] }).files.map((f) => f.file);
    assert.deepEqual(files, ['team/drafts/okr.md', 'team/okr.md']);
    rmSync(cli, { recursive: true, force: true });
  });
});
