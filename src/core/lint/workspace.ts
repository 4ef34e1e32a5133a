// Builds the workspace index entries that let `alignment-unresolved` see other files' objectives.
import type { OkrDocument } from '../model';
import type { WorkspaceFile } from './types';

/** The index entry for one parsed file. */
export function workspaceFileOf(fileName: string, doc: OkrDocument): WorkspaceFile {
  return {
    fileName,
    team: doc.frontmatter?.team ?? null,
    cycle: doc.cycle?.label ?? null,
    objectives: doc.objectives.map((o) => ({ id: o.id, slug: o.slug, title: o.title })),
  };
}
