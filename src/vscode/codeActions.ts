// Code actions for lint diagnostics: each fix of a diagnostic (the preferred one marked), "Fix all
// ‹rule› problems", `source.fixAll.okr` (for `editor.codeActionsOnSave`), "Disable ‹rule› for this
// line", "Ignore this phrase" and "Learn more about ‹rule›". Fixes are data from the lint engine;
// this file converts them into minimal edits (snippet edits where a fix leaves placeholders).
import * as vscode from 'vscode';
import { compatibleEdits, minimizeEdit, snippetToPlainText, type Fix, type LintDiagnostic, type TextEdit } from '../core/lint/index';
import { markPlaceholders } from '../core/edits';
import { addAllowPhraseEdit, allowPhraseOf, disableNextLineEdit, subjectAt } from '../core/suppress';
import { LineIndex } from '../core/text';
import { retranslate } from '../core/translate';
import { toVsRange, translate } from './convert';
import { DIAGNOSTIC_SOURCE, type LintResult, type LintService, type ResolvedLintConfig } from './diagnostics';
import type { OkrDocuments } from './documents';

/** `source.fixAll.okr`: every preferred fix in the file (works with `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('okr');
export const IGNORE_PHRASE_COMMAND = 'okr.ignorePhrase';
export const FIX_ALL_COMMAND = 'okr.fixAll';

export interface IgnorePhraseArgs {
  /** The OKR document the diagnostic is in (its configuration decides where the phrase goes). */
  uri: string;
  phrase: string;
}

function sameRange(a: vscode.Range, b: vscode.Range): boolean {
  return a.start.isEqual(b.start) && a.end.isEqual(b.end);
}

/** The edits of the preferred (unattended) fixes, non-overlapping, minimal. */
export function fixAllEdits(text: string, diagnostics: readonly LintDiagnostic[], ruleId?: string): TextEdit[] {
  const lines = new LineIndex(text);
  const fixes: Fix[] = [];
  for (const d of diagnostics) {
    if (ruleId && d.ruleId !== ruleId) continue;
    const preferred = d.fixes?.find((f) => f.preferred && !f.snippet);
    if (preferred) fixes.push(preferred);
  }
  return compatibleEdits(fixes).map((e) => minimizeEdit(text, e, lines));
}

function toWorkspaceEdit(uri: vscode.Uri, text: string, fix: Fix): vscode.WorkspaceEdit {
  const lines = new LineIndex(text);
  const edit = new vscode.WorkspaceEdit();
  const edits: (vscode.TextEdit | vscode.SnippetTextEdit)[] = fix.edits.map((e) => {
    if (!fix.snippet) {
      const m = minimizeEdit(text, e, lines);
      return new vscode.TextEdit(toVsRange(m.range), m.newText);
    }
    // Only edits with placeholders need the snippet engine; the others are plain text.
    // Placeholders show as `‹baseline›`, so one left behind still reads (and lints) as a placeholder.
    if (/\$(\d|\{\d)/.test(e.newText)) return new vscode.SnippetTextEdit(toVsRange(e.range), new vscode.SnippetString(markPlaceholders(e.newText)));
    return new vscode.TextEdit(toVsRange(e.range), snippetToPlainText(e.newText));
  });
  edit.set(uri, edits);
  return edit;
}

function textEditsToWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, edits.map((e) => new vscode.TextEdit(toVsRange(e.range), e.newText)));
  return edit;
}

