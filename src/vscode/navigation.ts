// Go to definition and find references on `Aligns:` targets, across the workspace's OKR files.
import * as vscode from 'vscode';
import { definitionAt, referencesAt } from '../core/navigation';
import { toVsLocation, toVsRange } from './convert';
import type { OkrDocuments } from './documents';
import type { WorkspaceIndexService } from './workspaceIndex';

export function registerNavigation(documents: OkrDocuments, workspace: WorkspaceIndexService, log: vscode.LogOutputChannel): vscode.Disposable {
  /**
   * The document's model once the workspace index is ready, or undefined when it is not an OKR file
   * or was edited meanwhile: a model is valid until the document's next update, so it is taken
   * after the wait, and a request whose position belongs to an older version gets nothing.
   */
  const afterIndex = async (document: vscode.TextDocument) => {
    const version = document.version;
    if (!documents.get(document)) return undefined;
    await workspace.ready;
    return document.version === version ? documents.get(document) : undefined;
  };
  const definitions: vscode.DefinitionProvider = {
    async provideDefinition(document, position) {
      try {
        const snapshot = await afterIndex(document);
        if (!snapshot) return undefined;
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
        const snapshot = await afterIndex(document);
        if (!snapshot) return [];
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
