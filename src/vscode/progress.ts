// Long work shown in the status bar (window progress, the spinner VS Code shows for its own
// indexing): the workspace scan when it takes a while, the first parse of a large file (whichever
// feature asks for its model first) and its first lint, each one synchronous run (seconds for a
// megabyte file in the web worker). When to show is decided in busy.ts (no `vscode`, unit-tested).
import * as vscode from 'vscode';
import { Busy, LARGE_FILE_CHARS } from './busy';

/** A file at least this long (characters) gets the status-bar progress on its first lint. */
export const LARGE_FIRST_LINT_CHARS = LARGE_FILE_CHARS;

export class BusyIndicator extends Busy {
  constructor() {
    super((title, done) => void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => done));
  }
}
