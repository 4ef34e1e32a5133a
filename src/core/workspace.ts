// The workspace index as pure data: every OKR file's objectives, owners, units and `Aligns:`
// references, and the look-ups the editor needs (resolve a reference, list owners, list
// objectives to align to). The host builds it (src/vscode/workspaceIndex.ts); the CLI can too.
//
// For lint: `OkrWorkspace` extends the lint engine's `WorkspaceIndex` (src/core/lint/types.ts),
// so an index built here can be passed as `LintOptions.workspace` unchanged, and
// `resolveAlignment` below is the one resolver of `Aligns:` references: please reuse it in
// `alignment-unresolved` so the rule and go-to-definition always agree.
import type { WorkspaceFile, WorkspaceIndex } from './lint/types';
import type { AlignmentRef, Objective, OkrDocument } from './model';
import { copyRange } from './shift';

/** An objective as the index keeps it: the model's identity and ranges, without its KRs. */
export interface IndexedObjective extends Pick<Objective, 'id' | 'slug' | 'label' | 'title' | 'titleRange' | 'headingRange' | 'progress'> {
  /** The owner's name without `@`, or null. */
  owner: string | null;
  keyResultCount: number;
}

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
// Look-ups

const same = (a: string | null | undefined, b: string): boolean => !!a && a.toLowerCase() === b.toLowerCase();

export function findFile(index: OkrWorkspace, fileName: string): IndexedFile | undefined {
  const p = normalisePath(fileName);
  return index.files.find((f) => f.fileName === p || f.uri === fileName);
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
  const t = target.trim();
  if (!t) return [];
  if (t.includes('/') || t.endsWith('.md')) {
    const byPath = [resolvePath(from.fileName, t), normalisePath(t)];
    for (const p of byPath) {
      const f = index.files.find((x) => x.fileName === p);
      if (f) return [f];
    }
    return [];
  }
  const owner = stripAt(t);
  const named = index.files.filter((f) => {
    const names = fileNames(f.fileName);
    return same(names.short, t) || same(names.stem, t) || same(f.team, t) || same(f.owner, owner);
  });
  if (named.length > 0) return named;
  const byCycle = index.files.filter((f) => f !== from && same(f.cycle, t));
  const parent = from.parent ? findTargetFiles(index, from, from.parent)[0] : undefined;
  return parent && byCycle.includes(parent) ? [parent, ...byCycle.filter((f) => f !== parent)] : byCycle;
}

// A file's short name and stem, by file name: a look-up compares them for every file of the index,
// once per reference (500 files each naming a parent made `okr lint` spend 13% of its time
// normalising the same paths). Bounded: cleared when it grows past what any workspace needs.
const namesCache = new Map<string, { short: string; stem: string }>();
function fileNames(fileName: string): { short: string; stem: string } {
  let names = namesCache.get(fileName);
  if (!names) {
    if (namesCache.size >= 20_000) namesCache.clear();
    names = { short: shortName(fileName), stem: fileStem(fileName) };
    namesCache.set(fileName, names);
  }
  return names;
}

/** Whether `name` (id, slug or label, any case) names the objective. */
export function namesObjective(objective: IndexedObjective, name: string): boolean {
  const n = name.trim().toLowerCase();
  return n !== '' && (objective.id.toLowerCase() === n || objective.slug.toLowerCase() === n || (objective.label ?? '').toLowerCase() === n);
}

/**
 * Resolves an `Aligns:` reference made in `fromFileName`. With a target (`company#o1`,
 * `./okr.md#o1`, `2026-Q4#o1`) the objective is looked up in the files it names; without one
 * (`Aligns: grow-revenue`) in the parent file, then the file itself, then any file where the
 * name is unique. Null when nothing (or nothing unambiguous) matches.
 */
export function resolveAlignment(index: OkrWorkspace, fromFileName: string, ref: Pick<AlignmentRef, 'target' | 'objective'>): ResolvedObjective | null {
  const from = findFile(index, fromFileName) ?? emptyFile(fromFileName);
  const lookIn = (files: IndexedFile[]): ResolvedObjective | null => {
    for (const file of files) {
      const objective = file.objectives.find((o) => namesObjective(o, ref.objective));
      if (objective) return { file, objective };
    }
    return null;
  };
  if (ref.target) return lookIn(findTargetFiles(index, from, ref.target));
  const parent = parentFile(index, from);
  const preferred = lookIn([parent, findFile(index, from.fileName)].filter((f): f is IndexedFile => !!f));
  if (preferred) return preferred;
  const everywhere = index.files.flatMap((file) => file.objectives.filter((o) => namesObjective(o, ref.objective)).map((objective) => ({ file, objective })));
  return everywhere.length === 1 ? everywhere[0]! : null;
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
