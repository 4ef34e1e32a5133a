// Where to insert new lines into an objective's section, with the line breaks they need so the
// Markdown around them keeps its meaning. Line endings follow the file's own: in a file with mixed
// line endings, those of the line the new text goes next to (`eolAt`).
import type { Objective, Range } from '../model';
import type { LineIndex } from '../text';

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
