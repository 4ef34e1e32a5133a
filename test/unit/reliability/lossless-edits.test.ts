// Lossless edits: every fix of every rule, fix-all (the editor's steps), `okr lint --fix` (the
// CLI's own function, on real files) and the check-in edits leave every byte outside the edited
// ranges as it was — line endings (LF, CRLF, CR, mixed) and trailing whitespace included — insert
// only line endings the document already uses, and give a text that parses. Fix-all and --fix
// are idempotent. Counts and reproduction: docs/reliability.md.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';
import { applyEdits, compatibleEdits, editsAreDisjoint, minimizeEdit, plainEdits } from '../../../src/core/edits';
import { checkInEdits, keyResultsOf } from '../../../src/core/checkin';
import { lint, type Fix, type LintDiagnostic, type TextEdit } from '../../../src/core/lint/index';
import { lintFiles } from '../../../src/cli/lint';
import { EXAMPLES, mutatedExample, okrishDocument, runs, seed } from './generators';
import { TODAY, allRulesStrict, assertAllRangesInside, assertRangeInside } from './checks';

const EOLS = /\r\n|\r|\n/g;

/** A document's text with a line-ending style (LF, CRLF, CR or mixed) and random trailing whitespace. */
const styled = (source: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .record({
      text: source,
      style: fc.constantFrom('keep', '\n', '\r\n', '\r', 'mixed'),
      trailing: fc.array(fc.constantFrom('', '', '', ' ', '  ', '\t', ' \t '), { minLength: 1, maxLength: 7 }),
    })
    .map(({ text, style, trailing }) => {
      const lines = text.split(EOLS);
      const eols = ['\r\n', '\n', '\r'];
      return lines
        .map((l, i) => {
          const eol = i === lines.length - 1 ? '' : style === 'keep' ? '\n' : style === 'mixed' ? eols[i % 3]! : style;
          return l + trailing[i % trailing.length]! + eol;
        })
        .join('');
    });

const DOCUMENT = fc.oneof(styled(okrishDocument), styled(mutatedExample), styled(fc.constantFrom(...EXAMPLES.map((e) => e.text))));

/** Splices edits in by hand (independent of applyEdits): sorted, disjoint edits only. */
function splice(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    assert.ok(e.range.start.offset >= cursor, 'edits overlap');
    out += text.slice(cursor, e.range.start.offset) + e.newText;
    cursor = e.range.end.offset;
  }
  return out + text.slice(cursor);
}

/**
 * The edits are inside the text and disjoint, change nothing outside their ranges, and every line
 * ending they insert is one the text already uses. Returns the edited text.
 */
function assertLossless(text: string, edits: readonly TextEdit[], what: string): string {
  const lines = new LineIndex(text);
  for (const e of edits) assertRangeInside(lines, e.range, what);
  assert.ok(editsAreDisjoint(edits), `${what}: edits overlap`);
  const result = applyEdits(text, edits);
  assert.equal(result, splice(text, edits), `${what}: applyEdits differs from a plain splice`);
  // Bytes before the first and after the last edit are untouched, byte for byte.
  if (edits.length) {
    const first = Math.min(...edits.map((e) => e.range.start.offset));
    const last = Math.max(...edits.map((e) => e.range.end.offset));
    assert.equal(result.slice(0, first), text.slice(0, first), `${what}: prefix changed`);
    assert.equal(result.slice(result.length - (text.length - last)), text.slice(last), `${what}: suffix changed`);
  }
  const used = new Set(text.match(EOLS) ?? []);
  for (const e of edits) {
    for (const eol of e.newText.match(EOLS) ?? []) {
      assert.ok(used.size === 0 ? eol === '\n' : used.has(eol), `${what}: inserts ${JSON.stringify(eol)} into a text that uses ${JSON.stringify([...used])}`);
    }
    // In a text with one line-ending style, an edit never brings in another (e.g. a CRLF rewritten
    // as LF). A mixed text may get its first style in a moved line (the rules use LineIndex.eol).
    const replaced = text.slice(e.range.start.offset, e.range.end.offset).match(EOLS) ?? [];
    if (replaced.length && used.size === 1) {
      for (const eol of e.newText.match(EOLS) ?? []) assert.equal(eol, replaced[0], `${what}: replaces ${JSON.stringify(replaced[0])} line endings with ${JSON.stringify(eol)}`);
    }
  }
  // The result parses into a model whose ranges are consistent.
  const doc = parseOkr(result);
  assertAllRangesInside(new LineIndex(result), doc, `${what} → doc`);
  return result;
}

const CONFIG = allRulesStrict();
const lintText = (text: string): LintDiagnostic[] => lint(parseOkr(text), text, { config: CONFIG, fileName: 'team.okr.md' });

/** The editor's fix-all (`fixAllEdits` in src/vscode/codeActions.ts, which cannot load without vscode): the same core steps. */
function fixAllEdits(text: string, diagnostics: readonly LintDiagnostic[]): TextEdit[] {
  const lines = new LineIndex(text);
  const fixes: Fix[] = [];
  for (const d of diagnostics) {
    const preferred = d.fixes?.find((f) => f.preferred && !f.snippet);
    if (preferred) fixes.push(preferred);
  }
  return compatibleEdits(fixes).map((e) => minimizeEdit(text, e, lines));
}

