// The OKR commands: New OKR File, Check In, Fix All, Export Report. Each takes optional
// arguments for scripted use (tests, keybindings, other extensions) and otherwise asks through
// quick picks and input boxes. The logic is in the core (scaffold, checkin, export, report).
import * as vscode from 'vscode';
import { findKeyResult, keyResultByRef, keyResultRef, type KeyResultRef } from '../core/checkin-lens';
import { checkInEdits, checkInUnitMismatch, checkInValuePrompt, isMilestone, keyResultAt, keyResultAtLine, keyResultsOf, milestoneEdit, parseCheckInValue, parseConfidence, type CheckInInputError } from '../core/checkin';
import { EXPORT_FORMATS, exportReport, type ExportFormat } from '../core/export';
import type { KeyResult, OkrDocument } from '../core/model';
import { buildReport } from '../core/report';
import { okrFileNameFor, scaffoldCycles, scaffoldOkrFile } from '../core/scaffold';
import { fixAllInDocument } from './codeActions';
import { todayIso, toVsRange, translate } from './convert';
import type { LintService } from './diagnostics';
import { fiscalYearStartMonth, type OkrDocuments } from './documents';
import type { WorkspaceIndexService } from './workspaceIndex';

/** Context keys for `menus.commandPalette` `when` clauses. */
export const CONTEXT_ACTIVE_OKR_FILE = 'okr.activeEditorIsOkrFile';
export const CONTEXT_HAS_OKR_FILES = 'okr.workspaceHasOkrFiles';

export interface NewFileArgs {
  /** Where to create the file (a URI string or Uri); asked with a save dialog when absent. */
  uri?: string | vscode.Uri;
  which?: 'current' | 'next';
  owner?: string;
  team?: string;
}

export interface CheckInArgs {
  uri?: string | vscode.Uri;
  /** A 0-based line inside the KR's item (its text or a check-in line). */
  line?: number;
  value?: string | number;
  /** 0–1, `70%`, `7/10`; `null` or `''` for none. */
  confidence?: string | number | null;
  /**
   * Marks a checkbox KR done (`true`) or not done (`false`) instead of recording a value: the
   * milestone CodeLens passes it. Without it (and without `value`), Check In on a milestone asks.
   */
  done?: boolean;
  /**
   * The document version the lens was made for, and the KR it names: when the document has
   * changed since, the KR is found by `ref` instead of `line` (VS Code keeps old lenses clickable).
   */
  version?: number;
  ref?: KeyResultRef;
}

export interface ExportArgs {
  format?: ExportFormat;
  /** `workspace` (every OKR file, the default) or `active` (the active OKR file). */
  scope?: 'workspace' | 'active';
  /** A file URI to write to, or `untitled` for a new unsaved document (the default when scripted). */
  target?: string | vscode.Uri;
}

interface Services {
  documents: OkrDocuments;
  workspaceIndex: WorkspaceIndexService;
  lint: LintService;
  log: vscode.LogOutputChannel;
}

function asUri(value: string | vscode.Uri): vscode.Uri {
  return typeof value === 'string' ? vscode.Uri.parse(value) : value;
}

function inputError(error: CheckInInputError, what: 'value' | 'confidence'): string {
  if (error === 'empty') return vscode.l10n.t('Type the current value of the key result, e.g. 150 or 42%');
  if (error === 'out-of-range') return vscode.l10n.t('Confidence is between 0 and 1 (or 0–100%, or 0/10–10/10)');
  return what === 'value'
    ? vscode.l10n.t('Type a number, optionally with its unit: 150, 42%, $1.5M, 3 days')
    : vscode.l10n.t('Type a confidence like 0.7, 70% or 7/10, or leave it empty');
}

