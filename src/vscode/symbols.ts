// Outline / breadcrumbs / Go to Symbol (document symbols) and objectives across the workspace
// (workspace symbols): thin adapters over src/core/symbols.ts.
import * as vscode from 'vscode';
import { documentSymbols, workspaceSymbols, type SymbolData, type SymbolKind } from '../core/symbols';
import { todayIso, toVsLocation, toVsRange, translate } from './convert';
import type { OkrDocuments } from './documents';
import type { WorkspaceIndexService } from './workspaceIndex';

const KINDS: Record<SymbolKind, vscode.SymbolKind> = {
  group: vscode.SymbolKind.Namespace,
  objective: vscode.SymbolKind.Class,
  keyResult: vscode.SymbolKind.Field,
};

function toVsSymbol(data: SymbolData): vscode.DocumentSymbol {
  const symbol = new vscode.DocumentSymbol(data.name, data.detail, KINDS[data.kind], toVsRange(data.range), toVsRange(data.selectionRange));
  symbol.children = data.children.map(toVsSymbol);
  return symbol;
}

export function registerSymbols(documents: OkrDocuments, workspace: WorkspaceIndexService, log: vscode.LogOutputChannel): vscode.Disposable {
  const documentProvider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(document) {
      try {
        const snapshot = documents.get(document);
        return snapshot ? documentSymbols(snapshot.model, todayIso(), translate).map(toVsSymbol) : [];
      } catch (error) {
        log.error(`Symbols failed in ${document.uri.toString(true)}: ${String(error)}`);
        return [];
      }
    },
  };
  const workspaceProvider: vscode.WorkspaceSymbolProvider = {
    async provideWorkspaceSymbols(query) {
      try {
        await workspace.ready;
        return workspaceSymbols(workspace.index, query).map(
          (s) => new vscode.SymbolInformation(s.name, KINDS[s.kind], s.containerName, toVsLocation(s.uri, s.range)),
        );
      } catch (error) {
        log.error(`Workspace symbols failed: ${String(error)}`);
        return [];
      }
    },
  };
  return vscode.Disposable.from(
    documents.register((selector) => vscode.languages.registerDocumentSymbolProvider(selector, documentProvider, { label: vscode.l10n.t('OKRs') })),
    vscode.languages.registerWorkspaceSymbolProvider(workspaceProvider),
  );
}
