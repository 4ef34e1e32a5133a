// The index of every OKR file in the workspace (objectives, owners, units, `Aligns:` refs), kept
// fresh by a file watcher. Reads through `vscode.workspace.fs` (the web host has no Node fs);
// an open document overrides what is on disk. Pure look-ups live in src/core/workspace.ts.
import * as vscode from 'vscode';
import { workspaceFileName } from '../core/file-names';
import { DEFAULT_OKR_GLOB, okrFilesGlobs } from '../core/files';
import { indexFile, withFile, type IndexedFile, type OkrWorkspace } from '../core/workspace';
import type { OkrDocuments } from './documents';
import { IndexOrder, isNotFound, type IndexRead } from './indexOrder';
import type { BusyIndicator } from './progress';

const EXCLUDE = '**/{node_modules,.git,dist,out,.vscode-test,.vscode-test-web}/**';
const MAX_FILES = 5000;
const OPEN_DOCUMENT_DELAY_MS = 250;

/**
 * How the index, the panel and the report name a file: relative to its folder, with the folder's
 * name in front when the workspace has several folders (two folders' `okr.md` must not collide).
 */
export function fileNameOf(uri: vscode.Uri): string {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => ({ uri: f.uri.toString(), name: f.name }));
  return workspaceFileName(uri.toString(), folders);
}

export class WorkspaceIndexService implements vscode.Disposable {
  private current: OkrWorkspace = { files: [] };
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly decoder = new TextDecoder('utf-8');
  private scanGeneration = 0;
  /** Which result is newer per file: a read that started before an indexed edit never replaces it. */
  private readonly order = new IndexOrder();

  /** The index changed (a file was created, changed, deleted, or an open document was edited). */
  readonly onDidChange = this.changeEmitter.event;
  /** Resolves when the first scan of the workspace is done. */
  ready: Promise<void>;

  constructor(
    private readonly documents: OkrDocuments,
    private readonly log?: vscode.LogOutputChannel,
    /** Shows a scan that takes a while in the status bar. */
    private readonly busy?: BusyIndicator,
  ) {
    this.disposables.push(
      this.changeEmitter,
      documents.onDidChange(({ document }) => this.scheduleOpenDocument(document)),
      documents.onDidClose((document) => void this.refreshFromDisk(document.uri)),
      // `okr.files` changed or a folder was added or removed (documents fires this for both): files
      // to index, and with folders every name (the folder prefix) changes.
      documents.onDidChangeFiles(() => {
        this.watch();
        this.ready = this.scanShown();
      }),
    );
    this.watch();
    this.ready = this.scanShown();
  }

  /** A scan, shown in the status bar when it takes a while. */
  private scanShown(): Promise<void> {
    const scan = this.scan();
    return this.busy ? this.busy.during(vscode.l10n.t('Indexing OKR files'), scan) : scan;
  }

  /** The index as it is now (an immutable snapshot). */
  get index(): OkrWorkspace {
    return this.current;
  }

  /** The entry of one file, if it is indexed. */
  file(uri: vscode.Uri): IndexedFile | undefined {
    const key = uri.toString();
    return this.current.files.find((f) => f.uri === key);
  }

  /** The index with `document` at its current version (for features that must see unsaved text now). */
  withDocument(document: vscode.TextDocument): OkrWorkspace {
    const snapshot = this.documents.get(document);
    if (!snapshot) return this.current;
    return withFile(this.current, indexFile(document.uri.toString(), this.fileName(document.uri), snapshot.model));
  }

  fileName(uri: vscode.Uri): string {
    return fileNameOf(uri);
  }

  /** Search globs: the default names, and `okr.files` (a bare file name matches in any folder, as in `isOkrFile`). */
  private globs(): string[] {
    return [DEFAULT_OKR_GLOB, ...okrFilesGlobs(this.documents.filePatterns)];
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    // A watcher's string glob is matched against absolute paths: anchor relative globs to each folder.
    const folders = vscode.workspace.workspaceFolders ?? [];
    const patterns = this.globs().flatMap((glob): vscode.GlobPattern[] =>
      glob.startsWith('**/') || folders.length === 0 ? [glob] : folders.map((f) => new vscode.RelativePattern(f, glob)),
    );
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      this.watchers.push(
        watcher,
        watcher.onDidCreate((uri) => void this.refreshFromDisk(uri)),
        watcher.onDidChange((uri) => void this.refreshFromDisk(uri)),
        watcher.onDidDelete((uri) => this.remove(uri)),
      );
    }
  }

  /** Indexes the whole workspace from scratch. */
  private async scan(): Promise<void> {
    const generation = ++this.scanGeneration;
    const started = this.order.ticket();
    try {
      const seen = new Map<string, vscode.Uri>();
      for (const glob of this.globs()) {
        for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, MAX_FILES)) {
          if (this.documents.isOkrUri(uri)) seen.set(uri.toString(), uri);
        }
      }
      const reads = await Promise.all([...seen.values()].map((uri) => this.read(uri)));
      if (generation !== this.scanGeneration) return; // a newer scan started meanwhile
      // What was indexed while the scan read (an edit, a file created or deleted) is newer than its reads.
      this.current = this.order.mergeScan(this.current, started, reads);
      this.changeEmitter.fire();
    } catch (error) {
      this.log?.error(`Could not index the workspace's OKR files: ${String(error)}`);
    }
  }

  /** A file's index entry with the ticket taken when its text was (before a disk read started). */
  private async read(uri: vscode.Uri): Promise<IndexRead> {
    const ticket = this.order.ticket();
    return { uri: uri.toString(), ticket, entry: await this.load(uri) };
  }

  /** Applies one file's result unless something newer was indexed for it meanwhile. */
  private apply(read: IndexRead): void {
    const next = this.order.apply(this.current, read);
    if (!next) return;
    this.current = next;
    this.changeEmitter.fire();
  }

  /** The index entry of a file: from its open document if there is one, else from disk. */
  private async load(uri: vscode.Uri): Promise<IndexedFile | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) {
      const snapshot = this.documents.snapshot(open);
      return snapshot ? indexFile(uri.toString(), this.fileName(uri), snapshot.model) : undefined;
    }
    try {
      const text = this.decoder.decode(await vscode.workspace.fs.readFile(uri));
      return indexFile(uri.toString(), this.fileName(uri), this.documents.parse(text));
    } catch (error) {
      // Renamed or deleted since the event or the scan's listing: it leaves the index quietly.
      if (!isNotFound(error)) this.log?.warn(`Could not index ${uri.toString(true)}: ${String(error)}`);
      return undefined;
    }
  }

  private async refreshFromDisk(uri: vscode.Uri): Promise<void> {
    try {
      if (!this.documents.isOkrUri(uri)) return this.remove(uri);
      this.apply(await this.read(uri));
    } catch (error) {
      this.log?.error(`Could not re-index ${uri.toString(true)}: ${String(error)}`);
    }
  }

  private remove(uri: vscode.Uri): void {
    this.apply({ uri: uri.toString(), ticket: this.order.ticket(), entry: undefined });
  }

  private scheduleOpenDocument(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        try {
          if (document.isClosed) return;
          const ticket = this.order.ticket();
          const snapshot = this.documents.get(document);
          if (!snapshot) return;
          this.apply({ uri: key, ticket, entry: indexFile(key, this.fileName(document.uri), snapshot.model) });
        } catch (error) {
          this.log?.error(`Could not index ${document.uri.toString(true)}: ${String(error)}`);
        }
      }, OPEN_DOCUMENT_DELAY_MS),
    );
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
