// Hovers in OKR files: a thin adapter over src/core/hover.ts.
import * as vscode from 'vscode';
import { hoverAt } from '../core/hover';
import { todayIso, toVsRange, translate } from './convert';
import type { OkrDocuments } from './documents';
import type { WorkspaceIndexService } from './workspaceIndex';

export function registerHover(documents: OkrDocuments, workspace: WorkspaceIndexService, log: vscode.LogOutputChannel): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      try {
        const snapshot = documents.get(document);
        if (!snapshot) return undefined;
        const hover = hoverAt({
          doc: snapshot.model,
          offset: document.offsetAt(position),
          today: todayIso(),
          fileName: workspace.fileName(document.uri),
          workspace: workspace.withDocument(document),
          t: translate,
        });
        if (!hover) return undefined;
        // User text is escaped in the core; no HTML, no command links.
        const markdown = new vscode.MarkdownString(hover.markdown);
        markdown.supportHtml = false;
        markdown.isTrusted = false;
        return new vscode.Hover(markdown, toVsRange(hover.range));
      } catch (error) {
        log.error(`Hover failed in ${document.uri.toString(true)}: ${String(error)}`);
        return undefined;
      }
    },
  };
  return documents.register((selector) => vscode.languages.registerHoverProvider(selector, provider));
}
