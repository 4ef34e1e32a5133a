// Where to insert new lines into an objective's section, with the line breaks they need so the
// Markdown around them keeps its meaning. Line endings follow the file's own: in a file with mixed
// line endings, those of the line the new text goes next to (`eolAt`).
import type { KeyResult, Objective, Range } from '../model';
import type { LineIndex } from '../text';
import type { TextEdit } from './types';

export interface InsertionPoint {
  range: Range;
  /** Text to put before the new content (line breaks). */
  prefix: string;
  /** Text to put after it. */
  suffix: string;
  /** The line ending to use inside the new content (that of the line it goes next to). */
  eol: string;
}

/**
 * The line ending of the line holding `offset`: its own terminator, else (the last line has none)
 * the file's first (`\n` when there is none). Text inserted next to a line takes its ending, so a
 * mixed CRLF/LF file keeps each part as it was. (Only that line is read: the incremental linter
 * keys an objective's cached fixes on the objective's own text and the file's first ending.)
 */
export function eolAt(lines: LineIndex, offset: number): string {
  const line = lines.positionAt(offset).line;
  return line + 1 < lines.lineCount ? lines.text.slice(lines.lineEnd(line), lines.lineStarts[line + 1]) : lines.eol;
}

/**
 * A new `Initiatives:` block holding `items` (list lines joined with `eol`): the label, a blank
 * line, the list, as New OKR File, docs/format.md and the examples write it. (CommonMark lets a
 * list follow a paragraph directly, but a blank line keeps the block like every other one the
 * product writes, and keeps the list a list under renderers that want one.)
 */
export function initiativesBlock(items: string, eol: string): string {
  return `Initiatives:${eol}${eol}${items}`;
}

function nextLineIsBlank(_text: string, lines: LineIndex, offset: number): boolean {
  const line = lines.positionAt(offset).line;
  if (line + 1 >= lines.lineCount) return true;
  return lines.lineText(line + 1).trim() === '';
}

/** A new `Key: value` line: after the last metadata line, or in a new paragraph under the heading. */
export function insertObjectiveMetadata(objective: Objective, text: string, lines: LineIndex): InsertionPoint {
  const last = objective.metadata[objective.metadata.length - 1];
  if (last) {
    const end = lines.lineEnd(last.range.end.line);
    const eol = eolAt(lines, end);
    return { range: lines.range(end, end), prefix: eol, suffix: '', eol };
  }
  const end = lines.lineEnd(objective.headingRange.end.line);
  const eol = eolAt(lines, end);
  return { range: lines.range(end, end), prefix: eol + eol, suffix: nextLineIsBlank(text, lines, end) ? '' : eol, eol };
}

/** A new block (a KR list, an `Initiatives:` list) after the heading and its metadata. */
export function insertAfterObjectiveHeader(objective: Objective, text: string, lines: LineIndex): InsertionPoint {
  const last = objective.metadata[objective.metadata.length - 1];
  const end = lines.lineEnd(last ? last.range.end.line : objective.headingRange.end.line);
  const eol = eolAt(lines, end);
  return { range: lines.range(end, end), prefix: eol + eol, suffix: nextLineIsBlank(text, lines, end) ? '' : eol, eol };
}

/** A new block at the end of the objective's section (after its last non-blank line). */
export function insertAtSectionEnd(objective: Objective, text: string, lines: LineIndex): InsertionPoint {
  let line = objective.range.end.line;
  if (objective.range.end.character === 0 && line > objective.range.start.line) line--;
  while (line > objective.headingRange.end.line && lines.lineText(line).trim() === '') line--;
  const end = lines.lineEnd(line);
  const eol = eolAt(lines, end);
  return { range: lines.range(end, end), prefix: eol + eol, suffix: nextLineIsBlank(text, lines, end) ? '' : eol, eol };
}

/** A list item's marker on `line`: its indentation, the marker (`-`, `3.`), its number, and the column its text starts at. */
interface ItemMarker {
  indent: string;
  marker: string;
  number: number | null;
  /** Offset of the number (ordered items), for renumbering. */
  numberAt: number;
  content: number;
}

function itemMarker(lines: LineIndex, line: number): ItemMarker | null {
  const m = /^([ \t]*)([-*+]|(\d{1,9})[.)])([ \t]+|$)/.exec(lines.lineText(line));
  if (!m) return null;
  const spaces = m[4]!.length >= 1 && m[4]!.length <= 4 ? m[4]!.length : 1;
  return { indent: m[1]!, marker: m[2]!, number: m[3] ? Number(m[3]) : null, numberAt: lines.lineStarts[line]! + m[1]!.length, content: m[1]!.length + m[2]!.length + spaces };
}

/** `m`'s marker for an item `step` places further in its list (a bullet stays the bullet). */
function markerAfter(m: ItemMarker, step: number): string {
  return m.number === null ? m.marker : `${m.number + step}${m.marker.slice(-1)}`;
}

const isBlankLine = (lines: LineIndex, line: number): boolean => line >= 0 && line < lines.lineCount && lines.lineText(line).trim() === '';

/**
 * The edits that move a key result's list item (`item`: its whole lines) into its objective's
 * initiatives as `- <own>`: appended to the initiatives list there is (with that list's indentation
 * and marker), else a new block — under a heading an `Initiatives:` paragraph and its list at the end of
 * the section, under an objective written as a list item an `Initiatives:` item among its key
 * results with the initiative nested under it (a paragraph at column 0 there would end the list of
 * objectives). The items after it in a numbered list are numbered on without it, a blank line that
 * would be left doubled goes with it, what is nested under the key result goes along, and a file
 * without a final line break gets none. Empty when the key result is inside the initiatives already.
 */
