// Live lint diagnostics for OKR files: a thin adapter over the core lint engine.
//
// - Lints on open and on change (debounced; `okr.lint.run` = `onType` | `onSave`), clears when a
//   document closes or stops being an OKR file. Results of an older document version (or of an
//   older configuration) are never published: every run re-checks after its only await.
// - Configuration: the nearest `.okrlintrc.json` / `package.json#okr` inside the file's workspace
//   folder (read with `vscode.workspace.fs`, never above the folder, a `"root": true` config or a
//   repository's root: the CLI's search, `findConfigChainAsync`), then the `okr.lint.*`
//   settings on top. Problems in a config file show as diagnostics on that file; linting goes on
//   with what was valid (the defaults when nothing was). An open config file shows the problems of
//   its own text, saved or not, whether or not an OKR file is open (`lintConfigDocument`).
// - `alignment-unresolved` sees every OKR file through the workspace index; open documents are
//   re-linted when the objectives of another OKR file change.
import * as vscode from 'vscode';
import {
  CONFIG_FILE_NAME,
  configFromObject,
  findConfigChainAsync,
  createLinter,
  ignoredByWhich,
  type IncrementalLinter,
  packageJsonHasConfig,
  parseConfig,
  resolveConfig,
  type ConfigLayer,
  type ConfigProblem,
  type LintDiagnostic,
  type RelatedLocation,
  type ResolvedConfig,
  type Severity,
} from '../core/lint/index';
import { toVsRange, translate } from './convert';
import { configSearchHost, type WorkspaceFolderFiles } from './configSearchHost';
import { configEventInvalidates, ConfigTextsRead, type ConfigFileEvent } from './configInvalidation';
import type { OkrDocuments } from './documents';
import { LARGE_FIRST_LINT_CHARS, type BusyIndicator } from './progress';
import { ProblemLog } from './problemLog';
import { RuleErrorLog } from './ruleErrors';
import type { WorkspaceIndexService } from './workspaceIndex';

/** The `source` of every diagnostic this extension publishes. */
export const DIAGNOSTIC_SOURCE = 'okr';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const TAGS = { unnecessary: vscode.DiagnosticTag.Unnecessary, deprecated: vscode.DiagnosticTag.Deprecated } as const;

const CONFIG_WATCH_GLOB = `**/{${CONFIG_FILE_NAME},package.json}`;
const DEFAULT_DEBOUNCE_MS = 300;

export type LintRunMode = 'onType' | 'onSave';

/** The lint settings of a resource (`okr.lint.*`). */
export interface LintSettings {
  enable: boolean;
  run: LintRunMode;
  debounceMs: number;
}

export function lintSettings(scope?: vscode.Uri): LintSettings {
  const c = vscode.workspace.getConfiguration('okr.lint', scope);
  const run = c.get<unknown>('run', 'onType');
  const debounce = c.get<unknown>('debounceMs', DEFAULT_DEBOUNCE_MS);
  return {
    enable: c.get<unknown>('enable', true) !== false,
    run: run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 ? Math.min(debounce, 10_000) : DEFAULT_DEBOUNCE_MS,
  };
}

/** Where a document's configuration came from. */
export interface ConfigSource {
  /** The config file in effect (`.okrlintrc.json` or a `package.json` with an `okr` key), if any. */
  file?: vscode.Uri;
  /** The file's name: `.okrlintrc.json` or `package.json`. */
  kind?: 'okrlintrc' | 'package.json';
}

export interface ResolvedLintConfig {
  config: ResolvedConfig;
  source: ConfigSource;
  /** The document's path relative to its workspace folder (posix), for `ignores`. */
  relativePath: string;
  /**
   * Ignore patterns the linter refused (unusable globs: extglob, past the limits), in the config
   * file (`source.file`) and in the `okr.lint.ignores` setting. Left out, they widen what is linted,
   * so bulk fixes skip the file as `okr lint --fix` does (it may be one a pattern meant to leave alone).
   */
  refusedIgnores: { file: readonly string[]; settings: readonly string[] };
  /**
   * The config file's `root` is not true or false (`ConfigLayer.refusedRoot`): which config files
   * apply is not known, so bulk fixes skip the file as `okr lint --fix` does (it fixes nothing then).
   */
  refusedRoot?: boolean;
  /** The config files further up in the folder: their `ignores` apply too (`ignoredByWhich`). */
  outer?: ResolvedConfig[];
}

