// Which files `okr lint` and `okr report` read (selection.ts): the same ones, the lint
// configuration's `ignores` leaving some out, and a folder that `ignores` rule out is not read at
// all (so an unreadable one there stops nothing).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLEAN } from '../fixtures';
import { privateCli } from './private-cli';
import { runOkr as okr, writeFiles as write } from './sandbox';

/** The files of a JSON report. */
const reported = (stdout: string): string[] => (JSON.parse(stdout) as { files: { file: string }[] }).files.map((f) => f.file);

/** The files `okr lint --format json` read: each has an objective without KRs, made an error, so each read file has a row. */
const linted = (stdout: string): string[] => [...new Set((JSON.parse(stdout) as { file: string }[]).map((r) => r.file))];
const FAILING = `${CLEAN}\n## O2: Ship it\n`;

describe('okr report reads the files okr lint reads', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-selection-'));
    const rules = { 'objective-no-key-results': 'error' };
    write(dir, {
      '.okrlintrc.json': JSON.stringify({ ignores: ['archive/**', '*.draft.okr.md'], rules }),
      'okr.md': FAILING,
      'archive/okr.md': FAILING,
      'team/okr.md': FAILING,
      'team/plan.draft.okr.md': FAILING,
      // A nearer config: its own ignores, relative to its folder.
      'sub/.okrlintrc.json': JSON.stringify({ ignores: ['b.okr.md'], rules }),
      'sub/a.okr.md': FAILING,
      'sub/b.okr.md': FAILING,
      'other.json': JSON.stringify({ ignores: ['team/**'], rules }),
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves out the files that the config found upward from each file ignores, as lint does', async () => {
    const expected = ['okr.md', 'sub/a.okr.md', 'team/okr.md'];
    for (const args of [['.'], ['**/*.md'], ['okr.md', 'team', 'sub']]) {
      const report = await okr(dir, 'report', '--format', 'json', ...args);
      const lint = await okr(dir, 'lint', '--format', 'json', ...args);
      assert.equal(report.code, 0, report.stderr);
      assert.deepEqual(reported(report.stdout).sort(), expected, args.join(' '));
      assert.deepEqual(linted(lint.stdout).sort(), expected, `lint ${args.join(' ')}`);
      assert.equal(report.stderr, '');
    }
  });

  it('--config gives the ignores instead, as for lint', async () => {
    const report = await okr(dir, 'report', '--format', 'json', '--config', 'other.json', '.');
    const lint = await okr(dir, 'lint', '--format', 'json', '--config', 'other.json', '.');
    const expected = ['archive/okr.md', 'okr.md', 'sub/a.okr.md', 'sub/b.okr.md'];
    assert.deepEqual(reported(report.stdout).sort(), expected);
    assert.deepEqual(linted(lint.stdout).sort(), expected);
    assert.match((await okr(dir, 'report', '--config', 'nope.json', '.')).stderr, /^okr report: no such config file: nope\.json\n$/);
  });

  it('a named but ignored file gets a warning naming the config; the others are reported', async () => {
    const r = await okr(dir, 'report', '--format', 'json', 'archive/okr.md', 'okr.md');
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'okr report: warning: archive/okr.md was not reported: it matches an ignore pattern in .okrlintrc.json\n');
    assert.deepEqual(reported(r.stdout), ['okr.md']);
  });

  it('a named folder whose files are all ignored gets a warning (not silence); one with a file kept does not', async () => {
    for (const command of ['report', 'lint']) {
      const r = await okr(dir, command, '--format', 'json', 'archive', 'team');
      assert.equal(r.code, command === 'lint' ? 1 : 0, r.stderr);
      assert.equal(r.stderr, `okr ${command}: warning: no file in archive was ${command === 'lint' ? 'linted' : 'reported'}: each matches an ignore pattern\n`);
    }
  });

  it('a config that cannot be used stops the report as it stops the lint (exit 2)', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'okr-selection-bad-'));
    try {
      write(bad, { '.okrlintrc.json': JSON.stringify({ ignores: ['@(a|b)/**'] }), 'okr.md': CLEAN });
      for (const command of ['report', 'lint']) {
        const r = await okr(bad, command, '.');
        assert.equal(r.code, 2, command);
        assert.match(r.stderr, /extglob syntax/, command);
        assert.match(r.stderr, new RegExp(`^okr ${command}: invalid configuration in \\.okrlintrc\\.json: an ignore pattern cannot be used \\(above\\); no file was ${command === 'lint' ? 'linted or fixed' : 'reported'}\n$`, 'm'), command);
      }
      // Invalid JSON stops the run: the message does not claim the default configuration is used.
      writeFileSync(join(bad, '.okrlintrc.json'), '{"ignores": [');
      for (const command of ['report', 'lint']) {
        const r = await okr(bad, command, '.');
        assert.equal(r.code, 2, command);
        assert.match(r.stderr, /^\.okrlintrc\.json:1:\d+: error: Invalid JSON in .*\nokr \w+: invalid configuration in \.okrlintrc\.json\n$/, command);
        assert.doesNotMatch(r.stderr, /default configuration/, command);
      }
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('ignoring is hierarchical (as in git): a config file inside an ignored folder does not bring it back, walked or named, at any depth', async () => {
    write(dir, { 'archive/.okrlintrc.json': JSON.stringify({ ignores: [] }), 'archive/deep/.okrlintrc.json': '{}', 'archive/deep/okr.md': FAILING });
    try {
      for (const command of ['report', 'lint']) {
        const all = await okr(dir, command, '--format', 'json', '.');
        const files = command === 'report' ? reported(all.stdout) : linted(all.stdout);
        assert.ok(files.length > 0 && !files.some((f) => f.startsWith('archive/')), `${command}: ${files.join(' ')}`);
        for (const name of ['archive/okr.md', 'archive/deep/okr.md']) {
          const named = await okr(dir, command, '--format', 'json', name);
          const done = command === 'report' ? 'reported' : 'linted';
          assert.equal(named.stderr, `okr ${command}: warning: ${name} was not ${done}: it matches an ignore pattern in .okrlintrc.json\n`);
        }
      }
      // Its own ignores still apply below it.
      write(dir, { 'archive/deep/.okrlintrc.json': JSON.stringify({ ignores: ['okr.md'] }) });
      assert.match((await okr(dir, 'lint', 'sub/../archive/deep/okr.md')).stderr, /matches an ignore pattern in (\.okrlintrc\.json|archive)/);
    } finally {
      rmSync(join(dir, 'archive', '.okrlintrc.json'));
      rmSync(join(dir, 'archive', 'deep'), { recursive: true });
    }
  });
});

