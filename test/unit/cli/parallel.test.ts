// `okr report` on several threads (src/cli/parallel.ts): the same bytes as one thread, in file
// order, with unreadable files named and the others reported. Workers load a bundle, so this
// builds the CLI into a private folder (never racing a concurrent `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { generateOkrFile, generateTeamFile } from '../../../bench/generate';
import { privateCli } from './private-cli';
import { resolveOkrFiles } from '../../../src/cli/files';
import { autoThreads, runFileJobs, threadCount, type FileJob } from '../../../src/cli/parallel';
import { jsonFragment, jsonReport, parseJobs, reportJob, reportJsonJob } from '../../../src/cli/report';
import { parseOkr } from '../../../src/core/parse';
import { buildReport } from '../../../src/core/report';

const DATE = '2026-11-21';

describe('okr report on several threads', function () {
  this.timeout(180_000);
  let root = '';
  let bin = '';
  let bundle = '';
  let ws = '';
  let paths: string[] = [];
  const shared = () => ({ cwd: ws, date: DATE, fiscalYearStartMonth: 1 });

  before(async () => {
    ({ root, bin, bundle } = await privateCli('okr-parallel-'));
    // 40 files of different sizes in 4 folders, a binary one among them.
    ws = join(root, 'ws');
    mkdirSync(ws);
    writeFileSync(join(ws, 'okr.md'), generateOkrFile({ objectives: 3 }));
    for (let team = 1; team < 40; team++) {
      const dir = join(ws, `area-${team % 4}`);
      mkdirSync(dir, { recursive: true });
      const text = team === 17 ? new Uint8Array([0, 255, 254, 0, 10, 35, 32, 0, 10]) : generateTeamFile(team, 1 + (team % 3));
      writeFileSync(join(dir, `team-${String(team).padStart(2, '0')}.okr.md`), text);
    }
    paths = resolveOkrFiles([ws], ws);
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  const okr = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: ws, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  it('jsonReport is exactly JSON.stringify of the report, for no, one and many files', () => {
    const docs = [generateOkrFile({ objectives: 2 }), generateTeamFile(3, 2), '# Empty\n'].map((text, i) => ({ file: `f${i}.okr.md`, doc: parseOkr(text) }));
    for (const files of [[], docs.slice(0, 1), docs]) {
      const report = buildReport(files, DATE);
      assert.equal(jsonReport(DATE, report.files.map(jsonFragment)), JSON.stringify(report, null, 2));
    }
  });

  it('runFileJobs gives the same results in file order on 1 and 3 threads', async () => {
    const one = await runFileJobs(reportJsonJob, paths, shared(), { threads: 1 });
    const three = await runFileJobs(reportJsonJob, paths, shared(), { threads: 3, script: bundle });
    assert.equal(one.length, 40);
    assert.ok(one.every((r) => r.ok));
    assert.deepEqual(three, one);
    // The objects too (markdown output), and they are each file's report.
    const objects = await runFileJobs(reportJob, paths, shared(), { threads: 2, script: bundle });
    assert.deepEqual(
      objects.map((r) => (r.ok ? r.value.file : r.message)),
      paths.map((p) => p.slice(ws.length + 1).split('\\').join('/')),
    );
  });

  it('falls back to the main thread when a worker cannot start or dies', async () => {
    const bad = join(root, 'not-a-worker.js');
    writeFileSync(bad, 'throw new Error("boom")\n');
    const results = await runFileJobs(reportJsonJob, paths, shared(), { threads: 2, script: bad });
    assert.deepEqual(results, await runFileJobs(reportJsonJob, paths, shared(), { threads: 1 }));
    // A worker that claims a file and exits without answering: the main thread runs that file.
    const quitter = join(root, 'quitter.js');
    writeFileSync(quitter, `const { workerData } = require('node:worker_threads');\nAtomics.add(workerData.next, 0, 1);\nprocess.exit(3);\n`);
    assert.deepEqual(await runFileJobs(reportJsonJob, paths, shared(), { threads: 3, script: quitter }), results);
  });

  it('workers do take files, and each result lands at its file\'s index', async () => {
    // A job that names the thread it ran on, in a bundle of its own (workers load a script). A
    // worker's job leaves a marker; the main thread's first job waits for it, so however slowly
    // the workers start on a loaded machine, at least one file is theirs.
    const entry = join(root, 'thread-job.ts');
    writeFileSync(
      entry,
      `import { writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { isFileJobWorker, serveFileJobs } from ${JSON.stringify(resolve('src/cli/parallel.ts'))};
export const threadJob = { name: 'thread', run: (path: string, marker: string) => { writeFileSync(marker, ''); return path + '@' + threadId; } };
if (isFileJobWorker()) serveFileJobs([threadJob]);
`,
    );
    const script = join(root, 'thread-job.js');
    await esbuild.build({ entryPoints: [entry], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
    const marker = join(root, 'a-worker-ran');
    const sleeper = new Int32Array(new SharedArrayBuffer(4));
    const job: FileJob<string, string> = {
      name: 'thread',
      run: (path, mark) => {
        for (const until = Date.now() + 60_000; !existsSync(mark) && Date.now() < until; ) Atomics.wait(sleeper, 0, 0, 10);
        return `${path}@0`;
      },
    };
    const items = Array.from({ length: 50 }, (_, i) => `f${i}`);
    const results = await runFileJobs(job, items, marker, { threads: 3, script });
    const values = results.map((r) => (r.ok ? r.value : r.message));
    assert.deepEqual(values.map((v) => v.split('@')[0]), items);
    const threads = new Set(values.map((v) => v.split('@')[1]));
    assert.ok(threads.has('0'), 'the main thread works too');
    assert.ok(threads.size >= 2, `only thread(s) ${[...threads].join(', ')} ran jobs`);
  });

  it('turns a thrown error into that file\'s message and runs the others', async () => {
    const job: FileJob<null, string> = {
      name: 'test',
      run(path) {
        if (path.endsWith('b')) throw new Error('broken');
        return path.toUpperCase();
      },
    };
    assert.deepEqual(await runFileJobs(job, ['a', 'b', 'c'], null, { threads: 1 }), [
      { ok: true, value: 'A' },
      { ok: false, message: 'unexpected error: broken', exitCode: 2 },
      { ok: true, value: 'C' },
    ]);
  });

  it('the CLI prints the same bytes with --jobs 1, --jobs 3 and the default, JSON and Markdown', () => {
    const one = okr('report', '--format', 'json', '--date', DATE, '--jobs', '1', '.');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(JSON.parse(one.stdout).files.length, 40);
    for (const jobs of [['--jobs', '3'], ['--jobs=2'], []]) {
      const r = okr('report', '--format', 'json', '--date', DATE, ...jobs, '.');
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, one.stdout, jobs.join(' '));
    }
    const mdOne = okr('report', '--date', DATE, '--jobs', '1', '.');
    const mdThree = okr('report', '--date', DATE, '--jobs', '3', '.');
    assert.equal(mdOne.status, 0, mdOne.stderr);
    assert.match(mdOne.stdout, /Team 39 OKRs/);
    assert.equal(mdThree.stdout, mdOne.stdout);
  });

  it('names a file too large to read, reports the others and exits 2', () => {
    const huge = join(ws, 'area-2', 'huge.okr.md');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3); // sparse: nothing is written
    try {
      for (const jobs of ['1', '3']) {
        const r = okr('report', '--format', 'json', '--date', DATE, '--jobs', jobs, '.');
        assert.equal(r.status, 2, `--jobs ${jobs}: ${r.stderr}`);
        assert.equal(r.stderr, 'okr report: cannot read area-2/huge.okr.md: too large (over 2 GiB)\n');
        const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
        assert.equal(files.length, 40);
        assert.ok(!files.includes('area-2/huge.okr.md'));
        assert.ok(files.includes('area-1/team-17.okr.md'), 'the binary file is reported');
      }
    } finally {
      rmSync(huge);
    }
  });

  it('a file gone between listing and reading is named, the others reported', async () => {
    const gone = join(ws, 'gone.okr.md');
    const results = await runFileJobs(reportJsonJob, [paths[0]!, gone, paths[1]!], shared(), { threads: 2, script: bundle });
    assert.deepEqual(
      results.map((r) => (r.ok ? 'ok' : [r.message, r.exitCode])),
      ['ok', ['cannot read gone.okr.md: no such file', 2], 'ok'],
    );
  });

  it('--jobs takes a whole number from 1; exit codes are unchanged', () => {
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const r = okr('report', `--jobs=${bad}`, '.');
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--jobs must be a whole number from 1/);
      assert.equal(r.stdout, '');
    }
    assert.equal(parseJobs(undefined), undefined);
    assert.equal(parseJobs('4'), 4);
    assert.equal(okr('report', '--jobs', '2', 'nope.okr.md').status, 2);
  });

  it('uses one thread for few files, one per core for many', () => {
    assert.equal(autoThreads(5, 2), 1);
    assert.equal(autoThreads(99, 2), 1);
    assert.equal(autoThreads(100, 2), 2);
    assert.equal(autoThreads(500, 2), 2);
    assert.equal(autoThreads(500, 1), 1);
    assert.equal(autoThreads(500, 64), 8);
  });

  it('--jobs N is held to the files and to the cores (or 8 on a small machine)', () => {
    assert.equal(threadCount(undefined, 500, 2), autoThreads(500, 2));
    assert.equal(threadCount(3, 500, 2), 3);
    assert.equal(threadCount(1000, 5000, 2), 8);
    assert.equal(threadCount(1000, 5000, 32), 32);
    assert.equal(threadCount(6, 4, 32), 4);
    assert.equal(threadCount(1, 500, 32), 1);
  });
});
