// Entry point for both extension hosts (Node and web worker). Each feature lives in its own
// module under src/vscode and is registered here; this file stays a list of registrations.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('OKR Markdown', { log: true });
  context.subscriptions.push(output);
  output.info('OKR Markdown activated');
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