describe('okr lint and report: ignores under a folder whose path has glob characters', () => {
  for (const name of ['br[1]', 'a{x,y}']) {
    it(`a repository in ${name}: its ignores apply (the folder is a path, not a glob)`, async () => {
      const base = mkdtempSync(join(tmpdir(), 'okr-globdir-'));
      const dir = join(base, name);
      try {
        write(dir, { '.okrlintrc.json': JSON.stringify({ ignores: ['vendor', '*.draft.okr.md'], rules: { 'objective-no-key-results': 'error' } }), 'okr.md': FAILING, 'vendor/okr.md': FAILING, 'a.draft.okr.md': FAILING });
        assert.deepEqual(linted((await okr(dir, 'lint', '--format', 'json', '.')).stdout), ['okr.md']);
        assert.deepEqual(reported((await okr(base, 'report', '--format', 'json', name)).stdout), [`${name}/okr.md`]);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    });
  }
});

describe('okr lint and report: folders that the ignores rule out are not read', function () {
  this.timeout(120_000);
  let root = '';
  let bin = '';
  before(async () => {
    ({ root, bin } = await privateCli('okr-ignored-folders-'));
  });
  after(() => {
    // (Made readable again so the temporary folder can go.)
    spawnSync('chmod', ['-R', 'u+rwX', root]);
    rmSync(root, { recursive: true, force: true });
  });

  it('an unreadable folder that ignores rule out (or a default-skipped one) stops nothing; one they do not rule out still stops the run, named', () => {
    const ws = join(root, 'ws');
    write(ws, {
      '.okrlintrc.json': JSON.stringify({ ignores: ['vendor/**', 'build/', 'archive', '**/*.draft.okr.md'] }),
      'okr.md': CLEAN,
      'vendor/locked/okr.md': CLEAN,
      'build/okr.md': CLEAN,
      'team/archive/okr.md': CLEAN,
      'team/okr.md': CLEAN,
      'node_modules/pkg/okr.md': CLEAN,
      'drafts/okr.md': CLEAN,
    });
    const locked = ['vendor/locked', 'build', 'team/archive', 'node_modules'];
    for (const folder of locked) chmodSync(join(ws, folder), 0o000);
    // As root the modes do not stop a read: run as nobody, with the rest readable.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const d of [root, ws, join(ws, 'team'), join(ws, 'vendor')]) chmodSync(d, 0o755);
    const run = (...argv: string[]) => spawnSync(process.execPath, [bin, ...argv], { cwd: ws, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    for (const command of ['lint', 'report']) {
      const r = run(command, '--format', 'json', '.');
      assert.deepEqual([r.status, r.stderr], [0, ''], command);
      const glob = run(command, '--format', 'json', '**/okr.md');
      assert.deepEqual([glob.status, glob.stderr], [0, ''], `${command} with a glob`);
    }
    assert.deepEqual(reported(run('report', '--format', 'json', '.').stdout), ['drafts/okr.md', 'okr.md', 'team/okr.md']);
    // `**/*.draft.okr.md` ignores some files in drafts, not all: an unreadable drafts stops the run.
    chmodSync(join(ws, 'drafts'), 0o000);
    for (const command of ['lint', 'report']) {
      const r = run(command, '.');
      assert.deepEqual([r.status, r.stderr], [2, `okr ${command}: cannot read the folder drafts: permission denied\n`], command);
    }
    chmodSync(join(ws, 'drafts'), 0o755);
    // A `!pattern` that may bring a file back below vendor: vendor is read, and its locked folder stops the run.
    writeFileSync(join(ws, '.okrlintrc.json'), JSON.stringify({ ignores: ['vendor/**', 'build/', 'archive', '!vendor/**/keep.okr.md'] }));
    const kept = run('lint', '.');
    assert.deepEqual([kept.status, kept.stderr], [2, 'okr lint: cannot read the folder vendor/locked: permission denied\n']);
  });
});
