// Which files `okr lint` and `okr report` read (selection.ts): the same ones, the lint
// configuration's `ignores` leaving some out.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../../src/cli/okr';
import { CLEAN } from '../fixtures';

async function okr(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, today: () => '2026-11-21' });
  return { code, stdout, stderr };
}

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

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

  it('a config that cannot be used stops the report as it stops the lint (exit 2)', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'okr-selection-bad-'));
    try {
      write(bad, { '.okrlintrc.json': JSON.stringify({ ignores: ['@(a|b)/**'] }), 'okr.md': CLEAN });
      for (const command of ['report', 'lint']) {
        const r = await okr(bad, command, '.');
        assert.equal(r.code, 2, command);
        assert.match(r.stderr, /extglob syntax/, command);
        assert.match(r.stderr, new RegExp(`^okr ${command}: invalid configuration in \\.okrlintrc\\.json: an ignore pattern cannot be used`, 'm'), command);
      }
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