export class OkrCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  /** Documents told that source.fixAll.okr skipped them, per refused-pattern list (a new list once the configuration is read again). */
  private readonly warnedRefusals = new WeakMap<object, Set<string>>();

  constructor(
    private readonly documents: OkrDocuments,
    private readonly lint: LintService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    try {
      const version = document.version;
      const result = await this.lint.lintDocument(document);
      if (!result || document.version !== version) return [];
      const text = this.documents.get(document)?.text;
      if (text === undefined) return [];
      if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
        if (!context.only.intersects(FIX_ALL_KIND)) return [];
        const fixAll = this.fixAllAction(document, text, result);
        // Refused only when there is something to fix. On save (editor.codeActionsOnSave, an
        // automatic request) it is said once per document and configuration; asked for (the
        // Source Action… menu) the action is disabled with the reason, which VS Code shows.
        const refusal = fixAll && bulkFixRefusal(await this.lint.configFor(document.uri));
        if (refusal && context.triggerKind === vscode.CodeActionTriggerKind.Automatic) {
          let warned = this.warnedRefusals.get(refusal.key);
          if (!warned) this.warnedRefusals.set(refusal.key, (warned = new Set()));
          if (!warned.has(document.uri.toString())) showBulkFixRefusal(refusal, document.uri, this.log);
          warned.add(document.uri.toString());
          return [];
        }
        if (!fixAll || document.version !== version) return [];
        if (refusal) fixAll.disabled = { reason: refusalReason(refusal) };
        return [fixAll];
      }
      const refusal = bulkFixRefusal(await this.lint.configFor(document.uri));
      const actions: vscode.CodeAction[] = [];
      const seen = new Set<string>();
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const index = result.vsDiagnostics.findIndex(
          (d) => d.message === diagnostic.message && sameRange(d.range, diagnostic.range) && codeValue(d) === codeValue(diagnostic),
        );
        const lintDiagnostic = result.diagnostics[index];
        if (!lintDiagnostic) continue;
        actions.push(...this.actionsFor(document, text, result, lintDiagnostic, diagnostic, seen, refusal));
      }
      return actions;
    } catch (error) {
      this.log.error(`Code actions failed in ${document.uri.toString(true)}: ${String(error)}`);
      return [];
    }
  }

  private actionsFor(
    document: vscode.TextDocument,
    text: string,
    result: LintResult,
    d: LintDiagnostic,
    diagnostic: vscode.Diagnostic,
    seen: Set<string>,
    refusal: BulkFixRefusal | undefined,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const fix of d.fixes ?? []) {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = fix.preferred === true;
      action.edit = toWorkspaceEdit(document.uri, text, fix);
      actions.push(action);
    }
    const firstOfRule = !seen.has(`rule:${d.ruleId}`);
    seen.add(`rule:${d.ruleId}`);
    if (firstOfRule) {
      const fixable = result.diagnostics.filter((x) => x.ruleId === d.ruleId && x.fixes?.some((f) => f.preferred && !f.snippet));
      if (fixable.length > 1) {
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all {0} problems in this file', d.ruleId), vscode.CodeActionKind.QuickFix);
        action.diagnostics = result.vsDiagnostics.filter((_, i) => fixable.includes(result.diagnostics[i]!));
        action.edit = textEditsToWorkspaceEdit(document.uri, fixAllEdits(text, result.diagnostics, d.ruleId));
        // A bulk fix of the file like source.fixAll.okr: refused the same way.
        if (refusal) action.disabled = { reason: refusalReason(refusal) };
        actions.push(action);
      }
    }
    const snapshot = this.documents.get(document);
    const disable = snapshot ? disableNextLineEdit(snapshot.model, snapshot.lines, d.range.start.line, d.ruleId) : null;
    if (disable) {
      const action = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', d.ruleId), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.edit = textEditsToWorkspaceEdit(document.uri, [disable]);
      actions.push(action);
    }
    const phrase = snapshot && d.range.start.line === d.range.end.line ? allowPhraseOf(subjectAt(snapshot.model, text, d.range, d.ruleId)) : null;
    if (phrase && !seen.has(`phrase:${phrase}`)) {
      seen.add(`phrase:${phrase}`); // two rules about one KR: one "Ignore" is enough
      const action = new vscode.CodeAction(vscode.l10n.t('Ignore "{0}" in lint results (allow list)', phrase), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      const args: IgnorePhraseArgs = { uri: document.uri.toString(), phrase };
      action.command = { command: IGNORE_PHRASE_COMMAND, title: action.title, arguments: [args] };
      actions.push(action);
    }
    if (firstOfRule) {
      const action = new vscode.CodeAction(vscode.l10n.t('Learn more about {0}', d.ruleId), vscode.CodeActionKind.QuickFix);
      action.command = { command: 'vscode.open', title: action.title, arguments: [vscode.Uri.parse(d.docsUrl)] };
      actions.push(action);
    }
    return actions;
  }

  private fixAllAction(document: vscode.TextDocument, text: string, result: LintResult): vscode.CodeAction | undefined {
    const edits = fixAllEdits(text, result.diagnostics);
    if (edits.length === 0) return undefined;
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all OKR lint problems'), FIX_ALL_KIND);
    action.edit = textEditsToWorkspaceEdit(document.uri, edits);
    return action;
  }
}

