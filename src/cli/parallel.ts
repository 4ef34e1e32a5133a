// Runs one job per file on several threads (node:worker_threads), so `okr report` on a big
// workspace uses every core: parsing is CPU-bound and files are independent. The main thread works
// too; each thread claims the next file from a shared counter, so the load balances itself
// whatever the file sizes. Results come back in file order, so the output is byte-identical to
// one thread's. Workers load this same bundle (dist/cli/okr.js), whose entry calls
// `serveFileJobs` instead of running the CLI when it finds itself in a worker.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CliError } from './command';

/** A job run for each file, in any thread: it must depend only on the path and `shared` (structured-cloneable). */
export interface FileJob<S, R> {
  /** How workers find the job (`serveFileJobs` gets the same list). */
  name: string;
  /** The result must be structured-cloneable. A `CliError` becomes that file's message. */
  run(path: string, shared: S): R;
}

export type FileResult<R> = { ok: true; value: R } | { ok: false; message: string; exitCode: number };

export interface ThreadOptions {
  /** Threads in all, main included. Default: `autoThreads(paths.length)`. */
  threads?: number;
  /** The script workers load: the CLI bundle. Default: this module's file when it is a `.js` bundle (under tsx it is `.ts`, which a worker cannot load: one thread). */
  script?: string;
}

/**
 * Files per thread below which more threads do not pay: a worker loads the bundle and starts with
 * cold (unoptimised) code. Measured on 2 cores with 3.7 KB files: 48 files 1.0 s on one thread,
 * 1.1–1.3 s on two; 100 files even (1.6–1.7 s); 200 files 3.0–3.5 s → 2.6 s; 500 files 6.6–6.9 s →
 * 4.2–5.5 s.
 */
export const MIN_FILES_PER_THREAD = 50;
const MAX_THREADS = 8;

/** Threads for `count` files: one per core, at most one per `MIN_FILES_PER_THREAD` files, at most 8. */
export function autoThreads(count: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, MAX_THREADS, Math.floor(count / MIN_FILES_PER_THREAD)));
}

/**
 * Threads for `count` files when `requested` (`--jobs N`) asks for a number: never more than the
 * files, nor more than the cores (or `MAX_THREADS` on a small machine): every worker loads the whole
 * bundle into its own heap, so `--jobs 1000` would start a thousand of them for no gain.
 */
export function threadCount(requested: number | undefined, count: number, cores = availableParallelism()): number {
  if (requested === undefined) return autoThreads(count, cores);
  return Math.max(1, Math.min(requested, count, Math.max(cores, MAX_THREADS)));
}

const MARK = 'okr-file-jobs';

interface WorkerInput {
  [MARK]: true;
  job: string;
  paths: string[];
  shared: unknown;
  /** Int32Array over a SharedArrayBuffer: [0] is the next unclaimed file index. */
  next: Int32Array;
}

/** A file's result, or (index -1) that the worker found no file to claim (it answers at least once). */
type WorkerMessage = { index: number; result: FileResult<unknown> } | { index: -1 };

function runOne<S, R>(job: FileJob<S, R>, path: string, shared: S): FileResult<R> {
  try {
    return { ok: true, value: job.run(path, shared) };
  } catch (error) {
    if (error instanceof CliError) return { ok: false, message: error.message, exitCode: error.exitCode };
    return { ok: false, message: `unexpected error: ${error instanceof Error ? error.message : String(error)}`, exitCode: 1 };
  }
}

function defaultScript(): string | undefined {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined;
}

/**
 * Runs `job` for every path and returns the results in path order. With one thread (few files, one
 * core, `threads: 1`, or no bundle to load) it is a plain loop. A worker that fails to start or dies
 * costs only time: the files it had not finished are run on the main thread.
 */
export async function runFileJobs<S, R>(job: FileJob<S, R>, paths: readonly string[], shared: S, options: ThreadOptions = {}): Promise<FileResult<R>[]> {
  const threads = threadCount(options.threads, paths.length);
  const script = options.script ?? defaultScript();
  if (threads === 1 || !script) return paths.map((path) => runOne(job, path, shared));

  const results: (FileResult<R> | undefined)[] = new Array(paths.length);
  let done = 0;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { [MARK]: true, job: job.name, paths: [...paths], shared, next };
  let settle: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  let running = threads - 1;
  const workers: Worker[] = [];
  const working = new Set<Worker>();
  const exited = new Map<Worker, Promise<void>>();
  for (let i = 0; i < threads - 1; i++) {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: input });
    } catch {
      running--;
      continue;
    }
    worker.on('message', (m: WorkerMessage) => {
      working.add(worker);
      if (!('result' in m)) return;
      if (results[m.index] === undefined) done++;
      results[m.index] = m.result as FileResult<R>;
      if (done === paths.length) settle();
    });
    // An 'error' event is followed by 'exit'; what the worker had claimed is redone below.
    worker.on('error', () => undefined);
    exited.set(
      worker,
      new Promise((resolve) =>
        worker.on('exit', () => {
          if (--running === 0) settle();
          resolve();
        }),
      ),
    );
    workers.push(worker);
  }
  if (running === 0) settle();

  for (let index = Atomics.add(next, 0, 1); index < paths.length; index = Atomics.add(next, 0, 1)) {
    results[index] = runOne(job, paths[index]!, shared);
    done++;
  }
  if (done < paths.length) await finished;
  // A worker that has answered finds no file left and exits by itself (so its 'exit' handlers
  // run); one still loading the bundle is stopped.
  await Promise.all(workers.map((w) => (working.has(w) ? exited.get(w) : w.terminate())));
  // Files a worker claimed but never answered (it crashed, or could not load the script). Not
  // results.map: it skips the holes.
  return Array.from(results, (r, index) => r ?? runOne(job, paths[index]!, shared));
}

/** Whether this thread is a worker started by `runFileJobs`. */
export function isFileJobWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Partial<WorkerInput>)[MARK] === true;
}

/** A worker's loop: claim files until none are left, post each result. */
export function serveFileJobs(jobs: readonly FileJob<never, unknown>[]): void {
  const input = workerData as WorkerInput;
  const job = jobs.find((j) => j.name === input.job) as FileJob<unknown, unknown> | undefined;
  if (!job || !parentPort) return;
  for (let index = Atomics.add(input.next, 0, 1); index < input.paths.length; index = Atomics.add(input.next, 0, 1)) {
    const message: WorkerMessage = { index, result: runOne(job, input.paths[index]!, input.shared) };
    parentPort.postMessage(message);
  }
  parentPort.postMessage({ index: -1 } satisfies WorkerMessage);
}
