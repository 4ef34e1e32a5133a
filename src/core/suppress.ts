// The text edits behind two editor quick fixes that silence the linter precisely:
// "Disable ‹rule› for this line" (an `okr-lint-disable-next-line` comment above the line) and
// "Ignore this phrase" (the phrase added to the `allow` list of `.okrlintrc.json`).
// Pure: the editor converts the edits; every edit is an insertion, so nothing else changes.
import type { TextEdit } from './lint/types';
import { parseJson, type JsonNode } from './lint/json';
import { pointRange } from './edits';
import { eolAt } from './lint/insert';
import type { OkrDocument, Range } from './model';
import type { LineIndex } from './text';
import { translatable } from './translate';

const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const NEXT_LINE_DIRECTIVE = /^([ \t]*<!--\s*okr-lint-disable-next-line\b)([^]*?)(\s*)-->\s*$/;

function indentWidth(ws: string): number {
  let w = 0;
  for (const c of ws) w = c === '\t' ? w + 4 - (w % 4) : w + 1;
  return w;
}

/**
 * The indentation a comment needs to sit right above `line` without changing what the Markdown
 * means. Above a list item that follows a sibling item, a comment at the item's own indentation
 * would end the list (and the key results after it would fall out of the objective); indented to
 * the sibling's content it stays inside the sibling, and the list goes on.
 */
export function directiveIndent(lines: LineIndex, line: number): string {
  const text = lines.lineText(line);
  if (text.trim() === '') {
    // A blank line between list items: place the comment as for the item that follows.
    let next = line + 1;
    while (next < lines.lineCount && lines.lineText(next).trim() === '') next++;
    return next < lines.lineCount && LIST_ITEM.test(lines.lineText(next)) ? directiveIndent(lines, next) : '';
  }
  const own = /^[ \t]*/.exec(text)![0];
  const item = LIST_ITEM.exec(text);
  if (!item) return own;
  const width = indentWidth(item[1]!);
  for (let l = line - 1; l >= 0; l--) {
    const above = lines.lineText(l);
    if (above.trim() === '') continue;
    const aboveIndent = indentWidth(/^[ \t]*/.exec(above)![0]);
    if (aboveIndent > width) continue; // nested content of an item above
    if (aboveIndent < width) return own; // the parent item or paragraph: this is the first item
    const sibling = LIST_ITEM.exec(above);
    if (!sibling) return own;
    const markerAndSpace = sibling[2]!.length + Math.max(1, Math.min(sibling[3]!.length, 4));
    return sibling[1]! + ' '.repeat(markerAndSpace);
  }
  return own;
}

/**
 * The edit that disables `ruleId` for one line: a new `<!-- okr-lint-disable-next-line rule -->`
 * line above it (with that line's ending), or the rule added to such a comment already there.
 * Null where no comment can go (inside the front matter, where it would break the YAML).
 */
export function disableNextLineEdit(doc: OkrDocument, lines: LineIndex, line: number, ruleId: string): TextEdit | null {
  if (line < 0 || line >= lines.lineCount) return null;
  const fm = doc.frontmatter?.range;
  if (fm && line >= fm.start.line && line <= fm.end.line) return null;
  if (line > 0) {
    const above = NEXT_LINE_DIRECTIVE.exec(lines.lineText(line - 1));
    if (above && !/\s--(\s|$)/.test(above[2]!)) {
      const named = above[2]!.split(/[\s,]+/).filter((s) => s !== '');
      if (named.length === 0 || named.includes(ruleId)) return null; // already disabled
      const at = lines.lineStarts[line - 1]! + above[1]!.length + above[2]!.length;
      const p = lines.positionAt(at);
      return { range: { start: p, end: p }, newText: ` ${ruleId}` };
    }
  }
  const offset = lines.lineStarts[line]!;
  const start = lines.positionAt(offset);
  // The new line ends as the line it goes above does (a mixed CRLF/LF file keeps each part).
  return { range: { start, end: start }, newText: `${directiveIndent(lines, line)}<!-- okr-lint-disable-next-line ${ruleId} -->${eolAt(lines, offset)}` };
}

/**
 * What a diagnostic is about, as the lint engine matches `allow` phrases against it: the whole KR
 * text or objective title that holds the range (rules report on a part of it, e.g. the characters
 * past the limit), else the text under the range. With the rule id: the `kr-*` rules all give the
 * KR's text as their subject, also when they report elsewhere in its item (kr-current-out-of-range
 * on a check-in's value), and a range over a whole heading is about the objective's title.
 */
export function subjectAt(doc: OkrDocument, text: string, range: Range, ruleId?: string): string {
  const inside = (outer: Range): boolean => outer.start.offset <= range.start.offset && range.end.offset <= outer.end.offset;
  for (const objective of doc.objectives) {
    if (inside(objective.titleRange) || inside(objective.headingRange)) return objective.title;
    for (const kr of objective.keyResults) {
      if (inside(kr.textRange)) return kr.text;
      if (ruleId?.startsWith('kr-') && inside(kr.range)) return kr.text;
    }
  }
  return text.slice(range.start.offset, range.end.offset);
}

/** The phrase "Ignore this phrase" offers for a diagnostic's text, or null when it is not a usable phrase. */
export function allowPhraseOf(text: string): string | null {
  const phrase = text.replace(/\s+/g, ' ').trim();
  return phrase.length >= 3 && phrase.length <= 160 ? phrase : null;
}

export type AllowEditResult =
  | { kind: 'edit'; edit: TextEdit }
  | { kind: 'present' }
  /** `message` in English; the host translates `template` (see `retranslate`). */
  | { kind: 'invalid'; message: string; template?: string; args?: string[] };

/**
 * The minimal edit that adds `phrase` to the `allow` list of a config file's text (`.okrlintrc.json`,
 * or the `okr` key of a `package.json` when `packageJson` is true), keeping its layout and EOLs.
 */
export function addAllowPhraseEdit(text: string, lines: LineIndex, phrase: string, packageJson = false): AllowEditResult {
  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (error) {
    return { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  let node: JsonNode | undefined = root;
  if (packageJson) node = root.type === 'object' ? root.properties.find((p) => p.key === 'okr')?.value : undefined;
  if (!node || node.type !== 'object') return { kind: 'invalid', ...translatable('the configuration is not a JSON object') };
  const quoted = JSON.stringify(phrase);
  const point = (offset: number): TextEdit['range'] => pointRange(lines, offset);
  const allow = node.properties.find((p) => p.key === 'allow');
  if (allow) {
    const list = allow.value;
    if (list.type !== 'array') return { kind: 'invalid', ...translatable('"allow" is not a list') };
    if (list.items.some((i) => i.type === 'string' && i.value === phrase)) return { kind: 'present' };
    const last = list.items[list.items.length - 1];
    return { kind: 'edit', edit: last ? { range: point(last.end), newText: `, ${quoted}` } : { range: point(list.start + 1), newText: quoted } };
  }
  const lastProp = node.properties[node.properties.length - 1];
  if (!lastProp) return { kind: 'edit', edit: { range: point(node.start + 1), newText: ` "allow": [${quoted}] ` } };
  const keyLine = lines.positionAt(lastProp.keyStart).line;
  const lineText = lines.lineText(keyLine);
  const sameLine = lines.positionAt(node.start).line === keyLine;
  const indent = /^[ \t]*/.exec(lineText)![0];
  const newText = sameLine ? `, "allow": [${quoted}]` : `,${lines.eol}${indent}"allow": [${quoted}]`;
  return { kind: 'edit', edit: { range: point(lastProp.value.end), newText } };
}