function eolOf(): '\n' | '\r\n' {
  const eol = vscode.workspace.getConfiguration('files').get<string>('eol');
  return eol === '\r\n' ? '\r\n' : '\n';
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// New OKR File

async function newFile({ documents, log }: Services, args: NewFileArgs = {}): Promise<vscode.Uri | undefined> {
  const today = todayIso();
  const fy = fiscalYearStartMonth();
  let which = args.which;
  if (!which) {
    const picks = scaffoldCycles(today, fy).map((c) => ({
      label: c.label,
      description: c.which === 'current' ? vscode.l10n.t('this quarter') : vscode.l10n.t('next quarter'),
      detail: `${c.start} → ${c.end}`,
      which: c.which,
    }));
    const picked = await vscode.window.showQuickPick(picks, { title: vscode.l10n.t('New OKR file: which cycle?'), placeHolder: vscode.l10n.t('Pick the quarter the OKRs are for') });
    if (!picked) return undefined;
    which = picked.which;
  }
  const configuredOwner = vscode.workspace.getConfiguration('okr').get<unknown>('defaultOwner', '');
  const owner = args.owner ?? (typeof configuredOwner === 'string' ? configuredOwner : '');
  const scaffold = scaffoldOkrFile({ today, which, owner, team: args.team ?? null, fiscalYearStartMonth: fy, eol: eolOf() });
  let target = args.uri ? asUri(args.uri) : undefined;
  if (!target) {
    const folder = vscode.window.activeTextEditor
      ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri) ?? vscode.workspace.workspaceFolders?.[0]
      : vscode.workspace.workspaceFolders?.[0];
    let defaultUri: vscode.Uri | undefined;
    if (folder) {
      defaultUri = vscode.Uri.joinPath(folder.uri, 'okr.md');
      if (await exists(defaultUri)) defaultUri = vscode.Uri.joinPath(folder.uri, scaffold.fileName);
    }
    target = await vscode.window.showSaveDialog({
      title: vscode.l10n.t('New OKR file'),
      saveLabel: vscode.l10n.t('Create'),
      filters: { Markdown: ['md'] },
      ...(defaultUri ? { defaultUri } : {}),
    });
    if (!target) return undefined;
    // The dialog selects the proposed `2026-q4.okr.md` up to its last dot, so a name typed over the
    // selection comes back as `team.md`, a file nothing would lint: make it `team.okr.md`.
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const okrName = documents.isOkrUri(target) ? null : okrFileNameFor(name);
    if (okrName) {
      const renamed = vscode.Uri.joinPath(target, '..', okrName);
      if (!(await exists(renamed))) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Created {0} instead of {1}: OKR files are named okr.md or *.okr.md', okrName, name));
        target = renamed;
      }
    }
  } else if (await exists(target)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists: pick another name for the new OKR file', vscode.workspace.asRelativePath(target)));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(scaffold.text));
  log.info(`Created ${target.toString(true)} for ${scaffold.cycle}`);
  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document);
  // Select the objective placeholder: the first thing to write.
  const at = scaffold.text.indexOf('‹What');
  if (at >= 0) {
    const end = scaffold.text.indexOf('›', at) + 1;
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(end));
  }
  if (!documents.isOkrDocument(document)) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} is not named okr.md or *.okr.md, so it is not linted: rename it or add it to the okr.files setting', vscode.workspace.asRelativePath(target)),
    );
  }
  return target;
}

// ---------------------------------------------------------------------------------------------
// Check In

function krLabel(kr: KeyResult): string {
  return `${kr.label ? `${kr.label}: ` : ''}${kr.text}`;
}

