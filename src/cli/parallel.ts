// Runs one job per file on several threads (node:worker_threads), so `okr report` and `okr lint`
// on a big workspace use every core: parsing is CPU-bound and files are independent (lint's one
// cross-file need, the workspace index, is a second phase: `runTwoPhaseJobs`). The main thread works
// too; each thread claims the next file from a shared counter, so the load balances itself
// whatever the file sizes. Results come back in file order, so the output is byte-identical to
// one thread's. Workers load this same bundle (dist/cli/okr.js), whose entry calls
// `serveFileJobs` instead of running the CLI when it finds itself in a worker.
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CliError, describeError } from './command';

/** A job run for each file, in any thread: it must depend only on the path, its index and `shared` (structured-cloneable). */
export interface FileJob<S, R> {
  /** How workers find the job (`serveFileJobs` gets the same list). */
  name: string;
  /** The result must be structured-cloneable. A `CliError` becomes that file's message. */
  run(path: string, shared: S, index: number): R;
}

/**
 * A job in two phases, for work that needs something from every file first (`okr lint`: the
 * workspace index that `alignment-unresolved` reads). `first` runs on every file in any thread;
 * when every file's first result is in, the main thread makes `data` from them all (`merge`), and
 * `second` runs on each file in the thread that ran its `first`, with what that `first` kept (a
 * parsed model, say: never cloned, never sent) and `data` (cloned once per worker).
 */
export interface TwoPhaseJob<S, R1, K, D, R2> {
  name: string;
  /** `result` must be structured-cloneable; `keep` stays in this thread. A `CliError` becomes that file's message (and no `second`). */
  first(path: string, shared: S, index: number): { result: R1; keep: K };
  /** The result must be structured-cloneable. */
  second(keep: K, data: D): R2;
}

export type FileResult<R> = { ok: true; value: R } | { ok: false; message: string; exitCode: number };

export interface ThreadOptions {
  /** Threads in all, main included. Default: `autoThreads(paths.length)`. */
  threads?: number;
  /** The script workers load: the CLI bundle. Default: this module's file when it is a `.js` bundle (under tsx it is `.ts`, which a worker cannot load: one thread). */
  script?: string;
  /**
   * Told, once the results are in, which thread gave each file's result (of the last phase), in
   * path order: 0 the main thread, 1… the workers in the order they were started; and how many
   * threads were started in all, the main one included. For the
   * `OKR_DEBUG_JOBS` line on stderr (`jobsLine`), which shows that the workers took part.
   */
  onThreads?: (threadOf: number[], started: number) => void;
}

/** Whether `OKR_DEBUG_JOBS` asks for the jobs line (`jobsLine`): set, and not empty, `0`, `false`, `no` or `off`. */
export function debugJobs(env: Record<string, string | undefined> = process.env): boolean {
  const value = env['OKR_DEBUG_JOBS']?.trim().toLowerCase();
  return value !== undefined && !['', '0', 'false', 'no', 'off'].includes(value);
}

/**
 * The line `OKR_DEBUG_JOBS=1` adds to stderr: the threads started and the files each gave results
 * for, the main thread first (`okr lint: jobs: 3 threads; files per thread: 40 12 12`).
 */
