// Offset ↔ position conversion for a text, and helpers to build model ranges.
// Lines end at `\n`, `\r\n` or a lone `\r` (as in VS Code); `character` counts UTF-16 code units.
import type { Position, Range } from './model';

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of an offset (clamped into the text). */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]!, offset: clamped };
  }

  /** The offset of a line/character (clamped into the line, line terminator excluded). */
  offsetAt(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[line]!;
    return Math.min(start + Math.max(0, character), this.lineEnd(line));
  }

  /** Offset just past the last character of a line, before its terminator. */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! : this.text.length;
    let end = next;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line]! && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.max(end, this.lineStarts[line]!);
  }

  /** The text of a line without its terminator. */
  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line] ?? this.text.length, this.lineEnd(line));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** The line terminator used first in the text (`\n` when there is none). */
  get eol(): string {
    const m = /\r\n|\r|\n/.exec(this.text);
    return m ? m[0] : '\n';
  }
}

export function containsOffset(r: Range, offset: number): boolean {
  return r.start.offset <= offset && offset <= r.end.offset;
}
