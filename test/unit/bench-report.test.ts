// The benchmark's generated Markdown for the 500-file workspace (bench/report.ts): the target row
// compares the median wall time of `okr report` with 3 s and says so, and the text gives `okr lint`
// and the load average the runs started under.
import assert from 'node:assert/strict';
import { renderResults, workspaceText, type BenchResults } from '../../bench/report';

function results(fields: Partial<BenchResults>): BenchResults {
  return { cases: [], bundleBytes: { node: null, web: null, webview: null }, peakHeapMb: null, workspace500Ms: null, ...fields };
}

const render = (r: BenchResults): string => renderResults(r, { activationMs: null, date: '2026-11-21', extras: [], load: '0.1 / 0.2 / 0.3', perRule: [] });
const targetRow = (markdown: string): string => markdown.split('\n').find((line) => line.startsWith('| 500-file workspace'))!;

describe('bench report: the 500-file workspace', () => {
  const measured = results({
    workspace500Ms: 2_800,
    workspace500WallRunsMs: [2_750, 2_800, 3_400],
    workspace500CpuMs: 5_100,
    workspace500BusiestThreadMs: 2_300,
    workspace500LintMs: 4_200,
    workspace500LintCpuMs: 7_900,
    workspace500LintBusiestThreadMs: 3_600,
    workspace500LoadBefore: [0.4, 1.25, 3],
  });

  it('judges the target on the median wall time of okr report, and names what it compares', () => {
    const row = targetRow(render(measured));
    assert.match(row, /≤ 3 s \(`okr report`, median wall time of 3 runs\)/);
    assert.match(row, /\| 2,800 ms \(load 0\.4 \/ 1\.3 \/ 3\.0\) \| \*\*met\*\* \|$/);
    // Above 3 s of wall time it is missed, whatever the CPU time.
    assert.match(targetRow(render({ ...measured, workspace500Ms: 3_001, workspace500CpuMs: 100 })), /\*\*missed\*\*/);
    assert.match(targetRow(render(results({}))), /not measured/);
  });

  it('has no target row for okr lint, but gives its time, the runs, the CPU and the load in the text', () => {
    const markdown = render(measured);
    assert.equal(markdown.split('\n').filter((line) => line.startsWith('| ') && line.includes('okr lint')).length, 0);
    const text = workspaceText(measured);
    assert.ok(markdown.includes(text));
    assert.match(text, /`okr report --format json` 2,800 ms \(runs: 2,750, 2,800, 3,400 ms\), CPU 5,100 ms over all threads, busiest thread 2,300 ms/);
    assert.match(text, /`okr lint --format json` 4,200 ms, CPU 7,900 ms over all threads, busiest thread 3,600 ms/);
    assert.match(text, /load average before the runs 0\.4 \/ 1\.3 \/ 3\.0 on \d+ cores/);
    assert.match(text, /only meaningful on a quiet machine/);
  });

  it('says what was not measured', () => {
    assert.match(workspaceText(results({})), /not measured/);
    const noLint = workspaceText(results({ workspace500Ms: 3_500, workspace500LoadBefore: null }));
    assert.match(noLint, /`okr report --format json` 3,500 ms, CPU — ms/);
    assert.match(noLint, /`okr lint --format json` not measured/);
    assert.match(noLint, /load average before the runs not recorded/);
  });
});

describe('bench report: the small-file edit target', () => {
  const row = (markdown: string): string => markdown.split('\n').find((line) => line.startsWith('| Edit on the 120-line file'))!;
  const small = (name: string, lines: number, editMedianMs: number | null): BenchResults['cases'][number] => ({
    name,
    lines,
    bytes: lines * 80,
    remarkParseMs: 10,
    fullLintMs: 12,
    editMedianMs,
    editP95Ms: editMedianMs,
    markdownlintMs: 9,
  });

  it('is judged on every file of at most 150 lines, the 120-line file included', () => {
    const cases = [small('generated-10-objectives', 268, 9), small('fixtures/company-120-lines.okr.md', 122, 1.9), small('examples/okr.md', 65, 1.5)];
    const met = row(render(results({ cases })));
    assert.match(met, /fixtures\/company-120-lines\.okr\.md 1\.90 ms, examples\/okr\.md 1\.50 ms \| \*\*met\*\* \|$/);
    // The 268-line file is not part of it, however slow; the 120-line file above 2 ms misses it.
    assert.ok(!met.includes('generated-10-objectives'));
    assert.match(row(render(results({ cases: [cases[0]!, small('fixtures/company-120-lines.okr.md', 122, 2.1), cases[2]!] }))), /\*\*missed\*\*/);
    assert.match(row(render(results({ cases: [cases[0]!] }))), /not measured/);
  });
});

describe('bench cases: the 120-line file', () => {
  it('is a realistic OKR file of about 120 lines and 10 KB, apart from the examples', async () => {
    const { fixtureCases, exampleCases } = await import('../../bench/cases');
    const { parseOkr } = await import('../../src/core/parse');
    const fixture = fixtureCases().find((c) => c.name === 'fixtures/company-120-lines.okr.md');
    assert.ok(fixture, 'bench/fixtures/company-120-lines.okr.md is a bench case');
    const lines = fixture.text.split('\n').length;
    const bytes = Buffer.byteLength(fixture.text, 'utf8');
    assert.ok(lines >= 110 && lines <= 130, `${lines} lines`);
    assert.ok(bytes >= 9_000 && bytes <= 11_000, `${bytes} bytes`);
    assert.ok(!exampleCases().some((c) => c.text === fixture.text), 'not one of examples/ (the integration tests count those)');
    const doc = parseOkr(fixture.text);
    assert.equal(doc.problems.length, 0);
    assert.ok(doc.cycle !== null && doc.objectives.length >= 4);
    for (const o of doc.objectives) {
      assert.ok(o.keyResults.length >= 3 && o.keyResults.length <= 5, `${o.id}: ${o.keyResults.length} KRs`);
      assert.ok(o.owner !== null && o.initiatives.length > 0, o.id);
    }
    assert.ok(doc.objectives.some((o) => o.keyResults.some((kr) => kr.checkins.length >= 2)));
  });
});
