// The quarter tree's view model: from parsed OKR files, the tree the panel shows (files/groups →
// objectives → key results) with progress, expected-today marker, status, trend and problem
// counts; plus the pure helpers the webview runs on it (filter, flatten, find the node at a line).
// Pure data in, pure data out: the host builds the model, the webview only renders it.
import type { Cycle, IsoDate, KeyResult, Objective, ObjectiveType, OkrDocument, Group, Quantity } from './model';
import { indexFile, parentFile, resolveAlignment, type IndexedFile, type OkrWorkspace } from './workspace';
import { daysBetween, keyResultTiming, objectiveTiming, progressBand, progressTiming, type Band, type StatusInfo } from './tree-status';
import { targetText } from './present';
import { valueIn } from './units';
import { progressReasonText } from './progress';
import { english, retranslate, type Translate } from './translate';
import { uriPath } from './file-names';

export type { Band, StatusInfo } from './tree-status';

export type TreeScope = 'file' | 'workspace';
export type NodeKind = 'file' | 'group' | 'objective' | 'keyResult';
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A diagnostic reduced to what the tree needs: where it is and how bad. */
export interface TreeDiagnostic {
  /** 0-based line. */
  line: number;
  severity: Severity;
}

/** One parsed OKR file. */
export interface TreeSource {
  /** The document's URI as a string (the host's `uri.toString()`). */
  uri: string;
  /** Workspace-relative path (`teams/search.okr.md`) for resolving `parent:` and `Aligns:`;
   * defaults to the URI's path. */
  fileName?: string;
  doc: OkrDocument;
  /** Lint diagnostics, when the linter has run; none means "not known", shown as 0. */
  diagnostics?: TreeDiagnostic[];
}

