// `Aligns: company#grow-revenue` must name an objective that exists, or the alignment map breaks.
// Resolution is core/workspace.ts's `resolveAlignment`, the same as go-to-definition uses.
import type { AlignmentRef, OkrDocument } from '../../model';
import { findFile, findTargetFiles, indexFile, namesObjective, resolveAlignment, type IndexedFile, type OkrWorkspace } from '../../workspace';
import { defineRule } from '../helpers';
import type { WorkspaceFile, WorkspaceIndex } from '../types';

const NO_RANGE = { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } };

/** A full index entry from a (possibly minimal) `WorkspaceFile`. */
function asIndexed(f: WorkspaceFile): IndexedFile {
  const full = f as Partial<IndexedFile>;
  if (full.uri !== undefined && full.alignments !== undefined) return f as IndexedFile;
  return {
    uri: f.fileName,
    fileName: f.fileName.replace(/\\/g, '/').replace(/^\.\//, ''),
    team: f.team ?? null,
    cycle: f.cycle ?? null,
    owner: null,
    parent: null,
    title: null,
    objectives: f.objectives.map((o) => ({ id: o.id, slug: o.slug, label: null, title: o.title ?? '', titleRange: NO_RANGE, headingRange: NO_RANGE, owner: null, progress: null, keyResultCount: 0 })),
    owners: [],
    units: [],
    alignments: [],
  };
}

/** The workspace with this document's current text in place of its (possibly stale) entry. */
function workspaceWith(doc: OkrDocument, fileName: string, workspace: WorkspaceIndex): OkrWorkspace {
  // Resolution reads the file's names (path, team, owner, cycle, parent) and its objectives' ids,
  // slugs and labels, never the KRs: index the objectives without them (this rule runs over the
  // whole file on every edit, and indexing thousands of KRs' owners and units was most of its cost).
  const self = indexFile(fileName, fileName, { ...doc, objectives: doc.objectives.map((o) => ({ ...o, keyResults: [] })) });
  const files = workspace.files.map(asIndexed).filter((f) => f.fileName !== self.fileName && f.uri !== fileName);
  return { files: [...files, self] };
}

export default defineRule(
  {
    id: 'alignment-unresolved',
    description: 'An `Aligns:` reference must name an objective that exists in the workspace',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, fileName, workspace, t, report }) => {
    const name = fileName ?? 'okr.md';
    // Without a workspace only references inside this file can be checked.
    const index = workspaceWith(doc, name, workspace ?? { files: [] });
    const self = findFile(index, name)!;

    const problem = (ref: AlignmentRef): string | null => {
      if (!ref.objective) return t("Alignment is incomplete: '{0}' names no objective (expected file#objective)", ref.raw);
      if (resolveAlignment(index, name, ref)) return null;
      if (ref.target === null) {
        if (!workspace) return null;
        const matches = index.files.filter((f) => f.objectives.some((o) => namesObjective(o, ref.objective)));
        if (matches.length > 1) return t("Ambiguous alignment: '{0}' names objectives in {1} files; write the file too ({2}#{0})", ref.objective, matches.length, matches[0]!.fileName);
        return t("Unresolved alignment: no objective '{0}' in this file or the workspace", ref.objective);
      }
      if (!workspace) return null;
      const files = findTargetFiles(index, self, ref.target);
      if (files.length === 0) return t("Unresolved alignment: '{0}' names no OKR file, team or cycle in the workspace", ref.target);
      const known = files[0]!.objectives.map((o) => o.id).slice(0, 6);
      return known.length
        ? t("Unresolved alignment: '{0}' has no objective '{1}' (it has {2})", ref.target, ref.objective, known.join(', '))
        : t("Unresolved alignment: '{0}' has no objective '{1}'", ref.target, ref.objective);
    };

    // Many objectives repeat the same reference (`company#o1`): resolve each distinct one once.
    const seen = new Map<string, string | null>();
    for (const objective of doc.objectives) {
      for (const ref of objective.aligns) {
        const key = `${ref.raw}\u0000${ref.target ?? '\u0001'}\u0000${ref.objective}`;
        let message = seen.get(key);
        if (message === undefined) {
          message = problem(ref);
          seen.set(key, message);
        }
        if (message) report({ message, range: ref.range, subject: ref.raw });
      }
    }
  },
);
