// Completions as data: what to offer at a position of an OKR file, computed from the model, the
// text and the workspace index. The editor only converts these items (src/vscode/completions.ts).
//
// Contexts, in the order they are tried:
//  - front matter: keys (`quarter`, `cycle`, `owner`, `team`, `parent`) and their values
//    (`quarter:` → the current and next quarter for the given date);
//  - objective metadata: `Type:` → committed / aspirational, `Aligns:` → objectives of the
//    parent file and other OKR files, `Owner:` → owners; keys on a metadata line;
//  - `@` → owners used across the workspace;
//  - a new list item in an objective's KR list → KR templates (metric / threshold / milestone),
//    a nested item under a KR → a check-in template dated today;
//  - after a number in a KR or check-in → units already used in the file.
import { parseCycle } from './cycle';
import { escapeSnippet } from './edits';
import { PLACEHOLDER_NAMES as P } from './lint/placeholders';
import type { IsoDate, KeyResult, OkrDocument, Range } from './model';
import { containsOffset, type LineIndex } from './text';
import { english, type Translate } from './translate';
import { findTargetFiles, findFile, listAlignCandidates, listOwners, listTeams, relativePath, type OkrWorkspace } from './workspace';

/** The characters that open completions while typing; every other position needs Ctrl+Space. */
export const COMPLETION_TRIGGER_CHARACTERS = ['@', ':', '#', ' '] as const;

export type CompletionKind = 'property' | 'value' | 'enum' | 'user' | 'reference' | 'unit' | 'snippet' | 'file';

export interface CompletionData {
  label: string;
  kind: CompletionKind;
  /** Short text shown next to the label (an objective's title, a file). */
  detail?: string;
  /** Longer Markdown text for the details pane. */
  documentation?: string;
  /** The text that replaces `range`; VS Code snippet syntax when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** The text to replace (from the start of the word being completed to the cursor). */
  range: Range;
  /** What the typed text is matched against (defaults to the label). */
  filterText?: string;
  sortText?: string;
  /** Open the completion list again once inserted: a key (`quarter: `, `Type: `) whose values are offered next. */
  retrigger?: boolean;
}

export interface CompletionRequest {
  doc: OkrDocument;
  lines: LineIndex;
  /** The cursor offset in the text. */
  offset: number;
  /** Today, for the quarter values and the check-in template. */
  today: IsoDate;
  /** Workspace-relative name of this file (for `Aligns:` and `parent:` references). */
  fileName?: string;
  /** Every OKR file of the workspace (this one included or not). */
  workspace?: OkrWorkspace;
  /** Month (1–12) in which the fiscal year starts; quarters are `FYyy-Qn` when it is not 1. */
  fiscalYearStartMonth?: number;
  /** The character that opened completions while typing, if any (a space only completes values, templates and units). */
  triggerCharacter?: string;
  t?: Translate;
}

const FRONTMATTER_KEYS = ['quarter', 'cycle', 'owner', 'team', 'parent'] as const;
const META_KEYS = ['Owner', 'Type', 'Aligns', 'Weight'] as const;
/** The keys the parser reads as an alignment (`Aligns:`, `Aligns to:`, `Supports:`, …). */
const ALIGN_KEY = /^(aligns?|aligns? (to|with)|aligned (to|with)|supports|contributes to|parent)$/i;
const NAME_CHARS = "[\\p{L}\\p{N}_.'-]";

/** Completions at `request.offset`; an empty list where nothing applies. Never throws. */
export function completionsAt(request: CompletionRequest): CompletionData[] {
  try {
    return compute(request);
  } catch {
    return [];
  }
}

