// The status bar item for the active OKR file: cycle, progress, days left. Click: the quarter tree
// (command `okr.showQuarterTree`, registered by the panel).
import * as vscode from 'vscode';
import { cycleStatusText } from '../core/present';
import { todayIso, translate } from './convert';
import type { OkrDocuments } from './documents';

const UPDATE_DELAY_MS = 300;

export function registerStatusBar(documents: OkrDocuments, log: vscode.LogOutputChannel): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('okr.status', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('OKR cycle');
  item.command = 'okr.showQuarterTree';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = (): void => {
    try {
      const document = vscode.window.activeTextEditor?.document;
      const snapshot = document ? documents.get(document) : undefined;
      if (!snapshot) {
        item.hide();
        return;
      }
      const { text, tooltip } = cycleStatusText(snapshot.model, todayIso(), translate);
      item.text = `$(target) ${text}`;
      item.tooltip = tooltip;
      item.accessibilityInformation = { label: tooltip };
      item.show();
    } catch (error) {
      log.error(`Status bar update failed: ${String(error)}`);
      item.hide();
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(update, UPDATE_DELAY_MS);
  };

  update();
  // Days left change at midnight even when nothing else happens.
  const hourly = setInterval(update, 60 * 60 * 1000);
  return vscode.Disposable.from(
    new vscode.Disposable(() => clearInterval(hourly)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('okr')) schedule();
    }),
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    documents.onDidChange(({ document }) => {
      if (document === vscode.window.activeTextEditor?.document) schedule();
    }),
    documents.onDidClose(schedule),
    documents.onDidChangeFiles(update),
    new vscode.Disposable(() => clearTimeout(timer)),
  );
}

