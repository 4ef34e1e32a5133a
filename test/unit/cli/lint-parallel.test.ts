// `okr lint` on several threads: threads parse and index, the main thread merges the index
// (alignment-unresolved needs every file's objectives), each file is linted in the thread that
// parsed it. Output, stderr, exit codes and --fix must be byte-identical to one thread. Workers load
// a bundle, so this builds the CLI into a private folder (never racing a concurrent `npm run build`).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { generateOkrFile, generateTeamFile } from '../../../bench/generate';
import { privateCli } from './private-cli';
import { runTwoPhaseJobs, type TwoPhaseJob } from '../../../src/cli/parallel';
import { CLEAN, FIXABLE, FIXED } from '../fixtures';

/** The shared fixable file, aligned to company.okr.md's O1 (it resolves across files). */
const ALIGN = (text: string) => text.replace('Owner: @alice\r\n', 'Owner: @alice\r\nAligns: company#o1\r\n');
const ALIGNED = ALIGN(FIXABLE);

/** Every file of a folder (recursively), path → bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const path = join(dir, name);
    try {
      out.set(name, readFileSync(path, 'latin1'));
    } catch {
      // a folder
    }
  }
  return out;
}

describe('okr lint on several threads', function () {
  this.timeout(180_000);
  let root = '';
  let bin = '';
  let ws = '';

  before(async () => {
    ({ root, bin } = await privateCli('okr-lint-parallel-'));
    // A company file, generated team files aligned to it (they resolve across files), and files
    // with findings: fixable ones (CRLF), an alignment that resolves in another file and one that
    // resolves nowhere, a file nested too deep (a warning, not linted), a config in one folder.
    ws = join(root, 'ws');
    assert.match(ALIGNED, /^Aligns: company#o1\r$/m);
    mkdirSync(ws);
    writeFileSync(join(ws, 'okr.md'), generateOkrFile({ objectives: 5 }));
    writeFileSync(join(ws, 'company.okr.md'), CLEAN);
    for (let team = 1; team <= 60; team++) {
      const dir = join(ws, `area-${team % 3}`);
      mkdirSync(dir, { recursive: true });
      let text = generateTeamFile(team, 1 + (team % 3));
      if (team % 7 === 0) text += `\n${ALIGNED.replace('company#o1', team % 14 === 0 ? 'company#o1' : 'nowhere#o9')}`;
      writeFileSync(join(dir, `team-${String(team).padStart(2, '0')}.okr.md`), text);
    }
    writeFileSync(join(ws, 'area-1', 'fix.okr.md'), ALIGNED);
    writeFileSync(join(ws, 'area-2', 'lost.okr.md'), CLEAN.replace('Owner: @alice', 'Owner: @alice\nAligns: nowhere#o9'));
    const deep = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    writeFileSync(join(ws, 'area-0', 'deep.okr.md'), `${CLEAN}\n${deep}\n`);
    writeFileSync(join(ws, 'area-2', '.okrlintrc.json'), JSON.stringify({ rules: { 'kr-not-measurable': 'error', 'alignment-unresolved': 'error' } }));
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  const okr = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  /**
   * The CLI, without waiting for it. Each run is a cold process that spends ~1 s of CPU on this
   * fixture (1.4-1.7 s with workers, which load the bundle too), compiling the bundle and linting 64
   * files with cold code: no slow path, just many runs. One after another, fourteen of them took 36 s
   * on a quiet machine and 143 s at a load of 20 on 2 cores. A few at once keep both cores busy (and,
   * under load, get their share of them).
   */
  const okrLater = (cwd: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> => okrWith({}, cwd, ...args);

  /** `okrLater` with more in the environment. */
  const okrWith = (env: Record<string, string>, cwd: string, ...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> =>
    new Promise((done, fail) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', fail);
      child.on('close', (status) => done({ status, stdout, stderr }));
    });

  /** Runs the CLI with each argument list, at most `limit` at a time; the results in the lists' order. */
  async function okrRuns(cwd: string, argLists: string[][], limit = 4): Promise<{ status: number | null; stdout: string; stderr: string }[]> {
    const results: { status: number | null; stdout: string; stderr: string }[] = [];
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let i = next++; i < argLists.length; i = next++) results[i] = await okrLater(cwd, ...argLists[i]!);
    };
    await Promise.all(Array.from({ length: Math.min(limit, argLists.length) }, lane));
    return results;
  }

  it('prints the same bytes and exits the same with --jobs 1, 2, 3 and the default, in every format', async () => {
    const formats = ['stylish', 'json', 'sarif'];
    const jobSettings = [['--jobs', '1'], ['--jobs', '2'], ['--jobs=3'], []];
    const runs = await okrRuns(ws, formats.flatMap((format) => jobSettings.map((jobs) => ['lint', '--format', format, ...jobs, '.'])));
    const run = (format: string, jobs: string[]) => runs[formats.indexOf(format) * jobSettings.length + jobSettings.indexOf(jobs)]!;
    for (const format of formats) {
      const one = run(format, jobSettings[0]!);
      assert.equal(one.status, 1, one.stderr);
      for (const jobs of jobSettings.slice(1)) {
        const r = run(format, jobs);
        assert.equal(r.status, one.status, `${format} ${jobs.join(' ')}: ${r.stderr}`);
        assert.equal(r.stdout, one.stdout, `${format} ${jobs.join(' ')}`);
        assert.equal(r.stderr, one.stderr, `${format} ${jobs.join(' ')}`);
      }
    }
    // What the fixture is for: both kinds of alignment, the nesting warning, findings in many files
    // (from the runs above: the same arguments give the same bytes).
    const rows = JSON.parse(run('json', jobSettings[1]!).stdout) as { file: string; ruleId: string; severity: string }[];
    const unresolved = rows.filter((r) => r.ruleId === 'alignment-unresolved').map((r) => r.file);
    assert.ok(unresolved.includes('area-2/lost.okr.md'));
    assert.ok(unresolved.includes('area-1/team-07.okr.md'), 'nowhere#o9 in a team file');
    assert.ok(!unresolved.includes('area-2/team-14.okr.md'), 'company#o1 resolves in company.okr.md');
    assert.ok(!unresolved.includes('area-1/fix.okr.md'));
    assert.ok(rows.some((r) => r.file === 'area-2/lost.okr.md' && r.severity === 'error'), 'the folder config applies');
    assert.ok(new Set(rows.map((r) => r.file)).size >= 10);
    assert.match(run('stylish', jobSettings[1]!).stderr, /^area-0\/deep\.okr\.md: warning: Lists or block quotes are nested/m);
  });

  it('the workers take part: OKR_DEBUG_JOBS=1 shows each worker linted files, and the output is one thread\'s, byte for byte', async () => {
    // Enough files that the workers, which load the bundle first, find files left to claim (the
    // fixture above has 64: the main thread may lint nearly all of them before a worker is ready).
    const many = join(root, 'many');
    mkdirSync(join(many, 'teams'), { recursive: true });
    writeFileSync(join(many, 'company.okr.md'), CLEAN);
    for (let team = 1; team <= 240; team++) {
      let text = generateTeamFile(team, 1 + (team % 3));
      if (team % 5 === 0) text += `\n${ALIGN(FIXABLE).replace('company#o1', team % 10 === 0 ? 'company#o1' : 'nowhere#o9')}`;
      writeFileSync(join(many, 'teams', `team-${String(team).padStart(3, '0')}.okr.md`), text);
    }
    const debug = { OKR_DEBUG_JOBS: '1' };
    const [one, three, report] = await Promise.all([
      okrWith(debug, many, 'lint', '--format', 'json', '--jobs', '1', '.'),
      okrWith(debug, many, 'lint', '--format', 'json', '--jobs', '3', '.'),
      okrWith(debug, many, 'report', '--format', 'json', '--jobs', '3', '.'),
    ]);
    const jobs = (stderr: string, command: string) => {
      const m = new RegExp(`^okr ${command}: jobs: (\\d+) threads?; files per thread: ([\\d ]+)$`, 'm').exec(stderr);
      assert.ok(m, stderr);
      return { threads: Number(m[1]), files: m[2]!.split(' ').map(Number) };
    };
    assert.deepEqual(jobs(one.stderr, 'lint'), { threads: 1, files: [241] });
    const lint = jobs(three.stderr, 'lint');
    assert.equal(lint.threads, 3);
    assert.equal(lint.files.reduce((a, b) => a + b), 241);
    assert.ok(lint.files[1]! > 0 && lint.files[2]! > 0, `both workers linted files: ${lint.files.join(' ')}`);
    // What the workers linted is what one thread lints: the same bytes, exit code and messages.
    assert.equal(three.status, one.status);
    assert.ok(one.stdout.length > 10_000 && JSON.parse(one.stdout).some((r: { ruleId: string }) => r.ruleId === 'alignment-unresolved'));
    assert.equal(three.stdout, one.stdout);
    const quiet = (stderr: string) => stderr.replace(/^okr lint: jobs: .*\n/m, '');
    assert.equal(quiet(three.stderr), quiet(one.stderr));
    const read = jobs(report.stderr, 'report');
    assert.equal(report.status, 0, report.stderr);
    assert.equal(read.files.length, 3);
    assert.ok(read.files.filter((n) => n > 0).length >= 2, `okr report: ${read.files.join(' ')}`);
    // Without the variable, no such line.
    const plain = await okrLater(many, 'lint', '--format', 'json', '--jobs', '2', 'company.okr.md');
    assert.doesNotMatch(plain.stderr, /jobs:/);
  });

  it('--max-warnings and a clean run exit the same on several threads', async () => {
    const cases = [['--max-warnings', '0', '.'], ['company.okr.md', 'okr.md'], ['--max-warnings', '100000', 'area-0', 'area-1']];
    const runs = await okrRuns(ws, cases.flatMap((args) => [['lint', '--jobs', '1', ...args], ['lint', '--jobs', '2', ...args]]));
    for (const [i, args] of cases.entries()) {
      const [one, two] = [runs[2 * i]!, runs[2 * i + 1]!];
      assert.deepEqual([two.status, two.stdout, two.stderr], [one.status, one.stdout, one.stderr], args.join(' '));
    }
    assert.equal(runs[3]!.status, 0, 'company.okr.md and okr.md on two threads: clean');
  });

  it('--fix writes the same bytes and prints the same report on 1 and 3 threads', async () => {
    const a = join(root, 'fix-a');
    const b = join(root, 'fix-b');
    cpSync(ws, a, { recursive: true });
    cpSync(ws, b, { recursive: true });
    try {
      const [one, three] = await Promise.all([okrLater(a, 'lint', '--fix', '--format', 'json', '--jobs', '1', '.'), okrLater(b, 'lint', '--fix', '--format', 'json', '--jobs', '3', '.')]);
      assert.deepEqual([three.status, three.stdout, three.stderr], [one.status, one.stdout, one.stderr]);
      const after = snapshot(a);
      assert.deepEqual(snapshot(b), after);
      // The fixes did happen (CRLF kept), and only where there was something to fix.
      assert.equal(after.get(join('area-1', 'fix.okr.md')), ALIGN(FIXED));
      assert.equal(after.get('company.okr.md'), CLEAN);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('an unreadable file stops the lint with the same message and exit code', () => {
    const huge = join(ws, 'area-1', 'zz-huge.okr.md');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3); // sparse: nothing is written
    try {
      const args = ['lint', 'area-0', 'area-1/team-01.okr.md', 'area-1/zz-huge.okr.md', 'okr.md'];
      const one = okr(ws, ...args, '--jobs', '1');
      const two = okr(ws, ...args, '--jobs', '2');
      assert.equal(one.status, 2);
      assert.match(one.stderr, /^area-0\/deep\.okr\.md: warning: .*\nokr lint: cannot read area-1\/zz-huge\.okr\.md: too large \(over 2 GiB\)\n$/);
      assert.deepEqual([two.status, two.stdout, two.stderr], [one.status, one.stdout, one.stderr]);
    } finally {
      rmSync(huge);
    }
  });

  it('a reader that goes away (| head) ends the output quietly with the exit code; a failed write is said', async () => {
    for (const args of [['report', '--format', 'json', '--jobs', '2', '.'], ['lint', '--format', 'sarif', '--jobs', '2', '.']]) {
      const child = spawn(process.execPath, [bin, ...args], { cwd: ws, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((done) => child.on('close', done));
      assert.equal(stderr.replace(/^area-0\/deep\.okr\.md: warning: .*\n/m, ''), '', args.join(' '));
      assert.equal(code, args[0] === 'lint' ? 1 : 0, args.join(' '));
    }
    if (existsSync('/dev/full')) {
      const full = spawnSync(process.execPath, [bin, 'report', '--format', 'json', '.'], { cwd: ws, encoding: 'utf8', stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'] });
      assert.equal(full.status, 2);
      assert.match(full.stderr, /^okr: cannot write the output: ENOSPC/m);
    }
  });

  describe('runTwoPhaseJobs', () => {
    let script = '';
    // In a worker, `first` marks that a worker ran one (`marker`) and which (`marker-t<threadId>`);
    // a 'pair-' file waits for two workers; on the file 'die' the worker writes `marker-died` (its
    // thread id) and exits. `second` exits
    // with `quit`; with `quitOnce`, only the first worker to get there does (it creates that file).
    const jobSource = `import { readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import { isFileJobWorker, serveFileJobs } from ${JSON.stringify(resolve('src/cli/parallel.ts'))};
export const job = {
  name: 'two',
  first: (path: string, marker: string) => {
    if (marker) { writeFileSync(marker, ''); writeFileSync(marker + '-t' + threadId, ''); }
    // A 'pair-' file waits until two workers have run a first: both keep files.
    const pair = new Int32Array(new SharedArrayBuffer(4));
    const workers = () => readdirSync(dirname(marker)).filter((n) => n.startsWith(basename(marker) + '-t')).length;
    for (const until = Date.now() + 20_000; marker && path.startsWith('pair-') && workers() < 2 && Date.now() < until; ) Atomics.wait(pair, 0, 0, 10);
    if (path === 'die' && threadId !== 0) { if (marker) writeFileSync(marker + '-died', String(threadId)); process.exit(5); }
    if (path === 'bad') throw new Error('unreadable');
    return { result: path.length, keep: path + '@' + threadId };
  },
  second: (keep: string, data: { total: number; quit?: boolean; quitOnce?: string }) => {
    if (data.quit && threadId !== 0) process.exit(5);
    let mine = false;
    try { if (data.quitOnce && threadId !== 0) { writeFileSync(data.quitOnce, String(threadId), { flag: 'wx' }); mine = true; } } catch { /* another worker quit */ }
    if (mine) process.exit(6);
    return keep + '|' + data.total + '@' + threadId;
  },
};
if (isFileJobWorker()) {
  // A worker left waiting by a hang in runTwoPhaseJobs goes after a minute: the test times out and
  // fails, the run does not hang.
  setTimeout(() => process.exit(7), 60_000).unref();
  serveFileJobs([job]);
}
`;
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    type Data = { total: number; quit?: boolean; quitOnce?: string };
    /**
     * The same job on the main thread; its first waits until `ready` (default: a worker has run one),
     * so workers do take files. With `ready`, only its first call waits (files redone here do not).
     */
    const mainJob = (ready?: (marker: string) => boolean): TwoPhaseJob<string, number, string, Data, string> => {
      let waited = false;
      return {
        name: 'two',
        first: (path, marker) => {
          const isReady = ready ?? existsSync;
          for (const until = Date.now() + 60_000; marker && !waited && !isReady(marker) && Date.now() < until; ) Atomics.wait(sleeper, 0, 0, 10);
          if (ready) waited = true;
          if (path === 'bad') throw new Error('unreadable');
          return { result: path.length, keep: `${path}@0` };
        },
        second: (keep, data) => `${keep}|${data.total}@0`,
      };
    };

    before(async () => {
      const entry = join(root, 'two-job.ts');
      writeFileSync(entry, jobSource);
      script = join(root, 'two-job.js');
      await esbuild.build({ entryPoints: [entry], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
    });

    it('runs the second phase in the thread that ran the first, with the merged data, in path order', async () => {
      const items = Array.from({ length: 40 }, (_, i) => `file-${'x'.repeat(i % 5)}${i}`);
      const marker = join(root, 'two-marker');
      const merge = (first: { ok: boolean; value?: number }[]) => ({ total: first.reduce((n, r) => n + (r.ok ? r.value! : 0), 0) });
      const total = items.reduce((n, p) => n + p.length, 0);
      const { first, second } = await runTwoPhaseJobs(mainJob(), items, marker, merge, { threads: 3, script });
      assert.deepEqual(first, items.map((p) => ({ ok: true, value: p.length })));
      const values = second.map((r) => (r.ok ? r.value : r.message));
      const threads = new Set<string>();
      values.forEach((v, i) => {
        const [kept, rest] = v.split('|');
        const [path, firstThread] = kept!.split('@');
        const [sum, secondThread] = rest!.split('@');
        assert.equal(path, items[i]);
        assert.equal(Number(sum), total);
        assert.equal(secondThread, firstThread, `${path}: first on ${firstThread}, second on ${secondThread}`);
        threads.add(firstThread!);
      });
      assert.ok(threads.has('0') && threads.size >= 2, `threads ${[...threads].join(', ')}`);
      // One thread: the same results, all on the main thread.
      const one = await runTwoPhaseJobs(mainJob(), items, '', merge, { threads: 1 });
      assert.deepEqual(one.first, first);
      assert.deepEqual(
        one.second.map((r) => (r.ok ? r.value.replace(/@\d+/g, '') : r.message)),
        values.map((v) => v.replace(/@\d+/g, '')),
      );
    });

    it('a failed first is that file\'s result in both phases; a throwing merge stops the workers and rejects', async () => {
      const items = ['a', 'bad', 'ccc'];
      const { first, second } = await runTwoPhaseJobs(mainJob(), items, '', (f) => ({ total: f.length }), { threads: 2, script });
      const failed = { ok: false, message: 'unexpected error: unreadable', exitCode: 2 };
      assert.deepEqual(first, [{ ok: true, value: 1 }, failed, { ok: true, value: 3 }]);
      assert.deepEqual(second[1], failed);
      assert.deepEqual(
        second.map((r) => (r.ok ? r.value.replace(/@\d+/g, '') : 'failed')),
        ['a|3', 'failed', 'ccc|3'],
      );
      await assert.rejects(
        runTwoPhaseJobs(mainJob(), Array.from({ length: 20 }, (_, i) => `f${i}`), join(root, 'two-marker-2'), () => {
          throw new Error('merge refused');
        }, { threads: 2, script }),
        /merge refused/,
      );
    });

    it('a worker that cannot load, or claims a file and dies in the first phase, costs only time', async () => {
      const items = Array.from({ length: 12 }, (_, i) => `h${i}`);
      const expected = await runTwoPhaseJobs(mainJob(), items, '', () => ({ total: 3 }), { threads: 1 });
      const bad = join(root, 'two-not-a-worker.js');
      writeFileSync(bad, 'throw new Error("boom")\n');
      const quitter = join(root, 'two-quitter.js');
      // It claims a file, says so (the main thread's first job waits for that), and exits.
      writeFileSync(quitter, `const { workerData } = require('node:worker_threads');\nAtomics.add(workerData.next, 0, 1);\nrequire('node:fs').writeFileSync(workerData.shared, '');\nprocess.exit(3);\n`);
      const marker = join(root, 'two-quitter-claimed');
      for (const [broken, shared] of [[bad, ''], [quitter, marker]] as const) {
        const r = await runTwoPhaseJobs(mainJob(), items, shared, () => ({ total: 3 }), { threads: 3, script: broken });
        assert.deepEqual(r, expected, broken);
      }
      assert.ok(existsSync(marker), 'the quitter claimed a file');
    });

    it('a worker that dies between the phases costs only time: its files are run again on the main thread', async () => {
      const items = Array.from({ length: 30 }, (_, i) => `g${i}`);
      const marker = join(root, 'two-marker-3');
      const { second } = await runTwoPhaseJobs(mainJob(), items, marker, () => ({ total: 7, quit: true }), { threads: 2, script });
      assert.ok(existsSync(marker), 'a worker ran a first');
      assert.deepEqual(
        second.map((r) => (r.ok ? r.value : r.message)),
        items.map((p) => `${p}@0|7@0`),
      );
    });

    /** Workers (not the main thread) that have run a first with this marker. */
    const workersRan = (marker: string): number => readdirSync(root).filter((n) => n.startsWith(`${basename(marker)}-t`) && n !== `${basename(marker)}-t0`).length;
    /** Each file's second result as [path, thread of its first, total, thread of its second]. */
    const parts = (second: { ok: boolean; value?: string; message?: string }[]) =>
      second.map((r) => {
        assert.ok(r.ok, r.message);
        const [kept, rest] = r.value!.split('|');
        const [path, firstThread] = kept!.split('@');
        const [total, secondThread] = rest!.split('@');
        return { path, firstThread, total, secondThread };
      });
    /** The same results as one thread's, thread ids aside; phase 2 in the thread of phase 1; `dead`'s files none of its. */
    const assertAsOneThread = async (
      r: { first: unknown[]; second: { ok: boolean; value?: string; message?: string }[] },
      items: string[],
      merge: (first: { ok: boolean }[]) => Data,
      dead: string,
    ): Promise<void> => {
      const one = await runTwoPhaseJobs(mainJob(), items, '', merge, { threads: 1 });
      assert.deepEqual(r.first, one.first);
      const strip = (s: { ok: boolean; value?: string; message?: string }[]) => s.map((x) => (x.ok ? x.value!.replace(/@\d+/g, '') : x.message));
      assert.deepEqual(strip(r.second), strip(one.second));
      const threads = new Set<string>();
      for (const { path, firstThread, secondThread } of parts(r.second)) {
        assert.equal(secondThread, firstThread, `${path}: first on ${firstThread}, second on ${secondThread}`);
        assert.notEqual(firstThread, dead, `${path}: its results come from the worker that died`);
        threads.add(firstThread!);
      }
      // A worker that lived kept files and ran their phase 2 (the case that hung).
      assert.ok([...threads].some((t) => t !== '0'), `threads ${[...threads].join(', ')}`);
    };

    it('one of two workers dies partway through the first phase while the other keeps files: it finishes, as one thread', async function () {
      this.timeout(30_000);
      const items = Array.from({ length: 60 }, (_, i) => (i === 20 ? 'die' : `d${i}`));
      const marker = join(root, 'die-first');
      // The main thread's first file waits until a worker has died on 'die' and both have run a first:
      // the other one ran a file other than 'die', so it kept a file and waits for phase 2.
      const ready = (m: string) => existsSync(`${m}-died`) && workersRan(m) >= 2;
      const merge = (first: { ok: boolean }[]) => ({ total: first.length });
      const r = await runTwoPhaseJobs(mainJob(ready), items, marker, merge, { threads: 3, script });
      assert.ok(existsSync(`${marker}-died`) && workersRan(marker) >= 2, 'a worker died on "die", another ran files');
      const dead = readFileSync(`${marker}-died`, 'utf8');
      assert.equal(parts(r.second)[20]!.firstThread, '0', '"die" was redone on the main thread');
      await assertAsOneThread(r, items, merge, dead);
    });

    it('one of two workers dies between the phases while the other lives: its files are redone here, both phases, as one thread', async function () {
      this.timeout(30_000);
      const items = Array.from({ length: 40 }, (_, i) => `pair-${i}`);
      const marker = join(root, 'die-between');
      const quitOnce = join(root, 'die-between-quit');
      // Both workers run a first before the main thread's first file: both keep files.
      const merge = (first: { ok: boolean }[]) => ({ total: first.length, quitOnce });
      const r = await runTwoPhaseJobs(mainJob((m) => workersRan(m) >= 2), items, marker, merge, { threads: 3, script });
      assert.ok(existsSync(quitOnce), 'a worker quit before its second phase');
      await assertAsOneThread(r, items, merge, readFileSync(quitOnce, 'utf8'));
    });
  });
});
