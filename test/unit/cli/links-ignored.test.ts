// A real file reached under two names (a link to it, a link to its folder) is read once, under the
// first name its configuration does not ignore: ignores are applied to each name first, then each
// real file is taken once. (Before, the first name won and its ignores then dropped the file.)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLEAN } from '../fixtures';
import { runOkr } from './sandbox';

const FAILING = `${CLEAN}\n## O2: Ship it\n`;

describe('okr lint/report: ignores apply to each name before a linked file is taken once', () => {
  let dir = '';
  const okr = (...argv: string[]) => runOkr(dir, ...argv);
  /** The files a JSON lint reported on (each has an objective without KRs, so each linted file shows). */
  const linted = async (...args: string[]) => {
    const run = await okr('lint', '--format', 'json', ...args);
    assert.notEqual(run.code, 2, run.stderr);
    return { files: [...new Set((JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file))], stderr: run.stderr };
  };
  const reported = async (...args: string[]) => {
    const run = await okr('report', '--format', 'json', ...args);
    assert.equal(run.code, 0, run.stderr);
    return (JSON.parse(run.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
  };
  const config = (ignores: string[]) => writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ ignores }));

  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'okr-links-ignored-'));
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team', 'okr.md'), FAILING);
    mkdirSync(join(dir, 'okrs', 'real'), { recursive: true });
    writeFileSync(join(dir, 'okrs', 'real', 'okr.md'), FAILING);
    try {
      // Sorted before its target, so walked first: `alias.okr.md` < `team/`; `okrs/real` is read
      // directly, `okrs/linked` (a link) after it.
      symlinkSync(join('team', 'okr.md'), join(dir, 'alias.okr.md'));
      symlinkSync('real', join(dir, 'okrs', 'linked'));
    } catch {
      rmSync(dir, { recursive: true, force: true });
      this.skip(); // no symbolic links here (Windows without the privilege)
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a link to a file: its first name ignored, it is linted under the second; the second ignored, under the first', async () => {
    config(['alias.okr.md', 'okrs']);
    assert.deepEqual((await linted('.')).files, ['team/okr.md']);
    assert.deepEqual(await reported('.'), ['team/okr.md']);
    config(['team/okr.md', 'okrs']);
    assert.deepEqual((await linted('.')).files, ['alias.okr.md']);
    config(['alias.okr.md', 'team/okr.md', 'okrs']);
    const none = await linted('.');
    assert.deepEqual(none.files, []);
  });

  it('named twice on the command line, the ignored name first: a warning for it, the file linted under the other', async () => {
    config(['alias.okr.md']);
    const run = await linted('alias.okr.md', 'team/okr.md');
    assert.deepEqual(run.files, ['team/okr.md']);
    assert.match(run.stderr, /warning: alias\.okr\.md was not linted: it matches an ignore pattern in \.okrlintrc\.json/);
    assert.doesNotMatch(run.stderr, /team\/okr\.md was not linted/);
  });

  it('a link to a folder read under its own name: a file ignored there is linted under the link', async () => {
    config(['okrs/real/okr.md', 'alias.okr.md', 'team']);
    assert.deepEqual((await linted('.')).files, ['okrs/linked/okr.md']);
    assert.deepEqual((await linted('okrs/**/*.md')).files, ['okrs/linked/okr.md'], 'a glob walk too');
    assert.deepEqual(await reported('okrs'), ['okrs/linked/okr.md']);
    // Neither name ignored: once, under the name reached without a link.
    config(['alias.okr.md', 'team']);
    assert.deepEqual((await linted('okrs')).files, ['okrs/real/okr.md']);
  });

  it('a named folder whose files were all taken under another name gets no "each matches an ignore pattern" warning', async () => {
    config([]);
    const run = await linted('team', 'alias.okr.md');
    assert.deepEqual(run.files, ['team/okr.md']);
    assert.equal(run.stderr, '');
    const folders = await linted('okrs/real', 'okrs/linked');
    assert.deepEqual(folders.files, ['okrs/real/okr.md']);
    assert.equal(folders.stderr, '');
  });
});
