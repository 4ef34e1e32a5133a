// Outline data: groups → objectives → key results with progress in the detail, the CodeLens
// titles above objectives, and objectives across the workspace for "Go to Symbol in Workspace".
import type { Group, IsoDate, KeyResult, Objective, OkrDocument, Range } from './model';
import { objectiveSummary, percent, statusText } from './present';
import { keyResultStatus, objectiveStatus } from './status';
import { english, type Translate } from './translate';
import type { OkrWorkspace } from './workspace';

export type SymbolKind = 'group' | 'objective' | 'keyResult';

export interface SymbolData {
  name: string;
  detail: string;
  kind: SymbolKind;
  /** The whole element (section or list item). */
  range: Range;
  /** The part to select and reveal (heading text, KR text). Always inside `range`. */
  selectionRange: Range;
  children: SymbolData[];
}

const MAX_NAME = 100;
const short = (text: string): string => (text.length <= MAX_NAME ? text : `${text.slice(0, MAX_NAME - 1)}…`);

function detailOf(progress: number | null, status: string | null): string {
  return status ? `${percent(progress)} · ${status}` : percent(progress);
}

function keyResultSymbol(doc: OkrDocument, objective: Objective, kr: KeyResult, today: IsoDate, t: Translate): SymbolData {
  return {
    name: short(kr.label ? `${kr.label}: ${kr.text}` : kr.text) || kr.id,
    detail: detailOf(kr.progress, statusText(keyResultStatus(kr, doc.cycle, today, objective.type), t)),
    kind: 'keyResult',
    range: kr.range,
    selectionRange: kr.textRange,
    children: [],
  };
}

function objectiveSymbol(doc: OkrDocument, objective: Objective, today: IsoDate, t: Translate): SymbolData {
  return {
    name: short(objective.label ? `${objective.label}: ${objective.title}` : objective.title) || objective.id,
    detail: detailOf(objective.progress, statusText(objectiveStatus(objective, doc.cycle, today), t)),
    kind: 'objective',
    range: objective.range,
    selectionRange: objective.titleRange,
    children: objective.keyResults.map((kr) => keyResultSymbol(doc, objective, kr, today, t)),
  };
}

function groupSymbol(doc: OkrDocument, group: Group, today: IsoDate, t: Translate): SymbolData {
  const children = [
    ...group.groups.map((g) => ({ at: g.range.start.offset, symbol: groupSymbol(doc, g, today, t) })),
    ...group.objectives.map((o) => ({ at: o.range.start.offset, symbol: objectiveSymbol(doc, o, today, t) })),
  ].sort((a, b) => a.at - b.at);
  return {
    name: short(group.title) || group.id,
    detail: percent(group.progress),
    kind: 'group',
    range: group.range,
    selectionRange: group.titleRange,
    children: children.map((c) => c.symbol),
  };
}

/** The outline of a document, in document order. */
export function documentSymbols(doc: OkrDocument, today: IsoDate, t: Translate = english): SymbolData[] {
  const inGroups = new Set<Objective>();
  const collect = (g: Group): void => {
    g.objectives.forEach((o) => inGroups.add(o));
    g.groups.forEach(collect);
  };
  doc.groups.forEach(collect);
  return [
    ...doc.groups.map((g) => ({ at: g.range.start.offset, symbol: groupSymbol(doc, g, today, t) })),
    ...doc.objectives.filter((o) => !inGroups.has(o)).map((o) => ({ at: o.range.start.offset, symbol: objectiveSymbol(doc, o, today, t) })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((x) => x.symbol);
}

export interface LensData {
  range: Range;
  title: string;
  objectiveId: string;
}

/** One CodeLens above each objective: `62% · on track · 3 KRs`. */
export function objectiveLenses(doc: OkrDocument, today: IsoDate, t: Translate = english): LensData[] {
  return doc.objectives.map((o) => ({ range: o.headingRange, title: objectiveSummary(o, doc.cycle, today, t), objectiveId: o.id }));
}

export interface WorkspaceSymbolData {
  /** The objective's or key result's title, with its label (`O1: …`, `KR2: …`). */
  name: string;
  /**
   * What holds it: for an objective its cycle (else the file's title), for a key result its
   * objective. Not the file: VS Code shows the file's path after it already.
   */
  containerName: string;
  kind: 'objective' | 'keyResult';
  uri: string;
  range: Range;
}

/** Whether every character of `query` appears in `text` in order (case-insensitive). */
export function fuzzyMatch(query: string, text: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const s = text.toLowerCase();
  let i = 0;
  for (let j = 0; j < s.length && i < q.length; j++) if (s[j] === q[i]) i++;
  return i === q.length;
}

/** Whether each word of `query` is in `text` (case-insensitive): a key result's text is long, and letters in order would match most of them. */
function wordsMatch(query: string, text: string): boolean {
  const s = text.toLowerCase();
  return query.toLowerCase().split(/\s+/).every((word) => s.includes(word));
}

/**
 * Objectives across the workspace whose label, title or id match `query` (letters in order), then
 * key results whose label or text hold every word of it, in the room the objectives leave under
 * `limit`. Objectives come first so that key results (many more, and matched by one letter's word
 * too) never push a later file's objectives out; an empty or blank query lists objectives only
 * (every key result would match it).
 */
export function workspaceSymbols(index: OkrWorkspace, query: string, limit = 500): WorkspaceSymbolData[] {
  const out: WorkspaceSymbolData[] = [];
  for (const file of index.files) {
    const where = file.cycle ?? file.title ?? '';
    for (const o of file.objectives) {
      const name = o.label ? `${o.label}: ${o.title}` : o.title;
      if (!fuzzyMatch(query, `${name} ${o.id}`)) continue;
      out.push({ name: short(name), containerName: where, kind: 'objective', uri: file.uri, range: o.titleRange });
      if (out.length >= limit) return out;
    }
  }
  const words = query.trim();
  if (!words) return out;
  for (const file of index.files) {
    for (const o of file.objectives) {
      const name = o.label ? `${o.label}: ${o.title}` : o.title;
      for (const kr of o.keyResults ?? []) {
        const krName = kr.label ? `${kr.label}: ${kr.text}` : kr.text;
        if (!krName || !wordsMatch(words, krName)) continue;
        out.push({ name: short(krName), containerName: short(name), kind: 'keyResult', uri: file.uri, range: kr.textRange });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
