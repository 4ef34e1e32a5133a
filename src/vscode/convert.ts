// The one place where core positions/ranges and VS Code's meet. Core positions carry offsets;
// VS Code's do not, so going back needs the document (or a LineIndex) to fill them in.
import * as vscode from 'vscode';
import type { Position, Range } from '../core/model';
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
