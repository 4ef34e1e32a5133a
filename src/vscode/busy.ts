// When long work shows in the status bar, apart from `vscode` (progress.ts passes the real
// `window.withProgress`) so a unit test can drive it with a fake display and fake timers: a scan
// shows only when it outlasts a short delay; synchronous work about to block (the first parse of a
// large file, its first lint) shows at once, for exactly as long as it runs.

/** Shows `title` in the status bar until `done` settles. */
export type ShowProgress = (title: string, done: Promise<void>) => void;

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Work shorter than this shows nothing (no flicker on small workspaces). */
export const SHOW_AFTER_MS = 400;
/** A file at least this long (characters) gets the status-bar progress on its first parse and its first lint. */
export const LARGE_FILE_CHARS = 200_000;
const KEEP_TITLES = 50;

/**
 * Whether parsing a text now is a first (whole) parse of a large file: no parse cache for the
 * document yet (just opened, or the cache was dropped by a settings change) and past the size.
 */
export function isLargeFirstParse(hasCache: boolean, length: number): boolean {
  return !hasCache && length >= LARGE_FILE_CHARS;
}

export class Busy {
  /** The titles shown so far, newest last (at most 50); the extension API exposes them to the integration suite. */
  readonly shown: string[] = [];

  constructor(
    private readonly show: ShowProgress,
    private readonly timers: Timers = realTimers,
  ) {}

  private display(title: string, done: Promise<void>): void {
    this.shown.push(title);
    if (this.shown.length > KEEP_TITLES) this.shown.shift();
    this.show(title, done);
  }

  /** Shows `title` until `work` settles, unless it settles within `afterMs`. Returns `work`. */
  during<T>(title: string, work: Promise<T>, afterMs = SHOW_AFTER_MS): Promise<T> {
    let settled = false;
    const done = work.then(
      () => void (settled = true),
      () => void (settled = true),
    );
    const timer = this.timers.setTimeout(() => {
      if (!settled) this.display(title, done);
    }, afterMs);
    void done.then(() => this.timers.clearTimeout(timer));
    return work;
  }

  /**
   * Shows `title` at once, for synchronous work about to start; resolves once the status bar had
   * a chance to show it (the extension host sends it before the run blocks). Call `stop` after.
   */
  async start(title: string): Promise<{ stop(): void }> {
    const stop = this.open(title);
    await new Promise<void>((resolve) => this.timers.setTimeout(resolve, 0));
    return { stop };
  }

  /**
   * Runs synchronous `work` under `title`, shown from before it starts until it returns or throws
   * (the web worker's host sends it at once; where the host sends later, `start` first is better).
   */
  runNow<T>(title: string, work: () => T): T {
    const stop = this.open(title);
    try {
      return work();
    } finally {
      stop();
    }
  }

  private open(title: string): () => void {
    let stop!: () => void;
    const finished = new Promise<void>((resolve) => (stop = resolve));
    this.display(title, finished);
    return stop;
  }
}
