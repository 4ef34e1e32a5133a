// The order in which results reach the workspace index. An entry is read from an open document's
// text (synchronously, at once) or from disk (a read that finishes later, in any order); a full
// scan reads every file. Without an order, a disk read or a scan that started before an edit was
// indexed could finish after it and put the older model back (until the next edit). So every read
// takes a ticket when it takes its text, and a result replaces a file's entry only when its ticket
// is newer than the one that made the entry. It imports no `vscode`, so a unit test can play the
// races deterministically.
import { withFile, withoutFile, type IndexedFile, type OkrWorkspace } from '../core/workspace';

/** One file's result: its entry, or undefined for "not an OKR file any more / gone". */
export interface IndexRead {
  uri: string;
  /** From `IndexOrder.ticket()`, taken when the text was taken (before a disk read started). */
  ticket: number;
  entry: IndexedFile | undefined;
}

export class IndexOrder {
  private clock = 0;
  /** Per file URI, the ticket of the result the index holds (an entry or its removal). */
  private readonly applied = new Map<string, number>();

  /** A ticket for a read about to take a file's text (an open document's now, or a disk read about to start). */
  ticket(): number {
    return ++this.clock;
  }

  /** Whether a result read under `ticket` is newer than what the index holds for `uri` (recorded when so). */
  accept(uri: string, ticket: number): boolean {
    if ((this.applied.get(uri) ?? 0) > ticket) return false;
    this.applied.set(uri, ticket);
    return true;
  }

  /**
   * `index` with one file's result applied, or undefined when the result is older than the entry the
   * index has (dropped: nothing changed).
   */
  apply(index: OkrWorkspace, read: IndexRead): OkrWorkspace | undefined {
    if (!this.accept(read.uri, read.ticket)) return undefined;
    if (read.entry) return withFile(index, read.entry);
    return index.files.some((f) => f.uri === read.uri) ? withoutFile(index, read.uri) : undefined;
  }

  /**
   * The index after a full scan that started at `started` (a ticket taken before it listed the files)
   * and read `reads`: per file, the scan's entry unless something newer was indexed meanwhile (an
   * edit, a file created or deleted); a file the scan did not find stays only when it was indexed
   * after the scan started.
   */
  mergeScan(index: OkrWorkspace, started: number, reads: readonly IndexRead[]): OkrWorkspace {
    const current = new Map(index.files.map((f) => [f.uri, f]));
    const files = new Map<string, IndexedFile>();
    for (const read of reads) {
      const entry = this.accept(read.uri, read.ticket) ? read.entry : current.get(read.uri);
      if (entry) files.set(read.uri, entry);
    }
    const scanned = new Set(reads.map((r) => r.uri));
    for (const [uri, entry] of current) {
      if (scanned.has(uri)) continue;
      if ((this.applied.get(uri) ?? 0) > started) files.set(uri, entry);
      else this.applied.set(uri, started); // gone: an older read finishing later does not bring it back
    }
    // One sort (the order withFile keeps), not one per file.
    return { files: [...files.values()].sort((a, b) => a.fileName.localeCompare(b.fileName)) };
  }
}

/**
 * Whether a read failed because the file is not there (any more): deleted or renamed between the
 * watcher's event, or the scan's listing, and the read. Such a file simply leaves the index; it is
 * not a problem to log. VS Code's `FileSystemError` says so by `code` (`FileNotFound`) and by name
 * (`EntryNotFound (FileSystemError)`); a Node error by `ENOENT`.
 */
export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FileNotFound' || code === 'EntryNotFound' || code === 'ENOENT') return true;
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && /^(EntryNotFound|FileNotFound)\b/.test(name);
}
