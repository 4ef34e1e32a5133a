// `Aligns: company#grow-revenue` must name an objective that exists, or the alignment map breaks.
// Resolution is core/workspace.ts's `resolveAlignment`, the same as go-to-definition uses.
import type { OkrDocument } from '../../model';
import { filesWithObjective, findFile, findTargetFiles, indexFile, indexWithEntryLast, resolveAlignment, type IndexedFile, type OkrWorkspace } from '../../workspace';
import { defineSplitRule } from '../helpers';
import { copyRange } from '../../shift';
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

/** What resolving this file's references reads of it: its objectives' names, and the references themselves. */
interface ObjectiveFacts {
  id: string;
  slug: string;
  label: string | null;
  title: string;
  /** The objective's `Aligns:` references, without their ranges (read from the model when reported). */
  refs: { key: string; raw: string; target: string | null; objective: string }[];
}

/**
 * The workspace as resolution sees it (the other files, and this file's names and objectives), and
 * the messages of the references resolved against it: kept across edits while all of it is unchanged.
 */
interface Resolution {
  self: IndexedFile;
  hasWorkspace: boolean;
  /** The workspace's entries for the other files, as given. */
  others: WorkspaceFile[];
  /** The facts the index's objectives came from. */
  names: readonly ObjectiveFacts[];
  index: OkrWorkspace;
  messages: Map<string, string | null>;
}

/** The objectives (indices, in order) with a reference that does not resolve, for the facts and resolution they were found with. */
interface Unresolved {
  resolution: Resolution;
  facts: readonly ObjectiveFacts[];
  objectives: number[];
}

const sameNames = (a: ObjectiveFacts, b: ObjectiveFacts): boolean => a === b || (a.id === b.id && a.slug === b.slug && a.label === b.label && a.title === b.title);

/**
 * The workspace's entries as full index entries, made once per workspace object: every file linted
 * against it shares them and their look-up tables (`indexWithEntryLast`).
 */
const indexedOf = new WeakMap<WorkspaceIndex, { files: readonly WorkspaceFile[]; length: number; index: OkrWorkspace }>();
function indexedWorkspace(workspace: WorkspaceIndex | undefined): OkrWorkspace {
  if (!workspace) return { files: [] };
  const kept = indexedOf.get(workspace);
  if (kept && kept.files === workspace.files && kept.length === workspace.files.length) return kept.index;
  const index = { files: workspace.files.map(asIndexed) };
  indexedOf.set(workspace, { files: workspace.files, length: workspace.files.length, index });
  return index;
}

function sameFile(a: IndexedFile, b: IndexedFile): boolean {
  return a.uri === b.uri && a.fileName === b.fileName && a.team === b.team && a.cycle === b.cycle && a.owner === b.owner && a.parent === b.parent && a.title === b.title;
}

/**
 * The workspace with this document's current text in place of its (possibly stale) entry: the one
 * of `memo` when nothing resolution reads has changed since it was built.
 */
function resolutionFor(doc: OkrDocument, fileName: string, workspace: WorkspaceIndex | undefined, facts: readonly ObjectiveFacts[], memo: Map<string, unknown>): Resolution {
  // Resolution reads the file's names (path, team, owner, cycle, parent) and its objectives' ids,
  // slugs and labels, never the KRs or ranges: index the objectives from the facts.
  const self = indexFile(fileName, fileName, { ...doc, objectives: [] });
  const base = indexedWorkspace(workspace);
  const others = (workspace?.files ?? []).filter((_, i) => {
    const x = base.files[i]!;
    return x.fileName !== self.fileName && x.uri !== fileName;
  });
  const previous = memo.get('resolution') as Resolution | undefined;
  if (
    previous && previous.hasWorkspace === !!workspace && sameFile(previous.self, self) &&
    previous.others.length === others.length && previous.others.every((f, i) => f === others[i]) &&
    previous.names.length === facts.length && previous.names.every((f, i) => sameNames(f, facts[i]!))
  ) {
    return previous;
  }
  self.objectives = facts.map((o) => ({ id: o.id, slug: o.slug, label: o.label, title: o.title, titleRange: NO_RANGE, headingRange: NO_RANGE, owner: null, progress: null, keyResultCount: 0 }));
  // The other files, then this one: `base`'s look-up tables serve every file of the workspace.
  const resolution: Resolution = { self, hasWorkspace: !!workspace, others, names: facts, index: indexWithEntryLast(base, self, fileName), messages: new Map() };
  memo.set('resolution', resolution);
  return resolution;
}