export function jobsLine(command: string, threads: number, threadOf: readonly number[]): string {
  const perThread = new Array<number>(Math.max(threads, ...threadOf.map((t) => t + 1))).fill(0);
  for (const t of threadOf) perThread[t]!++;
  return `okr ${command}: jobs: ${perThread.length} thread${perThread.length === 1 ? '' : 's'}; files per thread: ${perThread.join(' ')}\n`;
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

/**
 * Worker → main: a file's result in a phase, or (index -1) that the worker has claimed its last
 * file of phase 1 (it answers at least once; every phase-1 result of its own came before, since a
 * port keeps its messages in order). Main → worker: the data of phase 2, sent only to a worker that
 * kept a file in phase 1 (the others exit after phase 1).
 */
type WorkerMessage = { phase: 1 | 2; index: number; result: FileResult<unknown> } | { phase: 1; index: -1 };
interface SecondPhaseMessage {
  data: unknown;
}

type AnyJob = FileJob<never, unknown> | TwoPhaseJob<never, unknown, unknown, never, unknown>;
type Job = FileJob<unknown, unknown> | TwoPhaseJob<unknown, unknown, unknown, unknown, unknown>;

function failure(error: unknown): FileResult<never> {
  if (error instanceof CliError) return { ok: false, message: error.message, exitCode: error.exitCode };
  // A bug, not the user's findings: exit 2, as for bad input (1 would read as "lint errors").
  return { ok: false, message: `unexpected error: ${describeError(error)}`, exitCode: 2 };
}

/** Phase 1 (or the only phase) of one file; `kept` when a two-phase job's `first` succeeded. */
function runFirst(job: Job, path: string, shared: unknown, index: number): { result: FileResult<unknown>; kept: boolean; keep?: unknown } {
  try {
    if ('run' in job) return { result: { ok: true, value: job.run(path, shared, index) }, kept: false };
    const { result, keep } = job.first(path, shared, index);
    return { result: { ok: true, value: result }, kept: true, keep };
  } catch (error) {
    return { result: failure(error), kept: false };
  }
}

function runSecond(job: Job, keep: unknown, data: unknown): FileResult<unknown> {
  try {
    return { ok: true, value: (job as TwoPhaseJob<unknown, unknown, unknown, unknown, unknown>).second(keep, data) };
  } catch (error) {
    return failure(error);
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
  return (await runPhases(job as Job, paths, shared, options)).first as FileResult<R>[];
}

/**
 * Runs a two-phase job (see `TwoPhaseJob`) for every path: `first` everywhere, then `merge` on the
 * main thread with every file's first result in path order (it may throw: the workers are stopped
 * and the error goes to the caller), then `second` for every file whose `first` succeeded. Both
 * lists come back in path order; a file whose `first` failed has that failure as its second result
 * too. The same as one thread's results whatever the threads: a worker that dies is made up for on
 * the main thread (phase 2 then runs `first` there again).
 */
export async function runTwoPhaseJobs<S, R1, K, D, R2>(
  job: TwoPhaseJob<S, R1, K, D, R2>,
  paths: readonly string[],
  shared: S,
  merge: (first: FileResult<R1>[]) => D,
  options: ThreadOptions = {},
): Promise<{ first: FileResult<R1>[]; second: FileResult<R2>[] }> {
  const { first, second } = await runPhases(job as Job, paths, shared, options, merge as (first: FileResult<unknown>[]) => unknown);
  return { first: first as FileResult<R1>[], second: second as FileResult<R2>[] };
}

async function runPhases(
  job: Job,
  paths: readonly string[],
  shared: unknown,
  options: ThreadOptions,
  merge?: (first: FileResult<unknown>[]) => unknown,
): Promise<{ first: FileResult<unknown>[]; second: FileResult<unknown>[] }> {
  const count = paths.length;
  const twoPhase = !('run' in job);
  const threads = threadCount(options.threads, count);
  const script = options.script ?? defaultScript();
  /** The thread that gave each file's result of the last phase (0: here); told to `onThreads`. */
  const threadOf: number[] = new Array<number>(count).fill(0);
  let started = 1;
  const told = <T>(result: T): T => {
    options.onThreads?.(threadOf, started);
    return result;
  };
  /** What this (the main) thread kept from phase 1, by file index. */
  const kept = new Map<number, unknown>();
  const firstHere = (index: number): FileResult<unknown> => {
    const r = runFirst(job, paths[index]!, shared, index);
    if (r.kept) kept.set(index, r.keep);
    return r.result;
  };
  const secondAll = (first: FileResult<unknown>[], data: unknown, results: (FileResult<unknown> | undefined)[]): FileResult<unknown>[] =>
    Array.from(results, (r, index) => {
      if (r) return r;
      if (!first[index]!.ok) return first[index]!;
      // A file a worker held and died with: its `first` again here.
      if (!kept.has(index)) {
        const again = firstHere(index);
        if (!again.ok) return again;
      }
      return runSecond(job, kept.get(index), data);
    });

  if (threads === 1 || !script) {
    const first = paths.map((_, index) => firstHere(index));
    if (!twoPhase || !merge) return told({ first, second: [] });
    const data = merge(first);
    return told({ first, second: secondAll(first, data, new Array(count)) });
  }

  const first: (FileResult<unknown> | undefined)[] = new Array(count);
  const second: (FileResult<unknown> | undefined)[] = new Array(count);
  /** The worker that kept each file in phase 1 (undefined: the main thread, or a failed `first`). */
  const owner: (Worker | undefined)[] = new Array(count);
  let firstDone = 0;
  const next = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { [MARK]: true, job: job.name, paths: [...paths], shared, next };
  const workers: Worker[] = [];
  /** Workers that have answered (so they have loaded the script, and will exit by themselves). */
  const working = new Set<Worker>();
  /** Workers that have said they claimed their last file of phase 1: all their phase-1 results are in. */
  const firstEnded = new Set<Worker>();
  const live = new Set<Worker>();
  const exited = new Map<Worker, Promise<void>>();
  // Waiting for the workers: every message and exit wakes the one waiter, which checks its condition.
  let wake: () => void = () => undefined;
  const changed = (): void => {
    const w = wake;
    wake = () => undefined;
    w();
  };
  const until = async (condition: () => boolean): Promise<void> => {
    while (!condition()) await new Promise<void>((resolve) => (wake = resolve));
  };
  for (let i = 0; i < threads - 1; i++) {
    const workerNumber = i + 1;
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: input });
    } catch {
      continue;
    }
    live.add(worker);
    worker.on('message', (m: WorkerMessage) => {
      // Node delivers what a worker posted before its 'exit'; nothing after it is taken (its files
      // may already be being redone here).
      if (!live.has(worker)) return;
      working.add(worker);
      if (!('result' in m)) firstEnded.add(worker);
      else if (m.phase === 1) {
        if (first[m.index] === undefined) firstDone++;
        first[m.index] = m.result;
        threadOf[m.index] = workerNumber;
        if (twoPhase && m.result.ok) owner[m.index] = worker;
      } else {
        second[m.index] = m.result;
        threadOf[m.index] = workerNumber;
      }
      changed();
    });
    // An 'error' event is followed by 'exit'; what the worker had claimed is redone below.
    worker.on('error', () => undefined);
    exited.set(
      worker,
      new Promise((resolve) =>
        worker.on('exit', () => {
          live.delete(worker);
          changed();
          resolve();
        }),
      ),
    );
    workers.push(worker);
    started++;
  }

  for (let index = Atomics.add(next, 0, 1); index < count; index = Atomics.add(next, 0, 1)) {
    first[index] = firstHere(index);
    firstDone++;
  }
  // Phase 1 is over when every file is answered, or when every live worker has ended its phase 1:
  // a file still unanswered then was claimed by a worker that died (or never started). Not "until
  // no worker is alive": a live worker that kept files waits for phase 2 and never exits by itself,
  // and a dead one never answers the file it died on.
  await until(() => firstDone === count || [...live].every((w) => firstEnded.has(w)));
  // A worker still loading the script has claimed nothing: stop it. One that has answered finds no
  // file left and exits by itself after phase 1 (or after phase 2, when it kept files).
  for (const worker of workers) if (!working.has(worker)) void worker.terminate();
  // Files a worker claimed but never answered (it crashed, or could not load the script): phase 1
  // here. Not first.map: it skips the holes. What a dead worker answered and kept stays its result
  // of phase 1; its phase 2 is made up for below (`secondAll` runs `first` again here).
  const firstDoneList = Array.from(first, (r, index) => {
    if (r) return r;
    owner[index] = undefined;
    threadOf[index] = 0;
    return firstHere(index);
  });
  if (!twoPhase || !merge) {
    await Promise.all(workers.map((w) => exited.get(w)));
    return told({ first: firstDoneList, second: [] });
  }

  let data: unknown;
  try {
    data = merge(firstDoneList);
  } catch (error) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw error;
  }
  const owners = new Set(owner.filter((w): w is Worker => w !== undefined));
  for (const worker of owners) {
    try {
      worker.postMessage({ data } satisfies SecondPhaseMessage);
    } catch {
      // Data it cannot take (not cloneable): its files are run here.
      void worker.terminate();
    }
  }
  for (const [index, keep] of kept) if (owner[index] === undefined && firstDoneList[index]!.ok) second[index] = runSecond(job, keep, data);
  // Every kept file answered, or its worker dead (before phase 2 or during it; a dead worker is out
  // of `live`, and the data posted to it was dropped).
  await until(() => owner.every((w, index) => w === undefined || second[index] !== undefined || !live.has(w)));
  // Workers exit once they have answered phase 2; the files of one that died are made up for here.
  for (let index = 0; index < count; index++) if (second[index] === undefined) threadOf[index] = 0;
  const secondList = secondAll(firstDoneList, data, second);
  await Promise.all(workers.map((w) => exited.get(w)));
  return told({ first: firstDoneList, second: secondList });
}