function compute(req: CompletionRequest): CompletionData[] {
  const { lines, offset, doc } = req;
  const pos = lines.positionAt(offset);
  const lineStart = lines.lineStarts[pos.line]!;
  const before = lines.text.slice(lineStart, offset);
  const fm = doc.frontmatter;
  if (fm && offset > fm.range.start.offset && offset < fm.range.end.offset) {
    // Inside the `---` block; the fence lines themselves are not YAML.
    if (pos.line === fm.range.start.line || pos.line === fm.range.end.line) return [];
    return frontmatterCompletions(req, before, lineStart, new Set(fm.entries.map((e) => e.key.toLowerCase())));
  }
  if (!fm) {
    const open = openFrontmatterKeys(req, pos.line);
    if (open) return frontmatterCompletions(req, before, lineStart, open);
  }
  if (isInCodeOrHeading(before) || insideFence(req, pos.line)) return [];
  const objective = sectionAt(req);

  const mention = new RegExp(`(?:^|[\\s(\\[,;:·|])@(${NAME_CHARS}*)$`, 'u').exec(before);
  if (mention) {
    // Only an `Owner:` value reads a name with a space (`@Ana Lima`) whole; in a KR's text `@Ana Lima` would be `@Ana`.
    const ownerValue = OWNER_VALUE.test(before.slice(0, before.length - mention[1]!.length - 1));
    return ownerItems(req, lineStart + before.length - mention[1]!.length - 1, '@', !ownerValue);
  }

  if (objective) {
    const meta = metadataCompletions(req, objective, before, lineStart);
    if (meta) return meta;
    const list = listItemCompletions(req, objective, before, lineStart);
    if (list) return list;
    const kr = objective.keyResults.find((k) => containsOffset(k.range, offset));
    if (kr) return unitCompletions(req, before, lineStart);
  }
  return [];
}

/**
 * The objective section around the cursor. A heading that has no KR list yet is not an objective
 * in the model (it may become one with its first KR), so it is read from the text here: that is
 * exactly where a person writes the first KR.
 */
interface Section {
  headingLine: number;
  keyResults: KeyResult[];
  metadataKeys: Set<string>;
  keyResultLines: [number, number] | null;
  initiativeLines: [number, number] | null;
}

const lineSpan = (r: Range | null): [number, number] | null => (r ? [r.start.line, r.end.line] : null);

function sectionAt(req: CompletionRequest): Section | null {
  const { doc, lines, offset } = req;
  const objective = doc.objectives.find((o) => containsOffset(o.range, offset));
  if (objective) {
    return {
      headingLine: objective.headingRange.end.line,
      keyResults: objective.keyResults,
      metadataKeys: new Set(objective.metadata.map((m) => m.key.toLowerCase())),
      keyResultLines: lineSpan(objective.keyResultsRange),
      initiativeLines: lineSpan(objective.initiativesRange),
    };
  }
  const line = lines.positionAt(offset).line;
  const firstLine = doc.frontmatter ? doc.frontmatter.range.end.line + 1 : 0;
  const titleLine = doc.title?.range.start.line ?? -1;
  const metadataKeys = new Set<string>();
  for (let l = line - 1; l >= firstLine; l--) {
    const text = lines.lineText(l);
    const heading = /^ {0,3}(#{1,6})\s/.exec(text);
    if (heading) {
      if (l === titleLine) return null;
      // Inside a group or an objective that already has KRs, the model knows better.
      if (doc.groups.some((g) => g.headingRange.start.line === l)) return null;
      return { headingLine: l, keyResults: [], metadataKeys, keyResultLines: null, initiativeLines: null };
    }
    for (const m of text.matchAll(/(?:^|[·|])\s*([A-Za-z]+)\s*:/g)) metadataKeys.add(m[1]!.toLowerCase());
  }
  return null;
}

const within = (span: [number, number] | null, line: number): boolean => !!span && line >= span[0] && line <= span[1];

/** Whether `line` is inside a fenced code block (```` ``` ```` or `~~~`), counted from the top. */
function insideFence(req: CompletionRequest, line: number): boolean {
  let open: string | null = null;
  const first = req.doc.frontmatter ? req.doc.frontmatter.range.end.line + 1 : 0;
  for (let l = first; l < line; l++) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(req.lines.lineText(l));
    if (!m) continue;
    if (open === null) open = m[1]!;
    else if (m[1]![0] === open[0] && m[1]!.length >= open.length) open = null;
  }
  return open !== null;
}

