// Go to definition and find references on `Aligns:` targets, across the workspace's OKR files.
import * as vscode from 'vscode';
import { definitionAt, referencesAt } from '../core/navigation';
import { toVsLocation, toVsRange } from './convert';
import type { OkrDocuments } from './documents';
import type { WorkspaceIndexService } from './workspaceIndex';

export function registerNavigation(documents: OkrDocuments, workspace: WorkspaceIndexService, log: vscode.LogOutputChannel): vscode.Disposable {
  const definitions: vscode.DefinitionProvider = {
    async provideDefinition(document, position) {
      try {
        const snapshot = documents.get(document);
        if (!snapshot) return undefined;
        await workspace.ready;
        const def = definitionAt(workspace.withDocument(document), workspace.fileName(document.uri), snapshot.model, document.offsetAt(position));
        if (!def) return undefined;
        const link: vscode.LocationLink = {
          originSelectionRange: toVsRange(def.originRange),
          targetUri: vscode.Uri.parse(def.uri),
          targetRange: toVsRange(def.range),
          targetSelectionRange: toVsRange(def.range),
        };
        return [link];
      } catch (error) {
        log.error(`Go to definition failed in ${document.uri.toString(true)}: ${String(error)}`);
        return undefined;
      }
    },
  };
  const references: vscode.ReferenceProvider = {
    async provideReferences(document, position, context) {
      try {
        const snapshot = documents.get(document);
        if (!snapshot) return [];
        await workspace.ready;
        const index = workspace.withDocument(document);
        return referencesAt(index, workspace.fileName(document.uri), snapshot.model, document.offsetAt(position), context.includeDeclaration).map((r) =>
          toVsLocation(r.uri, r.range),
        );
      } catch (error) {
        log.error(`Find references failed in ${document.uri.toString(true)}: ${String(error)}`);
        return [];
      }
    },
  };
  return vscode.Disposable.from(
    documents.register((selector) => vscode.languages.registerDefinitionProvider(selector, definitions)),
    documents.register((selector) => vscode.languages.registerReferenceProvider(selector, references)),
  );
}
