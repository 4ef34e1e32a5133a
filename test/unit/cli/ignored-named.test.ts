// A file named on the command line but matched by `ignores`: a warning on stderr (as ESLint's
// "File ignored because of a matching ignore pattern"), not silence; stdout and the exit code as
// if the file had not been given.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOkr as okr } from './sandbox';

describe('okr lint: a file named on the command line but ignored', () => {
  let dir = '';
  // An error in each file (an objective without key results, made an error), so a linted file cannot pass unseen.
  const failing = '---\nquarter: 2026-Q4\n---\n# T\n\n## O1: Ship it\n';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-ignored-named-'));
    mkdirSync(join(dir, 'pj', 'b'), { recursive: true });
    mkdirSync(join(dir, 'pj', 'a'), { recursive: true });
    writeFileSync(join(dir, 'pj', '.okrlintrc.json'), JSON.stringify({ ignores: ['b/**'], rules: { 'objective-no-key-results': 'error' } }));
    writeFileSync(join(dir, 'pj', 'b', 'okr.md'), failing);
    writeFileSync(join(dir, 'pj', 'a', 'okr.md'), failing);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('warns on stderr, naming the file and the config, and keeps stdout and the exit code', async () => {
    for (const format of ['json', 'sarif']) {
      const r = await okr(dir, 'lint', '--format', format, 'pj/b/okr.md');
      assert.equal(r.code, 0, format);
      assert.equal(r.stderr, 'okr lint: warning: pj/b/okr.md was not linted: it matches an ignore pattern in pj/.okrlintrc.json\n', format);
      assert.doesNotMatch(r.stdout, /ignore/, `${format}: stdout stays machine-readable`);
      const parsed = JSON.parse(r.stdout) as unknown;
      if (format === 'json') assert.deepEqual(parsed, []);
    }
    // With a file that is linted beside it: its errors decide the exit code, as before.
    const both = await okr(dir, 'lint', '--format', 'json', 'pj/b/okr.md', 'pj/a/okr.md');
    assert.equal(both.code, 1);
    assert.match(both.stderr, /pj\/b\/okr\.md was not linted/);
    assert.ok((JSON.parse(both.stdout) as { file: string }[]).every((row) => row.file === 'pj/a/okr.md'));
  });

  it('says nothing for files a folder or a glob brings in', async () => {
    for (const arg of ['pj', 'pj/*/okr.md']) {
      const r = await okr(dir, 'lint', '--format', 'json', arg);
      assert.equal(r.stderr, '', arg);
      assert.equal(r.code, 1, `${arg}: pj/a is linted`);
    }
  });

  it('names the --config file when it gives the pattern', async () => {
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ ignores: ['**/a/**'] }));
    const r = await okr(join(dir, 'pj'), 'lint', '--config', '../other.json', 'a/okr.md');
    assert.equal(r.code, 0);
    // (A path outside the working folder is shown whole, as everywhere in the CLI's output.)
    assert.equal(r.stderr, `okr lint: warning: a/okr.md was not linted: it matches an ignore pattern in ${join(dir, 'other.json').split('\\').join('/')}\n`);
  });
});
