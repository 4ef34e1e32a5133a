// Shared helpers for the editor-feature unit tests: a document with a cursor marker `‸`.
import { parseOkr } from '../../../src/core/parse';
import type { OkrDocument } from '../../../src/core/model';
import { LineIndex } from '../../../src/core/text';
import { indexFile, type OkrWorkspace } from '../../../src/core/workspace';

export const CURSOR = '‸';

export interface Cursor {
  text: string;
  offset: number;
  doc: OkrDocument;
  lines: LineIndex;
}

/** Parses `marked` with the cursor marker removed; `offset` is where the marker was. */
export function cursorAt(marked: string): Cursor {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0) throw new Error('no cursor marker');
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  return { text, offset, doc: parseOkr(text), lines: new LineIndex(text) };
}

export function parsed(text: string): { text: string; doc: OkrDocument; lines: LineIndex } {
  return { text, doc: parseOkr(text), lines: new LineIndex(text) };
}

/** A workspace index of (fileName, text) pairs. */
export function workspaceOf(files: Record<string, string>): OkrWorkspace {
  return { files: Object.entries(files).map(([name, text]) => indexFile(`file:///ws/${name}`, name, parseOkr(text))) };
}

/** The offset of the first occurrence of `needle` (plus `delta`) in `text`. */
export function offsetOf(text: string, needle: string, delta = 0): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i + delta;
}