function isInCodeOrHeading(before: string): boolean {
  // A heading line gets nothing; inline code (an odd number of backticks before the cursor) neither.
  return /^\s{0,3}#/.test(before) || (before.match(/`/g)?.length ?? 0) % 2 === 1;
}

const rangeOf = (req: CompletionRequest, start: number): Range => req.lines.range(start, req.offset);

// ---------------------------------------------------------------------------------------------
// Front matter

/**
 * A front matter still being typed: the file opens with `---` and no closing fence yet, so the
 * Markdown parser reads a thematic break and the model has no front matter. The cursor counts as
 * inside it while every line above it, from the fence down, reads as YAML (`key: value`, an
 * indented or list line, a blank line). Returns the keys written so far, or null.
 */
function openFrontmatterKeys(req: CompletionRequest, line: number): Set<string> | null {
  const { lines } = req;
  if (line === 0 || lines.lineText(0).trimEnd() !== '---') return null;
  const keys = new Set<string>();
  for (let l = 1; l < line; l++) {
    const text = lines.lineText(l);
    const key = /^([A-Za-z_-]+)[ \t]*:/.exec(text);
    if (key) keys.add(key[1]!.toLowerCase());
    else if (!/^\s*$|^\s+\S|^-\s/.test(text)) return null;
  }
  return keys;
}

function frontmatterCompletions(req: CompletionRequest, before: string, lineStart: number, present: Set<string>): CompletionData[] {
  const t = req.t ?? english;
  const keyOnly = /^([A-Za-z_-]*)$/.exec(before);
  if (keyOnly) {
    const hasCycle = present.has('quarter') || present.has('cycle');
    return FRONTMATTER_KEYS.filter((k) => !present.has(k) && !((k === 'quarter' || k === 'cycle') && hasCycle)).map((key, i) => ({
      label: key,
      kind: 'property' as const,
      detail: frontmatterKeyDoc(key, t),
      insertText: `${key}: `,
      snippet: false,
      range: rangeOf(req, lineStart),
      sortText: String(i),
      retrigger: true,
    }));
  }
  const pair = /^([A-Za-z_-]+):([ \t]*)(.*)$/.exec(before);
  if (!pair) return [];
  const key = pair[1]!.toLowerCase();
  const valueStart = lineStart + pair[1]!.length + 1 + pair[2]!.length;
  const space = pair[2] === '' ? ' ' : '';
  const range = rangeOf(req, valueStart);
  const values = (labels: { label: string; detail?: string; insert?: string }[], kind: CompletionKind): CompletionData[] =>
    labels.map((v, i) => ({
      label: v.label,
      kind,
      ...(v.detail ? { detail: v.detail } : {}),
      insertText: space + (v.insert ?? v.label),
      filterText: space + (v.insert ?? v.label),
      snippet: false,
      range,
      sortText: String(i).padStart(3, '0'),
    }));
  switch (key) {
    case 'quarter': {
      const [current, next] = quarterLabels(req.today, req.fiscalYearStartMonth ?? 1);
      return values([{ label: current, detail: t('current quarter') }, { label: next, detail: t('next quarter') }], 'value');
    }
    case 'cycle': {
      const [current, next] = quarterLabels(req.today, req.fiscalYearStartMonth ?? 1);
      const year = Number(req.today.slice(0, 4));
      const half = Number(req.today.slice(5, 7)) <= 6 ? 1 : 2;
      return values(
        [
          { label: current, detail: t('current quarter') },
          { label: next, detail: t('next quarter') },
          { label: `${year}-H${half}`, detail: t('current half') },
          { label: String(year), detail: t('current year') },
        ],
        'value',
      );
    }
    case 'owner': {
      const owners = allOwners(req);
      // `@` starts no plain YAML scalar, so the value is quoted.
      return values(owners.map((o) => ({ label: `@${o}`, insert: `"@${o}"` })), 'user');
    }
    case 'team':
      return values(req.workspace ? listTeams(req.workspace).map((team) => ({ label: team })) : [], 'value');
    case 'parent': {
      if (!req.workspace || !req.fileName) return [];
      const from = req.fileName;
      return values(
        req.workspace.files
          .filter((f) => f.fileName !== findFile(req.workspace!, from)?.fileName && f.fileName !== from)
          .map((f) => ({ label: relativePath(from, f.fileName), detail: f.title ?? f.team ?? '' })),
        'file',
      );
    }
    default:
      return [];
  }
}

