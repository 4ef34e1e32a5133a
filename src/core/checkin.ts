// The check-in command's logic: validate what a person typed, and compute the minimal edits that
// record it — a dated check-in line nested under the KR (`- 2026-11-21: 150, confidence 0.7`, with
// the list's own indentation, bullet and line ending) and, when the KR text states its current
// value (`now 120`, `current: 120`) or a confidence, that value updated. Pure: the date is a parameter.
import type { TextEdit } from './lint/types';
import { eolAt } from './lint/insert';
import type { IsoDate, KeyResult, OkrDocument } from './model';
import { findQuantities } from './quantities';
import { containsOffset, type LineIndex } from './text';
import { convert, unitFamily } from './units';
import { english, type Translate } from './translate';

export type CheckInInputError = 'empty' | 'not-a-number' | 'out-of-range';

/** A check-in value as typed: a number with an optional unit (`150`, `42%`, `$1.5M`, `3.5 days`). */
export function parseCheckInValue(input: string): { raw: string; value: number } | { error: CheckInInputError } {
  const raw = input.trim().replace(/\s+/g, ' ');
  if (raw === '') return { error: 'empty' };
  const found = findQuantities(raw);
  const first = found[0];
  if (!first || found.length !== 1 || first.start !== 0 || first.end !== raw.length) return { error: 'not-a-number' };
  return { raw, value: first.value };
}

/** Units that say what is measured (a duration, a size, a share, money, a multiple), as opposed to a counted noun. */
function isMeasureUnit(unit: string): boolean {
  return unitFamily(unit) !== null || /^(?:%|pp|x|[$€£¥₹])$/.test(unit);
}

/**
 * A check-in value whose unit cannot be the key result's (`34 days` on a KR in `$`, `40%` on one
 * in `ms`): the typed and the expected unit, or null when they agree, convert (`3 weeks` for
 * `days`) or either is a bare number or a counted noun. Progress would read such a value as if it
 * were in the KR's unit (`$34`), so the editor asks before writing it.
 */
export function checkInUnitMismatch(kr: KeyResult, value: string): { typed: string; expected: string } | null {
  const typed = findQuantities(value.trim())[0]?.unit ?? null;
  const expected = kr.unit;
  if (!typed || !expected || typed === expected || !isMeasureUnit(typed) || !isMeasureUnit(expected)) return null;
  return convert(1, typed, expected) === null ? { typed, expected } : null;
}

/** A confidence as typed: `0.7`, `70%`, or `7/10`, normalised to 0–1. Empty means none. */
export function parseConfidence(input: string): { value: number | null } | { error: CheckInInputError } {
  const raw = input.trim();
  if (raw === '') return { value: null };
  let value: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw))) value = Number(m[1]) / 100;
  else if ((m = /^(\d+(?:\.\d+)?)\s*\/\s*10$/.exec(raw))) value = Number(m[1]) / 10;
  else if (/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(raw)) value = Number(raw);
  else return { error: 'not-a-number' };
  if (!(value >= 0 && value <= 1)) return { error: 'out-of-range' };
  return { value: Math.round(value * 100) / 100 };
}

/** The prompt of the value box: with the target to aim at, or a plain request when the KR has none (a milestone, a KR without a number). */
export function checkInValuePrompt(kr: KeyResult, t: Translate = english): string {
  return kr.target ? t('The current value (target {0})', kr.target.raw) : t('Type the current value of the key result, e.g. 150 or 42%');
}

export interface CheckInRequest {
  date: IsoDate;
  /** The value as typed (validated by `parseCheckInValue`), or `''` for a confidence alone (a milestone still open). */
  value: string;
  /** 0–1, or null for none. */
  confidence: number | null;
}

const BULLET_ITEM = /^([ \t]*)([-*+])([ \t]+)/;
const ANY_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/;

/** `<!-- okr-lint-disable-next-line … -->`: it belongs to the line below it, not to the item it sits in. */
const NEXT_LINE_DIRECTIVE = /^[ \t]*<!--\s*okr-lint-disable-next-line\b[^]*?-->\s*$/;

/**
 * The last line of a KR's list item that holds text (its nested lines included), above any
 * disable-next-line comments that end the item: "Disable ‹rule› for this line" on the next KR
 * indents its comment into this item, and a check-in after it would take the line it governs.
 */
function lastItemLine(kr: KeyResult, lines: LineIndex): number {
  let line = kr.range.end.line;
  if (kr.range.end.character === 0 && line > kr.range.start.line) line--;
  while (line > kr.range.start.line && (lines.lineText(line).trim() === '' || NEXT_LINE_DIRECTIVE.test(lines.lineText(line)))) line--;
  return line;
}

/** Indentation and bullet of the new check-in item: like the existing check-ins, else nested one level under the KR. */
function checkInPrefix(kr: KeyResult, lines: LineIndex): string {
  const last = kr.checkins[kr.checkins.length - 1];
  if (last) {
    const m = ANY_ITEM.exec(lines.lineText(last.range.start.line));
    if (m) return `${m[1]}${m[2]}${m[3]}`;
  }
  const item = ANY_ITEM.exec(lines.lineText(kr.range.start.line));
  if (!item) return '  - ';
  const bullet = BULLET_ITEM.exec(lines.lineText(kr.range.start.line))?.[2] ?? '-';
  // Content column of the KR item: its indentation plus the marker and the spaces after it.
  const contentIndent = item[1]! + ' '.repeat(item[2]!.length + Math.min(item[3]!.replace(/\t/g, '    ').length, 4));
  return `${contentIndent}${bullet} `;
}

function formatConfidence(c: number): string {
  return String(Math.round(c * 100) / 100);
}

