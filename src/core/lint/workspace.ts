// Builds the workspace index entries that let `alignment-unresolved` see other files' objectives.
// The entries are core/workspace.ts's `IndexedFile`s, so the editor's index and the CLI's agree.
import type { OkrDocument } from '../model';
import { indexFile, type IndexedFile } from '../workspace';

/** The index entry for one parsed file (`fileName`: a workspace-relative posix path, or a URI). */
export function workspaceFileOf(fileName: string, doc: OkrDocument): IndexedFile {
  return indexFile(fileName, fileName, doc);
}
