// The status bar item for the active OKR file: cycle, progress, days left. Click: the quarter tree
// (command `okr.showQuarterTree`, registered by the panel).
import * as vscode from 'vscode';
import { cycleSummary, percent } from '../core/present';
import { todayIso } from './convert';
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
      const today = todayIso();
      const summary = cycleSummary(snapshot.model, today);
      const progress = percent(snapshot.model.progress);
      if (!summary) {
        item.text = `$(target) ${progress}`;
        item.tooltip = vscode.l10n.t('OKRs {0} done. This file names no cycle (add `quarter: 2026-Q4` to its front matter). Click to show the quarter tree.', progress);
      } else {
        const when =
          summary.phase === 'not-started'
            ? summary.daysToStart === 1
              ? vscode.l10n.t('starts tomorrow')
              : vscode.l10n.t('starts in {0} days', summary.daysToStart)
            : summary.phase === 'ended'
              ? vscode.l10n.t('ended')
              : summary.daysLeft === 1
                ? vscode.l10n.t('1 day left')
                : vscode.l10n.t('{0} days left', summary.daysLeft);
        item.text = `$(target) ${summary.label} · ${progress} · ${when}`;
        item.tooltip = vscode.l10n.t(
          'Cycle {0}: {1} of the time gone, {2}. OKRs {3} done. Click to show the quarter tree.',
          summary.label,
          percent(summary.elapsed),
          when,
          progress,
        );
      }
      item.accessibilityInformation = { label: typeof item.tooltip === 'string' ? item.tooltip : item.text };
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
  return vscode.Disposable.from(
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