export interface BuildTreeOptions {
  /** The day to measure against (`YYYY-MM-DD`); the core never reads the clock. */
  today: IsoDate;
  scope: TreeScope;
  /** The OKR file in the active editor (for the "this file" scope). */
  activeUri?: string | null;
  /** The cycle label picked by the user; null or unknown: the one running today, else the latest. */
  cycle?: string | null;
  /** Translates the labels a person reads (statuses, screen-reader labels, details); English by default. */
  t?: Translate;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface Trend {
  /** The check-in values, oldest first, scaled to 0–1 for a sparkline (at most 8). */
  points: number[];
  /** The last move, in the KR's sense: `up` is better, `down` worse. */
  direction: 'up' | 'down' | 'flat';
  /** `140 → 150`: the last two values as written. */
  text: string;
}

export interface TreeNode {
  /** Stable across updates (uri + path of ids), so expansion and focus survive a re-render. */
  id: string;
  kind: NodeKind;
  /** `O1`, `KR2`, or null. For a file: its file name. */
  label: string | null;
  title: string;
  uri: string;
  /** 0-based first line (what a click reveals). */
  line: number;
  /** 0-based last line of the section (for highlighting the node under the cursor). */
  endLine: number;
  /** 0–1, or null when unknown. */
  progress: number | null;
  /** Why progress is unknown, when it is. */
  progressReason: string | null;
  band: Band | null;
  /** Where progress should be today (0–1), for the marker on the bar; null without a cycle. */
  expected: number | null;
  status: StatusInfo | null;
  owner: string | null;
  /** 0–1. */
  confidence: number | null;
  objectiveType: ObjectiveType | null;
  /** KR kind (`metric`, `milestone`, …), else null. */
  krKind: KeyResult['kind'] | null;
  /** For a KR: `150 → 200 users`, `done`, …; else null. */
  detail: string | null;
  trend: Trend | null;
  /** Lint problems inside this node's range. */
  problems: ProblemCounts;
  /** `Aligns:` references as written. */
  aligns: string[];
  /** What a screen reader says: `Reduce time to first deploy: 40%, at risk`. */
  ariaLabel: string;
  children: TreeNode[];
}

export interface CycleOption {
  label: string;
  start: IsoDate;
  end: IsoDate;
  /** How many files use it. */
  files: number;
}

export interface FileSummary {
  uri: string;
  name: string;
  title: string;
  cycle: string | null;
  objectives: number;
  problems: ProblemCounts;
  /** The parser's own complaints (a broken frontmatter, …), as messages with 1-based lines. */
  parseProblems: string[];
}

export type EmptyReason = 'no-files' | 'no-active-file' | 'no-objectives' | null;

export interface TreeModel {
  today: IsoDate;
  scope: TreeScope;
  activeUri: string | null;
  cycles: CycleOption[];
  /** The cycle shown, or null when the files name none. */
  cycle: CycleOption | null;
  /** Days from today to the cycle's last day (0 on the last day and after), or null. */
  daysLeft: number | null;
  /** True when today is after the cycle's end: statuses are grades. */
  ended: boolean;
  /** Elapsed share of the cycle today (0–1), or null. */
  expected: number | null;
  /** Weighted mean of the shown objectives' progress. */
  progress: number | null;
  band: Band | null;
  status: StatusInfo | null;
  roots: TreeNode[];
  /** The files the tree shows. */
  files: FileSummary[];
  problems: ProblemCounts;
  objectiveCount: number;
  keyResultCount: number;
  empty: EmptyReason;
}

// ---------------------------------------------------------------- building

export function emptyCounts(): ProblemCounts {
  return { errors: 0, warnings: 0, infos: 0 };
}

function countIn(diagnostics: TreeDiagnostic[] | undefined, first: number, last: number): ProblemCounts {
  const counts = emptyCounts();
  for (const d of diagnostics ?? []) {
    if (d.line < first || d.line > last) continue;
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

function addCounts(a: ProblemCounts, b: ProblemCounts): ProblemCounts {
  return { errors: a.errors + b.errors, warnings: a.warnings + b.warnings, infos: a.infos + b.infos };
}

/** The last line a range covers (a range ending at column 0 stops on the line before). */
function lastLine(range: { start: { line: number }; end: { line: number; character: number } }): number {
  return range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
}

export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function percent(p: number | null, t: Translate): string {
  return p === null ? t('no progress') : `${Math.round(p * 100)}%`;
}

function ariaLabel(title: string, progress: number | null, status: StatusInfo | null, t: Translate): string {
  return status ? t('{0}: {1}, {2}', title, percent(progress, t), status.label) : t('{0}: {1}', title, percent(progress, t));
}

function quantityText(q: Quantity | null): string | null {
  return q ? q.raw : null;
}

function krDetail(kr: KeyResult, t: Translate): string | null {
  if (kr.kind === 'milestone') return kr.checked ? t('done') : t('not done');
  const current = quantityText(kr.current);
  // A relative target as hover and report show it: `200 (÷2)` for `by half from 400`.
  const target = kr.target?.relative ? targetText(kr) : quantityText(kr.target);
  if (kr.kind === 'threshold') {
    const rule = target ? `${kr.comparator ?? ''} ${target}`.trim() : null;
    if (current && rule) return `${current} (${rule})`;
    return current ?? rule;
  }
  if (current && target) return `${current} → ${target}`;
  if (target) return `? → ${target}`;
  return current;
}

function trendOf(kr: KeyResult): Trend | null {
  const values = kr.checkins
    .filter((c) => c.date !== null && c.value !== null)
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))
    .map((c) => c.value!);
  if (values.length < 2) return null;
  const recent = values.slice(-8);
  // Check-ins in other units of the KR's family (`4 days`, then `36 hours`) compare converted.
  const numbers = recent.map((q) => valueIn(q, kr.unit));
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const points = numbers.map((v) => (max === min ? 0.5 : (v - min) / (max - min)));
  const last = recent[recent.length - 1]!;
  const previous = recent[recent.length - 2]!;
  const delta = numbers[numbers.length - 1]! - numbers[numbers.length - 2]!;
  // For a KR that decreases (latency, lead time) a falling value is the good direction.
  const better = kr.direction === 'decrease' || (kr.comparator === '<=' || kr.comparator === '<') ? -delta : delta;
  const direction = better > 0 ? 'up' : better < 0 ? 'down' : 'flat';
  return { points, direction, text: `${previous.raw} → ${last.raw}` };
}

function krConfidence(kr: KeyResult): number | null {
  if (kr.confidence) return kr.confidence.value;
  let newest: { date: string; value: number } | null = null;
  for (const c of kr.checkins) {
    if (c.date && c.confidence && (!newest || c.date >= newest.date)) newest = { date: c.date, value: c.confidence.value };
  }
  return newest ? newest.value : null;
}

interface BuildContext {
  source: TreeSource;
  cycle: Cycle | null;
  today: IsoDate;
  seen: Set<string>;
  t: Translate;
}

function uniqueId(ctx: BuildContext, id: string): string {
  let candidate = id;
  for (let n = 2; ctx.seen.has(candidate); n++) candidate = `${id}~${n}`;
  ctx.seen.add(candidate);
  return candidate;
}

function krNode(ctx: BuildContext, objective: Objective, objectiveId: string, kr: KeyResult): TreeNode {
  const { expected, status } = keyResultTiming(kr, objective, ctx.cycle, ctx.today, ctx.t);
  const title = kr.text.trim() || ctx.t('(empty key result)');
  const line = kr.range.start.line;
  return {
    id: uniqueId(ctx, `${objectiveId}/${kr.id}`),
    kind: 'keyResult',
    label: kr.label,
    title,
    uri: ctx.source.uri,
    line,
    endLine: lastLine(kr.range),
    progress: kr.progress,
    progressReason: kr.progressReason === null ? null : progressReasonText(kr.progressReason, ctx.t),
    band: progressBand(kr.progress),
    expected,
    status,
    owner: kr.owners[0]?.name ?? null,
    confidence: krConfidence(kr),
    objectiveType: null,
    krKind: kr.kind,
    detail: krDetail(kr, ctx.t),
    trend: trendOf(kr),
    problems: countIn(ctx.source.diagnostics, line, lastLine(kr.range)),
    aligns: [],
    ariaLabel: ariaLabel(title, kr.progress, status, ctx.t),
    children: [],
  };
}

function objectiveNode(ctx: BuildContext, objective: Objective): TreeNode {
  const id = uniqueId(ctx, `${ctx.source.uri}#${objective.id}`);
  const { expected, status } = objectiveTiming(objective, ctx.cycle, ctx.today, ctx.t);
  const title = objective.title.trim() || ctx.t('(untitled objective)');
  const line = objective.headingRange.start.line;
  const confidences = objective.keyResults.map(krConfidence).filter((c): c is number => c !== null);
  return {
    id,
    kind: 'objective',
    label: objective.label,
    title,
    uri: ctx.source.uri,
    line,
    endLine: lastLine(objective.range),
    progress: objective.progress,
    progressReason: objective.progress === null ? ctx.t('no key result with known progress') : null,
    band: progressBand(objective.progress),
    expected,
    status,
    owner: objective.owner?.name ?? null,
    confidence: confidences.length ? Math.min(...confidences) : null,
    objectiveType: objective.type,
    krKind: null,
    detail: null,
    trend: null,
    problems: countIn(ctx.source.diagnostics, line, lastLine(objective.range)),
    aligns: objective.aligns.map((a) => a.raw),
    ariaLabel: ariaLabel(title, objective.progress, status, ctx.t),
    children: objective.keyResults.map((kr) => krNode(ctx, objective, id, kr)),
  };
}

function groupNode(ctx: BuildContext, group: Group, parentId: string): TreeNode {
  const id = uniqueId(ctx, `${parentId}/g:${group.id}`);
  const { expected, status } = progressTiming(group.progress, ctx.cycle, ctx.today, ctx.t);
  const title = group.title.trim() || ctx.t('(untitled group)');
  const line = group.headingRange.start.line;
  return {
    id,
    kind: 'group',
    label: null,
    title,
    uri: ctx.source.uri,
    line,
    endLine: lastLine(group.range),
    progress: group.progress,
    progressReason: null,
    band: progressBand(group.progress),
    expected,
    status,
    owner: null,
    confidence: null,
    objectiveType: null,
    krKind: null,
    detail: null,
    trend: null,
    problems: countIn(ctx.source.diagnostics, line, lastLine(group.range)),
    aligns: [],
    ariaLabel: ariaLabel(title, group.progress, status, ctx.t),
    children: [...group.groups.map((g) => groupNode(ctx, g, id)), ...group.objectives.map((o) => objectiveNode(ctx, o))],
  };
}

/** The document's own structure: its top-level groups and the objectives outside any group, in order. */
function documentChildren(ctx: BuildContext): TreeNode[] {
  const { doc } = ctx.source;
  const inGroups = new Set<Objective>();
  const collect = (g: Group): void => {
    g.objectives.forEach((o) => inGroups.add(o));
    g.groups.forEach(collect);
  };
  doc.groups.forEach(collect);
  const items: { line: number; node: () => TreeNode }[] = [
    ...doc.groups.map((g) => ({ line: g.headingRange.start.line, node: () => groupNode(ctx, g, ctx.source.uri) })),
    ...doc.objectives.filter((o) => !inGroups.has(o)).map((o) => ({ line: o.headingRange.start.line, node: () => objectiveNode(ctx, o) })),
  ];
  return items.sort((a, b) => a.line - b.line).map((item) => item.node());
}

function fileTitle(source: TreeSource): string {
  const { doc } = source;
  return doc.title?.text.trim() || doc.frontmatter?.team || fileName(source.uri);
}

function fileNode(ctx: BuildContext): TreeNode {
  const { doc, uri } = ctx.source;
  const { expected, status } = progressTiming(doc.progress, ctx.cycle, ctx.today, ctx.t);
  const title = fileTitle(ctx.source);
  const line = doc.title ? doc.title.range.start.line : 0;
  return {
    id: uniqueId(ctx, uri),
    kind: 'file',
    // The host's name for it (folder-prefixed in a multi-root workspace), else the base name.
    label: ctx.source.fileName ?? fileName(uri),
    title,
    uri,
    line,
    endLine: Math.max(0, doc.lineCount - 1),
    progress: doc.progress,
    progressReason: null,
    band: progressBand(doc.progress),
    expected,
    status,
    owner: doc.frontmatter?.owner ? doc.frontmatter.owner.replace(/^@/, '') : null,
    confidence: null,
    objectiveType: null,
    krKind: null,
    detail: null,
    trend: null,
    problems: countIn(ctx.source.diagnostics, 0, Number.MAX_SAFE_INTEGER),
    aligns: doc.frontmatter?.parent ? [doc.frontmatter.parent] : [],
    ariaLabel: ariaLabel(title, doc.progress, status, ctx.t),
    children: documentChildren(ctx),
  };
}

// ---------------------------------------------------------------- alignment

/** The workspace-relative path of a source (the host's, else the URI's path). */
function sourceFileName(source: TreeSource): string {
  return source.fileName || uriPath(source.uri).replace(/^\/+/, '');
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The file each file aligns to: its `parent:`, else the file its objectives' `Aligns:` resolve
 * to. Resolution is the core's one resolver (src/core/workspace.ts), so the tree, go-to-definition
 * and the `alignment-unresolved` rule always agree. Loops (a → b → a) are cut: those files stay roots.
 */
function parentsOf(sources: TreeSource[]): Map<TreeSource, TreeSource> {
  const files = sources.map((s) => indexFile(s.uri, sourceFileName(s), s.doc));
  const index: OkrWorkspace = { files };
  const byFile = new Map<IndexedFile, TreeSource>(files.map((f, i) => [f, sources[i]!]));
  const parents = new Map<TreeSource, TreeSource>();
  files.forEach((file, i) => {
    let parent = parentFile(index, file);
    for (const { ref } of parent ? [] : file.alignments) {
      const resolved = resolveAlignment(index, file.fileName, ref);
      if (resolved && resolved.file !== file) {
        parent = resolved.file;
        break;
      }
    }
    const target = parent ? byFile.get(parent) : undefined;
    if (target && target !== sources[i]) parents.set(sources[i]!, target);
  });
  for (const source of sources) {
    const seen = new Set<TreeSource>([source]);
    for (let p = parents.get(source); p; p = parents.get(p)) {
      if (seen.has(p)) {
        parents.delete(source);
        break;
      }
      seen.add(p);
    }
  }
  return parents;
}

// ---------------------------------------------------------------- cycles

function cycleOptions(sources: TreeSource[]): CycleOption[] {
  const byLabel = new Map<string, CycleOption>();
  for (const { doc } of sources) {
    if (!doc.cycle) continue;
    const known = byLabel.get(doc.cycle.label);
    if (known) known.files++;
    else byLabel.set(doc.cycle.label, { label: doc.cycle.label, start: doc.cycle.start, end: doc.cycle.end, files: 1 });
  }
  // Newest first: the picker shows the current quarter at the top.
  return [...byLabel.values()].sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : a.label.localeCompare(b.label)));
}

