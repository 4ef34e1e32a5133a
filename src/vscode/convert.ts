// The one place where core positions/ranges and VS Code's meet. Core positions carry offsets;
// VS Code's do not, so going back needs the document (or a LineIndex) to fill them in.
import * as vscode from 'vscode';
import type { IsoDate, Position, Range } from '../core/model';
import type { Translate } from '../core/translate';
import { LineIndex } from '../core/text';

export function toVsPosition(p: Position): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

export function toVsRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/** A core position for a VS Code position, with its offset taken from the document. */
export function fromVsPosition(p: vscode.Position, doc: vscode.TextDocument | LineIndex): Position {
  const offset = doc instanceof LineIndex ? doc.offsetAt(p.line, p.character) : doc.offsetAt(p);
  return { line: p.line, character: p.character, offset };
}

export function fromVsRange(r: vscode.Range, doc: vscode.TextDocument | LineIndex): Range {
  return { start: fromVsPosition(r.start, doc), end: fromVsPosition(r.end, doc) };
}

/** A location in another file (workspace index results carry the file's URI as a string). */
export function toVsLocation(uri: string | vscode.Uri, r: Range): vscode.Location {
  return new vscode.Location(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, toVsRange(r));
}

/** Core text that a person reads goes through `vscode.l10n` (see src/core/translate.ts). */
export const translate: Translate = (message, ...args) => vscode.l10n.t(message, ...args);

/** Today in the local time zone as `YYYY-MM-DD`: the core never reads the clock, the editor does. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
