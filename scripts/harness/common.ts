// Shared pieces of the VS Code harness runners: repository paths, free ports, a throw-away
// home (so no run writes to $HOME), Chromium launch settings, and process-group cleanup.
// Runs under Node with the tsx loader (`node --import tsx scripts/harness/<runner>.ts`; not the
// `tsx` CLI, whose signal relay SIGKILLs the runner before cleanup has finished).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
export const NODE_TEST_ENTRY = path.join(ROOT, 'dist', 'node', 'test', 'index.js');
export const WEB_TEST_ENTRY = path.join(ROOT, 'dist', 'web', 'test', 'index.js');

/** Debian's Chromium (apt `chromium`); Playwright's own browser download does not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network and in a container. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A port from `envName` when set, else a free one picked by the OS. */
export async function pickPort(envName?: string): Promise<number> {
  const fromEnv = envName ? process.env[envName] : undefined;
  if (fromEnv) {
    const port = Number(fromEnv);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`${envName}=${fromEnv} is not a port number`);
    return port;
  }
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Sandbox {
  /** The temp folder holding everything below; removed by `dispose`. */
  dir: string;
  /** HOME, XDG_* and TMPDIR pointing into `dir`. */
  env: Record<string, string>;
  dispose(): void;
}

/**
 * A throw-away home for one run: HOME, XDG_CONFIG/CACHE/DATA/STATE_HOME, XDG_RUNTIME_DIR and
 * TMPDIR all point into a fresh temp folder, so browsers and code-server write nothing to the
 * real $HOME. With `applyToProcess`, this process's own env is switched too (Playwright puts its
 * browser profile under os.tmpdir(), and the browser inherits our env).
 */
export function createSandbox(name: string, applyToProcess = false): Sandbox {
  const dir = mkdtempSync(path.join(tmpdir(), `okr-${name}-`));
  const env: Record<string, string> = {
    HOME: path.join(dir, 'home'),
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    XDG_DATA_HOME: path.join(dir, 'data'),
    XDG_STATE_HOME: path.join(dir, 'state'),
    XDG_RUNTIME_DIR: path.join(dir, 'runtime'),
    TMPDIR: path.join(dir, 'tmp'),
  };
  for (const folder of Object.values(env)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  const previous: Record<string, string | undefined> = {};
  if (applyToProcess) {
    for (const [key, value] of Object.entries(env)) {
      previous[key] = process.env[key];
      process.env[key] = value;
    }
  }
  let disposed = false;
  return {
    dir,
    env,
    dispose() {
      if (disposed) return;
      disposed = true;
      if (applyToProcess) {
        for (const [key, value] of Object.entries(previous)) {
          if (value === undefined) delete process.env[key];
          else process.env[key] = value;
        }
      }
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Starts a command in its own process group, so `killGroup` stops it with all its children. */
export function spawnGroup(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; log?: (line: string) => void } = {}): ChildProcess {
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) log(line);
    });
  }
  return child;
}

/** SIGTERM to the whole process group, SIGKILL after `graceMs` if anything is left. Never throws. */
export async function killGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || !groupAlive(pid)) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
}

/** Synchronous last resort for `process.on('exit')`. */
export function killGroupNow(child: ChildProcess): void {
  if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A runner's entry: exits with `main`'s code, or prints the error's message (no stack) and exits 1. */
export function exitWith(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

/**
 * Runs `cleanup` exactly once: when `body` settles, on SIGINT/SIGTERM/SIGHUP (then exits 130/143),
 * and as a last resort on process exit. Returns the exit code for `body`'s outcome.
 */
export async function withCleanup(body: () => Promise<void>, cleanup: () => Promise<void> | void, syncCleanup?: () => void): Promise<number> {
  let cleaning: Promise<void> | undefined;
  // A second signal (e.g. Ctrl-C to the whole process group and a relay) waits for the same cleanup.
  const runCleanup = (): Promise<void> =>
    (cleaning ??= (async () => {
      try {
        await cleanup();
      } catch (error) {
        console.error('cleanup failed:', error);
      }
    })());
  const onSignal = (signal: NodeJS.Signals): void => {
    if (!cleaning) console.error(`\n${signal}: stopping`);
    void runCleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, onSignal);
  // Libraries (test-web, Playwright) leave promises that reject once we close the browser; that
  // must not kill the process before cleanup has finished.
  const onUnhandled = (reason: unknown): void => {
    if (!cleaning) console.error('unhandled rejection:', reason instanceof Error ? reason.message : reason);
  };
  process.on('unhandledRejection', onUnhandled);
  process.on('exit', () => syncCleanup?.());
  try {
    await body();
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await runCleanup();
    for (const signal of signals) process.off(signal, onSignal);
    process.off('unhandledRejection', onUnhandled);
  }
}

/** Rejects after `ms` with a clear message, so a hung VS Code fails the run instead of CI. */
export function timeout(ms: number, what: string): { promise: Promise<never>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${Math.round(ms / 1000)} s`)), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/** The bundled test entry must exist; the suite list must name every suite file. */
export function checkTestBuild(entry: string): void {
  if (!existsSync(entry)) throw new Error(`${path.relative(ROOT, entry)} is missing: run \`npm run build\` first`);
  const suiteDir = path.join(ROOT, 'test', 'integration', 'suite');
  const list = readFileSync(path.join(suiteDir, 'index.ts'), 'utf8');
  const missing = readdirSync(suiteDir)
    .filter((file) => file.endsWith('.test.ts'))
    .filter((file) => !list.includes(`'./${file.replace(/\.ts$/, '')}'`));
  if (missing.length > 0) {
    throw new Error(`test/integration/suite/index.ts does not import ${missing.join(', ')}: add \`import './<name>.test';\` for each`);
  }
}