/** The cycle to show: the one asked for if it exists, else the one running today, else the latest. */
export function pickCycle(cycles: CycleOption[], today: IsoDate, wanted: string | null | undefined): CycleOption | null {
  if (wanted) {
    const hit = cycles.find((c) => c.label === wanted);
    if (hit) return hit;
  }
  const running = cycles.filter((c) => c.start <= today && today <= c.end);
  if (running.length) return running.sort((a, b) => (b.files - a.files) || a.end.localeCompare(b.end))[0]!;
  const started = cycles.filter((c) => c.start <= today);
  return started[0] ?? cycles[cycles.length - 1] ?? null;
}

// ---------------------------------------------------------------- the model

function asCycle(option: CycleOption | null): Cycle | null {
  return option ? { label: option.label, kind: 'custom', start: option.start, end: option.end, source: 'option', range: null } : null;
}

function summary(source: TreeSource, t: Translate): FileSummary {
  const { doc } = source;
  return {
    uri: source.uri,
    name: source.fileName ?? fileName(source.uri),
    title: fileTitle(source),
    cycle: doc.cycle?.label ?? null,
    objectives: doc.objectives.length,
    problems: countIn(source.diagnostics, 0, Number.MAX_SAFE_INTEGER),
    parseProblems: doc.problems.map((p) => t('{0} (line {1})', retranslate(t, p), p.range.start.line + 1)),
  };
}

