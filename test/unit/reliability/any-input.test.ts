// Any input: random Markdown, hostile Unicode, odd line endings, extreme sizes and nesting,
// broken YAML and mutated examples go through every core entry point the editor and the CLI
// use. Nothing throws; every range lies inside the document with positions that agree with
// LineIndex; every diagnostic names a known rule. Counts and reproduction: docs/reliability.md.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOkr } from '../../../src/core/parse';
import { IncrementalDocument } from '../../../src/core/incremental';
import { LineIndex } from '../../../src/core/text';
import { lint } from '../../../src/core/lint/index';
import { completionsAt } from '../../../src/core/completions';
import { hoverAt } from '../../../src/core/hover';
import { buildReport, renderMarkdownReport } from '../../../src/core/report';
import { indexFile } from '../../../src/core/workspace';
import { anyDocument, extremeDocuments, runs, seed } from './generators';
import { TODAY, allRulesStrict, assertAllRangesInside, assertDiagnostics, assertRangeInside, assertRulesDoNotThrow } from './checks';

/** Everything the editor and the CLI do with a text, checked. */
function checkEverything(text: string, offsets: number[]): void {
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
  this.timeout(process.env['FC_RUNS'] ? 0 : 120_000);

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

  it('odd frontmatter (collection keys, anchors) makes no process warning (it would print on the CLI’s stderr)', () => {
    const emit = process.emitWarning;
    const warnings: string[] = [];
    process.emitWarning = ((w: string | Error) => void warnings.push(String(w))) as typeof process.emitWarning;
    try {
      for (const fm of ['[a]: 1', '? {b: 1}\n: 2', '{x: 1}: y', 'a: &a [1]\n*a : 2']) parseOkr(`---\n${fm}\nquarter: 2026-Q4\n---\n# T\n`);
    } finally {
      process.emitWarning = emit;
    }
    assert.deepEqual(warnings, []);
  });

  it('the checks can fail: an off-by-one range is caught', () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.throws(() => assertRangeInside(lines, { start: { line: 1, character: 0, offset: 3 }, end: { line: 1, character: 0, offset: 4 } }, 'x'));
    assert.throws(() => assertRangeInside(lines, { start: { line: 1, character: 0, offset: 4 }, end: { line: 1, character: 3, offset: 7 } }, 'x'));
  });
});
