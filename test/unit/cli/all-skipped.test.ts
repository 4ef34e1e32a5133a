// A folder named on the command line whose OKR files are all in folders the config leaves out (not
// read): a warning that they match an ignore pattern, exit 0, not the error for a folder without OKR files.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLEAN } from '../fixtures';
import { useSandbox } from './sandbox';

const FAILING = `${CLEAN}\n## O2: Ship it\n`;

describe('okr lint: a folder named whose OKR files are all in folders left out', () => {
  const box = useSandbox({ prefix: 'okr-all-skipped-', git: true });
  let dir = '';
  beforeEach(() => (dir = box.dir));
  const okr = box.okr;

  it('warns that they match an ignore pattern (exit 0), as for a folder whose files are all ignored', async () => {
    mkdirSync(join(dir, 'docs', 'archive', '2025'), { recursive: true });
    writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ ignores: ['docs/archive/'] }));
    writeFileSync(join(dir, 'docs', 'archive', '2025', 'okr.md'), FAILING);
    for (const command of ['lint', 'report']) {
      const r = await okr(command, '--format', 'json', 'docs/archive');
      const done = command === 'lint' ? 'linted' : 'reported';
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, `okr ${command}: warning: no file in docs/archive was ${done}: the folders in it (docs/archive/2025) match an ignore pattern in .okrlintrc.json, so they were not read\n`);
    }
  });

  it('a folder with no OKR file and nothing left out is still an error', async () => {
    mkdirSync(join(dir, 'docs', 'empty'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'empty', 'notes.md'), '# notes\n');
    const r = await okr('lint', 'docs');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no OKR files \(okr\.md, \*\.okr\.md\) in docs/);
  });
});
