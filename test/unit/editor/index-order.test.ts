// The workspace index's races, played deterministically: the editor (src/vscode/workspaceIndex.ts)
// takes a ticket when a read takes its text (an open document's text at once, a disk read before it
// starts) and applies the result when the read finishes, through IndexOrder. A full scan whose disk
// reads finish after an edit to the same file was indexed used to put the older model back.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { indexFile, type IndexedFile, type OkrWorkspace } from '../../../src/core/workspace';
import { IndexOrder, isNotFound } from '../../../src/vscode/indexOrder';

const uriOf = (name: string): string => `file:///ws/${name}`;

function entry(name: string, objective: string): IndexedFile {
  return indexFile(uriOf(name), name, parseOkr(`# Team\n\n## O1: ${objective}\n\n- KR1: Grow weekly active teams from 120 to 200\n`));
}

const titles = (index: OkrWorkspace): Record<string, string> =>
  Object.fromEntries(index.files.map((f) => [f.fileName, f.objectives.map((o) => o.title).join(', ')]));

describe('workspace index: the order of reads', () => {
  it("a full scan's disk read that finishes after an edit was indexed keeps the edit", () => {
    const order = new IndexOrder();
    let index: OkrWorkspace = { files: [] };
    const started = order.ticket(); // the scan lists the files
    const readTeam = order.ticket(); // ... and starts reading team.okr.md from disk (the saved text)
    const readOther = order.ticket();
    // Meanwhile the open team.okr.md is edited and indexed (its in-memory text, at once).
    index = order.apply(index, { uri: uriOf('team.okr.md'), ticket: order.ticket(), entry: entry('team.okr.md', 'Edited in the editor') })!;
    assert.deepEqual(titles(index), { 'team.okr.md': 'Edited in the editor' });
    // The scan's reads finish now, with the text on disk.
    index = order.mergeScan(index, started, [
      { uri: uriOf('team.okr.md'), ticket: readTeam, entry: entry('team.okr.md', 'Saved on disk') },
      { uri: uriOf('other.okr.md'), ticket: readOther, entry: entry('other.okr.md', 'Other file') },
    ]);
    assert.deepEqual(titles(index), { 'other.okr.md': 'Other file', 'team.okr.md': 'Edited in the editor' });
  });

  it("a scan's reads replace entries indexed before the scan started", () => {
    const order = new IndexOrder();
    let index: OkrWorkspace = order.apply({ files: [] }, { uri: uriOf('team.okr.md'), ticket: order.ticket(), entry: entry('team.okr.md', 'Before') })!;
    const started = order.ticket();
    index = order.mergeScan(index, started, [{ uri: uriOf('team.okr.md'), ticket: order.ticket(), entry: entry('team.okr.md', 'After') }]);
    assert.deepEqual(titles(index), { 'team.okr.md': 'After' });
  });

  it('a single disk read that started before an edit was indexed is dropped; one that started after is applied', () => {
    const order = new IndexOrder();
    let index: OkrWorkspace = { files: [] };
    const early = order.ticket(); // a watcher event: read from disk
    index = order.apply(index, { uri: uriOf('team.okr.md'), ticket: order.ticket(), entry: entry('team.okr.md', 'Edited') })!;
    assert.equal(order.apply(index, { uri: uriOf('team.okr.md'), ticket: early, entry: entry('team.okr.md', 'Old disk text') }), undefined);
    const later = order.apply(index, { uri: uriOf('team.okr.md'), ticket: order.ticket(), entry: entry('team.okr.md', 'Saved and re-read') })!;
    assert.deepEqual(titles(later), { 'team.okr.md': 'Saved and re-read' });
  });

  it('a file created during a scan (not listed by it) stays; one not found and indexed before the scan goes', () => {
    const order = new IndexOrder();
    let index: OkrWorkspace = order.apply({ files: [] }, { uri: uriOf('gone.okr.md'), ticket: order.ticket(), entry: entry('gone.okr.md', 'Gone') })!;
    const started = order.ticket();
    const read = order.ticket();
    index = order.apply(index, { uri: uriOf('new.okr.md'), ticket: order.ticket(), entry: entry('new.okr.md', 'Created meanwhile') })!;
    index = order.mergeScan(index, started, [{ uri: uriOf('team.okr.md'), ticket: read, entry: entry('team.okr.md', 'Team') }]);
    assert.deepEqual(titles(index), { 'new.okr.md': 'Created meanwhile', 'team.okr.md': 'Team' });
    // A read of the dropped file that started before the scan and finishes after it does not bring it back.
    assert.equal(order.apply(index, { uri: uriOf('gone.okr.md'), ticket: started - 1, entry: entry('gone.okr.md', 'Gone') }), undefined);
  });

  it('a file deleted while the scan read it stays deleted', () => {
    const order = new IndexOrder();
    let index: OkrWorkspace = order.apply({ files: [] }, { uri: uriOf('team.okr.md'), ticket: order.ticket(), entry: entry('team.okr.md', 'Team') })!;
    const started = order.ticket();
    const read = order.ticket();
    index = order.apply(index, { uri: uriOf('team.okr.md'), ticket: order.ticket(), entry: undefined })!; // the watcher's delete
    assert.deepEqual(titles(index), {});
    index = order.mergeScan(index, started, [{ uri: uriOf('team.okr.md'), ticket: read, entry: entry('team.okr.md', 'Read before the delete') }]);
    assert.deepEqual(titles(index), {});
  });

  it('removing a file that is not indexed changes nothing', () => {
    const order = new IndexOrder();
    assert.equal(order.apply({ files: [] }, { uri: uriOf('x.okr.md'), ticket: order.ticket(), entry: undefined }), undefined);
  });
});

describe('workspace index: a file that is not there any more', () => {
  it("is recognised by VS Code's FileSystemError code or name, and by Node's ENOENT", () => {
    const fsError = Object.assign(new Error('Unable to read file'), { name: 'EntryNotFound (FileSystemError)', code: 'FileNotFound' });
    assert.equal(isNotFound(fsError), true);
    assert.equal(isNotFound(Object.assign(new Error('gone'), { name: 'EntryNotFound (FileSystemError)' })), true);
    assert.equal(isNotFound(Object.assign(new Error('no such file'), { code: 'ENOENT' })), true);
  });

  it('other failures (no permission, a folder, anything thrown) are not', () => {
    assert.equal(isNotFound(Object.assign(new Error('denied'), { name: 'NoPermissions (FileSystemError)', code: 'NoPermissions' })), false);
    assert.equal(isNotFound(Object.assign(new Error('is a folder'), { code: 'FileIsADirectory' })), false);
    assert.equal(isNotFound(new Error('EntryNotFound mentioned in a message only')), false);
    assert.equal(isNotFound(undefined), false);
    assert.equal(isNotFound('EntryNotFound'), false);
  });
});