describe('reliability: lossless edits', function () {
  this.timeout(process.env['FC_RUNS'] ? 0 : 120_000);

  it('every fix of every rule (plain and snippet) changes only its ranges and keeps line endings', () => {
    let fixes = 0;
    fc.assert(
      fc.property(DOCUMENT, (text) => {
        for (const d of lintText(text)) {
          for (const fix of d.fixes ?? []) {
            fixes++;
            const edits = plainEdits(fix);
            assertLossless(text, edits, `${d.ruleId} "${fix.title}"`);
            // The editor minimises each edit before applying: same result, still lossless.
            const lines = new LineIndex(text);
            assert.equal(applyEdits(text, edits.map((e) => minimizeEdit(text, e, lines))), applyEdits(text, edits));
          }
        }
      }),
      { numRuns: runs(60), seed: seed(8101) },
    );
    assert.ok(fixes > 50, `only ${fixes} fixes were exercised`);
  });

  it('fix-all (editor) is lossless and applying it twice is the same as once', () => {
    let changed = 0;
    fc.assert(
      fc.property(DOCUMENT, (text) => {
        const once = assertLossless(text, fixAllEdits(text, lintText(text)), 'fix-all');
        if (once !== text) changed++;
        const edits = fixAllEdits(once, lintText(once));
        const twice = applyEdits(once, edits);
        assert.equal(twice, once, `fix-all twice differs from once: ${JSON.stringify(edits.slice(0, 3))}`);
      }),
      { numRuns: runs(100), seed: seed(8102) },
    );
    assert.ok(changed > 5, `fix-all changed only ${changed} documents`);
  });

  it('okr lint --fix (the CLI function, real files): lossless in every round and a second run changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-lossless-'));
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir, today: () => TODAY };
    // The CLI uses the recommended preset without a config file: give it the strict, all-on one.
    writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ extends: 'strict', rules: Object.fromEntries(Object.entries(CONFIG.rules).map(([id, s]) => [id, s.severity])) }));
    let fixed = 0;
    try {
      fc.assert(
        fc.property(DOCUMENT, (text) => {
          // A file holds UTF-8: lone surrogates cannot reach the CLI (they are U+FFFD on disk).
          text = Buffer.from(text, 'utf8').toString('utf8');
          const path = join(dir, 'team.okr.md');
          writeFileSync(path, text);
          const [first] = lintFiles([path], io, { fix: true });
          const written = readFileSync(path, 'utf8');
          // The same rounds by hand, each checked for losslessness.
          let expected = text;
          for (let round = 0; round < 5; round++) {
            const diagnostics = lint(parseOkr(expected), expected, { config: CONFIG, fileName: 'team.okr.md', workspace: { files: [] } });
            const edits = compatibleEdits(diagnostics.flatMap((d) => (d.fixes ?? []).filter((f) => f.preferred && !f.snippet)));
            if (edits.length === 0) break;
            const next = assertLossless(expected, edits, `--fix round ${round + 1}`);
            if (next === expected) break;
            expected = next;
          }
          assert.equal(first!.fixed, written !== text);
          if (first!.fixed) fixed++;
          assert.equal(written, expected, 'the CLI wrote what the core rounds give');
          const [second] = lintFiles([path], io, { fix: true });
          assert.equal(second!.fixed, false, 'a second --fix run changes nothing');
          assert.equal(readFileSync(path, 'utf8'), written);
        }),
        { numRuns: runs(40), seed: seed(8103) },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.ok(fixed > 3, `--fix changed only ${fixed} files`);
  });

  it('check-in edits on every KR are lossless and add exactly one check-in to that KR', () => {
    let checkIns = 0;
    fc.assert(
      fc.property(
        DOCUMENT,
        fc.constantFrom('42', '1,250', '0.5', '99.9%', '3 days', '$1.2M'),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        (text, value, confidence) => {
          const doc = parseOkr(text);
          const lines = new LineIndex(text);
          const krs = keyResultsOf(doc);
          for (const [i, { kr }] of krs.entries()) {
            const edits = checkInEdits(doc, text, lines, kr, { date: '2026-11-20', value, confidence });
            const result = assertLossless(text, edits, `check-in on KR ${i} (${JSON.stringify(kr.text.slice(0, 40))})`);
            checkIns++;
            const after = keyResultsOf(parseOkr(result));
            // A KR labelled like an objective (`- O1: …`) becomes an objective once it has nested items: skip.
            if (after.length === krs.length && !/^(o\d+|objective\b)/i.test(kr.text)) {
              const added = after[i]!.kr.checkins.filter((c) => c.date === '2026-11-20').length - kr.checkins.filter((c) => c.date === '2026-11-20').length;
              assert.equal(added, 1, `check-in on KR ${i} (${JSON.stringify(kr.text.slice(0, 60))}) added ${added} check-ins:\n${result}`);
            }
          }
        },
      ),
      { numRuns: runs(30), seed: seed(8104) },
    );
    assert.ok(checkIns > 50, `only ${checkIns} check-ins were exercised`);
  });

  it('the checks can fail: an edit that rewrites a CRLF as LF, or touches bytes outside its range, is caught', () => {
    const text = 'a\r\nb\r\n';
    const lines = new LineIndex(text);
    assert.throws(() => assertLossless(text, [{ range: lines.range(1, 3), newText: '\n' }], 'x'), /replaces|inserts/);
    assert.throws(() => assertLossless(text, [{ range: lines.range(3, 3), newText: 'x\ny' }], 'x'), /inserts/);
    assert.throws(() => assertLossless(text, [{ range: lines.range(0, 2), newText: 'A' }, { range: lines.range(1, 3), newText: 'B' }], 'x'), /overlap/);
  });
});