// Literal `t('…')` calls so the l10n tooling can extract every message.
const frontmatterKeyDoc = (key: (typeof FRONTMATTER_KEYS)[number], t: Translate): string =>
  ({
    quarter: t('The quarter these OKRs are for (2026-Q4)'),
    cycle: t('The cycle: a quarter, a half (2026-H2), a year, or start and end dates'),
    owner: t('Who owns this file’s OKRs'),
    team: t('The team these OKRs belong to'),
    parent: t('The OKR file these OKRs align to'),
  })[key];

/** The labels of the quarter containing `today` and of the next one (`2026-Q4`, `2027-Q1`, or `FY27-Q2`…). */
export function quarterLabels(today: IsoDate, fiscalYearStartMonth = 1): [string, string] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const start = Math.min(12, Math.max(1, Math.trunc(fiscalYearStartMonth) || 1));
  const label = (monthIndex: number): string => {
    // monthIndex counts months since year 0 (0-based) so the next quarter can roll over a year.
    const y = Math.floor(monthIndex / 12);
    const m = (monthIndex % 12) + 1;
    if (start === 1) return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    const fiscalYear = m >= start ? y + 1 : y; // FY27 is the fiscal year that ends in 2027
    const q = Math.floor(((m - start + 12) % 12) / 3) + 1;
    return `FY${String(fiscalYear % 100).padStart(2, '0')}-Q${q}`;
  };
  const index = year * 12 + (month - 1);
  return [label(index), label(index + 3)];
}

// ---------------------------------------------------------------------------------------------
// Objective metadata

function metadataLineAllowed(section: Section, line: number): boolean {
  return line > section.headingLine && !within(section.keyResultLines, line) && !within(section.initiativeLines, line);
}

function metadataCompletions(req: CompletionRequest, objective: Section, before: string, lineStart: number): CompletionData[] | null {
  const t = req.t ?? english;
  const line = req.lines.positionAt(req.offset).line;
  if (!metadataLineAllowed(objective, line)) return null;
  if (/^\s*[-*+]\s|^\s*\d+[.)]\s/.test(before)) return null;
  const pair = /(?:^|[·|])\s*([A-Za-z]+(?: [A-Za-z]+)?)\s*:([ \t]*)([^·|]*)$/.exec(before);
  if (pair) {
    const key = ALIGN_KEY.test(pair[1]!) ? 'aligns' : pair[1]!.toLowerCase();
    let value = pair[3]!;
    let space = pair[2] === '' ? ' ' : '';
    // `Aligns: a#o1, ‸`: complete the reference after the last separator, keep the others.
    const separator = key === 'aligns' ? Math.max(value.lastIndexOf(','), value.lastIndexOf(';')) : -1;
    if (separator >= 0) {
      const rest = value.slice(separator + 1);
      space = /^\s/.test(rest) ? '' : ' ';
      value = rest.replace(/^\s+/, '');
    }
    const valueStart = lineStart + before.length - value.length;
    const range = rangeOf(req, valueStart);
    if (key === 'type') {
      return [
        { label: 'committed', doc: t('Committed: 1.0 is expected by the end of the cycle.') },
        { label: 'aspirational', doc: t('Aspirational (stretch): about 0.7 counts as success.') },
      ].map((v, i) => ({ label: v.label, kind: 'enum', documentation: v.doc, insertText: space + v.label, filterText: space + v.label, snippet: false, range, sortText: String(i) }));
    }
    if (key === 'aligns') return alignItems(req, value, valueStart, space);
    if (key === 'owner') {
      const at = value.startsWith('@') ? '' : '@';
      return ownerItems(req, valueStart, space + at);
    }
    return [];
  }
  // A key at the start of the line, or after a `·` / `|` separator (`Owner: @kai · Type: committed`).
  const word = /(^|[·|])(\s*)([A-Za-z]*)$/.exec(before);
  if (!word) return null;
  if (req.triggerCharacter) return []; // key names only on request (Ctrl+Space), never on a typed space
  const space = word[1] && !word[2] ? ' ' : '';
  // The keys already on this line count too: the model may not read a line being typed as metadata yet.
  const present = new Set(objective.metadataKeys);
  for (const m of before.matchAll(/(?:^|[·|])\s*([A-Za-z]+)\s*:/g)) present.add(m[1]!.toLowerCase());
  return META_KEYS.filter((k) => !present.has(k.toLowerCase())).map((key, i) => ({
    label: `${key}:`,
    kind: 'property',
    detail: metaKeyDoc(key, t),
    insertText: `${space}${key}: `,
    snippet: false,
    range: rangeOf(req, lineStart + before.length - word[3]!.length),
    filterText: key,
    sortText: String(i),
    // Weight takes a number: nothing to offer after it.
    ...(key === 'Weight' ? {} : { retrigger: true }),
  }));
}

