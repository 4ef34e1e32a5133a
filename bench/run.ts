// `npm run bench`: measures parsing, linting, incremental edits, markdownlint, bundle sizes, peak
// heap and a 500-file workspace on this machine, writes bench/results.json and the results table
// in docs/performance.md. A script, not a timed test: numbers depend on the machine.
//
// Flags: --quick (skip the 5,000-objective case and the workspace), --full (also time remark's
// whole-document parse on texts over 1.2 MB, which takes minutes: remark is quadratic there),
// --no-docs (do not touch docs/performance.md), --sizes=10,100 (only these generated sizes),
// --wall (wall-clock times instead of the process's CPU time; see measure.ts), --only=workspace
// (only the 500-file workspace runs of `okr report` and `okr lint`: prints them, writes nothing).
import { lint as markdownlint } from 'markdownlint/sync';
import { parseMarkdown, parseOkr, remarkParse } from '../src/core/parse';
import { parseOkrBySections } from '../src/core/incremental';
import { createLinter, defaultConfig, lint, rules } from '../src/core/lint/index';
import { clearWordingCache } from '../src/core/lint/kr';
import type { OkrDocument } from '../src/core/model';
import type { LineIndex } from '../src/core/text';
import { exampleCases, fixtureCases, generatedCases, type BenchCase } from './cases';
import { clock, median, medianTime, now, pairedMedians, percentile, round } from './measure';
import { bundleSizes, peakHeapMb, workspaceTimings, activationMs, type WorkspaceTimings } from './system';
import { workspaceText, writeResults, type BenchResults, type CaseExtra, type CaseResult } from './report';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const full = args.has('--full');

/** Whole-document remark parses above this size take many seconds (quadratic), so run them only with --full. */
const REMARK_WHOLE_LIMIT = 1_200_000;
const EDITS = 60;

interface IncrementalLike {
  update(text: string): OkrDocument;
}

async function loadIncremental(): Promise<(() => IncrementalLike) | null> {
  try {
    const mod = (await import('../src/core/incremental')) as { IncrementalDocument?: new () => IncrementalLike };
    return mod.IncrementalDocument ? () => new mod.IncrementalDocument!() : null;
  } catch {
    return null;
  }
}

/** Runs for small texts repeat more so the median means something; big ones run once or twice. */
function runsFor(text: string): number {
  if (text.length < 20_000) return 31;
  if (text.length < 200_000) return 5;
  return 1;
}

/** Untimed rounds first: a small text's parse and lint take a few ms, and code that has not yet been
 * optimised (or V8's compiler threads still busy with it, counted in CPU time) costs several times that. */
function warmupFor(text: string): number {
  if (text.length < 20_000) return 10;
  return text.length < 200_000 ? 1 : 0;
}

/** An offset in the middle of the text, inside a line of prose or a KR (not on a heading). */
export function middleOffset(text: string): number {
  let at = text.indexOf('\n- ', text.length >> 1);
  if (at < 0) at = text.lastIndexOf('\n', text.length >> 1);
  if (at < 0) return text.length >> 1;
  const lineEnd = text.indexOf('\n', at + 1);
  return Math.min(at + 12, lineEnd < 0 ? text.length : lineEnd);
}

function measureCase(c: BenchCase, makeIncremental: (() => IncrementalLike) | null, extras: CaseExtra[]): CaseResult {
  const { name, text } = c;
  const config = defaultConfig();
  const lintOptions = { config, fileName: 'okr.md' };
  const runs = runsFor(text);
  const lines = text.split(/\r\n|\r|\n/).length;
  process.stdout.write(`${name}: ${lines} lines, ${text.length} bytes… `);

  const whole = text.length <= REMARK_WHOLE_LIMIT || full;
  const parsed = parseOkrBySections(text);
  // Every timed column of the case in the same rounds, each after the same warm-up (pairedMedians), so
  // that "parse + lint ÷ remark" compares runs made in the same minutes with code as warm on both sides.
  const [remarkParseMs, remarkPartsMs, fullLintMs, parseOkrWholeLintMs, lintOnlyMs, markdownlintMs] = pairedMedians(
    [
      // remark alone, as remark-gfm runs it (all five GFM parts): the "remark's parse alone".
      whole ? () => remarkParse(text) : null,
      // remark as our parse runs it (only the GFM parts whose syntax may occur in the text: parse.ts's
      // gfmPartsFor; no block reuse): the stricter comparison, beside the table's.
      whole ? () => parseMarkdown(text) : null,
      // Our full parse + lint as the extension runs it on opening a file: remark per section (the same
      // model as parseOkr, which runs remark on the whole text; see the extra column). The lint's
      // wording analyses are cached by KR text, so every run after the first would find them all:
      // emptied first, each run is a first open, as remark's is.
      () => {
        clearWordingCache();
        lint(parseOkrBySections(text), text, lintOptions);
      },
      whole
        ? () => {
            clearWordingCache();
            lint(parseOkr(text), text, lintOptions);
          }
        : null,
      () => lint(parsed, text, lintOptions),
      () => markdownlint({ strings: { [name]: text } }),
    ],
    runs,
    warmupFor(text),
  );

  let editMedianMs: number | null = null;
  let editP95Ms: number | null = null;
  let updateMedianMs: number | null = null;
  const kinds: Record<string, number> = {};
  if (makeIncremental) {
    const cache = makeIncremental();
    // The editor's path (src/vscode/diagnostics.ts): one incremental linter per document, fed the
    // cache's LineIndex, so only the edited objective's objective-scope rules run again.
    const linter = createLinter();
    const lineIndex = (): LineIndex | undefined => (cache as { lineIndex?: LineIndex | null }).lineIndex ?? undefined;
    linter.lint(cache.update(text), text, { ...lintOptions, lines: lineIndex() });
    const at = middleOffset(text);
    const times: number[] = [];
    const updates: number[] = [];
    let current = text;
    for (let i = 0; i < EDITS; i++) {
      // Alternate typing a character and deleting it, so the text stays the same size.
      const next = i % 2 === 0 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
      let doc: OkrDocument | null = null;
      const start = now();
      doc = cache.update(next);
      const updated = now();
      linter.lint(doc, next, { ...lintOptions, lines: lineIndex() });
      times.push(now() - start);
      updates.push(updated - start);
      const kind = (cache as { lastUpdate?: string }).lastUpdate ?? '?';
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      current = next;
    }
    editMedianMs = median(times);
    editP95Ms = percentile(times, 95);
    updateMedianMs = median(updates);
  }
  const result: CaseResult = {
    name,
    lines,
    bytes: Buffer.byteLength(text, 'utf8'),
    remarkParseMs: round(remarkParseMs),
    fullLintMs: round(fullLintMs),
    editMedianMs: round(editMedianMs),
    editP95Ms: round(editP95Ms),
    markdownlintMs: round(markdownlintMs),
  };
  extras.push({ name, remarkPartsMs: round(remarkPartsMs), parseOkrWholeLintMs: round(parseOkrWholeLintMs), lintOnlyMs: round(lintOnlyMs), updateMedianMs: round(updateMedianMs), updateKinds: kinds });
  console.log(JSON.stringify(result), JSON.stringify(extras[extras.length - 1]));
  return result;
}