export function moveToInitiatives(objective: Objective, kr: KeyResult, own: string, item: { start: number; end: number }, text: string, lines: LineIndex): TextEdit[] {
  const initiativesEnd = objective.initiativesRange?.end.offset;
  if (initiativesEnd !== undefined && initiativesEnd > item.start && initiativesEnd <= item.end) return [];
  const firstLine = lines.positionAt(item.start).line;
  const lastLine = lines.positionAt(Math.max(item.start, item.end - 1)).line;
  const finalBreak = /[\r\n]$/.test(text.slice(item.start, item.end));
  const eol = eolAt(lines, item.start);
  const blankBefore = isBlankLine(lines, firstLine - 1);
  // Removing the item between two blank lines would leave them doubled: the blank lines after it go too.
  let removeEnd = item.end;
  for (let line = lastLine + 1; blankBefore && isBlankLine(lines, line) && lines.lineStarts[line + 1] !== undefined && lines.lineStarts[line + 1]! <= objective.range.end.offset; line++) {
    removeEnd = lines.lineStarts[line + 1]!;
  }
  const remove: TextEdit = { range: lines.range(item.start, removeEnd), newText: '' };
  // What is nested under the key result's text (`  - Owner: @bob`, a note) goes along, indented
  // under the initiative as it was under the key result.
  const oldContent = itemMarker(lines, firstLine)?.content ?? 2;
  const entry = (prefix: string): string => {
    let out = `${prefix}${own}`;
    for (let line = kr.textRange.end.line + 1; line <= lastLine; line++) {
      const raw = lines.lineText(line);
      const lead = /^[ \t]*/.exec(raw)![0].length;
      const body = raw.trim() === '' ? '' : ' '.repeat(Math.max(0, prefix.length + lead - oldContent)) + raw.slice(lead);
      out += text.slice(lines.lineEnd(line - 1), lines.lineStarts[line]) + body;
    }
    return out;
  };
  // The items after it in a numbered list (`2.` after a removed `1.`), while they count on one by
  // one: key results and an `Initiatives:` item alike (a list starting at 2 cannot interrupt a paragraph).
  const own1 = itemMarker(lines, firstLine);
  const renumber: TextEdit[] = [];
  const renumbered = new Set<number>();
  if (own1?.number != null) {
    let expect = own1.number + 1;
    for (let line = lastLine + 1; line < lines.lineCount && lines.lineStarts[line]! < objective.range.end.offset; line++) {
      const lineText = lines.lineText(line);
      if (lineText.trim() === '') continue;
      const m = itemMarker(lines, line);
      if (m && m.indent === own1.indent && m.number === expect && m.marker.slice(-1) === own1.marker.slice(-1)) {
        renumber.push({ range: lines.range(m.numberAt, m.numberAt + String(m.number).length), newText: String(m.number - 1) });
        renumbered.add(line);
        expect++;
      } else if (/^[ \t]*/.exec(lineText)![0].length <= own1.indent.length) break;
    }
  }

  if (initiativesEnd !== undefined) {
    const last = objective.initiatives[objective.initiatives.length - 1];
    const m = last ? itemMarker(lines, last.range.start.line) : null;
    const prefix = m ? `${m.indent}${markerAfter(m, 1)} ` : '- ';
    return [remove, ...renumber, { range: lines.range(initiativesEnd, initiativesEnd), newText: `${eolAt(lines, initiativesEnd)}${entry(prefix)}` }];
  }

  const others = objective.keyResults.filter((k) => k !== kr);
  const lastOther = others[others.length - 1];
  const isLast = !lastOther || lastOther.range.start.offset < kr.range.start.offset;
  if (itemMarker(lines, objective.headingRange.start.line) && own1) {
    // An objective written as a list item: an `Initiatives:` item among its key results.
    const block = (m: ItemMarker, marker: string, blockEol: string): string =>
      `${m.indent}${marker} Initiatives:${blockEol}${entry(`${m.indent}${' '.repeat(m.content - m.indent.length)}- `)}`;
    if (isLast) return [{ range: lines.range(item.start, item.end), newText: `${block(own1, own1.marker, eol)}${finalBreak ? eol : ''}` }, ...renumber];
    const lastItem = lines.positionAt(lastOther.range.end.offset);
    const endLine = lastItem.character === 0 && lastItem.line > lastOther.range.start.line ? lastItem.line - 1 : lastItem.line;
    const at = lines.lineEnd(endLine);
    const m = itemMarker(lines, lastOther.range.start.line) ?? own1;
    // Numbered on from the last key result, which the renumbering moved one up when it counted on.
    const step = renumbered.has(lastOther.range.start.line) ? 0 : 1;
    const atEol = eolAt(lines, at);
    return [remove, ...renumber, { range: lines.range(at, at), newText: `${atEol}${block(m, markerAfter(m, step), atEol)}` }];
  }

  const at = insertAtSectionEnd(objective, text, lines);
  if (at.range.start.offset > item.start && at.range.start.offset <= item.end) {
    // The key result is the last thing in the section: the new block takes its place.
    return [{ range: lines.range(item.start, item.end), newText: `${blankBefore ? '' : eol}${initiativesBlock(entry('- '), eol)}${finalBreak ? eol : ''}` }, ...renumber];
  }
  return [remove, ...renumber, { range: at.range, newText: `${at.prefix}${initiativesBlock(entry('- '), at.eol)}${at.suffix}` }];
}