const metaKeyDoc = (key: (typeof META_KEYS)[number], t: Translate): string =>
  ({
    Owner: t('The one person accountable for this objective'),
    Type: t('committed or aspirational'),
    Aligns: t('The parent objective this one supports'),
    Weight: t('Weight of this objective in the roll-up (default 1)'),
  })[key];

function alignItems(req: CompletionRequest, value: string, valueStart: number, space: string): CompletionData[] {
  if (!req.workspace || !req.fileName) return [];
  const t = req.t ?? english;
  const range = rangeOf(req, valueStart);
  const candidates = listAlignCandidates(req.workspace, req.fileName).map((c) => ({ ...c, label: c.reference }));
  // `company#` typed by hand: offer the objectives of the files that name resolves to, under that name.
  const hash = value.indexOf('#');
  if (hash > 0) {
    const typed = value.slice(0, hash).trim();
    const from = findFile(req.workspace, req.fileName);
    if (from) {
      for (const file of findTargetFiles(req.workspace, from, typed)) {
        for (const objective of file.objectives) {
          const reference = `${typed}#${objective.id}`;
          if (!candidates.some((c) => c.reference === reference)) candidates.push({ reference, label: reference, file, objective, fromParent: false });
        }
      }
    }
  }
  return candidates.map((c, i) => ({
    label: c.label,
    kind: 'reference',
    detail: c.objective.title,
    documentation: t('{0} in {1}', c.objective.title, c.file.fileName),
    insertText: space + c.reference,
    filterText: space + c.reference,
    snippet: false,
    range,
    sortText: `${c.fromParent ? 0 : 1}${String(i).padStart(4, '0')}`,
  }));
}

/** Owners of the other files, then of this one; the mention being typed at the cursor does not count. */
function allOwners(req: CompletionRequest): string[] {
  const others = req.workspace ? { files: req.workspace.files.filter((f) => f.fileName !== req.fileName) } : null;
  const owners = others ? listOwners(others) : [];
  const doc = req.doc;
  const mentions = doc.objectives.flatMap((o) => [...(o.owner ? [o.owner] : []), ...o.keyResults.flatMap((k) => k.owners)]);
  const local = [
    ...(doc.frontmatter?.owner ? [doc.frontmatter.owner] : []),
    ...mentions.filter((m) => m.range.end.offset !== req.offset).map((m) => m.name),
  ].map((n) => n.replace(/^@/, ''));
  for (const n of local) if (!owners.includes(n)) owners.push(n);
  // `@‹owner›` is the placeholder a new file from OKR: New OKR File carries, not a person.
  return owners.filter((n) => !/[‹›]/.test(n));
}

