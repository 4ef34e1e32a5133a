// The quarter tree: a webview view ("OKRs" in its own activity-bar container). The host gathers
// every OKR document (open editors first, else the file as saved), builds the tree with the core
// (src/core/tree.ts) and sends it; the webview only renders. Messages from the webview are
// validated (src/protocol/panel.ts) before anything acts on them.
import * as vscode from 'vscode';
import type { OkrDocument } from '../core/model';
import { parseOkrAuto as parseOkr } from '../core/incremental';
import { buildTree, type Severity, type TreeDiagnostic, type TreeScope, type TreeSource } from '../core/tree';
import { isWebviewMessage, type HostMessage, type WebviewMessage } from '../protocol/panel';
import { translate } from './convert';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { OkrDocuments } from './documents';
import { fileNameOf, type WorkspaceIndexService } from './workspaceIndex';
import { isNotFound } from './indexOrder';

export const QUARTER_TREE_VIEW = 'okr.quarterTree';
export const SHOW_QUARTER_TREE_COMMAND = 'okr.showQuarterTree';

const OKR_GLOB = '**/{okr.md,*.okr.md}';
const EXCLUDE = '**/{node_modules,.git,dist,out,.vscode-test,.vscode-test-web}/**';
const MAX_FILES = 5000;
/** Typing pauses shorter than this are one update. */
const UPDATE_DELAY_MS = 200;

export interface PanelServices {
  /** The shared per-document model cache, when the editor features created one. */
  documents?: OkrDocuments;
  /** The shared workspace index (its file list and change events), when there is one. */
  workspaceIndex?: WorkspaceIndexService;
  log?: vscode.LogOutputChannel;
}

/** Registers the view, its command and its listeners. One call from `activate`. */
export function registerPanel(context: vscode.ExtensionContext, services: PanelServices = {}): QuarterTreeProvider {
  const provider = new QuarterTreeProvider(context.extensionUri, services);
  context.subscriptions.push(
    provider,
    vscode.window.registerWebviewViewProvider(QUARTER_TREE_VIEW, provider),
    vscode.commands.registerCommand(SHOW_QUARTER_TREE_COMMAND, () => vscode.commands.executeCommand(`${QUARTER_TREE_VIEW}.focus`)),
  );
  return provider;
}

function isOkrName(uri: vscode.Uri): boolean {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name === 'okr.md' || (name.endsWith('.okr.md') && name.length > '.okr.md'.length);
}

/** Today in the user's time zone, as `YYYY-MM-DD` (the core never reads the clock). */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function severityOf(s: vscode.DiagnosticSeverity): Severity {
  switch (s) {
    case vscode.DiagnosticSeverity.Error:
      return 'error';
    case vscode.DiagnosticSeverity.Warning:
      return 'warning';
    case vscode.DiagnosticSeverity.Information:
      return 'info';
    default:
      return 'hint';
  }
}

