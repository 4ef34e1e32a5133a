// Whole-system measurements: minified bundle sizes, peak heap in a child process, a cold CLI run
// over a generated 500-file workspace, and the activation time the integration suite logs.
// The workspace runs are timed by the wall clock (what a user waits for), whatever `--wall` says.
import { build, type BuildOptions } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateOkrFile, generateTeamFile } from './generate';
import { median } from './measure';
import { nodeExtension, webExtension, webview } from '../scripts/bundles.mjs';

export interface BundleBytes {
  node: number | null;
  web: number | null;
  webview: number | null;
}

/** Minified size of one bundle, built in memory with the same options as scripts/build.mjs --production. */
async function bundleSize(options: BuildOptions): Promise<number | null> {
  const entry = (options.entryPoints as string[])[0]!;
  if (!existsSync(entry)) return null;
  try {
    const result = await build({ bundle: true, minify: true, sourcemap: false, target: 'es2022', logLevel: 'silent', ...options, write: false });
    return (result.outputFiles ?? []).filter((f) => f.path.endsWith('.js')).reduce((n, f) => n + f.contents.byteLength, 0);
  } catch (error) {
    console.error(`bundle ${entry} failed: ${String(error).split('\n')[0]}`);
    return null;
  }
}

export async function bundleSizes(): Promise<BundleBytes> {
  return {
    node: await bundleSize(nodeExtension),
    web: await bundleSize(webExtension),
    webview: await bundleSize(webview),
  };
}

/**
 * Peak V8 heap (MB) while the 5,000-objective file is opened and edited, measured in a child
 * process: `--trace-gc` prints the heap size before every collection, and the child reports its
 * final heapUsed; the peak is the largest of these.
 */
