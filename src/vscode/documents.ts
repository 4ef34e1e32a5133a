// The per-document model cache shared by every editor feature: diagnostics, completions, hovers,
// symbols, CodeLens, the status bar and the panel all ask here, so a document version is parsed
// at most once however many features look at it. The parse call lives in `parse()` alone, so the
// incremental cache (issue #7) can replace it without touching any feature.
import * as vscode from 'vscode';
import { DEFAULT_OKR_GLOB, isOkrFile, okrFilesGlobs, okrFilesProblems } from '../core/files';
import type { OkrDocument } from '../core/model';
import { IncrementalDocument, parseOkrBySections } from '../core/incremental';
import { LineIndex } from '../core/text';
import { isNestingProblem, isTooLarge, tooLargeMessage } from '../core/limits';
import { retranslate } from '../core/translate';
import { translate } from './convert';
import { isLargeFirstParse } from './busy';
import type { BusyIndicator } from './progress';

/** The parsed state of one document version. */
export interface OkrSnapshot {
  uri: vscode.Uri;
  version: number;
  text: string;
  lines: LineIndex;
  model: OkrDocument;
}

export interface OkrDocumentChange {
  document: vscode.TextDocument;
}

interface Entry {
  version: number;
  snapshot: OkrSnapshot;
}

/** Reads the `okr.files` setting: extra globs (workspace-relative) that mark OKR files. */
export function configuredPatterns(): string[] {
  const value = vscode.workspace.getConfiguration('okr').get<unknown>('files', []);
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
}

/** Reads `okr.fiscalYearStartMonth` (1–12; 1 = calendar quarters). */
export function fiscalYearStartMonth(): number {
  const value = vscode.workspace.getConfiguration('okr').get<unknown>('fiscalYearStartMonth', 1);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 12 ? value : 1;
}

export class OkrDocuments implements vscode.Disposable {
  private readonly cache = new Map<string, Entry>();
  /** Versions of open documents refused for nesting past the core's bound (no features, as past the size limit). */
  private readonly refused = new Map<string, number>();
  /** One incremental parse cache per open document (issue #7), dropped when it closes. */
  private readonly incremental = new Map<string, { month: number; cache: IncrementalDocument }>();
  private readonly disposables: vscode.Disposable[] = [];
  private patterns: string[] = configuredPatterns();
  /** The `okr.files` problems last told, so each setting's problems are told once. */
  private patternProblems = '';
  /** The `okr.files` warnings shown so far, oldest first (for the integration suite). */
  readonly patternWarnings: string[] = [];

  private readonly changeEmitter = new vscode.EventEmitter<OkrDocumentChange>();
  private readonly closeEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly filesEmitter = new vscode.EventEmitter<void>();

  /**
   * An OKR document's model changed: it was opened, edited, or began to match `okr.files`.
   * Listeners call `get()` (parsed lazily, once per version) when they need the model.
   */
  readonly onDidChange = this.changeEmitter.event;
  /** An OKR document was closed, or stopped being an OKR file (clear what was shown for it). */
  readonly onDidClose = this.closeEmitter.event;
  /** The set of OKR files changed (setting `okr.files`, workspace folders): re-register selectors, re-index. */
  readonly onDidChangeFiles = this.filesEmitter.event;