/** Before the cursor: an owner key (`Owner:`, `- Owner:`, `**DRI:**`, after a `·` too) and a value so far. */
const OWNER_VALUE = /(?:^|[·|])\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:owners?|dri|lead|responsible|accountable)\s*(?:\*\*|__)?\s*:[^·|]*$/i;

/**
 * Owner items replacing from `start` (the `@` itself, or the value start with `prefix` added);
 * `oneWord`: only names a mention in running text can hold (no space).
 */
function ownerItems(req: CompletionRequest, start: number, prefix: string, oneWord = false): CompletionData[] {
  const t = req.t ?? english;
  const range = rangeOf(req, start);
  return allOwners(req).filter((name) => !oneWord || !/\s/.test(name)).map((name, i) => ({
    label: `@${name}`,
    kind: 'user',
    detail: t('owner'),
    insertText: `${prefix}${name}`.replace(/^(\s*)@?/, '$1@'),
    filterText: `${prefix}${name}`.replace(/^(\s*)@?/, '$1@'),
    snippet: false,
    range,
    sortText: String(i).padStart(4, '0'),
  }));
}

// ---------------------------------------------------------------------------------------------
// New list items: KR templates and check-ins

function listItemCompletions(req: CompletionRequest, objective: Section, before: string, lineStart: number): CompletionData[] | null {
  const item = /^(\s*)([-*+]|\d+[.)])([ \t]+)(\[[ xX]\][ \t]*)?(?:KR\s?\d+\s*[:.)-]?[ \t]+)?([\p{L}]*)$/iu.exec(before);
  if (!item) return null;
  const line = req.lines.positionAt(req.offset).line;
  if (within(objective.initiativeLines, line)) return [];
  if (line <= objective.headingLine) return null;
  const t = req.t ?? english;
  const indent = item[1]!.replace(/\t/g, '    ').length;
  const start = lineStart + before.length - item[5]!.length;
  const range = rangeOf(req, start);
  // A nested item (deeper than the list item above it) is a check-in under that KR. The text is
  // read rather than the model: while the item is still empty (`  - `), Markdown takes the `-`
  // for a heading underline and the model has no KR there.
  for (let l = line - 1; l > objective.headingLine; l--) {
    const above = /^(\s*)([-*+]|\d+[.)])\s/.exec(req.lines.lineText(l));
    // Siblings (other check-ins) and deeper items are skipped; the first shallower item is the KR.
    if (!above || above[1]!.replace(/\t/g, '    ').length >= indent) continue;
    const kr = objective.keyResults.find((k) => k.range.start.line === l) ?? null;
    return [checkInItem(req, kr, range, t)];
  }
  // Where every KR of the objective is labelled (`KR1:`, `KR2:`), the new one gets the next label.
  const labels = objective.keyResults.filter((k) => k.range.start.line !== line).map((k) => /^KR\s?(\d+)$/i.exec(k.label ?? '')?.[1]);
  const typedLabel = /(?:^|\s)KR\s?\d+/i.test(before.slice(item[1]!.length + item[2]!.length));
  const next = !typedLabel && labels.length > 0 && labels.every((n) => n !== undefined) ? `KR${Math.max(...labels.map(Number)) + 1}: ` : '';
  if (item[4]) {
    // Already a checkbox: only the milestone template fits.
    return [template(t('Milestone key result'), `${next}\${1:${escapeSnippet(t('Milestone reached'))}} by \${2:${deadline(req)}}`, t('A done / not done result'), range, 2)];
  }
  const date = deadline(req);
  return [
    template(t('Metric key result'), `${next}\${1|Increase,Reduce|} \${2:${escapeSnippet(t('metric'))}} from \${3:${P.baseline}} to \${4:${P.target}} by \${5:${date}}`, t('Metric from baseline to target by date'), range, 0),
    template(t('Threshold key result'), `${next}Keep \${1:${escapeSnippet(t('metric'))}} \${2|above,below|} \${3:${P.value}}`, t('A level to stay above or below (a health metric)'), range, 1),
    template(t('Milestone key result'), `[ ] ${next}\${1:${escapeSnippet(t('Milestone reached'))}} by \${2:${date}}`, t('A done / not done result'), range, 2),
  ];
}