/** The result of linting one document version. */
export interface LintResult {
  version: number;
  diagnostics: LintDiagnostic[];
  /** The same diagnostics converted, in the same order. */
  vsDiagnostics: vscode.Diagnostic[];
  source: ConfigSource;
}

function posixRelative(folder: vscode.Uri, uri: vscode.Uri): string | null {
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority || !uri.path.startsWith(base)) return null;
  const rel = uri.path.slice(base.length);
  // Never resolve a config candidate outside the workspace folder.
  return rel.split('/').some((s) => s === '..') ? null : rel;
}

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** A file outside any workspace folder, or a folder without a config file. */
const NO_CONFIG_FILE: { layer: ConfigLayer | null; source: ConfigSource } = Object.freeze({ layer: null, source: Object.freeze({}) });

/** Config problems are logged once per config version (a file is read again for each folder below it, and twice per save). */
const problemLog = new ProblemLog();

/** The `okr.lint.*` settings as a config layer (below nothing, above the config file). */
function settingsLayer(scope: vscode.Uri | undefined, log: vscode.LogOutputChannel): ConfigLayer {
  const c = vscode.workspace.getConfiguration('okr.lint', scope);
  const value: Record<string, unknown> = {};
  const ext = c.get<unknown>('extends');
  if (ext !== undefined && ext !== null && ext !== '' && !(Array.isArray(ext) && ext.length === 0)) value['extends'] = ext;
  const rules = c.get<unknown>('rules');
  if (rules && typeof rules === 'object' && Object.keys(rules).length > 0) value['rules'] = rules;
  for (const key of ['ignores', 'allow']) {
    const list = c.get<unknown>(key);
    if (Array.isArray(list) && list.length > 0) value[key] = list;
  }
  const parsed = configFromObject(value, null, translate);
  const lines = parsed.problems.map((p) => `Settings okr.lint: ${p.message}`);
  for (const line of problemLog.fresh(`settings:${scope ? vscode.workspace.getWorkspaceFolder(scope)?.uri.toString() ?? '' : ''}`, lines)) log.warn(line);
  reportSettingsProblems(parsed.problems.map((p) => p.message));
  return parsed.config;
}

let shownSettingsProblems = '';

/** Bad `okr.lint.*` settings: one notification (not one per lint run) that points at them. */
function reportSettingsProblems(messages: string[]): void {
  const key = messages.join('\n');
  if (key === shownSettingsProblems) return;
  shownSettingsProblems = key;
  if (messages.length === 0) return;
  const open = vscode.l10n.t('Open Settings');
  void vscode.window
    .showWarningMessage(vscode.l10n.t('OKR lint settings: {0} (the rest of the configuration applies)', messages.join('; ')), open)
    .then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', 'okr.lint');
    });
}

