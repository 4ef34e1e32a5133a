// Checks shared by the reliability property tests (ranges inside the text, known rule ids,
// rules run directly so an exception the engine would swallow still fails the test).
import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/text';
import { english } from '../../../src/core/translate';
import { rules, preset, defaultConfig, type LintDiagnostic, type ResolvedConfig, type RuleSetting } from '../../../src/core/lint/index';
import type { OkrDocument, Range } from '../../../src/core/model';

export const TODAY = '2026-11-21';
export const KNOWN_RULES = new Set(rules.map((r) => r.meta.id));

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

export function assertAllRangesInside(lines: LineIndex, value: unknown, label: string): void {
  for (const { path, range } of collectRanges(value, label)) assertRangeInside(lines, range, path);
}

export function assertDiagnostics(lines: LineIndex, diagnostics: LintDiagnostic[]): void {
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
export function assertRulesDoNotThrow(doc: OkrDocument, text: string, lines: LineIndex, config: ResolvedConfig): void {
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id]!;
    try {
      rule.check({ doc, text, lines, options: { ...rule.meta.defaults, ...setting.options }, fileName: 'team.okr.md', t: english, report: () => undefined });
    } catch (e) {
      assert.fail(`rule ${rule.meta.id} threw: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }
}