function walk(nodes: TreeNode[], visit: (node: TreeNode) => void): void {
  for (const node of nodes) {
    visit(node);
    walk(node.children, visit);
  }
}

/** Builds the quarter tree for a scope and cycle. Never throws on odd documents. */
export function buildTree(sources: TreeSource[], options: BuildTreeOptions): TreeModel {
  const { today, scope } = options;
  const t = options.t ?? english;
  const activeUri = options.activeUri ?? null;
  const cycles = cycleOptions(sources);
  let shown: TreeSource[];
  let cycle: CycleOption | null;
  if (scope === 'file') {
    const active = sources.find((s) => s.uri === activeUri);
    shown = active ? [active] : [];
    cycle = active?.doc.cycle ? (cycles.find((c) => c.label === active.doc.cycle!.label) ?? null) : null;
  } else {
    cycle = pickCycle(cycles, today, options.cycle);
    // Files without a cycle belong to every cycle: they have nothing that says otherwise.
    shown = sources.filter((s) => !s.doc.cycle || !cycle || s.doc.cycle.label === cycle.label);
  }
  shown = [...shown].sort((a, b) => a.uri.localeCompare(b.uri));

  const seen = new Set<string>();
  const nodes = new Map<TreeSource, TreeNode>();
  for (const source of shown) {
    const ownCycle = source.doc.cycle ?? asCycle(cycle);
    nodes.set(source, fileNode({ source, cycle: ownCycle, today, seen, t }));
  }

  // Alignment: a team file hangs under the file it aligns to (company → teams).
  const parents = scope === 'workspace' ? parentsOf(shown) : new Map<TreeSource, TreeSource>();
  const roots: TreeNode[] = [];
  for (const source of shown) {
    const node = nodes.get(source)!;
    const parent = parents.get(source);
    if (parent) nodes.get(parent)!.children.push(node);
    else roots.push(node);
  }

  let objectiveCount = 0;
  let keyResultCount = 0;
  walk(roots, (n) => {
    if (n.kind === 'objective') objectiveCount++;
    else if (n.kind === 'keyResult') keyResultCount++;
  });

  const objectives = shown.flatMap((s) => s.doc.objectives);
  const progress = weightedObjectiveProgress(objectives);
  const shownCycle = asCycle(cycle);
  const { expected, status } = progressTiming(progress, shownCycle, today, t);
  const files = shown.map((s) => summary(s, t));
  const empty: EmptyReason = sources.length === 0 ? 'no-files' : scope === 'file' && shown.length === 0 ? 'no-active-file' : objectiveCount === 0 ? 'no-objectives' : null;
  return {
    today,
    scope,
    activeUri,
    cycles,
    cycle,
    daysLeft: cycle ? Math.max(0, daysBetween(today, cycle.end)) : null,
    ended: cycle ? today > cycle.end : false,
    expected,
    progress,
    band: progressBand(progress),
    status,
    roots,
    files,
    problems: files.reduce((sum, f) => addCounts(sum, f.problems), emptyCounts()),
    objectiveCount,
    keyResultCount,
    empty,
  };
}