export class LintService implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('okr');
  private readonly configCollection = vscode.languages.createDiagnosticCollection('okr-config');
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per-document run counter: a run publishes only when no newer run started meanwhile. */
  private readonly runs = new Map<string, number>();
  private readonly results = new Map<string, LintResult>();
  /** One incremental linter per open document (per-objective reports reused across edits); dropped on close. */
  private readonly linters = new Map<string, IncrementalLinter>();
  /** Documents linted since they opened (their edits are debounced). */
  private readonly seen = new Set<string>();
  /** Results computed on request (code actions) but not shown, with `okr.lint.run` = `onSave`. */
  private readonly unpublished = new Map<string, LintResult>();
  /** Resolved configuration per folder (key: workspace folder URI + relative dir). */
  private readonly configs = new Map<string, Promise<{ layer: ConfigLayer | null; source: ConfigSource }>>();
  /** The `okr.lint.*` settings layer per workspace folder (cleared on any settings change). */
  private readonly settingsLayers = new Map<string, ConfigLayer>();
  /**
   * Resolved configurations by the config file read and the settings layer they merge (by identity).
   * The same `rules` object on every run keeps the linter's per-settings memo (engine.ts
   * `settingsKey`) warm; a config file or settings change makes new layers (`configChanged` drops the
   * old ones), so a stale entry is never found again, even by a run that started before the change.
   */
  private readonly resolvedConfigs = new WeakMap<object, WeakMap<ConfigLayer, ResolvedConfig>>();
  private configGeneration = 0;
  /** The config files' texts the cached configurations were built from (a watcher event for the same text keeps them). */
  private readonly configTextsRead = new ConfigTextsRead();
  /** Config file events waiting for `configTimer` (a delete is kept over a later create or change). */
  private readonly configEvents = new Map<string, { uri: vscode.Uri; event: ConfigFileEvent }>();
  private workspaceKey = '';
  private workspaceTimer: ReturnType<typeof setTimeout> | undefined;
  private configTimer: ReturnType<typeof setTimeout> | undefined;
  /** Open config documents' pending re-reads after an edit (debounced as OKR files are). */
  private readonly configDocumentTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly decoder = new TextDecoder('utf-8');
  /** A rule that throws is logged once per rule and document (the others' diagnostics are still shown). */
  private readonly ruleErrors: RuleErrorLog;
  private readonly lintedEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after diagnostics were published (or cleared) for a document. */
  readonly onDidLint = this.lintedEmitter.event;

  constructor(
    private readonly documents: OkrDocuments,
    private readonly workspace: WorkspaceIndexService,
    private readonly log: vscode.LogOutputChannel,
    private readonly busy?: BusyIndicator,
  ) {
    this.ruleErrors = new RuleErrorLog(log);
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_WATCH_GLOB);
    this.disposables.push(
      this.collection,
      this.configCollection,
      this.lintedEmitter,
      watcher,
      watcher.onDidCreate((uri) => this.configFileChanged(uri, 'create')),
      watcher.onDidChange((uri) => this.configFileChanged(uri, 'change')),
      watcher.onDidDelete((uri) => {
        this.configCollection.delete(uri);
        problemLog.fresh(uri.toString(), []); // made again with the same mistake: logged again
        this.configFileChanged(uri, 'delete');
      }),
      documents.onDidChange(({ document }) => this.onDocumentChanged(document)),
      documents.onDidClose((document) => {
        this.linters.delete(document.uri.toString());
        this.ruleErrors.forget(document.uri.toString());
        this.clear(document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (isConfigFileName(document.uri)) this.configChanged();
        else if (documents.isOkrDocument(document)) this.lintNow(document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('okr.lint') || event.affectsConfiguration('okr.fiscalYearStartMonth')) this.configChanged();
      }),
      workspace.onDidChange(() => this.workspaceChanged()),
      vscode.workspace.onDidOpenTextDocument((document) => this.lintConfigDocument(document)),
      vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
        if (contentChanges.length > 0) this.configDocumentChanged(document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => void this.configDocumentClosed(document)),
    );
    for (const document of documents.all()) {
      this.seen.add(document.uri.toString());
      this.lintNow(document);
    }
    for (const document of vscode.workspace.textDocuments) this.lintConfigDocument(document);
  }

  /** The last published result for the document's current version, if any. */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    const result = this.results.get(document.uri.toString());
    return result && result.version === document.version ? result : undefined;
  }

  /**
   * The lint result for the document's current version: the published one, or a fresh run
   * (published too). Undefined when the document is not an OKR file, is ignored, or changed while
   * the configuration was read.
   */
  async lintDocument(document: vscode.TextDocument): Promise<LintResult | undefined> {
    const cached = this.resultFor(document) ?? this.unpublished.get(document.uri.toString());
    if (cached && cached.version === document.version) return cached;
    // With `onSave`, what the editor shows changes only on save: compute without publishing.
    return this.run(document, lintSettings(document.uri).run === 'onType');
  }

  /** The configuration for a document (cached per folder until a config file or setting changes). */
  async configFor(uri: vscode.Uri): Promise<ResolvedLintConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const relative = folder ? posixRelative(folder.uri, uri) : null;
    const relativePath = relative ?? vscode.workspace.asRelativePath(uri, false);
    let file: { layer: ConfigLayer | null; source: ConfigSource; outer?: ResolvedConfig[] } = NO_CONFIG_FILE;
    if (folder && relative !== null) {
      const key = `${folder.uri.toString()}|${dirOf(relative)}`;
      let pending = this.configs.get(key);
      if (!pending) {
        pending = this.readConfig(folder.uri, relative);
        this.configs.set(key, pending);
      }
      file = await pending;
    }
    const settingsKey = folder?.uri.toString() ?? '';
    let settings = this.settingsLayers.get(settingsKey);
    if (!settings) {
      settings = settingsLayer(uri, this.log);
      this.settingsLayers.set(settingsKey, settings);
    }
    let bySettings = this.resolvedConfigs.get(file);
    if (!bySettings) this.resolvedConfigs.set(file, (bySettings = new WeakMap()));
    let config = bySettings.get(settings);
    if (!config) bySettings.set(settings, (config = resolveConfig(file.layer ? [file.layer, settings] : [settings])));
    const refusedIgnores = { file: file.layer?.refusedIgnores ?? [], settings: settings.refusedIgnores ?? [] };
    return { config, source: file.source, relativePath, refusedIgnores, refusedRoot: file.layer?.refusedRoot === true, outer: file.outer };
  }

  /** Re-lints every open OKR document now (after a configuration change, or on request). */
  relintAll(): void {
    for (const document of this.documents.all()) this.lintNow(document);
  }

  private onDocumentChanged(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const settings = lintSettings(document.uri);
    if (!this.seen.has(key)) {
      this.seen.add(key); // first sight (opened): lint at once
      return this.lintNow(document);
    }
    if (settings.run === 'onSave') return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.run(document);
      }, settings.debounceMs),
    );
  }

  private lintNow(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    void this.run(document);
  }

  private async run(document: vscode.TextDocument, publish = true): Promise<LintResult | undefined> {
    const key = document.uri.toString();
    // Only publishing runs count: a run for a code action never makes a publishing run stale.
    const runId = publish ? (this.runs.get(key) ?? 0) + 1 : (this.runs.get(key) ?? 0);
    this.runs.set(key, runId);
    const version = document.version;
    const generation = this.configGeneration;
    let busy: { stop(): void } | undefined;
    try {
      if (!lintSettings(document.uri).enable || !this.documents.isOkrDocument(document)) {
        if (publish) this.clear(document.uri);
        return undefined;
      }
      const resolved = await this.configFor(document.uri);
      // Stale: the document changed, closed, or a newer run / config started while we waited.
      if (document.isClosed || document.version !== version || this.runs.get(key) !== runId || generation !== this.configGeneration) {
        return this.resultFor(document);
      }
      if (!this.documents.isOkrDocument(document)) return undefined;
      if (ignoredByWhich([resolved.config, ...(resolved.outer ?? [])], resolved.relativePath) >= 0) {
        if (!publish) return undefined;
        this.collection.delete(document.uri);
        this.results.delete(key);
        this.lintedEmitter.fire(document.uri);
        return undefined;
      }
      // A large file's first parse shows its own progress, whichever feature asks first (documents.ts).
      const snapshot = this.documents.get(document);
      if (!snapshot) {
        // Not parsed (past okr.maxFileSizeKB, or a parse failure that was logged): show nothing stale.
        if (publish) this.clear(document.uri);
        return undefined;
      }
      if (snapshot.version !== version) return undefined;
      // The first lint of a large file runs for a while in one go: the status bar says so while it does.
      if (publish && this.busy && !this.linters.has(key) && snapshot.text.length >= LARGE_FIRST_LINT_CHARS) {
        busy = await this.busy.start(vscode.l10n.t('Linting {0}', vscode.workspace.asRelativePath(document.uri)));
        if (document.isClosed || document.version !== version || this.runs.get(key) !== runId || generation !== this.configGeneration) {
          return this.resultFor(document);
        }
      }
      let linter = this.linters.get(key);
      if (!linter) this.linters.set(key, (linter = createLinter()));
      const diagnostics = linter.lint(snapshot.model, snapshot.text, {
        config: resolved.config,
        fileName: this.workspace.fileName(document.uri),
        // The index as it is: alignment-unresolved (the one rule that reads it) takes this file's
        // names from the model it lints, never from the index's entry for it, so re-indexing the
        // whole document (every objective and KR) on each keystroke, as withDocument does, buys nothing.
        workspace: this.workspace.index,
        lines: snapshot.lines,
        // Messages and fix titles in the editor's language (`vscode.l10n.t`).
        translate,
        onRuleError: this.ruleErrors.handler(key, document.uri.toString(true)),
      });
      const vsDiagnostics = diagnostics.map((d) => this.toVsDiagnostic(d, document.uri));
      const result: LintResult = { version, diagnostics, vsDiagnostics, source: resolved.source };
      if (!publish) {
        this.unpublished.set(key, result);
        return result;
      }
      this.unpublished.delete(key);
      this.results.set(key, result);
      this.collection.set(document.uri, vsDiagnostics);
      this.lintedEmitter.fire(document.uri);
      return result;
    } catch (error) {
      this.log.error(`Linting ${document.uri.toString(true)} failed: ${String(error)}`);
      return undefined;
    } finally {
      busy?.stop();
    }
  }

  toVsDiagnostic(d: LintDiagnostic, uri: vscode.Uri): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toVsRange(d.range), d.message, SEVERITY[d.severity] ?? vscode.DiagnosticSeverity.Warning);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: d.ruleId, target: vscode.Uri.parse(d.docsUrl) };
    if (d.related?.length) {
      diagnostic.relatedInformation = d.related.map(
        (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(this.relatedUri(r, uri), toVsRange(r.range)), r.message),
      );
    }
    if (d.tags?.length) diagnostic.tags = d.tags.map((t) => TAGS[t]).filter((t) => t !== undefined);
    return diagnostic;
  }

  /** A related location's file: the same document, a URI, or a workspace-relative name from the index. */
  private relatedUri(r: RelatedLocation, uri: vscode.Uri): vscode.Uri {
    if (!r.file) return uri;
    const indexed = this.workspace.index.files.find((f) => f.fileName === r.file || f.uri === r.file);
    if (indexed) return vscode.Uri.parse(indexed.uri);
    if (/^[a-z][a-z0-9+.-]*:/i.test(r.file) && !/^[a-z]:[\\/]/i.test(r.file)) return vscode.Uri.parse(r.file);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? vscode.Uri.joinPath(folder.uri, ...r.file.split('/')) : uri;
  }

  /** A file's text from disk, or undefined when it is not there or cannot be read. */
  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return this.decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
  }

  /**
   * Finds and parses the nearest config file for a file at `relative` inside `folder`, and the ones
   * further up inside it (`outer`: their ignores apply too), by the CLI's search (`findConfigChainAsync`):
   * never above the folder, and not above a `"root": true` config or a repository's root (`.git`).
   */
  private async readConfig(folder: vscode.Uri, relative: string): Promise<{ layer: ConfigLayer | null; source: ConfigSource; outer?: ResolvedConfig[] }> {
    const join = (path: string) => vscode.Uri.joinPath(folder, ...path.split('/').filter((s) => s !== '' && s !== '.'));
    const files: WorkspaceFolderFiles = {
      read: async (path) => {
        const uri = join(path);
        const text = (await this.readText(uri)) ?? null; // null: not there (or unreadable), try the next folder up
        this.configTextsRead.record(uri.toString(), text);
        return text;
      },
      exists: async (path) => {
        try {
          await vscode.workspace.fs.stat(join(path));
          return true;
        } catch {
          return false;
        }
      },
    };
    const host = configSearchHost(
      files,
      (candidate, parsed, isPackage) => {
        const uri = join(candidate);
        // Open in the editor, the file shows its own text's problems (lintConfigDocument); logged once either way.
        this.publishConfigProblems(uri, parsed.problems, { show: !isConfigDocument(openDocument(uri)) });
        return { layer: parsed.config, uri, isPackage };
      },
      translate,
    );
    const chain = await findConfigChainAsync(relative, host);
    const [nearest, ...outer] = chain;
    if (!nearest) return { layer: null, source: {} };
    return {
      layer: nearest.found.layer,
      source: { file: nearest.found.uri, kind: nearest.found.isPackage ? 'package.json' : 'okrlintrc' },
      ...(outer.length ? { outer: outer.map((c) => resolveConfig([c.found.layer])) } : {}),
    };
  }

  /**
   * Shows a config file's problems on it (`show`) and logs them once per version of the file
   * (`log`: a saved version; an unsaved edit in progress is shown, not logged).
   */
  private publishConfigProblems(uri: vscode.Uri, problems: ConfigProblem[], { show = true, log = true } = {}): void {
    if (show) {
      this.configCollection.set(
        uri,
        problems.map((p) => {
          const d = new vscode.Diagnostic(toVsRange(p.range), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
          d.source = DIAGNOSTIC_SOURCE;
          return d;
        }),
      );
    }
    if (!log) return;
    const lines = problems.map((p) => `${uri.toString(true)}:${p.range.start.line + 1}: ${p.message}`);
    for (const line of problemLog.fresh(uri.toString(), lines)) this.log.warn(line);
  }

  /**
   * An open config file's problems from its text in the editor, saved or not: on open, on change
   * (debounced; on save with `okr.lint.run` = `onSave`) and after a config change, whether or not an
   * OKR file that uses it is open (reading it for an OKR file shows nothing then, see readConfig).
   */
  private lintConfigDocument(document: vscode.TextDocument): void {
    if (document.isClosed || !isConfigDocument(document)) return;
    const key = document.uri.toString();
    clearTimeout(this.configDocumentTimers.get(key));
    this.configDocumentTimers.delete(key);
    this.showConfigText(document.uri, document.getText(), !document.isDirty);
  }

  /** A config file's problems as read from `text` (none unless linting is on and it holds a config); `log` for a saved version. */
  private showConfigText(uri: vscode.Uri, text: string | undefined, log: boolean): void {
    try {
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      if (text === undefined || !lintSettings(uri).enable || (name === 'package.json' && !packageJsonHasConfig(text))) {
        this.configCollection.delete(uri);
        return;
      }
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      this.publishConfigProblems(uri, parseConfig(text, (folder && posixRelative(folder.uri, uri)) || name, translate).problems, { log });
    } catch (error) {
      this.log.error(`Reading the configuration in ${uri.toString(true)} failed: ${String(error)}`);
    }
  }

  private configDocumentChanged(document: vscode.TextDocument): void {
    if (!isConfigDocument(document)) return;
    const settings = lintSettings(document.uri);
    if (settings.run === 'onSave') return; // saving re-reads it (configChanged)
    const key = document.uri.toString();
    clearTimeout(this.configDocumentTimers.get(key));
    this.configDocumentTimers.set(
      key,
      setTimeout(() => this.lintConfigDocument(document), settings.debounceMs),
    );
  }

  /**
   * Closed (unsaved changes dropped, maybe): its problems are the saved file's again. Read here, not
   * by a config change: linting used the saved file all along, and VS Code closes documents long
   * after their editors, when re-linting every open OKR file would be a surprise.
   */
  private async configDocumentClosed(document: vscode.TextDocument): Promise<void> {
    if (!isConfigDocument(document)) return;
    const uri = document.uri;
    clearTimeout(this.configDocumentTimers.get(uri.toString()));
    this.configDocumentTimers.delete(uri.toString());
    const text = await this.readText(uri); // undefined: deleted, or unreadable, nothing to show
    if (isConfigDocument(openDocument(uri))) return; // opened again meanwhile: its text decides
    this.showConfigText(uri, text, true);
  }

  /** A config file changed on disk: re-read soon (an `npm install` touches many package.json files at once). */
  private configFileChanged(uri: vscode.Uri, event: ConfigFileEvent): void {
    if (/\/(node_modules|\.git)\//.test(uri.path)) return;
    const key = uri.toString();
    if (this.configEvents.get(key)?.event !== 'delete') this.configEvents.set(key, { uri, event });
    clearTimeout(this.configTimer);
    this.configTimer = setTimeout(() => void this.configEventsSettled(), 50);
  }

  /**
   * The config files' events of the last 50 ms, judged when they settle: one write fires create and
   * change, far apart under load, so a configuration resolved between them from the file's text now
   * is kept; an edit, a new or deleted file, or one that cannot be read drops the cache as before.
   */
  private async configEventsSettled(): Promise<void> {
    const events = [...this.configEvents.values()];
    this.configEvents.clear();
    for (const { uri, event } of events) {
      const read = this.configTextsRead.get(uri.toString());
      // Only a file the cache read is read again (an `npm install` touches many package.json files);
      // undefined when unreadable: invalidate as for any change.
      const current = event !== 'delete' && read ? await this.readText(uri) : undefined;
      if (configEventInvalidates(event, read, current)) return this.configChanged();
    }
  }

  private configChanged(): void {
    clearTimeout(this.configTimer);
    this.configGeneration++;
    this.configs.clear();
    this.configTextsRead.clear();
    this.configEvents.clear();
    this.settingsLayers.clear();
    this.configCollection.clear();
    // Open config files show their own text's problems again at once (the OKR files' re-reads skip them).
    for (const document of vscode.workspace.textDocuments) this.lintConfigDocument(document);
    this.relintAll();
  }

  /** Re-lints open documents when other files' objectives change (what `alignment-unresolved` sees). */
  private workspaceChanged(): void {
    const key = JSON.stringify(
      this.workspace.index.files.map((f) => [f.uri, f.fileName, f.team, f.cycle, f.objectives.map((o) => [o.id, o.slug])]),
    );
    if (key === this.workspaceKey) return;
    this.workspaceKey = key;
    clearTimeout(this.workspaceTimer);
    this.workspaceTimer = setTimeout(() => this.relintAll(), 50);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.runs.set(key, (this.runs.get(key) ?? 0) + 1);
    this.results.delete(key);
    this.unpublished.delete(key);
    this.seen.delete(key);
    this.collection.delete(uri);
    this.lintedEmitter.fire(uri);
  }

  dispose(): void {
    clearTimeout(this.workspaceTimer);
    clearTimeout(this.configTimer);
    for (const t of this.timers.values()) clearTimeout(t);
    for (const t of this.configDocumentTimers.values()) clearTimeout(t);
    this.linters.clear();
    for (const d of this.disposables) d.dispose();
  }
}

function isConfigFileName(uri: vscode.Uri): boolean {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name === CONFIG_FILE_NAME || name === 'package.json';
}

/**
 * A config file open in the editor whose problems it shows from its text: a file of the workspace
 * (or on disk), not a dependency's package.json, nor a version of it in a diff (`git:`).
 */
function isConfigDocument(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  if (!document || !isConfigFileName(document.uri) || /\/(node_modules|\.git)\//.test(document.uri.path)) return false;
  return document.uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

export interface LintServices {
  documents: OkrDocuments;
  workspaceIndex: WorkspaceIndexService;
  log: vscode.LogOutputChannel;
  /** Shows long work (the first lint of a large file) in the status bar. */
  busy?: BusyIndicator;
}

/** Starts the lint service (diagnostics for every open OKR file); disposed with the extension. */
export function registerDiagnostics(context: vscode.ExtensionContext, { documents, workspaceIndex, log, busy }: LintServices): LintService {
  const service = new LintService(documents, workspaceIndex, log, busy);
  context.subscriptions.push(service);
  return service;
}