function codeValue(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' && d.code !== null ? d.code.value : d.code;
}

/**
 * Adds a phrase to the allow list: in the config file in effect (`.okrlintrc.json`, or the `okr`
 * key of `package.json`) when there is one, saved so the linter reads it at once; otherwise in the
 * workspace settings (`okr.lint.allow`). Returns where it went, or undefined when nothing changed.
 */
export async function ignorePhrase(lint: LintService, args: IgnorePhraseArgs, log: vscode.LogOutputChannel): Promise<vscode.Uri | 'settings' | undefined> {
  if (!args || typeof args.uri !== 'string' || typeof args.phrase !== 'string' || args.phrase.trim() === '') return undefined;
  const uri = vscode.Uri.parse(args.uri);
  const { source } = await lint.configFor(uri);
  if (source.file) {
    const config = await vscode.workspace.openTextDocument(source.file);
    const version = config.version;
    const text = config.getText();
    const result = addAllowPhraseEdit(text, new LineIndex(text), args.phrase, source.kind === 'package.json');
    if (result.kind === 'present') return undefined;
    if (result.kind === 'invalid') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not add the phrase to {0}: {1}', vscode.workspace.asRelativePath(source.file), retranslate(translate, result)));
      return undefined;
    }
    if (config.version !== version) return undefined;
    const wasDirty = config.isDirty;
    if (!(await vscode.workspace.applyEdit(textEditsToWorkspaceEdit(source.file, [result.edit])))) return undefined;
    // Save only what we changed: a file with unsaved edits of its own stays for the user to save.
    if (!wasDirty) await config.save();
    log.info(`Added "${args.phrase}" to the allow list in ${source.file.toString(true)}`);
    return source.file;
  }
  const settings = vscode.workspace.getConfiguration('okr.lint', uri);
  const folders = vscode.workspace.workspaceFolders ?? [];
  const target = folders.length === 0 ? vscode.ConfigurationTarget.Global : folders.length > 1 ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Workspace;
  const inspected = settings.inspect<unknown>('allow');
  const current = target === vscode.ConfigurationTarget.Global ? inspected?.globalValue : target === vscode.ConfigurationTarget.WorkspaceFolder ? inspected?.workspaceFolderValue : inspected?.workspaceValue;
  const list = Array.isArray(current) ? current.filter((s): s is string => typeof s === 'string') : [];
  if (list.includes(args.phrase)) return undefined;
  await settings.update('allow', [...list, args.phrase], target);
  log.info(`Added "${args.phrase}" to okr.lint.allow`);
  return 'settings';
}

/** Why bulk fixes must skip a file: an ignore pattern the linter refused, and where it is. */
export interface BulkFixRefusal {
  patterns: readonly string[];
  /** The config file that holds them, or `settings` for `okr.lint.ignores`. */
  where: vscode.Uri | 'settings';
  /** The refused list itself (a new one each time the configuration is read): for saying it once. */
  key: object;
  /** `root`: the config file's `"root"` is not true or false (no pattern is refused). */
  reason?: 'root';
}

/**
 * A bulk fix (OKR: Fix All, source.fixAll.okr) must not run while the configuration has an ignore
 * pattern the linter refused: the file may be one the pattern was meant to leave alone, as
 * `okr lint --fix` says (it fixes nothing then). Quick fixes a person picks one by one still apply.
 */
export function bulkFixRefusal(resolved: Pick<ResolvedLintConfig, 'refusedIgnores' | 'refusedRoot' | 'source'>): BulkFixRefusal | undefined {
  const { file, settings } = resolved.refusedIgnores;
  // A "root" that is not true or false: which config files (and ignores) apply is not known either.
  if (resolved.refusedRoot && resolved.source.file) return { patterns: [], where: resolved.source.file, key: resolved.refusedIgnores, reason: 'root' };
  if (file.length > 0 && resolved.source.file) return { patterns: file, where: resolved.source.file, key: file };
  if (settings.length > 0) return { patterns: settings, where: 'settings', key: settings };
  return undefined;
}

