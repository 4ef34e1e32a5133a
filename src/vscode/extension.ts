// Entry point for both extension hosts (Node and web worker). Each feature lives in its own
// module under src/vscode and is registered here; this file stays a list of registrations.
import * as vscode from 'vscode';
import { OkrDocuments } from './documents';
import { WorkspaceIndexService } from './workspaceIndex';
import { registerCompletions } from './completions';
import { registerHover } from './hover';
import { registerSymbols } from './symbols';
import { registerCodeLens } from './codeLens';
import { registerStatusBar } from './statusBar';
import { registerNavigation } from './navigation';
import { registerPanel } from './panel';
import { registerDiagnostics } from './diagnostics';
import { bulkFixWarnings, registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { BusyIndicator } from './progress';
import type { ResolvedConfig } from '../core/lint/index';

/** What `activate` returns (`getExtension(...).exports`); the integration suite reads it. */
export interface OkrExtensionApi {
  /** How long `activate` took, in ms (logged by the integration suite as OKR_ACTIVATION_MS). */
  activationMs: number;
  /** How many errors the extension logged to its output channel since activation (reliability tests assert none). */
  readonly errorCount: number;
  /** URIs of open documents found past `okr.maxFileSizeKB` (each announced once). */
  readonly tooLargeFiles: string[];
  /** The warnings shown so far about `okr.files` patterns that are not used, oldest first. */
  readonly okrFilesWarnings: readonly string[];
  /** The files a bulk fix (Fix All, source.fixAll.okr) was refused for with a warning, oldest first. */
  readonly fixAllWarnings: readonly string[];
  /** Warnings and errors logged to the output channel since activation, oldest first (the last 200). */
  readonly logged: readonly string[];
  /** The workspace index's file names (what the quarter tree and alignment look-ups read from disk). */
  readonly indexedFiles: readonly string[];
  /** Titles of the status-bar progress shown so far (workspace indexing, the first lint of a large file), newest last. */
  readonly progressTitles: readonly string[];
  /** The resolved lint configuration for a file (the integration suite checks it is reused until a setting or config file changes). */
  lintConfigFor(uri: vscode.Uri): Promise<{ config: ResolvedConfig }>;
}

export function activate(context: vscode.ExtensionContext): OkrExtensionApi {
  const activationStarted = Date.now();
  const output = vscode.window.createOutputChannel('OKR Markdown', { log: true });
  context.subscriptions.push(output);
  // Count what reaches the log as an error (the soak test asserts that nothing did).
  let errorCount = 0;
  const logged: string[] = [];
  const keep = (line: string): void => {
    logged.push(line);
    if (logged.length > 200) logged.shift();
  };
  const logError = output.error.bind(output);
  output.error = (...args: Parameters<vscode.LogOutputChannel['error']>): void => {
    errorCount++;
    keep(`error: ${String(args[0])}`);
    logError(...args);
  };
  const logWarn = output.warn.bind(output);
  output.warn = (message: string, ...args: unknown[]): void => {
    keep(`warning: ${message}`);
    logWarn(message, ...args);
  };
  // Long work (indexing, the first parse and lint of a large file) shows in the status bar.
  const busy = new BusyIndicator();
  // One model cache and one workspace index, shared by every feature below.
  const documents = new OkrDocuments(output, busy);
  const workspaceIndex = new WorkspaceIndexService(documents, output, busy);
  context.subscriptions.push(documents, workspaceIndex);
  registerPanel(context, { documents, workspaceIndex, log: output });
  const lint = registerDiagnostics(context, { documents, workspaceIndex, log: output, busy });
  registerCodeActions(context, documents, lint, output);
  registerCommands(context, { documents, workspaceIndex, lint, log: output });
  context.subscriptions.push(registerCompletions(documents, workspaceIndex, output));
  context.subscriptions.push(registerHover(documents, workspaceIndex, output));
  context.subscriptions.push(registerSymbols(documents, workspaceIndex, output));
  context.subscriptions.push(registerCodeLens(documents, output));
  context.subscriptions.push(registerStatusBar(documents, output));
  context.subscriptions.push(registerNavigation(documents, workspaceIndex, output));
  output.info('OKR Markdown activated');
  return {
    activationMs: Date.now() - activationStarted,
    get errorCount() {
      return errorCount;
    },
    logged,
    get indexedFiles() {
      return workspaceIndex.index.files.map((f) => f.fileName);
    },
    get tooLargeFiles() {
      return documents.tooLargeFiles;
    },
    get progressTitles() {
      return busy.shown;
    },
    get okrFilesWarnings() {
      return documents.patternWarnings;
    },
    fixAllWarnings: bulkFixWarnings,
    lintConfigFor: (uri) => lint.configFor(uri),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
