import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { parseOkr } from '../../../src/core/parse';
import { buildReport, progressBar, renderMarkdownReport } from '../../../src/core/report';

const COMPANY = `---
quarter: 2026-Q4
---
# Acme — Q4 2026

## O1: Grow revenue
Owner: @alice · Type: committed · Aligns: mission#grow

- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15 @bob
  - 2026-11-07: 150, confidence 0.6 — blocked on infra
- KR2: Improve onboarding experience
`;

const TEAM = `---
quarter: 2026-Q4
parent: ./okr.md
---
# Platform

## Make deploys boring
Aligns: okr#o1
- [x] Migrate CI to the new runners
`;

describe('report: JSON structure', () => {
  const report = buildReport([{ file: 'okr.md', doc: parseOkr(COMPANY) }], '2026-11-21');
  const file = report.files[0]!;

  it('has the documented field names', () => {
    assert.deepEqual(Object.keys(report), ['date', 'files']);
    for (const key of ['file', 'cycle', 'progress', 'objectives']) assert.ok(key in file, key);
    assert.deepEqual(file.cycle, { label: '2026-Q4', start: '2026-10-01', end: '2026-12-31' });
    const o = file.objectives[0]!;
    for (const key of ['id', 'title', 'line', 'owner', 'type', 'aligns', 'progress', 'status', 'keyResults']) assert.ok(key in o, key);
    const kr = o.keyResults[0]!;
    for (const key of ['text', 'line', 'kind', 'baseline', 'target', 'current', 'unit', 'progress', 'status', 'confidence', 'owner', 'deadline', 'checkins']) assert.ok(key in kr, key);
  });

  it('fills values with 1-based lines and null for the unknown', () => {
    const o = file.objectives[0]!;
    assert.deepEqual([o.id, o.title, o.line, o.owner, o.type, o.aligns], ['o1', 'Grow revenue', 6, 'alice', 'committed', ['mission#grow']]);
    const [kr1, kr2] = o.keyResults;
    assert.deepEqual(
      [kr1!.line, kr1!.kind, kr1!.baseline, kr1!.target, kr1!.current, kr1!.confidence, kr1!.owner, kr1!.deadline, kr1!.status],
      [9, 'metric', 120, 200, 150, 0.6, 'bob', '2026-12-15', 'at-risk'],
    );
    assert.equal(kr1!.progress, 0.375);
    assert.deepEqual(kr1!.checkins, [{ date: '2026-11-07', value: 150, unit: null, confidence: 0.6, note: 'blocked on infra', line: 10 }]);
    assert.deepEqual([kr2!.kind, kr2!.target, kr2!.progress, kr2!.status, kr2!.progressReason], ['unmeasured', null, null, null, 'not measurable: no target number']);
    assert.equal(file.progress, 0.375);
  });

  it('reports grades after the cycle and not-started before', () => {
    const after = buildReport([{ file: 'okr.md', doc: parseOkr(COMPANY) }], '2027-01-10').files[0]!;
    assert.equal(after.objectives[0]!.status, 'yellow');
    assert.equal(after.objectives[0]!.grade?.verdict, 'missed');
    const before = buildReport([{ file: 'okr.md', doc: parseOkr(COMPANY) }], '2026-09-10').files[0]!;
    assert.equal(before.objectives[0]!.status, 'not-started');
  });

  it('renders a markdown summary with bars', () => {
    assert.equal(progressBar(0.6), '██████░░░░');
    assert.equal(progressBar(null), '··········');
    const md = renderMarkdownReport(report);
    assert.match(md, /^# OKR report — 2026-11-21/);
    assert.match(md, /\*\*Grow revenue\*\* `████░░░░░░` 38% · at risk/);
    assert.match(md, /120 → 200, now 150/);
    assert.match(md, /not measurable: no target number/);
  });
});

describe('okr CLI (bundled, spawned)', function () {
  this.timeout(120_000);
  let root: string;
  let bin: string;
  let work: string;

  before(async () => {
    // Bundle into a private directory so the test never races a concurrent `npm run build`.
    root = mkdtempSync(join(tmpdir(), 'okr-cli-'));
    mkdirSync(join(root, 'bin'));
    copyFileSync(resolve('bin/okr.js'), join(root, 'bin', 'okr.js'));
    await esbuild.build({ entryPoints: [resolve('src/cli/okr.ts')], outfile: join(root, 'dist', 'cli', 'okr.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
    bin = join(root, 'bin', 'okr.js');
    work = join(root, 'ws');
    mkdirSync(join(work, 'teams'), { recursive: true });
    writeFileSync(join(work, 'okr.md'), COMPANY);
    writeFileSync(join(work, 'teams', 'platform.okr.md'), TEAM);
    writeFileSync(join(work, 'teams', 'README.md'), '# not an OKR file\n');
    mkdirSync(join(work, 'empty'));
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  const okr = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8' });

  it('prints the JSON report for files and globs', () => {
    const r = okr('report', '--format', 'json', '--date', '2026-11-21', 'okr.md', 'teams/*.okr.md');
    assert.equal(r.status, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(json.files.map((f: { file: string }) => f.file), ['okr.md', 'teams/platform.okr.md']);
    assert.equal(json.files[0].objectives[0].keyResults[0].target, 200);
    assert.equal(json.files[1].objectives[0].aligns[0], 'okr#o1');
    assert.equal(json.files[1].progress, 1);
  });

  it('takes a directory for its OKR files', () => {
    const r = okr('report', '--format=json', '--date=2026-11-21', '.');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file), ['okr.md', 'teams/platform.okr.md']);
  });

  it('prints markdown by default', () => {
    const r = okr('report', '--date', '2026-11-21', 'okr.md');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /# OKR report — 2026-11-21/);
    assert.match(r.stdout, /Grow revenue/);
  });

  it('fails clearly on a missing file, an empty directory, a glob without matches and bad options', () => {
    for (const [args, message] of [
      [['report', 'nope.md'], /no such file or directory: nope\.md/],
      [['report', 'empty'], /no OKR files .* in empty/],
      [['report', '**/*.nothing.md'], /no files match/],
      [['report', '--format', 'xml', 'okr.md'], /--format must be json or markdown/],
      [['report', '--date', '21/11/2026', 'okr.md'], /--date must be a date/],
      [['report'], /no files given/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ] as const) {
      const r = okr(...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(r.stdout, '', 'nothing on stdout');
    }
  });

  it('has --help and --version', () => {
    const help = okr('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /report/);
    const version = okr('--version');
    assert.equal(version.status, 0);
    assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+$/);
    const reportHelp = okr('report', '--help');
    assert.equal(reportHelp.status, 0);
    assert.match(reportHelp.stdout, /--format json\|markdown/);
  });

  it('reads binary junk without crashing', () => {
    writeFileSync(join(work, 'junk.okr.md'), new Uint8Array([0, 255, 254, 0, 10, 35, 32, 0, 10]));
    const r = okr('report', '--format', 'json', 'junk.okr.md');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).files[0].objectives.length, 0);
  });
});