function weightedObjectiveProgress(objectives: Objective[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const o of objectives) {
    if (o.progress === null) continue;
    const w = o.weight > 0 ? o.weight : 1;
    sum += o.progress * w;
    weights += w;
  }
  return weights ? sum / weights : null;
}

// ---------------------------------------------------------------- helpers the webview uses

export interface FilterQuery {
  words: string[];
  owners: string[];
  statuses: string[];
}

/** `deploy @alice status:at-risk` → words, owners and statuses (all lower-case). */
export function parseFilter(text: string): FilterQuery {
  const query: FilterQuery = { words: [], owners: [], statuses: [] };
  for (const token of text.toLowerCase().split(/\s+/).filter(Boolean)) {
    if (token.startsWith('@') && token.length > 1) query.owners.push(token.slice(1));
    else if (/^(status|is):./.test(token)) query.statuses.push(token.replace(/^(status|is):/, ''));
    else query.words.push(token);
  }
  return query;
}

/** `owner`: the node's own owner, or for a KR without one, its objective's (who answers for it). */
function matches(node: TreeNode, q: FilterQuery, owner: string | null): boolean {
  const text = `${node.label ?? ''} ${node.title} ${node.detail ?? ''}`.toLowerCase();
  if (!q.words.every((w) => text.includes(w))) return false;
  if (q.owners.length && !q.owners.some((o) => (owner ?? '').toLowerCase().replace(/^@/, '').startsWith(o))) return false;
  if (q.statuses.length && !q.statuses.some((s) => node.status !== null && (node.status.key === s || node.status.key.startsWith(s) || slug(node.status.label) === s))) return false;
  return true;
}

