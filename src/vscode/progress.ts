// Long work shown in the status bar (window progress, the spinner VS Code shows for its own
// indexing): the workspace scan when it takes a while, and the first lint of a large file, which
// parses and lints it in one synchronous run (seconds for a megabyte file in the web worker).
import * as vscode from 'vscode';

/** A file at least this long (characters) gets the status-bar progress on its first lint. */
export const LARGE_FIRST_LINT_CHARS = 200_000;
/** Work shorter than this shows nothing (no flicker on small workspaces). */
const SHOW_AFTER_MS = 400;
const KEEP_TITLES = 50;

export class BusyIndicator {
  /** The titles shown so far, newest last (at most 50); the extension API exposes them to the integration suite. */
  readonly shown: string[] = [];

  private record(title: string): void {
    this.shown.push(title);
    if (this.shown.length > KEEP_TITLES) this.shown.shift();
  }

  /** Shows `title` until `work` settles, unless it settles within `afterMs`. Returns `work`. */
  during<T>(title: string, work: Promise<T>, afterMs = SHOW_AFTER_MS): Promise<T> {
    let settled = false;
    const done = work.then(
      () => void (settled = true),
      () => void (settled = true),
    );
    const timer = setTimeout(() => {
      if (settled) return;
      this.record(title);
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => done);
    }, afterMs);
    void done.then(() => clearTimeout(timer));
    return work;
  }

  /**
   * Shows `title` at once, for synchronous work about to start; resolves once the status bar had
   * a chance to show it (the extension host sends it before the run blocks). Call `stop` after.
   */
  async start(title: string): Promise<{ stop(): void }> {
    this.record(title);
    let stop!: () => void;
    const finished = new Promise<void>((resolve) => (stop = resolve));
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => finished);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { stop };
  }
}