/** Whether this thread is a worker started by `runFileJobs`. */
export function isFileJobWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && (workerData as Partial<WorkerInput>)[MARK] === true;
}

/** A worker's loop: claim files until none are left, post each result; then, for a two-phase job that kept files, wait for phase 2's data. */
export function serveFileJobs(jobs: readonly AnyJob[]): void {
  const input = workerData as WorkerInput;
  const job = jobs.find((j) => j.name === input.job) as Job | undefined;
  const port = parentPort;
  if (!job || !port) return;
  const kept = new Map<number, unknown>();
  for (let index = Atomics.add(input.next, 0, 1); index < input.paths.length; index = Atomics.add(input.next, 0, 1)) {
    const r = runFirst(job, input.paths[index]!, input.shared, index);
    if (r.kept) kept.set(index, r.keep);
    port.postMessage({ phase: 1, index, result: r.result } satisfies WorkerMessage);
  }
  port.postMessage({ phase: 1, index: -1 } satisfies WorkerMessage);
  if (kept.size === 0) return;
  // The listener keeps the thread alive until phase 2's data arrives; then the thread exits.
  port.once('message', (m: SecondPhaseMessage) => {
    for (const [index, keep] of kept) port.postMessage({ phase: 2, index, result: runSecond(job, keep, m.data) } satisfies WorkerMessage);
    kept.clear();
  });
}
