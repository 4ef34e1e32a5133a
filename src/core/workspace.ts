// The workspace index as pure data: every OKR file's objectives, owners, units and `Aligns:`
// references, and the look-ups the editor needs (resolve a reference, list owners, list
// objectives to align to). The host builds it (src/vscode/workspaceIndex.ts); the CLI can too.
//
// For lint: `OkrWorkspace` extends the lint engine's `WorkspaceIndex` (src/core/lint/types.ts),
// so an index built here can be passed as `LintOptions.workspace` unchanged, and
// `resolveAlignment` below is the one resolver of `Aligns:` references: please reuse it in
// `alignment-unresolved` so the rule and go-to-definition always agree.
import type { WorkspaceFile, WorkspaceIndex } from './lint/types';
import type { AlignmentRef, KeyResult, Objective, OkrDocument } from './model';
import { copyRange } from './shift';

/** An objective as the index keeps it: the model's identity and ranges, without its KRs. */
export interface IndexedObjective extends Pick<Objective, 'id' | 'slug' | 'label' | 'title' | 'titleRange' | 'headingRange' | 'progress'> {
  /** The owner's name without `@`, or null. */
  owner: string | null;
  keyResultCount: number;
  /** Its key results' identity and text, for "Go to Symbol in Workspace" (absent in indexes built for lint alone). */
  keyResults?: IndexedKeyResult[];
}

/** A key result as the index keeps it: what names it and where its text is. */
export type IndexedKeyResult = Pick<KeyResult, 'id' | 'label' | 'text' | 'textRange'>;

/** An `Aligns:` reference made by an objective of the file. */
export interface IndexedAlignment {
  /** The id of the objective that declares it. */
  from: string;
  ref: AlignmentRef;
}

export interface IndexedFile extends WorkspaceFile {
  /** The host's key for the file (a URI string). */
  uri: string;
  /** Workspace-relative posix path (`teams/search.okr.md`); also `fileName`. */
  fileName: string;
  team: string | null;
  cycle: string | null;
  owner: string | null;
  /** The front matter `parent` as written. */
  parent: string | null;
  title: string | null;
  objectives: IndexedObjective[];
  /** Every `@name` in the file (objective and KR owners, front matter owner), without `@`, deduplicated. */
  owners: string[];
  /** Every unit used by a KR quantity, deduplicated. */
  units: string[];
  alignments: IndexedAlignment[];
}

export interface OkrWorkspace extends WorkspaceIndex {
  files: IndexedFile[];
}

/** A resolved `Aligns:` reference. */
export interface ResolvedObjective {
  file: IndexedFile;
  objective: IndexedObjective;
}

const stripAt = (name: string): string => name.replace(/^@/, '').trim();

function pushUnique(list: string[], value: string | null | undefined): void {
  if (value && !list.includes(value)) list.push(value);
}

/** Builds the index entry of one parsed file. */
export function indexFile(uri: string, fileName: string, doc: OkrDocument): IndexedFile {
  const owners: string[] = [];
  const units: string[] = [];
  const fmOwner = doc.frontmatter?.owner ? stripAt(doc.frontmatter.owner) : null;
  pushUnique(owners, fmOwner);
  const alignments: IndexedAlignment[] = [];
  const objectives = doc.objectives.map((o): IndexedObjective => {
    pushUnique(owners, o.owner ? stripAt(o.owner.name) : null);
    for (const kr of o.keyResults) {
      for (const m of kr.owners) pushUnique(owners, stripAt(m.name));
      for (const q of [kr.baseline, kr.target, kr.current]) pushUnique(units, q?.unit ?? null);
      for (const c of kr.checkins) pushUnique(units, c.value?.unit ?? null);
    }
    // Ranges copied: an entry outlives the model's next update, which moves the model's own in place.
    for (const ref of o.aligns) alignments.push({ from: o.id, ref: { ...ref, range: copyRange(ref.range) } });
    return {
      id: o.id,
      slug: o.slug,
      label: o.label,
      title: o.title,
      titleRange: copyRange(o.titleRange),
      headingRange: copyRange(o.headingRange),
      owner: o.owner ? stripAt(o.owner.name) : null,
      progress: o.progress,
      keyResultCount: o.keyResults.length,
      keyResults: o.keyResults.map((kr) => ({ id: kr.id, label: kr.label, text: kr.text, textRange: copyRange(kr.textRange) })),
    };
  });
  return {
    uri,
    fileName: normalisePath(fileName),
    team: doc.frontmatter?.team ?? null,
    cycle: doc.cycle?.label ?? null,
    owner: fmOwner,
    parent: doc.frontmatter?.parent ?? null,
    title: doc.title?.text ?? null,
    objectives,
    owners,
    units,
    alignments,
  };
}

