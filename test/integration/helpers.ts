// Helpers for the integration suite. They run inside a real VS Code extension host (web worker
// in VS Code for the Web, Node in code-server or desktop VS Code), so they use only the `vscode`
// API: no `node:*`, no DOM.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'okr-markdown.okr-markdown';
/** The `source` our diagnostics carry. */
export const OKR_SOURCE = 'okr';

/** The fixtures workspace folder (`test/fixtures/workspace`). Web mounts it as
 * `vscode-test-web://mount/`, code-server and desktop open it as a `file:` URI. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: the runner must open test/fixtures/workspace');
  return folder.uri;
}

/** URI of a file in the fixtures workspace, e.g. `fixtureUri('notes/other.md')`. Works on every host. */
export function fixtureUri(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
}

/** Opens a fixture through the real API and shows it in an editor (as a user would). */
export async function openFixture(relPath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relPath));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** The extension under test; fails the test with a clear message when it is not installed. */
export function getExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** Diagnostics on `uri` that our extension produced (source `okr`). */
export function okrDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === OKR_SOURCE);
}

/**
 * Resolves with the diagnostics of `uri` as soon as `predicate` accepts them (checked now and on
 * every `onDidChangeDiagnostics` for that URI). Rejects after `timeoutMs` with what was there.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 10_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.source ?? '?'}:${String(codeOf(d))} ${d.message}`);
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.toString()}; current: ${JSON.stringify(seen)}`));
    }, timeoutMs);
    function finish(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** The diagnostic's code as a plain value (`code` may be `{ value, target }`). */
export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? code.value : code;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reads `read()` every 100 ms until `ok` accepts the value (returned), or fails naming `what` and the last value. */
export async function until<T>(read: () => T | Thenable<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(value)?.slice(0, 2000)}`);
    await sleep(100);
    value = await read();
  }
  return value;
}

/** Prints a `NAME=value` line to the test log, for tools (e.g. the benchmark) that parse it. */
export function logMetric(name: string, value: number): void {
  console.log(`${name}=${Math.round(value)}`);
}
