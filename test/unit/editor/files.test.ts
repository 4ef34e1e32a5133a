import assert from 'node:assert/strict';
import picomatch from 'picomatch/posix';
import { baseName, isDefaultOkrFileName, isOkrFile, okrFilesGlob } from '../../../src/core/files';

describe('editor: OKR file matching', () => {
  it('recognises okr.md and *.okr.md anywhere', () => {
    assert.equal(isOkrFile('okr.md'), true);
    assert.equal(isOkrFile('teams/search.okr.md'), true);
    assert.equal(isOkrFile('./platform.okr.md'), true);
    assert.equal(isOkrFile('C:\\repo\\team\\okr.md'), true);
  });

  it('rejects other Markdown and near misses', () => {
    assert.equal(isOkrFile('README.md'), false);
    assert.equal(isOkrFile('notes/okr.markdown'), false);
    assert.equal(isOkrFile('myokr.md'), false);
    assert.equal(isOkrFile('.okr.md'), false);
    assert.equal(isOkrFile('OKR.md'), false);
    assert.equal(isDefaultOkrFileName('okr.md.bak'), false);
  });

  it('adds user globs relative to the workspace, and bare names match anywhere', () => {
    assert.equal(isOkrFile('goals/2026-q4.md', ['goals/*.md']), true);
    assert.equal(isOkrFile('other/2026-q4.md', ['goals/*.md']), false);
    assert.equal(isOkrFile('deep/down/OBJECTIVES.md', ['OBJECTIVES.md']), true);
    assert.equal(isOkrFile('a/b/plan.md', ['**/plan.md']), true);
    assert.equal(isOkrFile('a/b/plan.md', ['./a/**/*.md']), true);
  });

  it('ignores invalid or empty patterns instead of throwing', () => {
    assert.equal(isOkrFile('x.md', ['', '   ']), false);
    assert.doesNotThrow(() => isOkrFile('x.md', ['[', 42 as unknown as string]));
  });

  it('turns okr.files patterns into the globs the editor searches, watches and selects with, matching what isOkrFile accepts', () => {
    assert.equal(okrFilesGlob('OBJECTIVES.md'), '**/OBJECTIVES.md');
    assert.equal(okrFilesGlob('./goals/*.md'), 'goals/*.md');
    assert.equal(okrFilesGlob('/goals/*.md'), 'goals/*.md', 'a leading slash means the workspace folder, as in isOkrFile');
    assert.equal(okrFilesGlob('   '), null);
    const paths = ['goals/q4.md', 'x/goals/q4.md', 'OBJECTIVES.md', 'deep/down/OBJECTIVES.md', 'other.md'];
    for (const pattern of ['OBJECTIVES.md', './goals/*.md', '/goals/*.md', '**/plan.md']) {
      const glob = okrFilesGlob(pattern)!;
      for (const path of paths) {
        assert.equal(picomatch(glob, { dot: true })(path), isOkrFile(path, [pattern]), `${pattern} on ${path}`);
      }
    }
  });

  it('takes the base name of posix and windows paths', () => {
    assert.equal(baseName('a/b/c.okr.md'), 'c.okr.md');
    assert.equal(baseName('a\\b\\okr.md'), 'okr.md');
    assert.equal(baseName('okr.md'), 'okr.md');
  });
});