export function peakHeapMb(): number | null {
  const child = spawnSync(process.execPath, ['--trace-gc', '--expose-gc', '--import', 'tsx', join('bench', 'heap.ts')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) {
    console.error(`heap child failed: ${child.stderr.slice(0, 500)}`);
    return null;
  }
  let peak = 0;
  for (const m of child.stdout.matchAll(/(?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Sweep)[^\d]*?([\d.]+) \(([\d.]+)\) ->/g)) {
    peak = Math.max(peak, Number(m[1]));
  }
  const final = /HEAP_USED_MB=([\d.]+)/.exec(child.stdout);
  if (final) peak = Math.max(peak, Number(final[1]));
  return peak || null;
}

/** Writes a workspace of `count` OKR files (one company file, the rest team files) to a temp dir. */
export function writeWorkspace(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-bench-'));
  writeFileSync(join(dir, 'okr.md'), generateOkrFile({ objectives: 5 }));
  for (let team = 1; team < count; team++) {
    const sub = join(dir, `area-${Math.ceil(team / 50)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `team-${team}.okr.md`), generateTeamFile(team, 4));
  }
  return dir;
}

/** Cold CLI runs over the generated workspace: medians over the runs. */
export interface WorkspaceTiming {
  /** Wall time, what a user waits for (start-up included): the median over the runs. */
  wallMs: number;
  /** Each run's wall time, in the order they ran. */
  wallRunsMs: number[];
  /** The child's CPU time summed over every thread (node start-up, parsing threads, V8's compiler and GC helpers): median. */
  cpuMs: number | null;
  /** CPU time of the busiest JS thread (main or a parsing worker, Linux only), median: what bounds the wall time on idle cores. */
  busiestThreadMs: number | null;
}

/** `okr report` and `okr lint` over one generated workspace, and the load average before them. */
export interface WorkspaceTimings {
  report: WorkspaceTiming | null;
  lint: WorkspaceTiming | null;
  /** 1, 5 and 15 minute load averages just before the first run (wall times mean little on a busy machine). */
  loadBefore: number[];
}

interface WorkspaceRun {
  wallMs: number;
  cpuMs: number | null;
  busiestThreadMs: number | null;
}

/** One fresh `node bin/okr.js <command> --format json <dir>`; null when it failed or printed something else. */
function runCli(command: 'report' | 'lint', dir: string, count: number): WorkspaceRun | null {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--require', join(__dirname, 'cpu-at-exit.cjs'), 'bin/okr.js', command, '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  const cpu = /OKR_BENCH_CPU_MS=([\d.]+)/.exec(child.stderr);
  const threads = [...child.stderr.matchAll(/OKR_BENCH_THREAD_CPU_MS=([\d.]+)/g)].map((m) => Number(m[1]));
  const busiestThreadMs = threads.length ? Math.max(...threads) : null;
  console.log(`${count}-file workspace, okr ${command}: wall ${wallMs.toFixed(0)} ms, CPU ${cpu ? cpu[1] : '?'} ms, ${threads.length} JS threads, busiest ${busiestThreadMs ?? '?'} ms`);
  // lint exits 1 when a file has errors: still a full run.
  if (child.status !== 0 && child.status !== 1) {
    console.error(`okr ${command} failed (${child.status}): ${child.stderr.slice(0, 500)}`);
    return null;
  }
  try {
    const out = JSON.parse(child.stdout) as { files?: unknown[] } | unknown[];
    const files = Array.isArray(out) ? out.length : (out.files?.length ?? 0);
    if (command === 'report' && files !== count) console.error(`okr report saw ${files} of ${count} files`);
  } catch {
    console.error(`okr ${command} did not print JSON`);
    return null;
  }
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) : null, busiestThreadMs };
}

function summary(runs: (WorkspaceRun | null)[]): WorkspaceTiming | null {
  if (runs.length === 0 || runs.some((r) => r === null)) return null;
  const done = runs as WorkspaceRun[];
  const middle = (values: (number | null)[]): number | null => (values.some((v) => v === null) ? null : median(values as number[]));
  return { wallMs: median(done.map((r) => r.wallMs)), wallRunsMs: done.map((r) => r.wallMs), cpuMs: middle(done.map((r) => r.cpuMs)), busiestThreadMs: middle(done.map((r) => r.busiestThreadMs)) };
}

/**
 * `okr report` and `okr lint` over a generated workspace of `count` files, each `runs` times
 * (alternately, so a change in the machine's load falls on both), each run a fresh process.
 */
export function workspaceTimings(count: number, runs = 3): WorkspaceTimings {
  const loadBefore = loadavg();
  console.log(`load average before the workspace runs: ${loadBefore.map((n) => n.toFixed(1)).join(' / ')} on ${cpus().length} cores`);
  if (!existsSync('bin/okr.js')) {
    console.error('bin/okr.js does not exist yet: workspace timing skipped');
    return { report: null, lint: null, loadBefore };
  }
  const dir = writeWorkspace(count);
  try {
    const report: (WorkspaceRun | null)[] = [];
    const lint: (WorkspaceRun | null)[] = [];
    for (let i = 0; i < runs; i++) {
      report.push(runCli('report', dir, count));
      lint.push(runCli('lint', dir, count));
    }
    return { report: summary(report), lint: summary(lint), loadBefore };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `OKR_ACTIVATION_MS=<n>` as logged by the integration suite, from the newest log that has it. */
export function activationMs(): number | null {
  const roots = ['test-results', '.vscode-test', '.vscode-test-web'];
  let best: { mtime: number; value: number } | null = null;
  const visit = (path: string, depth: number): void => {
    if (depth > 6 || !existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name), depth + 1);
      return;
    }
    if (!/\.(log|txt|json)$/.test(path) || stat.size > 20 * 1024 * 1024) return;
    const m = /OKR_ACTIVATION_MS=([\d.]+)/.exec(readFileSync(path, 'utf8'));
    if (m && (!best || stat.mtimeMs > best.mtime)) best = { mtime: stat.mtimeMs, value: Number(m[1]) };
  };
  for (const root of roots) visit(root, 0);
  const env = process.env['OKR_ACTIVATION_MS'];
  if (env && Number.isFinite(Number(env))) return Number(env);
  return (best as { value: number } | null)?.value ?? null;
}