async function checkIn({ documents, log }: Services, args: CheckInArgs = {}): Promise<boolean> {
  const scripted = args.value !== undefined;
  const document = args.uri ? await vscode.workspace.openTextDocument(asUri(args.uri)) : vscode.window.activeTextEditor?.document;
  const snapshot = document ? documents.get(document) : undefined;
  if (!document || !snapshot) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open an OKR file (okr.md or *.okr.md) to check in'));
    return false;
  }
  const all = keyResultsOf(snapshot.model);
  if (all.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This file has no key results to check in'));
    return false;
  }
  let kr: KeyResult | undefined;
  if (args.line !== undefined) {
    if (args.ref && args.version !== undefined && args.version !== snapshot.version) {
      // A lens from an older version: its KR is found again by its text, wherever it moved.
      const match = findKeyResult(snapshot.model, args.ref);
      if (!match.kr) {
        void vscode.window.showWarningMessage(
          match.problem === 'gone'
            ? vscode.l10n.t('The key result "{0}" is no longer in the file (edited or removed): use the refreshed lens', args.ref.text)
            : vscode.l10n.t('Several key results now read "{0}": use the refreshed lens, or place the cursor on one and run Check In', args.ref.text),
        );
        return false;
      }
      kr = match.kr;
    } else {
      kr = keyResultAtLine(snapshot.model, snapshot.lines, args.line);
      if (!kr) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Line {0} is not part of a key result', String(Number(args.line) + 1)));
        return false;
      }
    }
  } else if (!args.uri && vscode.window.activeTextEditor?.document === document) {
    kr = keyResultAt(snapshot.model, document.offsetAt(vscode.window.activeTextEditor.selection.active));
  }
  if (!kr) {
    const picked = await vscode.window.showQuickPick(
      all.map(({ objective, kr: k }) => ({
        label: krLabel(k),
        description: k.current ? vscode.l10n.t('now {0}', k.current.raw) : '',
        detail: objective,
        kr: k,
      })),
      { title: vscode.l10n.t('Check in: which key result?'), matchOnDetail: true },
    );
    if (!picked) return false;
    kr = picked.kr;
  }
  const objective = snapshot.model.objectives.findIndex((o) => o.keyResults.includes(kr!));
  const ref: KeyResultRef = keyResultRef(snapshot.model, objective, snapshot.model.objectives[objective]!.keyResults.indexOf(kr));

  // A milestone (a checkbox without a number) is marked done or not done; while it is open, a
  // confidence alone is the other check-in it can take. No number is asked for.
  let confidenceOnly = false;
  let done = args.done;
  if (done !== undefined && typeof done !== 'boolean') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Check In: "done" is true or false'));
    return false;
  }
  if (done !== undefined && kr.checked === null) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a checkbox item, so it cannot be marked done: write it as "- [ ] …"', krLabel(kr)));
    return false;
  }
  if (done === undefined && !scripted && isMilestone(kr)) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: kr.checked ? vscode.l10n.t('Mark not done') : vscode.l10n.t('Mark done'), action: 'toggle' as const },
        ...(kr.checked ? [] : [{ label: vscode.l10n.t('Record your confidence'), description: vscode.l10n.t('it stays not done'), action: 'confidence' as const }]),
      ],
      { title: vscode.l10n.t('Check in: {0}', krLabel(kr)) },
    );
    if (!picked) return false;
    if (picked.action === 'toggle') done = !kr.checked;
    else confidenceOnly = true;
  }
  if (done !== undefined) {
    const current = documents.get(document);
    const target = current ? keyResultByRef(current.model, ref) : undefined;
    if (!current || !target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The key result changed while you typed; check in again'));
      return false;
    }
    const edit = milestoneEdit(current.text, current.lines, target, done);
    if (!edit) return target.checked === done; // already so (true), or no box found to change (false)
    if (document.version !== current.version) return false;
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.set(document.uri, [new vscode.TextEdit(toVsRange(edit.range), edit.newText)]);
    const applied = await vscode.workspace.applyEdit(workspaceEdit);
    if (applied) log.info(`Marked ${krLabel(target)} ${done ? 'done' : 'not done'} in ${document.uri.toString(true)}`);
    return applied;
  }

  const lastCheckIn = kr.checkins[kr.checkins.length - 1];
  let valueText: string | undefined = args.value !== undefined ? String(args.value) : confidenceOnly ? '' : undefined;
  if (valueText === undefined) {
    valueText = await vscode.window.showInputBox({
      title: vscode.l10n.t('Check in: {0}', krLabel(kr)),
      prompt: checkInValuePrompt(kr, translate),
      value: kr.current?.raw ?? '',
      validateInput: (v) => {
        const r = parseCheckInValue(v);
        if ('error' in r) return inputError(r.error, 'value');
        // A warning, not an error: Enter still writes it (the person may mean it).
        const mismatch = checkInUnitMismatch(kr, r.raw);
        return mismatch
          ? {
              message: vscode.l10n.t('This key result is measured in {0}, not {1}: progress would read this value as {0}', mismatch.expected, mismatch.typed),
              severity: vscode.InputBoxValidationSeverity.Warning,
            }
          : undefined;
      },
    });
    if (valueText === undefined) return false;
  }
  const value = confidenceOnly ? { raw: '' } : parseCheckInValue(valueText);
  if ('error' in value) {
    void vscode.window.showErrorMessage(inputError(value.error, 'value'));
    return false;
  }
  let confidenceText: string | undefined =
    args.confidence === null ? '' : args.confidence !== undefined ? String(args.confidence) : scripted ? '' : undefined;
  if (confidenceText === undefined) {
    const previous = lastCheckIn?.confidence ?? kr.confidence;
    confidenceText = await vscode.window.showInputBox({
      title: vscode.l10n.t('Check in: {0}', krLabel(kr)),
      prompt: confidenceOnly
        ? vscode.l10n.t('Your confidence of getting it done: 0–1, 70% or 7/10')
        : vscode.l10n.t('Your confidence of reaching the target: 0–1, 70% or 7/10 (empty for none)'),
      value: previous ? String(previous.value) : '',
      validateInput: (v) => {
        const r = parseConfidence(v);
        if (confidenceOnly && !('error' in r) && r.value === null) return vscode.l10n.t('Type a confidence like 0.7, 70% or 7/10');
        return 'error' in r ? inputError(r.error, 'confidence') : undefined;
      },
    });
    if (confidenceText === undefined) return false;
  }
  const confidence = parseConfidence(confidenceText);
  if ('error' in confidence) {
    void vscode.window.showErrorMessage(inputError(confidence.error, 'confidence'));
    return false;
  }
  if (confidenceOnly && confidence.value === null) return false;

  // The document may have changed while the input boxes were open: find the KR again in the
  // current version, compute the edits for it and apply them before anything else can run.
  const current = documents.get(document);
  const target = current ? keyResultByRef(current.model, ref) : undefined;
  if (!current || !target) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The key result changed while you typed; check in again'));
    return false;
  }
  const edits = checkInEdits(current.model, current.text, current.lines, target, { date: todayIso(), value: value.raw, confidence: confidence.value });
  if (document.version !== current.version) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, edits.map((e) => new vscode.TextEdit(toVsRange(e.range), e.newText)));
  const applied = await vscode.workspace.applyEdit(edit);
  if (applied) log.info(`Checked in ${value.raw} on ${krLabel(target)} in ${document.uri.toString(true)}`);
  return applied;
}

