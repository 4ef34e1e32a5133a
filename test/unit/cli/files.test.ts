import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { resolveOkrFiles } from '../../../src/cli/files';
import { isOkrFile } from '../../../src/core/files';

describe('okr CLI: which files a directory contributes', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-cli-files-'));
    mkdirSync(join(dir, 'teams'));
    for (const name of ['okr.md', 'teams/search.okr.md', 'OKR.md', 'teams/Notes.OKR.MD', 'teams/.okr.md', 'README.md']) {
      writeFileSync(join(dir, name), '# x\n');
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('takes exactly the files the editor treats as OKR files', () => {
    const found = resolveOkrFiles([dir], dir).map((f) => f.slice(dir.length + 1).split('\\').join('/'));
    assert.deepEqual(found.sort(), ['okr.md', 'teams/search.okr.md']);
    for (const name of ['OKR.md', 'teams/Notes.OKR.MD', 'teams/.okr.md']) {
      assert.equal(isOkrFile(name), false, `${basename(name)} is not an OKR file in the editor`);
    }
  });
});
