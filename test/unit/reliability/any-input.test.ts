// Any input: random Markdown, hostile Unicode, odd line endings, extreme sizes and nesting,
// broken YAML and mutated examples go through every core entry point the editor and the CLI
// use. Nothing throws; every range lies inside the document with positions that agree with
// LineIndex; every diagnostic names a known rule. Counts and reproduction: docs/reliability.md.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOkr } from '../../../src/core/parse';
import { IncrementalDocument } from '../../../src/core/incremental';
import { LineIndex } from '../../../src/core/text';
import { lint, rules, preset, defaultConfig, type LintDiagnostic, type ResolvedConfig, type RuleSetting } from '../../../src/core/lint/index';
import { completionsAt } from '../../../src/core/completions';
import { hoverAt } from '../../../src/core/hover';
import { buildReport, renderMarkdownReport } from '../../../src/core/report';
import { indexFile } from '../../../src/core/workspace';
import type { OkrDocument, Range } from '../../../src/core/model';
import { anyDocument, extremeDocuments, runs, seed } from './generators';

const KNOWN_RULES = new Set(rules.map((r) => r.meta.id));
const TODAY = '2026-11-21';

/** Every rule on: strict severities, and rules that strict leaves off set to `info`. */
export function allRulesStrict(): ResolvedConfig {
  const settings: Record<string, RuleSetting> = preset('strict');
  for (const [id, s] of Object.entries(settings)) if (s.severity === 'off') settings[id] = { ...s, severity: 'info' };
  return { ...defaultConfig(), rules: settings };
}

/** Every `{ start, end }` range in a value (the model, diagnostics, completions). */
function collectRanges(value: unknown, path: string, out: { path: string; range: Range }[] = [], seen = new Set<object>()): { path: string; range: Range }[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectRanges(v, `${path}[${i}]`, out, seen));
    return out;
  }
  const o = value as Record<string, unknown>;
  const s = o['start'] as { offset?: unknown } | undefined;
  if (s && typeof s === 'object' && 'offset' in s && o['end']) out.push({ path, range: o as unknown as Range });
  for (const [k, v] of Object.entries(o)) collectRanges(v, `${path}.${k}`, out, seen);
  return out;
}

/** A range is inside the text and its line/character agree with the LineIndex. */
export function assertRangeInside(lines: LineIndex, range: Range, where: string): void {
  const n = lines.text.length;
  for (const [name, p] of [['start', range.start], ['end', range.end]] as const) {
    assert.ok(Number.isInteger(p.offset) && p.offset >= 0 && p.offset <= n, `${where}.${name}.offset ${p.offset} outside 0..${n}`);
    const expected = lines.positionAt(p.offset);
    assert.equal(p.line, expected.line, `${where}.${name}: line ${p.line} but offset ${p.offset} is on line ${expected.line}`);
    assert.equal(p.character, expected.character, `${where}.${name}: character ${p.character} but offset ${p.offset} is at ${expected.character}`);
  }
  assert.ok(range.start.offset <= range.end.offset, `${where}: start ${range.start.offset} after end ${range.end.offset}`);
}

function assertAllRangesInside(lines: LineIndex, value: unknown, label: string): void {
  for (const { path, range } of collectRanges(value, label)) assertRangeInside(lines, range, path);
}

function assertDiagnostics(lines: LineIndex, diagnostics: LintDiagnostic[]): void {
  for (const d of diagnostics) {
    assert.ok(KNOWN_RULES.has(d.ruleId), `unknown rule id ${d.ruleId}`);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity), `severity ${d.severity}`);
    assert.equal(typeof d.message, 'string');
    assert.ok(d.message.length > 0, `${d.ruleId}: empty message`);
    assertRangeInside(lines, d.range, d.ruleId);
    for (const r of d.related ?? []) if (r.file === undefined) assertRangeInside(lines, r.range, `${d.ruleId}.related`);
    for (const f of d.fixes ?? []) for (const e of f.edits) assertRangeInside(lines, e.range, `${d.ruleId} fix "${f.title}"`);
  }
}

/** Runs each enabled rule directly: the engine swallows a rule's exception, this does not. */
function assertRulesDoNotThrow(doc: OkrDocument, text: string, lines: LineIndex, config: ResolvedConfig): void {
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id]!;
    try {
      rule.check({ doc, text, lines, options: { ...rule.meta.defaults, ...setting.options }, fileName: 'team.okr.md', report: () => undefined });
    } catch (e) {
      assert.fail(`rule ${rule.meta.id} threw: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
}

/** Everything the editor and the CLI do with a text, checked. */
export function checkEverything(text: string, offsets: number[]): void {
  const lines = new LineIndex(text);
  const doc = parseOkr(text);
  assert.equal(doc.lineCount, lines.lineCount, 'lineCount agrees with LineIndex');
  assertAllRangesInside(lines, doc, 'doc');

  // The incremental cache, from empty and from an unrelated previous text, agrees with parseOkr.
  const cache = new IncrementalDocument();
  cache.update('## O1: Before\n- KR1: from 1 to 2\n');
  assert.deepEqual(cache.update(text), doc, 'incremental cache equals a fresh parse');

  const config = allRulesStrict();
  const workspace = { files: [indexFile('file:///w/team.okr.md', 'team.okr.md', doc)] };
  const diagnostics = lint(doc, text, { config, fileName: 'team.okr.md', workspace });
  assertDiagnostics(lines, diagnostics);
  assertRulesDoNotThrow(doc, text, lines, config);

  for (const raw of offsets) {
    const offset = raw % (text.length + 1);
    for (const triggerCharacter of [undefined, '@', ':', '#', ' ']) {
      const items = completionsAt({ doc, lines, offset, today: TODAY, fileName: 'team.okr.md', workspace, triggerCharacter });
      for (const item of items) {
        assertRangeInside(lines, item.range, `completion ${item.label}`);
        assert.ok(item.range.end.offset <= offset || item.range.start.offset <= offset, 'completion range starts before the cursor');
      }
    }
    const hover = hoverAt({ doc, offset, today: TODAY, fileName: 'team.okr.md', workspace });
    if (hover) {
      assertRangeInside(lines, hover.range, 'hover');
      assert.equal(typeof hover.markdown, 'string');
    }
  }

  const report = buildReport([{ file: 'team.okr.md', doc }], TODAY);
  const json = JSON.stringify(report);
  assert.deepEqual(JSON.parse(json).files.length, 1);
  assert.equal(typeof renderMarkdownReport(report), 'string');
}

describe('reliability: any input', function () {
  this.timeout(120_000);

  it('random OKR-ish Markdown, hostile Unicode and mutated examples go through parse, cache, lint, completions, hover and report', () => {
    fc.assert(
      fc.property(anyDocument, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (text, offsets) => checkEverything(text, offsets)),
      { numRuns: runs(120), seed: seed(8001) },
    );
  });

  for (const { name, text } of extremeDocuments()) {
    it(`extreme input: ${name} (${text.length} characters)`, () => {
      checkEverything(text, [0, 1, Math.floor(text.length / 2), text.length - 1, text.length]);
    });
  }

  it('the checks can fail: an off-by-one range is caught', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.throws(() => assertRangeInside(lines, { start: { line: 1, character: 0, offset: 3 }, end: { line: 1, character: 0, offset: 4 } }, 'x'));
    assert.throws(() => assertRangeInside(lines, { start: { line: 1, character: 0, offset: 4 }, end: { line: 1, character: 3, offset: 7 } }, 'x'));
  });
});
