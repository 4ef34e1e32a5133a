// Config problems are logged once per config version (src/vscode/problemLog.ts): the editor reads a
// config file again for every folder below it, on save and on the watcher's event for that save,
// and after every settings change; each read logged the same problems again.
import assert from 'node:assert/strict';
import { ProblemLog } from '../../../src/vscode/problemLog';

describe('config problems: logged once per config version', () => {
  const rc = 'file:///ws/.okrlintrc.json';
  const unknownRule = "file:///ws/.okrlintrc.json:3: Unknown rule 'kr-vage-verb'; did you mean 'kr-vague-verb'?";
  const badSeverity = "file:///ws/.okrlintrc.json:4: Invalid severity for 'kr-task-like'";

  it('the same problems read again (another folder, the save and its watcher event) are not logged again', () => {
    const log = new ProblemLog();
    assert.deepEqual(log.fresh(rc, [unknownRule]), [unknownRule]);
    assert.deepEqual(log.fresh(rc, [unknownRule]), []);
    assert.deepEqual(log.fresh(rc, [unknownRule]), []);
  });

  it('a new version with other problems is logged whole; fixed and broken again is logged again', () => {
    const log = new ProblemLog();
    log.fresh(rc, [unknownRule]);
    assert.deepEqual(log.fresh(rc, [unknownRule, badSeverity]), [unknownRule, badSeverity]);
    assert.deepEqual(log.fresh(rc, []), [], 'nothing to log when fixed');
    assert.deepEqual(log.fresh(rc, [unknownRule]), [unknownRule]);
  });

  it('each source is its own: two config files, or the settings of two folders', () => {
    const log = new ProblemLog();
    const other = 'file:///ws/team/.okrlintrc.json';
    assert.deepEqual(log.fresh(rc, [unknownRule]), [unknownRule]);
    assert.deepEqual(log.fresh(other, [unknownRule]), [unknownRule]);
    assert.deepEqual(log.fresh('settings:file:///ws', ['Settings okr.lint: x']), ['Settings okr.lint: x']);
    assert.deepEqual(log.fresh('settings:file:///ws', ['Settings okr.lint: x']), []);
  });
});