// ---------------------------------------------------------------------------------------------
// Export Report

async function reportFiles({ documents, workspaceIndex }: Services, scope: 'workspace' | 'active', progress?: vscode.Progress<{ message?: string; increment?: number }>): Promise<{ file: string; doc: OkrDocument }[]> {
  const active = vscode.window.activeTextEditor?.document;
  if (scope === 'active') {
    const snapshot = active ? documents.get(active) : undefined;
    return snapshot && active ? [{ file: workspaceIndex.fileName(active.uri), doc: snapshot.model }] : [];
  }
  await workspaceIndex.ready;
  const files = workspaceIndex.index.files;
  const out: { file: string; doc: OkrDocument }[] = [];
  const decoder = new TextDecoder('utf-8');
  for (const f of files) {
    progress?.report({ message: f.fileName, increment: 100 / Math.max(1, files.length) });
    const uri = vscode.Uri.parse(f.uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === f.uri);
    const snapshot = open ? documents.snapshot(open) : undefined;
    if (snapshot) {
      out.push({ file: f.fileName, doc: snapshot.model });
      continue;
    }
    try {
      out.push({ file: f.fileName, doc: documents.parse(decoder.decode(await vscode.workspace.fs.readFile(uri))) });
    } catch (error) {
      // A file that vanished since it was indexed is left out of the report.
      void error;
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

async function exportReportCommand(services: Services, args: ExportArgs = {}): Promise<string | undefined> {
  const scripted = args.format !== undefined;
  let format = args.format;
  if (format !== undefined && !EXPORT_FORMATS.includes(format)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown report format {0}: use markdown, json or csv', String(format)));
    return undefined;
  }
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'Markdown', description: vscode.l10n.t('a readable summary with progress bars'), format: 'markdown' as const },
        { label: 'JSON', description: vscode.l10n.t('the full report, for other tools'), format: 'json' as const },
        { label: 'CSV', description: vscode.l10n.t('one row per key result, for spreadsheets'), format: 'csv' as const },
      ],
      { title: vscode.l10n.t('Export OKR report: format') },
    );
    if (!picked) return undefined;
    format = picked.format;
  }
  const scope = args.scope ?? 'workspace';
  const files = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building the OKR report'), cancellable: false },
    (progress) => reportFiles(services, scope, progress),
  );
  if (files.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No OKR files to report on'));
    return undefined;
  }
  const out = exportReport(buildReport(files, todayIso()), format);
  let target: vscode.Uri | 'untitled' | undefined = args.target === undefined ? (scripted ? 'untitled' : undefined) : args.target === 'untitled' ? 'untitled' : asUri(args.target);
  if (target === undefined) {
    const where = await vscode.window.showQuickPick(
      [
        { label: vscode.l10n.t('Open in a new editor'), target: 'untitled' as const },
        { label: vscode.l10n.t('Save to a file…'), target: 'file' as const },
      ],
      { title: vscode.l10n.t('Export OKR report: where?') },
    );
    if (!where) return undefined;
    if (where.target === 'file') {
      const folder = vscode.workspace.workspaceFolders?.[0];
      target = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export OKR report'),
        filters: { [format.toUpperCase()]: [out.extension] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder.uri, `okr-report-${todayIso()}.${out.extension}`) } : {}),
      });
      if (!target) return undefined;
    } else target = 'untitled';
  }
  if (target === 'untitled') {
    const document = await vscode.workspace.openTextDocument({ content: out.text, language: out.languageId });
    await vscode.window.showTextDocument(document, { preview: false });
  } else {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(out.text));
    services.log.info(`Exported the OKR report to ${target.toString(true)}`);
  }
  return out.text;
}