/** The new value for a `now …` in the KR text: a bare number keeps the unit and scale written there. */
function updatedCurrent(oldRaw: string, typed: string): string {
  if (!/^[\d.,]+$/.test(typed)) return typed;
  const number = /\d[\d,]*(?:\.\d+)?|\.\d+/.exec(oldRaw);
  if (!number) return typed;
  return oldRaw.slice(0, number.index) + typed + oldRaw.slice(number.index + number[0].length);
}

/**
 * The edits that record a check-in on `kr`. The new line goes after the newest check-in (before the
 * first when the list runs newest first), nested under the KR.
 */
export function checkInEdits(_doc: OkrDocument, text: string, lines: LineIndex, kr: KeyResult, request: CheckInRequest): TextEdit[] {
  const edits: TextEdit[] = [];
  // A milestone's check-in may be a confidence alone (`- 2026-11-21: confidence 0.6`): it has no value to report.
  const parts = [request.value, request.confidence === null ? '' : `confidence ${formatConfidence(request.confidence)}`].filter((p) => p !== '');
  const entry = `${checkInPrefix(kr, lines)}${request.date}: ${parts.join(', ')}`;
  const dates = kr.checkins.map((c) => c.date);
  const newestFirst = dates.length >= 2 && dates.every((d, i) => i === 0 || (d !== null && dates[i - 1] !== null && d < dates[i - 1]!));
  if (newestFirst) {
    const first = kr.checkins[0]!;
    const at = lines.lineStarts[first.range.start.line]!;
    const p = lines.positionAt(at);
    // The new line ends as the line it goes next to does (a mixed CRLF/LF file keeps each part).
    edits.push({ range: { start: p, end: p }, newText: `${entry}${eolAt(lines, at)}` });
  } else {
    const at = lines.lineEnd(lastItemLine(kr, lines));
    const p = lines.positionAt(at);
    edits.push({ range: { start: p, end: p }, newText: `${eolAt(lines, at)}${entry}` });
  }
  if (request.value !== '' && kr.currentSource === 'text' && kr.current) {
    const q = kr.current;
    const old = text.slice(q.range.start.offset, q.range.end.offset);
    const updated = updatedCurrent(old, request.value);
    if (updated !== old) edits.push({ range: q.range, newText: updated });
  }
  // A confidence stated by the KR (`(confidence 0.9)`, `- Confidence: 90%`) wins over its check-ins'
  // (parse.ts), so the one recorded now replaces its number too, written as that one is.
  const c = kr.confidence?.range;
  const m = c && request.confidence !== null && !kr.checkins.some((k) => containsOffset(k.range, c.start.offset)) && /(\d*\.?\d+)\s*(%|\/)?/.exec(text.slice(c.start.offset, c.end.offset));
  if (m) {
    const at = c.start.offset + m.index;
    const n = formatConfidence(request.confidence! * (m[2] ? (m[2] === '%' ? 100 : 10) : 1));
    if (+m[1]! !== +n) edits.push({ range: lines.range(at, at + m[1]!.length), newText: n });
  }
  return edits;
}

/**
 * A milestone key result: a checkbox item whose text states no number (`- [ ] VP Sales hired`,
 * docs/format.md). Its progress is the box alone (0 or 1), so Check In marks it done or not done
 * instead of asking for a number.
 */
export function isMilestone(kr: KeyResult): boolean {
  return kr.kind === 'milestone' && kr.checked !== null;
}

/** The list marker, the spaces after it and the task box of an item, from the item's first character. */
const TASK_BOX = /(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ \txX])\]/y;

/**
 * The edit that marks a checkbox KR done (`[x]`) or not done (`[ ]`): the one character between
 * the brackets, nothing else. Null when the box already says so, or the KR has no box (a heading
 * KR, a plain item). No dated line is added: progress reads the box alone (progress.ts), and a
 * `done` line beside it would only repeat it, or contradict it once the box is changed by hand.
 */
export function milestoneEdit(text: string, lines: LineIndex, kr: KeyResult, done: boolean): TextEdit | null {
  if (kr.checked === null) return null;
  TASK_BOX.lastIndex = kr.range.start.offset;
  const m = TASK_BOX.exec(text);
  if (!m) return null;
  const isDone = m[1] === 'x' || m[1] === 'X';
  if (isDone === done) return null;
  const at = kr.range.start.offset + m[0].length - 2;
  return { range: lines.range(at, at + 1), newText: done ? 'x' : ' ' };
}

/** The KR whose item contains the offset (the KR at the cursor), if any. */
export function keyResultAt(doc: OkrDocument, offset: number): KeyResult | undefined {
  for (const objective of doc.objectives) {
    const kr = objective.keyResults.find((k) => containsOffset(k.range, offset));
    if (kr) return kr;
  }
  return undefined;
}

/**
 * The KR whose item holds a 0-based line (its text or one of its check-in lines), as the Check In
 * command's `line` argument names it; undefined for a line outside the text (a line past the end
 * would otherwise land on the last KR of a file without a final line break).
 */
export function keyResultAtLine(doc: OkrDocument, lines: LineIndex, line: number): KeyResult | undefined {
  if (!Number.isInteger(line) || line < 0 || line >= lines.lineCount) return undefined;
  return keyResultAt(doc, lines.offsetAt(line, lines.lineText(line).search(/\S|$/)));
}

/** Every KR of the document with the objective it belongs to (for the quick pick). */
export function keyResultsOf(doc: OkrDocument): { objective: string; kr: KeyResult }[] {
  return doc.objectives.flatMap((o) => o.keyResults.map((kr) => ({ objective: o.title, kr })));
}