export default defineSplitRule(
  {
    id: 'alignment-unresolved',
    description: 'An `Aligns:` reference must name an objective that exists in the workspace',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  {
    objective: ({ doc }): ObjectiveFacts => {
      const o = doc.objectives[0]!;
      return {
        id: o.id,
        slug: o.slug,
        label: o.label,
        title: o.title,
        refs: o.aligns.map((ref) => ({ key: `${ref.raw}\u0000${ref.target ?? '\u0001'}\u0000${ref.objective}`, raw: ref.raw, target: ref.target, objective: ref.objective })),
      };
    },
    merge: ({ doc, fileName, workspace, t, report }, facts, memo) => {
      // Without a workspace only a reference that names no objective is reported (`problem` below: one
      // that does not resolve in this file alone may be in a file the host did not pass), and without
      // any reference nothing is: then building the resolution (this file's index entry and look-up
      // tables, on every call of the stateless lint) buys nothing. (The memo is left as it is: what it
      // holds is checked against the resolution and facts of the call that reads it.)
      if (!workspace || !facts.some((f) => f.refs.length > 0)) {
        for (let i = 0; i < facts.length; i++) {
          const refs = facts[i]!.refs;
          for (let k = 0; k < refs.length; k++) {
            const ref = refs[k]!;
            if (!ref.objective) report({ message: t("Alignment is incomplete: '{0}' names no objective (expected file#objective)", ref.raw), range: copyRange(doc.objectives[i]!.aligns[k]!.range), subject: ref.raw });
          }
        }
        return;
      }
      const name = fileName ?? 'okr.md';
      // Without a workspace only references inside this file can be checked.
      const resolution = resolutionFor(doc, name, workspace, facts, memo);
      const { index, messages } = resolution;
      let self: IndexedFile | undefined;

      const problem = (ref: ObjectiveFacts['refs'][number]): string | null => {
        if (!ref.objective) return t("Alignment is incomplete: '{0}' names no objective (expected file#objective)", ref.raw);
        if (resolveAlignment(index, name, ref)) return null;
        if (ref.target === null) {
          if (!workspace) return null;
          const matches = filesWithObjective(index, ref.objective);
          if (matches.length > 1) return t("Ambiguous alignment: '{0}' names objectives in {1} files; write the file too ({2}#{0})", ref.objective, matches.length, matches[0]!.fileName);
          return t("Unresolved alignment: no objective '{0}' in this file or the workspace", ref.objective);
        }
        if (!workspace) return null;
        const files = findTargetFiles(index, (self ??= findFile(index, name)!), ref.target);
        if (files.length === 0) return t("Unresolved alignment: '{0}' names no OKR file, team or cycle in the workspace", ref.target);
        const known = files[0]!.objectives.map((o) => o.id).slice(0, 6);
        return known.length
          ? t("Unresolved alignment: '{0}' has no objective '{1}' (it has {2})", ref.target, ref.objective, known.join(', '))
          : t("Unresolved alignment: '{0}' has no objective '{1}'", ref.target, ref.objective);
      };
      // Many objectives repeat the same reference (`company#o1`): resolve each distinct one once,
      // and keep the answers while the workspace, this file's names and the translator are the same.
      const messageOf = (ref: ObjectiveFacts['refs'][number]): string | null => {
        let message = messages.get(ref.key);
        if (message === undefined) {
          message = problem(ref);
          messages.set(ref.key, message);
        }
        return message;
      };
      const unresolved = (f: ObjectiveFacts): boolean => f.refs.some((ref) => messageOf(ref) !== null);

      // The objectives with an unresolved reference, kept with the resolution: after a keystroke only
      // the objectives whose facts changed are looked at again (facts are the cached objects of the
      // objectives whose text did not change), the rest of the file is not walked.
      const kept = memo.get('unresolved') as Unresolved | undefined;
      let objectives: number[] | null = null;
      if (kept && kept.resolution === resolution && kept.facts.length === facts.length) {
        const changed: number[] = [];
        for (let i = 0; i < facts.length && changed.length <= 16; i++) if (kept.facts[i] !== facts[i]) changed.push(i);
        if (changed.length <= 16) {
          objectives = kept.objectives;
          for (const i of changed) {
            const at = objectives.indexOf(i);
            if (at >= 0) objectives.splice(at, 1);
            if (unresolved(facts[i]!)) {
              let j = objectives.length;
              while (j > 0 && objectives[j - 1]! > i) j--;
              objectives.splice(j, 0, i);
            }
          }
        }
      }
      if (objectives === null) {
        objectives = [];
        for (let i = 0; i < facts.length; i++) if (unresolved(facts[i]!)) objectives.push(i);
      }
      memo.set('unresolved', { resolution, facts, objectives } satisfies Unresolved);

      for (const i of objectives) {
        const refs = facts[i]!.refs;
        for (let k = 0; k < refs.length; k++) {
          const message = messageOf(refs[k]!);
          if (message) report({ message, range: copyRange(doc.objectives[i]!.aligns[k]!.range), subject: refs[k]!.raw });
        }
      }
    },
  },
);
