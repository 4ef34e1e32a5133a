// Helpers for the editing suites (diagnostics, code actions, commands): put a known text into a
// fixture document in memory, wait for our diagnostics on it, and revert it afterwards so the
// fixtures on disk never change.
import * as vscode from 'vscode';
import { codeOf, okrDiagnostics, openFixture, waitForDiagnostics } from '../helpers';

/** The fixture the editing suites rewrite in memory. */
export const SCRATCH = 'editing/lint.okr.md';

/** Replaces the whole text of a document (unsaved) and returns it. */
export async function setText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Could not replace the text of ${document.uri.toString()}`);
  if (document.getText() !== text) throw new Error('The replaced text differs from what was asked');
}

/** The text of each file the suites changed, as it was on disk before the first change. */
const originals = new Map<string, string>();

async function remember(uri: vscode.Uri): Promise<void> {
  if (!originals.has(uri.toString())) originals.set(uri.toString(), new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
}

/** Opens a fixture and puts `text` in it (in memory); `restore` puts the original back. */
export async function openWithText(relPath: string, text: string): Promise<vscode.TextDocument> {
  const document = await openFixture(relPath);
  await remember(document.uri);
  await setText(document, text);
  return document;
}

/** Opens the scratch fixture with `text` in it (in memory). */
export function openScratch(text: string): Promise<vscode.TextDocument> {
  return openWithText(SCRATCH, text);
}

/**
 * Puts a changed document back to its original text, on disk too (VS Code for the Web saves
 * edits by itself after a delay, so a plain revert could bring back a changed file).
 */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  const original = originals.get(document.uri.toString());
  if (original === undefined) {
    if (!document.isDirty) return;
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.files.revert');
    return;
  }
  if (document.getText() !== original) await setText(document, original);
  if (document.isDirty) await document.save();
}

/** Turns off `files.autoSave` for a suite (edits stay in memory), and back on after it. */
export function withoutAutoSave(): void {
  let previous: unknown;
  before(async () => {
    const files = vscode.workspace.getConfiguration('files');
    previous = files.inspect('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('files').update('autoSave', previous, vscode.ConfigurationTarget.Global);
  });
}

/** Our diagnostics for the document's current text, once the ones with these rule ids are all there. */
export function waitForRules(uri: vscode.Uri, ruleIds: string[], timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (ds) => ruleIds.every((id) => ds.some((d) => d.source === 'okr' && codeOf(d) === id)),
    timeoutMs,
  ).then(() => okrDiagnostics(uri));
}

/** Waits until none of our diagnostics carries one of these rule ids. */
export function waitForNoRules(uri: vscode.Uri, ruleIds: string[], timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (ds) => !ds.some((d) => d.source === 'okr' && ruleIds.includes(String(codeOf(d)))),
    timeoutMs,
  ).then(() => okrDiagnostics(uri));
}

/** `line:character-line:character` for readable range assertions. */
export function rangeText(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The range of the first occurrence of `needle` in the document. */
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const offset = document.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in ${document.uri.toString()}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}