export interface FilterResult {
  /** Nodes that match the query themselves. */
  matched: Set<string>;
  /** Nodes to show: matches, their ancestors (for context) and their descendants. */
  visible: Set<string>;
  /** Nodes with a match below them: held open while filtering so every match can be seen. */
  open: Set<string>;
}

/** Filters the tree; null when the filter is empty (show everything). */
export function filterTree(roots: TreeNode[], text: string): FilterResult | null {
  const q = parseFilter(text);
  if (!q.words.length && !q.owners.length && !q.statuses.length) return null;
  const matched = new Set<string>();
  const visible = new Set<string>();
  const open = new Set<string>();
  const showAll = (n: TreeNode): void => {
    visible.add(n.id);
    n.children.forEach(showAll);
  };
  const visit = (n: TreeNode, inheritedOwner: string | null): boolean => {
    const owner = n.owner ?? (n.kind === 'keyResult' ? inheritedOwner : null);
    let below = false;
    for (const c of n.children) below = visit(c, n.kind === 'objective' ? owner : null) || below;
    if (below) open.add(n.id);
    if (matches(n, q, owner)) {
      matched.add(n.id);
      showAll(n);
      return true;
    }
    if (below) visible.add(n.id);
    return below;
  };
  roots.forEach((r) => visit(r, null));
  return { matched, visible, open };
}

export interface TreeRow {
  node: TreeNode;
  /** 1-based depth (aria-level). */
  level: number;
  /** 1-based position among its shown siblings, and their count (aria-posinset/setsize). */
  posinset: number;
  setsize: number;
  parentId: string | null;
  expandable: boolean;
  expanded: boolean;
}

/** The rows to draw, in order: the tree flattened through expanded nodes and the filter. */
export function flattenTree(roots: TreeNode[], isExpanded: (node: TreeNode) => boolean, filter: FilterResult | null): TreeRow[] {
  const rows: TreeRow[] = [];
  const add = (nodes: TreeNode[], level: number, parentId: string | null): void => {
    const shown = filter ? nodes.filter((n) => filter.visible.has(n.id)) : nodes;
    shown.forEach((node, i) => {
      const children = filter ? node.children.filter((c) => filter.visible.has(c.id)) : node.children;
      const expandable = children.length > 0;
      // While filtering, the path to every match is open so the match can be seen.
      const expanded = expandable && (isExpanded(node) || (filter !== null && filter.open.has(node.id)));
      rows.push({ node, level, posinset: i + 1, setsize: shown.length, parentId, expandable, expanded });
      if (expanded) add(node.children, level + 1, node.id);
    });
  };
  add(roots, 1, null);
  return rows;
}

/** The deepest node of a file whose lines contain `line` (for highlighting the node under the cursor). */
export function findNodeAt(roots: TreeNode[], uri: string, line: number): TreeNode | null {
  let best: TreeNode | null = null;
  const visit = (nodes: TreeNode[]): void => {
    for (const n of nodes) {
      if (n.uri === uri && n.line <= line && line <= n.endLine) {
        best = n;
        visit(n.children);
        return;
      }
      // A team file nested under its parent has another uri: keep looking below.
      if (n.kind === 'file') visit(n.children);
    }
  };
  visit(roots);
  return best;
}

/** Ids of every ancestor of a node, outermost first (to open the path to a highlighted node). */
export function ancestorsOf(roots: TreeNode[], id: string): string[] {
  const path: string[] = [];
  const visit = (nodes: TreeNode[]): boolean => {
    for (const n of nodes) {
      if (n.id === id) return true;
      path.push(n.id);
      if (visit(n.children)) return true;
      path.pop();
    }
    return false;
  };
  return visit(roots) ? path : [];
}