/** The cycle's last day; without a cycle yet, the current quarter's (a KR due today helps nobody). */
function deadline(req: CompletionRequest): string {
  const fiscalYearStartMonth = req.fiscalYearStartMonth ?? 1;
  const quarterEnd = parseCycle(quarterLabels(req.today, fiscalYearStartMonth)[0], { fiscalYearStartMonth })?.end;
  return escapeSnippet(req.doc.cycle?.end ?? quarterEnd ?? req.today);
}

function template(label: string, body: string, documentation: string, range: Range, order: number): CompletionData {
  return { label, kind: 'snippet', documentation, insertText: body, snippet: true, range, sortText: `0${order}` };
}

function checkInItem(req: CompletionRequest, kr: KeyResult | null, range: Range, t: Translate): CompletionData {
  const unit = !kr ? '' : kr.unit && kr.unit !== '$' && kr.unit !== '%' ? ` ${kr.unit}` : kr.unit === '%' ? '%' : '';
  const confidence = kr?.checkins.at(-1)?.confidence?.value ?? kr?.confidence?.value ?? 0.5;
  return {
    label: t('Check-in {0}', req.today),
    kind: 'snippet',
    documentation: t('A dated check-in: the current value and your confidence (0–1)'),
    insertText: `${req.today}: \${1:value}${escapeSnippet(unit)}, confidence \${2:${confidence}}`,
    snippet: true,
    range,
    sortText: '00',
  };
}

// ---------------------------------------------------------------------------------------------
// Units after a number

function unitCompletions(req: CompletionRequest, before: string, lineStart: number): CompletionData[] {
  // A number after a space, an arrow or a comparator; not a date part (`2026-12-15`) or a label (`KR1`).
  const m = /(?:^|[\s(~≈≥≤<>=→$])(\d[\d,]*(?:\.\d+)?)([ \t]?)([\p{L}%]*)$/u.exec(before);
  if (!m) return [];
  // Numbers that are not quantities of the metric: confidence, score, progress, weight.
  const lead = before.slice(0, before.length - m[1]!.length - m[2]!.length - m[3]!.length);
  if (/\b(confidence|score|progress|weight)\s*:?\s*$/i.test(lead)) return [];
  const t = req.t ?? english;
  const units = fileUnits(req.doc).filter((u) => u !== '$');
  if (units.length === 0) return [];
  const start = lineStart + before.length - m[3]!.length;
  const range = rangeOf(req, start);
  const hasSpace = m[2] !== '';
  return units.map((unit, i) => {
    const attached = unit === '%' || unit === 'x';
    // `%` and `x` attach to the number; word units follow a space.
    const insert = attached ? unit : hasSpace || m[3] ? unit : ` ${unit}`;
    return { label: unit, kind: 'unit' as const, detail: t('unit used in this file'), insertText: insert, filterText: insert, snippet: false, range, sortText: String(i).padStart(3, '0') };
  }).filter((item) => !(hasSpace && (item.label === '%' || item.label === 'x')));
}

/** Units of the file's KR quantities, most used first. */
export function fileUnits(doc: OkrDocument): string[] {
  const counts = new Map<string, number>();
  const add = (u: string | null | undefined): void => {
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  };
  for (const o of doc.objectives) {
    for (const kr of o.keyResults) {
      add(kr.baseline?.unit);
      add(kr.target?.unit);
      if (kr.currentSource === 'text') add(kr.current?.unit);
      for (const c of kr.checkins) add(c.value?.unit);
    }
  }
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
}