/** A fresh random nonce for the script tag (Web Crypto: in Node ≥ 19 and in the web worker). */
export function nonce(): string {
  const bytes = new Uint8Array(18);
  const webCrypto = (globalThis as { crypto?: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto;
  if (webCrypto) webCrypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Text made safe for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class QuarterTreeProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private viewDisposables: vscode.Disposable[] = [];
  private scope: TreeScope = 'workspace';
  private cycle: string | null = null;
  /** The OKR file last shown in an editor (the "this file" scope keeps it while another editor is active). */
  private activeUri: string | null = null;
  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  /** Files read from disk, reused while their mtime and size are unchanged. */
  private readonly diskCache = new Map<string, { mtime: number; size: number; doc: OkrDocument }>();
  /** The URIs the last model showed: the only ones `reveal` may open. */
  private knownUris = new Set<string>();
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly extensionUri: vscode.Uri, private readonly services: PanelServices) {
    const editor = vscode.window.activeTextEditor;
    if (editor && this.isOkrDocument(editor.document)) this.activeUri = editor.document.uri.toString();
    if (services.workspaceIndex) {
      this.disposables.push(services.workspaceIndex.onDidChange(() => this.schedule()));
    } else {
      const watcher = vscode.workspace.createFileSystemWatcher(OKR_GLOB);
      this.disposables.push(watcher, watcher.onDidCreate(() => this.schedule()), watcher.onDidChange(() => this.schedule()), watcher.onDidDelete(() => this.schedule()));
    }
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.isOkrDocument(e.document)) this.schedule();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (this.isOkrDocument(d)) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => this.knownUris.has(u.toString()))) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!editor || !this.isOkrDocument(editor.document)) return;
        const uri = editor.document.uri.toString();
        if (uri !== this.activeUri) {
          this.activeUri = uri;
          if (this.scope === 'file') this.schedule(0);
        }
        this.highlight(editor);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.highlight(e.textEditor);
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    for (const d of this.viewDisposables) d.dispose();
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview);
    this.viewDisposables = [
      view.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.schedule(0);
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
      }),
    ];
  }

  private html(webview: vscode.Webview): string {
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css'));
    const n = nonce();
    const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${n}'; img-src ${webview.cspSource}`;
    // Only our own URIs, the nonce and our own l10n bundle (escaped) go into this markup; OKR text
    // reaches the page as data. The bundle (none in English) translates the page's own strings.
    const l10n = escapeAttribute(JSON.stringify(vscode.l10n.bundle ?? {}));
    return `<!DOCTYPE html>
<html lang="${escapeAttribute(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
<title>OKRs</title>
</head>
<body data-l10n="${l10n}">
<script nonce="${n}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!isWebviewMessage(message)) return; // anything unexpected is ignored
    const m: WebviewMessage = message;
    switch (m.type) {
      case 'ready':
        if (m.state) {
          this.scope = m.state.scope;
          this.cycle = m.state.cycle;
        }
        this.schedule(0);
        break;
      case 'setScope':
        this.scope = m.scope;
        this.schedule(0);
        break;
      case 'selectCycle':
        this.cycle = m.cycle;
        this.schedule(0);
        break;
      case 'reveal':
        await this.reveal(m.uri, m.line);
        break;
      case 'runCommand':
        try {
          await vscode.commands.executeCommand(m.command);
        } catch (error) {
          this.services.log?.warn(`Quarter tree: could not run ${m.command}: ${String(error)}`);
          void vscode.window.showWarningMessage(vscode.l10n.t('Could not run {0}.', m.command));
        }
        break;
    }
  }

  private async reveal(uriText: string, line: number): Promise<void> {
    // Only files the tree showed: a message must not open arbitrary resources.
    if (!this.knownUris.has(uriText)) return;
    const uri = vscode.Uri.parse(uriText, true);
    const open = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uriText);
    const document = open?.document ?? (await vscode.workspace.openTextDocument(uri));
    const target = Math.min(line, Math.max(0, document.lineCount - 1));
    const position = new vscode.Position(target, 0);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: open?.viewColumn ?? vscode.ViewColumn.Active,
      selection: new vscode.Range(position, position),
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private highlight(editor: vscode.TextEditor): void {
    if (!this.view || !this.isOkrDocument(editor.document)) return;
    this.post({ type: 'highlight', uri: editor.document.uri.toString(), line: editor.selection.active.line });
  }

  private post(message: HostMessage): void {
    void this.view?.webview.postMessage(message);
  }

  private isOkrDocument(document: vscode.TextDocument): boolean {
    if (this.services.documents) return this.services.documents.isOkrDocument(document);
    return document.languageId === 'markdown' && document.uri.scheme !== 'untitled' && isOkrName(document.uri);
  }

  /** The model of an open document (the shared cache when there is one; swapped for it later). */
  getModel(document: vscode.TextDocument): OkrDocument | undefined {
    if (this.services.documents) return this.services.documents.get(document)?.model;
    try {
      return parseOkr(document.getText());
    } catch (error) {
      this.services.log?.error(`Quarter tree: could not parse ${document.uri.toString(true)}: ${String(error)}`);
      return undefined;
    }
  }

  private parseText(text: string): OkrDocument {
    return this.services.documents ? this.services.documents.parse(text) : parseOkr(text);
  }

  private schedule(delay = UPDATE_DELAY_MS): void {
    // A hidden view has no page to update; it asks again (`ready`) when it is shown.
    if (!this.view?.visible) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async fileUris(): Promise<vscode.Uri[]> {
    const index = this.services.workspaceIndex;
    if (index) {
      await index.ready;
      return index.index.files.map((f) => vscode.Uri.parse(f.uri, true));
    }
    return vscode.workspace.findFiles(OKR_GLOB, EXCLUDE, MAX_FILES);
  }

  /** Every OKR document: open ones as they are in the editor, the rest as saved. */
  async collect(): Promise<TreeSource[]> {
    const sources = new Map<string, TreeSource>();
    const open = vscode.workspace.textDocuments.filter((document) => this.isOkrDocument(document));
    const openUris = new Set(open.map((document) => document.uri.toString()));
    const onDisk = (await this.fileUris()).filter((uri) => !openUris.has(uri.toString()));
    const read = await Promise.all(onDisk.map((uri) => this.readFromDisk(uri)));
    // Open documents' models last, after the awaits: the shared cache's model of a document is
    // valid until its next update (IncrementalDocument.update), which an edit during the reads
    // above would make; from here to buildTree nothing else runs.
    for (const document of open) {
      if (document.isClosed) continue;
      const doc = this.getModel(document);
      if (doc) sources.set(document.uri.toString(), { uri: document.uri.toString(), doc });
    }
    for (const source of read) if (source && !sources.has(source.uri)) sources.set(source.uri, source);
    const seen = new Set(sources.keys());
    for (const key of this.diskCache.keys()) if (!seen.has(key)) this.diskCache.delete(key);
    for (const source of sources.values()) {
      source.diagnostics = this.diagnostics(source.uri);
      source.fileName = fileNameOf(vscode.Uri.parse(source.uri, true));
    }
    return [...sources.values()];
  }

  private async readFromDisk(uri: vscode.Uri): Promise<TreeSource | undefined> {
    const key = uri.toString();
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const cached = this.diskCache.get(key);
      if (cached && cached.mtime === stat.mtime && cached.size === stat.size) return { uri: key, doc: cached.doc };
      const doc = this.parseText(this.decoder.decode(await vscode.workspace.fs.readFile(uri)));
      this.diskCache.set(key, { mtime: stat.mtime, size: stat.size, doc });
      return { uri: key, doc };
    } catch (error) {
      // Deleted or renamed since it was indexed: the index drops it too, quietly.
      if (!isNotFound(error)) this.services.log?.warn(`Quarter tree: could not read ${uri.toString(true)}: ${String(error)}`);
      return undefined;
    }
  }

  /** The linter's diagnostics on a file (source `okr`; others' diagnostics are not ours to count). */
  private diagnostics(uri: string): TreeDiagnostic[] {
    return vscode.languages
      .getDiagnostics(vscode.Uri.parse(uri, true))
      .filter((d) => d.source === DIAGNOSTIC_SOURCE)
      .map((d) => ({ line: d.range.start.line, severity: severityOf(d.severity) }));
  }

  private async update(): Promise<void> {
    if (!this.view) return;
    const generation = ++this.generation;
    try {
      const sources = await this.collect();
      if (generation !== this.generation || !this.view) return; // a newer update started meanwhile
      const model = buildTree(sources, { today: localToday(), scope: this.scope, activeUri: this.activeUri, cycle: this.cycle, t: translate });
      this.knownUris = new Set(sources.map((s) => s.uri));
      this.post({ type: 'model', seq: ++this.seq, model });
      const editor = vscode.window.activeTextEditor;
      if (editor) this.highlight(editor);
    } catch (error) {
      this.services.log?.error(`Quarter tree: could not build the tree: ${String(error)}`);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.viewDisposables) d.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