/** Each lint rule alone (the others off) on the 1,000-objective file: where lint time goes. */
function ruleCosts(text: string): { id: string; ms: number }[] {
  const doc = parseOkrBySections(text);
  const base = defaultConfig();
  return rules
    .map((rule) => {
      const config = {
        ...base,
        rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.id === rule.meta.id ? r.meta.defaultSeverity : 'off', options: {} }])),
      } as typeof base;
      return { id: rule.meta.id, ms: round(medianTime(() => lint(doc, text, { config, fileName: 'okr.md' }), 3, 1))! };
    })
    .sort((a, b) => b.ms - a.ms);
}

/** The results' workspace fields: wall-time medians of `okr report` (the issue's `workspace500Ms`) and `okr lint`. */
function workspaceFields(w: WorkspaceTimings | null): Pick<BenchResults, 'workspace500Ms'> & Partial<BenchResults> {
  return {
    workspace500Ms: round(w?.report?.wallMs ?? null),
    workspace500WallRunsMs: w?.report ? w.report.wallRunsMs.map((n) => round(n)!) : null,
    workspace500CpuMs: round(w?.report?.cpuMs ?? null),
    workspace500BusiestThreadMs: round(w?.report?.busiestThreadMs ?? null),
    workspace500LintMs: round(w?.lint?.wallMs ?? null),
    workspace500LintCpuMs: round(w?.lint?.cpuMs ?? null),
    workspace500LintBusiestThreadMs: round(w?.lint?.busiestThreadMs ?? null),
    workspace500LoadBefore: w ? w.loadBefore.map((n) => round(n)!) : null,
  };
}

async function main(): Promise<void> {
  if (args.has('--only=workspace')) {
    const fields = workspaceFields(workspaceTimings(500));
    console.log(JSON.stringify(fields));
    console.log(workspaceText({ cases: [], bundleBytes: { node: null, web: null, webview: null }, peakHeapMb: null, ...fields }));
    return;
  }
  console.log(`clock: ${clock}`);
  const makeIncremental = await loadIncremental();
  if (!makeIncremental) console.log('(no incremental cache yet: edit times are null)');
  const sizesArg = process.argv.find((a) => a.startsWith('--sizes='));
  const sizes = sizesArg ? sizesArg.slice(8).split(',').map(Number) : quick ? [10, 100, 1000] : undefined;
  const cases = [...generatedCases(sizes), ...fixtureCases(), ...exampleCases()];
  const results: CaseResult[] = [];
  const extras: CaseExtra[] = [];
  for (const c of cases) results.push(measureCase(c, makeIncremental, extras));

  const thousand = cases.find((c) => c.name === 'generated-1000-objectives');
  const perRule = thousand ? ruleCosts(thousand.text) : [];
  if (perRule.length) console.log('per rule (1,000 objectives)', JSON.stringify(perRule));
  const bundleBytes = await bundleSizes();
  console.log('bundles', JSON.stringify(bundleBytes));
  const peak = quick ? null : peakHeapMb();
  console.log('peak heap (5,000 objectives)', peak, 'MB');
  const workspace = quick ? null : workspaceTimings(500);
  console.log('500-file workspace, cold CLI (median wall)', workspace?.report?.wallMs ?? null, 'ms; okr lint', workspace?.lint?.wallMs ?? null, 'ms');
  const activation = activationMs();
  console.log('activation', activation, 'ms');

  const out: BenchResults = { cases: results, bundleBytes, ...workspaceFields(workspace), peakHeapMb: round(peak) };
  writeResults(out, { activationMs: activation, docs: !args.has('--no-docs'), extras, perRule });
}

if (require.main === module) main().catch((error) => {
  console.error(error);
  process.exit(1);
});