const refusalReason = (refusal: BulkFixRefusal): string =>
  refusal.reason === 'root'
    ? vscode.l10n.t('The "root" of the config file is not true or false, so which config files apply is not known: correct it first')
    : vscode.l10n.t('An ignore pattern the linter cannot use may be meant to leave this file alone: correct it first');

function quotedPatterns(patterns: readonly string[]): string {
  const shown = patterns.slice(0, 3).map((p) => {
    const line = p.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
    return `'${line.length > 60 ? `${line.slice(0, 57)}…` : line}'`;
  });
  return patterns.length > 3 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The files a bulk-fix refusal was shown for, oldest first (the extension API lists them for the integration suite). */
export const bulkFixWarnings: string[] = [];

/** Says why the file was not fixed, with a button to the config file (or the setting) to correct. */
export function showBulkFixRefusal(refusal: BulkFixRefusal, uri: vscode.Uri, log: vscode.LogOutputChannel): void {
  bulkFixWarnings.push(uri.toString());
  const file = vscode.workspace.asRelativePath(uri);
  const patterns = quotedPatterns(refusal.patterns);
  if (refusal.where === 'settings') {
    const message = vscode.l10n.t('{0} was not fixed: the okr.lint.ignores setting has an ignore pattern the linter cannot use ({1}), so the file may be one it is meant to leave alone. Correct the pattern first.', file, patterns);
    log.warn(`Fix all skipped ${uri.toString(true)}: okr.lint.ignores has an unusable ignore pattern (${patterns})`);
    const open = vscode.l10n.t('Open Settings');
    void vscode.window.showWarningMessage(message, open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'okr.lint.ignores');
    });
    return;
  }
  const config = refusal.where;
  const configName = vscode.workspace.asRelativePath(config);
  const message =
    refusal.reason === 'root'
      ? vscode.l10n.t('{0} was not fixed: the "root" of {1} is not true or false, so which config files apply to it is not known. Correct it there first.', file, configName)
      : vscode.l10n.t('{0} was not fixed: {1} has an ignore pattern the linter cannot use ({2}), so the file may be one it is meant to leave alone. Correct the pattern there first.', file, configName, patterns);
  log.warn(`Fix all skipped ${uri.toString(true)}: ${config.toString(true)} ${refusal.reason === 'root' ? 'has a "root" that is not true or false' : `has an unusable ignore pattern (${patterns})`}`);
  const open = vscode.l10n.t('Open {0}', configName);
  void vscode.window.showWarningMessage(message, open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(config);
  });
}

/**
 * Applies every preferred fix in a document (the `OKR: Fix All` command). Returns how many edits
 * were made, or undefined when the configuration refuses bulk fixes (`bulkFixRefusal`; said to the user).
 */
export async function fixAllInDocument(documents: OkrDocuments, lint: LintService, document: vscode.TextDocument, log: vscode.LogOutputChannel): Promise<number | undefined> {
  const version = document.version;
  const result = await lint.lintDocument(document);
  const text = documents.get(document)?.text;
  if (!result || text === undefined || document.version !== version) return 0;
  const edits = fixAllEdits(text, result.diagnostics);
  if (edits.length === 0) return 0; // nothing to fix: nothing to refuse either
  const refusal = bulkFixRefusal(await lint.configFor(document.uri));
  if (refusal) {
    showBulkFixRefusal(refusal, document.uri, log);
    return undefined;
  }
  if (document.version !== version) return 0; // never apply a fix computed for an older text
  return (await vscode.workspace.applyEdit(textEditsToWorkspaceEdit(document.uri, edits))) ? edits.length : 0;
}

export function registerCodeActions(context: vscode.ExtensionContext, documents: OkrDocuments, lint: LintService, log: vscode.LogOutputChannel): void {
  const provider = new OkrCodeActionProvider(documents, lint, log);
  context.subscriptions.push(
    documents.register((selector) => vscode.languages.registerCodeActionsProvider(selector, provider, OkrCodeActionProvider.metadata)),
    vscode.commands.registerCommand(IGNORE_PHRASE_COMMAND, async (args: IgnorePhraseArgs) => {
      try {
        return await ignorePhrase(lint, args, log);
      } catch (error) {
        log.error(`Ignoring a phrase failed: ${String(error)}`);
        return undefined;
      }
    }),
  );
}
