// A CodeLens above each objective (`62% · on track · 3 KRs`) and a check-in lens above each KR
// (`Check in`, or `Mark done` / `Mark not done` on a milestone); settings `okr.codeLens.enabled`
// (both) and `okr.codeLens.checkIn` (the KRs' only).
import * as vscode from 'vscode';
import { keyResultLenses } from '../core/checkin-lens';
import { objectiveLenses } from '../core/symbols';
import type { CheckInArgs } from './commands';
import { todayIso, toVsRange, translate } from './convert';
import type { OkrDocuments } from './documents';

function enabled(): boolean {
  return vscode.workspace.getConfiguration('okr').get<boolean>('codeLens.enabled', true) !== false;
}

/** The per-KR check-in lens (`okr.codeLens.checkIn`), under `okr.codeLens.enabled`. */
function checkInEnabled(): boolean {
  return vscode.workspace.getConfiguration('okr').get<boolean>('codeLens.checkIn', true) !== false;
}

export function registerCodeLens(documents: OkrDocuments, log: vscode.LogOutputChannel): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      try {
        if (!enabled()) return [];
        const snapshot = documents.get(document);
        if (!snapshot) return [];
        const uri = document.uri.toString();
        return [
          ...objectiveLenses(snapshot.model, todayIso(), translate).map(
            // A label, not a button: the numbers are the point.
            (lens) => new vscode.CodeLens(toVsRange(lens.range), { title: lens.title, command: '' }),
          ),
          ...(checkInEnabled() ? keyResultLenses(snapshot.model, translate) : []).map(({ range, title, ...lens }) => {
            const args: CheckInArgs = { uri, version: snapshot.version, ...lens };
            return new vscode.CodeLens(toVsRange(range), { title, command: 'okr.checkIn', arguments: [args] });
          }),
        ];
      } catch (error) {
        log.error(`CodeLens failed in ${document.uri.toString(true)}: ${String(error)}`);
        return [];
      }
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('okr.codeLens.enabled') || e.affectsConfiguration('okr.codeLens.checkIn')) changed.fire();
    }),
    documents.register((selector) => vscode.languages.registerCodeLensProvider(selector, provider)),
  );
}