  constructor(
    private readonly log?: vscode.LogOutputChannel,
    /** Shows the first parse of a large file in the status bar, whichever feature asks for it first. */
    private readonly busy?: BusyIndicator,
  ) {
    this.disposables.push(
      this.changeEmitter,
      this.closeEmitter,
      this.filesEmitter,
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (!this.isOkrDocument(document)) return;
        void this.prepare(document);
        this.changeEmitter.fire({ document });
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.isOkrDocument(event.document)) {
          this.changeEmitter.fire({ document: event.document });
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.cache.delete(document.uri.toString());
        this.incremental.delete(document.uri.toString());
        this.refused.delete(document.uri.toString());
        if (this.isOkrDocument(document)) this.closeEmitter.fire(document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('okr')) {
          this.cache.clear(); // parse options may have changed
          this.incremental.clear();
        }
        if (event.affectsConfiguration('okr.files')) this.filesChanged();
      }),
      // A folder added or removed: `okr.files` globs are relative to each folder, so the selectors
      // (one pattern per folder), the index and which open documents are OKR files all change.
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.filesChanged()),
    );
    this.announcePatternProblems();
  }

  /**
   * A refused `okr.files` pattern (extglob syntax, past a limit) matches nothing: without a word, a
   * file the author meant to be an OKR file silently gets no features. Each refused pattern goes
   * to the log; a warning shows the first, once for each value of the setting (at start, after a change).
   */
  private announcePatternProblems(): void {
    const problems = okrFilesProblems(this.patterns, translate);
    const key = problems.map((p) => p.message).join('\n');
    if (key === this.patternProblems) return;
    this.patternProblems = key;
    if (problems.length === 0) return;
    const messages = problems.map((problem) => vscode.l10n.t('OKR Markdown: setting okr.files: {0}', problem.message));
    for (const message of messages) this.log?.warn(message);
    // The first (the output lists them all).
    const message = messages[0]!;
    this.patternWarnings.push(message);
    void vscode.window.showWarningMessage(message);
  }

  /** The set of OKR files may have changed: announce it and re-announce the open documents. */
  private filesChanged(): void {
    const before = vscode.workspace.textDocuments.filter((d) => this.isOkrDocument(d));
    this.patterns = configuredPatterns();
    this.announcePatternProblems();
    for (const document of before) if (!this.isOkrDocument(document)) this.closeEmitter.fire(document);
    this.filesEmitter.fire();
    for (const document of vscode.workspace.textDocuments) {
      if (this.isOkrDocument(document)) this.changeEmitter.fire({ document });
    }
  }

  /** The extra globs from `okr.files`. */
  get filePatterns(): readonly string[] {
    return this.patterns;
  }

  /** Whether a URI names an OKR file (by its workspace-relative path). */
  isOkrUri(uri: vscode.Uri): boolean {
    if (uri.scheme === 'untitled' || uri.scheme === 'output' || uri.scheme === 'vscode-settings') return false;
    return isOkrFile(vscode.workspace.asRelativePath(uri, false), this.patterns);
  }

  /** Whether a document is an OKR file: Markdown, named `okr.md` / `*.okr.md` or matching `okr.files`. */
  isOkrDocument(document: vscode.TextDocument): boolean {
    return document.languageId === 'markdown' && this.isOkrUri(document.uri);
  }

  /** Every open OKR document. */
  all(): vscode.TextDocument[] {
    return vscode.workspace.textDocuments.filter((d) => this.isOkrDocument(d));
  }

  /**
   * The parsed model of a document at its current version, or undefined when the document is not
   * an OKR file. Parses at most once per version; never throws (a parse failure is logged and
   * yields undefined).
   */
  get(document: vscode.TextDocument): OkrSnapshot | undefined {
    if (!this.isOkrDocument(document)) return undefined;
    return this.snapshot(document);
  }

  /** Like `get`, without the OKR-file check (for callers that already matched the document). */
  snapshot(document: vscode.TextDocument): OkrSnapshot | undefined {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version) return cached.snapshot;
    if (this.refused.get(key) === document.version) return undefined;
    const text = document.getText();
    if (this.tooLarge(document, text)) return undefined;
    try {
      // The first parse of a large file runs for a while in one go: shown, whoever asked first
      // (the linter, a CodeLens, the outline, the index), unless `prepare` is showing it already.
      const model =
        this.busy && this.preparing !== key && isLargeFirstParse(this.incremental.has(key), text.length)
          ? this.busy.runNow(this.parseTitle(document), () => this.parseVersion(key, text))
          : this.parseVersion(key, text);
      if (this.refuseTooDeep(document, model)) return undefined;
      const snapshot: OkrSnapshot = {
        uri: document.uri,
        version: document.version,
        text,
        lines: this.incremental.get(key)?.cache.lineIndex ?? new LineIndex(text),
        model,
      };
      this.cache.set(key, { version: document.version, snapshot });
      return snapshot;
    } catch (error) {
      this.log?.error(`Could not parse ${document.uri.toString(true)}: ${String(error)}`);
      return undefined;
    }
  }

  /** The document `prepare` is parsing under its own progress. */
  private preparing: string | undefined;

  private parseTitle(document: vscode.TextDocument): string {
    return vscode.l10n.t('Reading the OKRs of {0}', vscode.workspace.asRelativePath(document.uri));
  }

  /**
   * A large OKR file just opened: parse it now, under a status-bar progress that has had a chance
   * to show before the parse blocks (the Node host sends it only once the run yields), so the
   * features that ask next find the model ready.
   */
  private async prepare(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (!this.busy) return;
    const length = document.getText().length;
    if (!isLargeFirstParse(this.incremental.has(key), length)) return;
    if (isTooLarge(length, vscode.workspace.getConfiguration('okr', document.uri).get<unknown>('maxFileSizeKB'))) return;
    const progress = await this.busy.start(this.parseTitle(document));
    try {
      this.preparing = key;
      if (!document.isClosed) this.snapshot(document);
    } finally {
      this.preparing = undefined;
      progress.stop();
    }
  }

  // --- Size limit (issue #8, reliability): past `okr.maxFileSizeKB` a document gets no OKR
  // features (nothing parses it), and the user is told once per file and session.
  private readonly tooLargeAnnounced = new Set<string>();
  /** Announced for nesting: apart from the size limit, so a file told about one is told about the other too. */
  private readonly tooDeepAnnounced = new Set<string>();

  /** URIs of the documents found past the size or nesting limit (and announced), for tests and the API. */
  get tooLargeFiles(): string[] {
    return [...new Set([...this.tooLargeAnnounced, ...this.tooDeepAnnounced])];
  }

  private tooLarge(document: vscode.TextDocument, text: string): boolean {
    const setting = vscode.workspace.getConfiguration('okr', document.uri).get<unknown>('maxFileSizeKB');
    if (!isTooLarge(text.length, setting)) return false;
    const key = document.uri.toString();
    this.cache.delete(key);
    this.incremental.delete(key);
    if (!this.tooLargeAnnounced.has(key)) {
      this.tooLargeAnnounced.add(key);
      const message = tooLargeMessage(vscode.workspace.asRelativePath(document.uri, false), text.length, setting, translate);
      this.log?.warn(message);
      void vscode.window.showInformationMessage(message);
    }
    return true;
  }

  /**
   * A file nested past the core's bound parses to an empty model with one problem: like a file
   * past the size limit it gets no OKR features (undefined), and the user is told once.
   */
  private refuseTooDeep(document: vscode.TextDocument, model: OkrDocument): boolean {
    const problem = model.problems.find(isNestingProblem);
    const key = document.uri.toString();
    if (!problem) {
      this.refused.delete(key);
      return false;
    }
    this.cache.delete(key);
    this.refused.set(key, document.version);
    if (this.tooDeepAnnounced.has(key)) return true;
    this.tooDeepAnnounced.add(key);
    const message = vscode.l10n.t('OKR Markdown: {0}: {1}', vscode.workspace.asRelativePath(document.uri, false), retranslate(translate, problem));
    this.log?.warn(message);
    void vscode.window.showInformationMessage(message);
    return true;
  }

  /** A one-off parse (files that are not open). Same model as parseOkr; remark runs per section,
   * so a big file parses in linear time. */
  parse(text: string): OkrDocument {
    return parseOkrBySections(text, { fiscalYearStartMonth: fiscalYearStartMonth() });
  }

  /** The parse of an open document's new version: its incremental cache re-parses only the
   * sections an edit touched (issue #7); the model equals parseOkr's. */
  private parseVersion(key: string, text: string): OkrDocument {
    const month = fiscalYearStartMonth();
    let entry = this.incremental.get(key);
    if (!entry || entry.month !== month) {
      entry = { month, cache: new IncrementalDocument({ fiscalYearStartMonth: month }) };
      this.incremental.set(key, entry);
    }
    return entry.cache.update(text);
  }

  /**
   * The document selector for providers: Markdown OKR files by the default names and by the
   * `okr.files` globs (relative to each workspace folder).
   */
  selector(): vscode.DocumentFilter[] {
    const filters: vscode.DocumentFilter[] = [{ language: 'markdown', pattern: DEFAULT_OKR_GLOB }];
    for (const relative of okrFilesGlobs(this.patterns)) {
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.length === 0 || relative.startsWith('**/')) {
        filters.push({ language: 'markdown', pattern: relative });
      } else {
        for (const folder of folders) filters.push({ language: 'markdown', pattern: new vscode.RelativePattern(folder, relative) });
      }
    }
    return filters;
  }

  /**
   * Registers a provider with the OKR selector and registers it again whenever `okr.files`
   * changes, so providers never fire in plain Markdown files.
   */
  register(registration: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
    let current = registration(this.selector());
    const listener = this.onDidChangeFiles(() => {
      current.dispose();
      current = registration(this.selector());
    });
    return new vscode.Disposable(() => {
      listener.dispose();
      current.dispose();
    });
  }

  dispose(): void {
    this.cache.clear();
    this.incremental.clear();
    for (const d of this.disposables) d.dispose();
  }
}