// ---------------------------------------------------------------------------------------------
// Paths (posix, workspace-relative; no node:path in the core)

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

function dirName(path: string): string {
  const p = normalisePath(path);
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/** Resolves `target` (as written in `from`) to a workspace-relative path. */
export function resolvePath(from: string, target: string): string {
  if (target.startsWith('/')) return normalisePath(target);
  const dir = dirName(from);
  return normalisePath(dir ? `${dir}/${target}` : target);
}

/** `target` relative to the directory of `from`, always starting with `./` or `../`. */
export function relativePath(from: string, target: string): string {
  const a = dirName(from).split('/').filter(Boolean);
  const b = normalisePath(target).split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.length - i;
  const rest = b.slice(i).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/** The short name of a file: `search` for `search.okr.md`, the folder for `team/okr.md`. */
export function shortName(fileName: string): string {
  const p = normalisePath(fileName);
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (base === 'okr.md') {
    const dir = dirName(p);
    return dir ? dir.slice(dir.lastIndexOf('/') + 1) : '';
  }
  return base.replace(/\.okr\.md$/, '').replace(/\.md$/, '');
}

/** The file name without `.okr.md` / `.md`: `okr` for `okr.md`, `search` for `search.okr.md`. */
export function fileStem(fileName: string): string {
  const p = normalisePath(fileName);
  return p.slice(p.lastIndexOf('/') + 1).replace(/\.okr\.md$/i, '').replace(/\.md$/i, '');
}

// ---------------------------------------------------------------------------------------------
// Look-up tables
//
// Every look-up below goes through tables of the index's names, built on the first look-up of an
// index object and kept with it: a look-up then costs the size of its answer, not the number of
// files (comparing every file's names once per reference made `okr lint` on 500 files grow with
// files × references). An index and its entries are snapshots, not changed once made (`withFile`
// makes a new index); another `files` array, or another length, gets new tables.

/**
 * Positions in the index's `files` (ascending) by key: `f` file name, `u` URI, `n` short name, stem
 * or team, `o` owner, `c` cycle, `j` objective id, slug or label (one position per objective named
 * so); names lower-cased, empty names left out (they name nothing).
 */
type Tables = (key: string) => readonly number[];

const tablesOf = new WeakMap<OkrWorkspace, [readonly IndexedFile[], number, Tables]>();

function buildTables(files: readonly IndexedFile[], offset = 0): Tables {
  const map = new Map<string, number[]>();
  const names = (prefix: string, values: unknown[]): string[] => values.filter((v): v is string => typeof v === 'string' && v !== '').map((v) => prefix + v.toLowerCase());
  files.forEach((f, i) => {
    const keys = [...new Set([`f${f.fileName}`, `u${f.uri}`, ...names('n', [shortName(f.fileName), fileStem(f.fileName), f.team]), ...names('o', [f.owner]), ...names('c', [f.cycle])])];
    for (const o of f.objectives) keys.push(...new Set(names('j', [o.id, o.slug, o.label])));
    for (const key of keys) (map.get(key) ?? map.set(key, []).get(key)!).push(i + offset);
  });
  return (key) => map.get(key) ?? [];
}

function lookup(index: OkrWorkspace): Tables {
  const [files, length, kept] = tablesOf.get(index) ?? [];
  if (kept && files === index.files && length === files.length) return kept;
  const tables = buildTables(index.files);
  tablesOf.set(index, [index.files, index.files.length, tables]);
  return tables;
}

/**
 * `base` without its entries for `entry`'s file (by file name, or by `uri`), with `entry` last: the
 * index the lint rule resolves a file's references against (the file's current text in place of a
 * possibly stale entry). Its look-ups read `base`'s tables, built once per base, so linting each
 * file of a workspace costs that file's references, not the workspace's size.
 */
export function indexWithEntryLast(base: OkrWorkspace, entry: IndexedFile, uri: string): OkrWorkspace {
  const own = lookup(base);
  const hidden = [...new Set([...own(`f${entry.fileName}`), ...own(`u${uri}`)])];
  const files = base.files.filter((_, i) => !hidden.includes(i)).concat(entry);
  const last = buildTables([entry], files.length - 1);
  // A base position moves down by the hidden positions before it.
  const tables: Tables = (key) => [...own(key).filter((p) => !hidden.includes(p)).map((p) => p - hidden.filter((h) => h < p).length), ...last(key)];
  const index = { files };
  tablesOf.set(index, [files, files.length, tables]);
  return index;
}

// ---------------------------------------------------------------------------------------------
// Look-ups

export function findFile(index: OkrWorkspace, fileName: string): IndexedFile | undefined {
  const tables = lookup(index);
  return index.files[Math.min(tables(`f${normalisePath(fileName)}`)[0] ?? Infinity, tables(`u${fileName}`)[0] ?? Infinity)];
}

/** The file named by the front matter `parent` of `file`, if it is in the index. */
export function parentFile(index: OkrWorkspace, file: IndexedFile): IndexedFile | undefined {
  if (!file.parent) return undefined;
  return findTargetFiles(index, file, file.parent)[0];
}

/**
 * The files a reference target names, best first: a path (relative to the referring file, then to
 * the workspace root), else a short file name, team or owner, else a cycle label (the parent file
 * first).
 */
export function findTargetFiles(index: OkrWorkspace, from: IndexedFile, target: string): IndexedFile[] {
  return targetFiles(index, from, target, true);
}

function targetFiles(index: OkrWorkspace, from: IndexedFile, target: string, parentFirst: boolean): IndexedFile[] {
  const t = target.trim();
  if (!t) return [];
  const tables = lookup(index);
  if (t.includes('/') || t.endsWith('.md')) {
    for (const p of [resolvePath(from.fileName, t), normalisePath(t)]) {
      const at = tables(`f${p}`)[0];
      if (at !== undefined) return [index.files[at]!];
    }
    return [];
  }
  const key = t.toLowerCase();
  const named = [...new Set([...tables(`n${key}`), ...tables(`o${stripAt(t).toLowerCase()}`)])].sort((a, b) => a - b);
  if (named.length > 0) return named.map((p) => index.files[p]!);
  const byCycle = tables(`c${key}`).map((p) => index.files[p]!).filter((f) => f !== from);
  if (!parentFirst || !from.parent || byCycle.length === 0) return byCycle;
  // The parent as the front matter names it; a `parent:` that is itself a cycle label is not
  // looked up again by its own parent (that would never end).
  const parent = targetFiles(index, from, from.parent, false)[0];
  return parent && byCycle.includes(parent) ? [parent, ...byCycle.filter((f) => f !== parent)] : byCycle;
}

/** Whether `name` (id, slug or label, any case) names the objective. */
export function namesObjective(objective: IndexedObjective, name: string): boolean {
  const n = name.trim().toLowerCase();
  return n !== '' && (objective.id.toLowerCase() === n || objective.slug.toLowerCase() === n || (objective.label ?? '').toLowerCase() === n);
}

/** The files with an objective named `name` (id, slug or label, any case), in index order. */
export function filesWithObjective(index: OkrWorkspace, name: string): IndexedFile[] {
  return [...new Set(lookup(index)(`j${name.trim().toLowerCase()}`))].map((p) => index.files[p]!);
}

/**
 * Resolves an `Aligns:` reference made in `fromFileName`. With a target (`company#o1`,
 * `./okr.md#o1`, `2026-Q4#o1`) the objective is looked up in the files it names; without one
 * (`Aligns: grow-revenue`) in the parent file, then the file itself, then any file where the
 * name is unique. Null when nothing (or nothing unambiguous) matches.
 */
export function resolveAlignment(index: OkrWorkspace, fromFileName: string, ref: Pick<AlignmentRef, 'target' | 'objective'>): ResolvedObjective | null {
  const from = findFile(index, fromFileName) ?? emptyFile(fromFileName);
  const lookIn = (files: readonly IndexedFile[]): ResolvedObjective | null => {
    for (const file of files) {
      const objective = file.objectives.find((o) => namesObjective(o, ref.objective));
      if (objective) return { file, objective };
    }
    return null;
  };
  if (ref.target) return lookIn(targetFiles(index, from, ref.target, true));
  const parent = parentFile(index, from);
  const preferred = lookIn([parent, findFile(index, from.fileName)].filter((f): f is IndexedFile => !!f));
  if (preferred) return preferred;
  // Asked only here: a name every file uses (`o1`) has as many positions as files.
  const named = lookup(index)(`j${ref.objective.trim().toLowerCase()}`);
  return named.length === 1 ? lookIn([index.files[named[0]!]!]) : null;
}

function emptyFile(fileName: string): IndexedFile {
  return { uri: fileName, fileName: normalisePath(fileName), team: null, cycle: null, owner: null, parent: null, title: null, objectives: [], owners: [], units: [], alignments: [] };
}

/** Every `Aligns:` reference in the workspace that resolves to the given objective. */
export function findAlignmentsTo(index: OkrWorkspace, target: ResolvedObjective): { file: IndexedFile; alignment: IndexedAlignment }[] {
  const out: { file: IndexedFile; alignment: IndexedAlignment }[] = [];
  for (const file of index.files) {
    for (const alignment of file.alignments) {
      const r = resolveAlignment(index, file.fileName, alignment.ref);
      if (r && r.file.fileName === target.file.fileName && r.objective.id === target.objective.id) out.push({ file, alignment });
    }
  }
  return out;
}

/** Every owner used in the workspace, most used first, then by name. */
export function listOwners(index: OkrWorkspace): string[] {
  const counts = new Map<string, number>();
  for (const f of index.files) for (const o of f.owners) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => (counts.get(b)! - counts.get(a)!) || a.localeCompare(b));
}

/** Teams named in the workspace's front matter. */
export function listTeams(index: OkrWorkspace): string[] {
  const teams: string[] = [];
  for (const f of index.files) pushUnique(teams, f.team);
  return teams.sort((a, b) => a.localeCompare(b));
}

export interface AlignCandidate {
  /** What to insert after `Aligns: `: `../okr.md#o1`, always with the file, so it cannot be mistaken for an objective of this file. */
  reference: string;
  file: IndexedFile;
  objective: IndexedObjective;
  /** The parent file's objectives come first. */
  fromParent: boolean;
}

/**
 * Objectives a file's objective can align to: the parent file's first, then the other OKR
 * files', each as `relative/path#id`; never the file's own.
 */
export function listAlignCandidates(index: OkrWorkspace, fromFileName: string): AlignCandidate[] {
  const from = findFile(index, fromFileName) ?? emptyFile(fromFileName);
  const parent = parentFile(index, from);
  const out: AlignCandidate[] = [];
  if (parent && parent.fileName !== from.fileName) {
    const path = relativePath(from.fileName, parent.fileName);
    for (const objective of parent.objectives) out.push({ reference: `${path}#${objective.id}`, file: parent, objective, fromParent: true });
  }
  for (const file of index.files) {
    if (file.fileName === from.fileName || file === parent) continue;
    for (const objective of file.objectives) {
      out.push({ reference: `${relativePath(from.fileName, file.fileName)}#${objective.id}`, file, objective, fromParent: false });
    }
  }
  return out;
}

/** Replaces (or adds) one file's entry; returns a new index. */
export function withFile(index: OkrWorkspace, file: IndexedFile): OkrWorkspace {
  const files = index.files.filter((f) => f.uri !== file.uri);
  files.push(file);
  files.sort((a, b) => a.fileName.localeCompare(b.fileName));
  return { files };
}

export function withoutFile(index: OkrWorkspace, uri: string): OkrWorkspace {
  return { files: index.files.filter((f) => f.uri !== uri) };
}
