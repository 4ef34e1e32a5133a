// Shared helpers for key-result rules: where a KR's list marker is, where its own wording ends
// (before owners and a deadline), and the KR iteration with its objective.
import type { KeyResult, Objective, OkrDocument } from '../model';
import type { LineIndex } from '../text';
import { analyseWording, type Wording } from './wording';

export function* keyResults(doc: OkrDocument): Generator<{ kr: KeyResult; objective: Objective }> {
  for (const objective of doc.objectives) for (const kr of objective.keyResults) yield { kr, objective };
}

/**
 * Wording analyses by KR source text (the analysis reads nothing else), so a KR that only moved
 * (every KR after an edit is a new object with shifted ranges) is not analysed again. Bounded: two
 * generations of at most `WORDING_CACHE_SIZE` texts; a hit in the old one is carried over, and when
 * the current one is full it becomes the old one (texts unused for a whole generation are dropped).
 */
const WORDING_CACHE_SIZE = 50_000;
let wordingCurrent = new Map<string, Wording>();
let wordingPrevious = new Map<string, Wording>();

/** Forgets every cached wording analysis: the benchmark times opening a file as the first time it is seen. */
export function clearWordingCache(): void {
  wordingCurrent = new Map();
  wordingPrevious = new Map();
}

/** The wording analysis of a KR text, cached by the text. */
export function wordingOfText(own: string): Wording {
  let w = wordingCurrent.get(own);
  if (w) return w;
  w = wordingPrevious.get(own) ?? analyseWording(own);
  if (wordingCurrent.size >= WORDING_CACHE_SIZE) {
    wordingPrevious = wordingCurrent;
    wordingCurrent = new Map();
  }
  wordingCurrent.set(own, w);
  return w;
}

/**
 * The wording analysis of a KR's source text (shared by the rules, cached by the text).
 * Offsets in it are relative to `kr.textRange.start`.
 */
export function wordingOf(kr: KeyResult, text: string): Wording {
  return wordingOfText(text.slice(kr.textRange.start.offset, kr.textRange.end.offset));
}

/** Offset just after the list marker and its space (`- `, `* `, `1. `), or null. */
export function afterListMarker(text: string, kr: KeyResult): number | null {
  const start = kr.range.start.offset;
  const m = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(text.slice(start, start + 40));
  return m ? start + m[0].length : null;
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const isOwnerChar = (ch: string | undefined): boolean => ch !== undefined && /[\w.-]/.test(ch);

/**
 * Where the trailing `@owners` of a text begin (the whitespace before the first), or -1: what
 * `/(?:\s+@[\w.-]+)+\s*$/` finds, read right to left in one pass (the regex rescans the text from
 * every space: seconds on a long KR).
 */
export function trailingOwnersStart(own: string): number {
  let j = own.length;
  while (j > 0 && isSpace(own[j - 1])) j--;
  let start = -1;
  for (;;) {
    let k = j;
    while (k > 0 && isOwnerChar(own[k - 1])) k--;
    if (k === j || own[k - 1] !== '@') return start;
    let w = k - 1;
    while (w > 0 && isSpace(own[w - 1])) w--;
    if (w === k - 1) return start;
    start = w;
    j = w;
  }
}

/** The text without its trailing `@owners` (and the whitespace around them). */
export function withoutTrailingOwners(own: string): string {
  const start = trailingOwnersStart(own);
  return start < 0 ? own : own.slice(0, start);
}

// A `by <date>` the parser did not read as the deadline; the lookbehind (not a leading `\s+`)
// keeps it linear: the spaces before it are skipped afterwards.
const DEADLINE_WORDS = /(?<=\s)(?:by|before|until)\s+(?:the\s+)?(?:end\s+of\s+)?(?:\d{4}-\d{2}-\d{2}|q[1-4]\b|[a-z]{3,9}\.?\s+\d{1,2}\b|eoq|eoy|quarter end)/i;

/** Where a `by <date>` phrase begins (the whitespace before it), or -1; as `/\s+(?:by|…)…[^]*$/i` would. */
export function deadlineWordsStart(own: string): number {
  const m = DEADLINE_WORDS.exec(own);
  if (!m) return -1;
  let start = m.index;
  while (start > 0 && isSpace(own[start - 1])) start--;
  return start;
}

/** The end of the KR's own wording: before trailing `@owners`, a `by <date>` deadline, `(…)` notes. */
export function wordingEnd(kr: KeyResult, text: string): number {
  const own = text.slice(kr.textRange.start.offset, kr.textRange.end.offset);
  let end = own.length;
  const trailing = trailingOwnersStart(own);
  if (trailing >= 0) end = trailing;
  if (kr.deadline && kr.deadline.range.start.offset >= kr.textRange.start.offset && kr.deadline.range.end.offset <= kr.textRange.end.offset) {
    const d = kr.deadline.range.start.offset - kr.textRange.start.offset;
    if (d < end) end = d;
  } else {
    const by = deadlineWordsStart(own.slice(0, end));
    if (by >= 0) end = by;
  }
  while (end > 0 && /[\s.;,]/.test(own[end - 1]!)) end--;
  return kr.textRange.start.offset + end;
}

/** The lines of a KR's list item, terminators included: what to delete to remove it. */
export function itemLines(kr: KeyResult, lines: LineIndex): { start: number; end: number } {
  const start = lines.lineStarts[kr.range.start.line]!;
  let endLine = kr.range.end.line;
  if (kr.range.end.character === 0 && endLine > kr.range.start.line) endLine--;
  const end = endLine + 1 < lines.lineCount ? lines.lineStarts[endLine + 1]! : lines.text.length;
  return { start, end };
}

/**
 * True when a quantity the parser read (a target, a baseline) is a number the wording analysis
 * also takes as an amount — not `SOC 2`, `Web 3`, `the 2 new AEs`, a date or a version.
 * Quantities outside the KR text (from check-ins) are trusted.
 */
export function isAmount(kr: KeyResult, text: string, q: { range: { start: { offset: number }; end: { offset: number } } } | null): boolean {
  if (!q) return false;
  const base = kr.textRange.start.offset;
  if (q.range.start.offset < base || q.range.end.offset > kr.textRange.end.offset) return true;
  const w = wordingOf(kr, text);
  const inside = w.numbers.filter((n) => base + n.start < q.range.end.offset && q.range.start.offset < base + n.end);
  // Number words (`double`, `zero`) have no digit token: trust the parser there.
  return inside.length === 0 ? w.hasTarget || w.hasQuantifier : inside.some((n) => n.target);
}