// ---------------------------------------------------------------------------------------------

function safely<A extends unknown[], R>(log: vscode.LogOutputChannel, name: string, run: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      return await run(...args);
    } catch (error) {
      log.error(`${name} failed: ${String(error)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', name, error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  };
}

export function registerCommands(context: vscode.ExtensionContext, services: Services): void {
  const { documents, workspaceIndex, lint, log } = services;
  const updateContext = (): void => {
    const active = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', CONTEXT_ACTIVE_OKR_FILE, !!active && documents.isOkrDocument(active));
    void vscode.commands.executeCommand('setContext', CONTEXT_HAS_OKR_FILES, workspaceIndex.index.files.length > 0 || (!!active && documents.isOkrDocument(active)));
  };
  updateContext();
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateContext),
    documents.onDidChangeFiles(updateContext),
    workspaceIndex.onDidChange(updateContext),
    vscode.commands.registerCommand('okr.newFile', safely(log, 'OKR: New OKR File', (args?: NewFileArgs) => newFile(services, args ?? {}))),
    vscode.commands.registerCommand('okr.checkIn', safely(log, 'OKR: Check In', (args?: CheckInArgs) => checkIn(services, args ?? {}))),
    vscode.commands.registerCommand(
      'okr.fixAll',
      safely(log, 'OKR: Fix All', async (args?: { uri?: string | vscode.Uri }) => {
        const document = args?.uri ? await vscode.workspace.openTextDocument(asUri(args.uri)) : vscode.window.activeTextEditor?.document;
        if (!document || !documents.isOkrDocument(document)) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Open an OKR file (okr.md or *.okr.md) to fix'));
          return 0;
        }
        const count = await fixAllInDocument(documents, lint, document, log);
        if (count === undefined) return 0; // refused: the warning says why
        if (count === 0) void vscode.window.setStatusBarMessage(vscode.l10n.t('OKR: nothing to fix automatically'), 3000);
        return count;
      }),
    ),
    vscode.commands.registerCommand('okr.exportReport', safely(log, 'OKR: Export Report', (args?: ExportArgs) => exportReportCommand(services, args ?? {}))),
  );
}
