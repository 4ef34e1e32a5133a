// The workspace index follows files that are renamed or deleted: the old name leaves the index
// (what the quarter tree and alignment look-ups read), the new one joins it, diagnostics of a
// renamed open file go with it, and nothing is logged: a file that disappears between the
// watcher's event (or the closing of its editor) and the read is not a problem to report
// ("Could not index … EntryNotFound" was logged on every rename and delete, and the quarter
// tree's "could not read …" when it was shown).
import * as assert from '../assert';
import * as vscode from 'vscode';
import { getExtension, okrDiagnostics, sleep, until, workspaceRoot } from '../helpers';

interface Api {
  indexedFiles: readonly string[];
  logged: readonly string[];
  errorCount: number;
}

function api(): Api {
  const exports = getExtension().exports as Partial<Api> | undefined;
  assert.ok(exports && Array.isArray(exports.indexedFiles) && Array.isArray(exports.logged), 'the extension API exposes indexedFiles and logged');
  return exports as Api;
}

const TEXT = '---\nquarter: 2026-Q4\n---\n# Rename OKRs\n\n## O1: Make onboarding calmer\n\nOwner: @ana\n\n- KR1: Improve onboarding\n- KR2: Reduce time to first value from 10 days to 3 days\n';

describe('workspace index: renamed and deleted files', function () {
  this.timeout(60_000);
  const folder = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), `index-files-${Date.now()}`);
  let dir: vscode.Uri;

  before(async () => {
    await getExtension().activate();
    // The quarter tree shown: it reads the indexed files from disk on every change of the index.
    await vscode.commands.executeCommand('okr.showQuarterTree');
    dir = folder();
    await vscode.workspace.fs.createDirectory(dir);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
  });

  const nameOf = (uri: vscode.Uri): string => vscode.workspace.asRelativePath(uri, false);
  const indexed = (uri: vscode.Uri): boolean => api().indexedFiles.includes(nameOf(uri));
  const notFoundLogged = (from: number): string[] => api().logged.slice(from).filter((l) => /could not (re-)?index|could not read|EntryNotFound|FileNotFound/i.test(l));

  it('an open OKR file renamed: the index has the new name only, its diagnostics move, nothing is logged', async () => {
    const before = api().logged.length;
    const errors = api().errorCount;
    const oldUri = vscode.Uri.joinPath(dir, 'before.okr.md');
    const newUri = vscode.Uri.joinPath(dir, 'after.okr.md');
    await vscode.workspace.fs.writeFile(oldUri, new TextEncoder().encode(TEXT));
    const document = await vscode.workspace.openTextDocument(oldUri);
    await vscode.window.showTextDocument(document, { preview: false });
    await until(() => okrDiagnostics(oldUri).length, (n) => n > 0, 'the file linted');
    await until(() => indexed(oldUri), (ok) => ok, `${nameOf(oldUri)} indexed`);

    // As the Explorer renames: one workspace edit (the open editor follows the file).
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(oldUri, newUri);
    assert.ok(await vscode.workspace.applyEdit(edit), 'renamed');
    await until(() => api().indexedFiles, (files) => files.includes(nameOf(newUri)) && !files.includes(nameOf(oldUri)), 'the index to follow the rename');
    await until(() => okrDiagnostics(oldUri).length, (n) => n === 0, 'no diagnostics left on the old name');
    await sleep(500); // late watcher events and re-reads
    assert.ok(!indexed(oldUri), `the old name stays out of the index: ${JSON.stringify(api().indexedFiles)}`);
    assert.deepEqual(notFoundLogged(before), [], `nothing logged about the missing file: ${JSON.stringify(notFoundLogged(before))}`);
    assert.equal(api().errorCount, errors, 'no error logged');
  });

  it('an OKR file deleted (open or not): it leaves the index, nothing is logged', async () => {
    const before = api().logged.length;
    const errors = api().errorCount;
    const closed = vscode.Uri.joinPath(dir, 'closed.okr.md');
    const open = vscode.Uri.joinPath(dir, 'open.okr.md');
    await vscode.workspace.fs.writeFile(closed, new TextEncoder().encode(TEXT));
    await vscode.workspace.fs.writeFile(open, new TextEncoder().encode(TEXT));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(open), { preview: false });
    await until(() => indexed(closed) && indexed(open), (ok) => ok, 'both files indexed');

    await vscode.workspace.fs.delete(closed);
    await until(() => indexed(closed), (ok) => !ok, `${nameOf(closed)} out of the index`);
    // Deleted as the Explorer does, then its editor closed (the close re-reads the file from disk).
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(open);
    assert.ok(await vscode.workspace.applyEdit(edit), 'deleted');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await until(() => indexed(open), (ok) => !ok, `${nameOf(open)} out of the index`);
    await until(() => okrDiagnostics(open).length, (n) => n === 0, 'no diagnostics left on the deleted file');
    await sleep(500);
    assert.ok(!indexed(closed) && !indexed(open), `both stay out: ${JSON.stringify(api().indexedFiles)}`);
    assert.deepEqual(notFoundLogged(before), [], `nothing logged about the missing files: ${JSON.stringify(notFoundLogged(before))}`);
    assert.equal(api().errorCount, errors, 'no error logged');
  });
});
