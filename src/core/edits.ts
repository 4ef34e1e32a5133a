// Text edits as data: apply `{ range, newText }` edits to a text, minimally and byte-for-byte
// outside the edited ranges. Used by `okr lint --fix`, the editor's fix-all and the tests.
import type { Range } from './model';
import type { Fix, TextEdit } from './lint/types';
import { LineIndex } from './text';

function byStart(a: TextEdit, b: TextEdit): number {
  return a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same offset do not overlap; an insertion strictly inside a replaced span does.
  return a.range.start.offset < b.range.end.offset && b.range.start.offset < a.range.end.offset;
}

/** True when no two edits touch the same characters (insertions at one point are allowed). */
export function editsAreDisjoint(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort(byStart);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (cur.range.start.offset < prev.range.end.offset) return false;
  }
  return true;
}

/**
 * Applies edits by their offsets. Edits are sorted by position (stable for insertions at the same
 * offset); an edit that overlaps one already accepted is skipped rather than corrupting the text.
 * Offsets are clamped into the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit, index) => ({ edit, index }))
    .sort((a, b) => byStart(a.edit, b.edit) || a.index - b.index)
    .map((e) => e.edit);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    const start = Math.max(0, Math.min(edit.range.start.offset, text.length));
    const end = Math.max(start, Math.min(edit.range.end.offset, text.length));
    if (start < cursor) continue;
    out += text.slice(cursor, start) + edit.newText;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/**
 * Picks fixes whose edits do not overlap any edit of a fix picked before (first come, first
 * served) and returns all their edits. A fix is atomic: either all its edits or none.
 */
export function compatibleEdits(fixes: readonly Fix[]): TextEdit[] {
  const accepted: TextEdit[] = [];
  for (const fix of fixes) {
    if (!editsAreDisjoint(fix.edits)) continue;
    if (fix.edits.some((e) => accepted.some((a) => overlaps(a, e) || sameInsertionPoint(a, e)))) continue;
    accepted.push(...fix.edits);
  }
  return accepted;
}

// Two fixes inserting at the same point would interleave their text in an order nobody chose.
function sameInsertionPoint(a: TextEdit, b: TextEdit): boolean {
  return (
    a.range.start.offset === a.range.end.offset &&
    b.range.start.offset === b.range.end.offset &&
    a.range.start.offset === b.range.start.offset
  );
}

/**
 * Shrinks an edit to the part that actually changes (common prefix and suffix of the old and the
 * new text removed), so unrelated characters keep their identity in the editor (and in undo).
 */
export function minimizeEdit(text: string, edit: TextEdit, lines: LineIndex = new LineIndex(text)): TextEdit {
  const start = edit.range.start.offset;
  const end = edit.range.end.offset;
  const old = text.slice(start, end);
  const neu = edit.newText;
  let prefix = 0;
  const maxPrefix = Math.min(old.length, neu.length);
  while (prefix < maxPrefix && old.charCodeAt(prefix) === neu.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const maxSuffix = Math.min(old.length, neu.length) - prefix;
  while (suffix < maxSuffix && old.charCodeAt(old.length - 1 - suffix) === neu.charCodeAt(neu.length - 1 - suffix)) suffix++;
  if (prefix === 0 && suffix === 0) return edit;
  return {
    range: lines.range(start + prefix, end - suffix),
    newText: neu.slice(prefix, neu.length - suffix),
  };
}

/** `${1:baseline}` → `‹baseline›`, `${1|a,b|}` → `‹a|b›`, `$1`/`$0`/`${1}` → ``, `\$` → `$` (VS Code snippet syntax to plain text). */
export function snippetToPlainText(snippet: string): string {
  let out = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i]!;
    if (c === '\\' && i + 1 < snippet.length && '$}\\'.includes(snippet[i + 1]!)) {
      out += snippet[++i];
    } else if (c === '$') {
      const rest = snippet.slice(i);
      const placeholder = /^\$\{\d+:((?:\\.|[^}\\])*)\}/.exec(rest);
      const choice = /^\$\{\d+\|([^|]*)\|\}/.exec(rest);
      const tabstop = /^\$(?:\d+|\{\d+\})/.exec(rest);
      if (choice) {
        out += `‹${choice[1]!.split(',').join('|')}›`;
        i += choice[0].length - 1;
      } else if (placeholder) {
        const inner = snippetToPlainText(placeholder[1]!);
        out += /^‹.*›$/s.test(inner) ? inner : `‹${inner}›`;
        i += placeholder[0].length - 1;
      } else if (tabstop) {
        i += tabstop[0].length - 1;
      } else {
        out += c;
      }
    } else {
      out += c;
    }
  }
  return out;
}

/** A placeholder's default that only names what to type (`baseline`, `Increase metric`), not a value to keep (`2026-Q4`, `0.6`). */
const WORD_PLACEHOLDER = /^[\p{L}][\p{L}' -]*$/u;

/**
 * `${1:baseline}` → `${1:‹baseline›}`: word placeholders of a snippet marked as the CLI writes
 * them (`snippetToPlainText`), so one left in the text reads as a placeholder, to a person and to
 * the rules (`from baseline to target` is plain words no rule flags; `to ‹target›` has no target).
 * Placeholders holding a value (a date, a number, a cycle), choices and escaped `\$` stay as they are.
 */
export function markPlaceholders(snippet: string): string {
  return snippet.replace(/\\[\s\S]|\$\{(\d+):([^${}\\]*)\}/g, (whole, index: string | undefined, text: string | undefined) =>
    index !== undefined && text !== undefined && WORD_PLACEHOLDER.test(text) ? `\${${index}:‹${text}›}` : whole,
  );
}

/** Escapes text so it reads literally inside a snippet. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** The edits of a fix as plain text (snippet syntax converted). */
export function plainEdits(fix: Fix): TextEdit[] {
  return fix.snippet ? fix.edits.map((e) => ({ range: e.range, newText: snippetToPlainText(e.newText) })) : fix.edits;
}

/** An empty range at an offset. */
export function pointRange(lines: LineIndex, offset: number): Range {
  const p = lines.positionAt(offset);
  return { start: p, end: p };
}
