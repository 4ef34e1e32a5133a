// Completions in OKR files: a thin adapter over src/core/completions.ts.
import * as vscode from 'vscode';
import { COMPLETION_TRIGGER_CHARACTERS, completionsAt, type CompletionData, type CompletionKind } from '../core/completions';
import { markPlaceholders } from '../core/edits';
import { todayIso, toVsRange, translate } from './convert';
import { fiscalYearStartMonth, type OkrDocuments } from './documents';
import type { WorkspaceIndexService } from './workspaceIndex';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.Value,
  enum: vscode.CompletionItemKind.EnumMember,
  user: vscode.CompletionItemKind.User,
  reference: vscode.CompletionItemKind.Reference,
  unit: vscode.CompletionItemKind.Unit,
  snippet: vscode.CompletionItemKind.Snippet,
  file: vscode.CompletionItemKind.File,
};

function toVsCompletion(data: CompletionData): vscode.CompletionItem {
  const item = new vscode.CompletionItem(data.label, KINDS[data.kind]);
  // Placeholders show as `‹metric›`, so one left behind still reads (and lints) as a placeholder.
  item.insertText = data.snippet ? new vscode.SnippetString(markPlaceholders(data.insertText)) : data.insertText;
  item.range = toVsRange(data.range);
  if (data.detail) item.detail = data.detail;
  if (data.documentation) item.documentation = new vscode.MarkdownString(data.documentation);
  if (data.filterText !== undefined) item.filterText = data.filterText;
  if (data.sortText) item.sortText = data.sortText;
  // A key's values come next: open the list again, as VS Code's own JSON and YAML keys do.
  if (data.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: '' };
  return item;
}

export function registerCompletions(documents: OkrDocuments, workspace: WorkspaceIndexService, log: vscode.LogOutputChannel): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position, _token, context) {
      try {
        const snapshot = documents.get(document);
        if (!snapshot) return [];
        return completionsAt({
          doc: snapshot.model,
          lines: snapshot.lines,
          offset: document.offsetAt(position),
          today: todayIso(),
          fileName: workspace.fileName(document.uri),
          workspace: workspace.withDocument(document),
          fiscalYearStartMonth: fiscalYearStartMonth(),
          ...(context.triggerCharacter ? { triggerCharacter: context.triggerCharacter } : {}),
          t: translate,
        }).map(toVsCompletion);
      } catch (error) {
        log.error(`Completions failed in ${document.uri.toString(true)}: ${String(error)}`);
        return [];
      }
    },
  };
  return documents.register((selector) => vscode.languages.registerCompletionItemProvider(selector, provider, ...COMPLETION_TRIGGER_CHARACTERS));
}
