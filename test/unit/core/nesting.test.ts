// The nesting limit (src/core/limits.ts): remark is superlinear in container nesting, so a file
// nested past MAX_NESTING_DEPTH is refused with one clear problem instead of being parsed, by
// parseOkr, the incremental cache and the sectioned parse alike. Asserts outcomes, not times.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IncrementalDocument, parseOkrBySections } from '../../../src/core/incremental';
import { isNestingProblem, isTooDeep, MAX_NESTING_DEPTH, nestingDepth, nestingProblem, TOO_DEEP_TEMPLATE } from '../../../src/core/limits';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';

const HEAD = '---\nquarter: 2026-Q4\n---\n\n# Deep\n\n## O1: Grow usage\n\n- KR1: Increase weekly active teams from 120 to 200\n';
/** `depth` list levels, one item per level, each indented under the one above. */
const nestedList = (depth: number, text = 'item'): string => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${text} ${i + 1}`).join('\n') + '\n';
const nestedQuote = (depth: number): string => `${'>'.repeat(depth)} quoted\n`;

function okrFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f));
}

describe('nesting limit', () => {
  describe('nestingDepth', () => {
    it('counts nested list items as CommonMark nests them', () => {
      assert.equal(nestingDepth(''), 0);
      assert.equal(nestingDepth('# Title\n\nplain text\n'), 0);
      assert.equal(nestingDepth('- a\n- b\n'), 1);
      assert.equal(nestingDepth('- a\n  - b\n    - c\n'), 3);
      assert.equal(nestingDepth('- a\n  - b\n- c\n  - d\n'), 2, 'siblings do not add up');
      assert.equal(nestingDepth('1. a\n   1) b\n      - c\n'), 3);
      assert.equal(nestingDepth('- a\n\t- b\n'), 2, 'a tab indents past the content column');
      assert.equal(nestingDepth('- a\n - b\n'), 1, 'one space is not inside `- a`');
      assert.equal(nestingDepth(nestedList(10)), 10);
    });

    it('counts several markers on one line, block quotes, and both mixed', () => {
      assert.equal(nestingDepth('- - - x\n'), 3);
      assert.equal(nestingDepth(nestedQuote(7)), 7);
      assert.equal(nestingDepth('> > > x\n'), 3);
      assert.equal(nestingDepth('> - > - x\n'), 4);
      assert.equal(nestingDepth('-not a list\n*emphasis*\n1.5 is a number\n'), 0);
    });

    it('reads CRLF and CR line endings like LF', () => {
      const lf = nestedList(12);
      assert.equal(nestingDepth(lf.replace(/\n/g, '\r\n')), 12);
      assert.equal(nestingDepth(lf.replace(/\n/g, '\r')), 12);
    });

    it('never throws, is at least the depth of any prefix of whole lines, and stops early past its bound', () => {
      const markdownish = fc.array(fc.constantFrom('-', ' ', '  ', '\t', '>', '1.', '2)', '*', '+', 'x', '\n', '\r\n', '\r', '#', '`'), { maxLength: 200 }).map((a) => a.join(''));
      fc.assert(
        fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary' })), fc.nat(300), (text, cut) => {
          const depth = nestingDepth(text);
          assert.ok(Number.isInteger(depth) && depth >= 0);
          // A prefix of whole lines (cut mid-line, `1.-` would end as a list marker `1.`).
          const prefix = text.slice(0, text.lastIndexOf('\n', cut) + 1);
          assert.ok(nestingDepth(prefix) <= depth);
          assert.ok(nestingDepth(text, 3) <= depth);
          assert.equal(isTooDeep(text), depth > MAX_NESTING_DEPTH);
          const problem = nestingProblem(text, new LineIndex(text));
          assert.equal(problem === null, depth <= MAX_NESTING_DEPTH);
        }),
        { numRuns: 300, seed: 7 },
      );
      assert.equal(nestingDepth(undefined as unknown as string), 0);
    });
  });

  it('leaves every real OKR file alone: examples and fixtures nest far less than the bound', () => {
    const files = [...okrFiles('examples'), ...okrFiles(join('test', 'ui', 'fixtures')), ...okrFiles('docs/rules')];
    assert.ok(files.length > 20);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.ok(nestingDepth(text) <= 6, `${file}: ${nestingDepth(text)}`);
      assert.ok(!parseOkr(text).problems.some(isNestingProblem), file);
    }
  });

  it('parses a file nested exactly to the bound as usual', () => {
    const text = HEAD + nestedList(MAX_NESTING_DEPTH);
    const doc = parseOkr(text);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.objectives.length, 1);
    assert.ok(doc.objectives[0]!.keyResults.length >= 1);
  });

  it('refuses a 500-level list (~260 KB) with one problem on the first line past the bound, instead of parsing it', () => {
    const deep = nestedList(500, 'x'.repeat(500));
    assert.ok(deep.length > 250_000 && deep.length < 2048 * 1024, 'below the size limit');
    const text = HEAD + deep;
    const doc = parseOkr(text);
    assert.deepEqual(doc.objectives, [], 'not parsed at all');
    assert.equal(doc.problems.length, 1);
    const [problem] = doc.problems;
    const line = HEAD.split('\n').length - 1 + MAX_NESTING_DEPTH; // the 65th level's line (0-based)
    assert.equal(problem!.code, 'too-large');
    assert.equal(problem!.range.start.line, line);
    assert.equal(problem!.message, `Lists or block quotes are nested more than 64 levels deep (from line ${line + 1}), so the file was not read as OKRs: flatten the nesting.`);
    assert.equal(problem!.template, TOO_DEEP_TEMPLATE);
    assert.ok(isNestingProblem(problem!));
    assert.equal(doc.lineCount, new LineIndex(text).lineCount);
  });

  it('refuses deep block quotes and one-line list chains too', () => {
    for (const deep of [nestedQuote(MAX_NESTING_DEPTH + 1), `${'- '.repeat(500)}x\n`, `${'> - '.repeat(40)}x\n`]) {
      const doc = parseOkr(HEAD + deep);
      assert.deepEqual(doc.objectives, []);
      assert.ok(doc.problems.some(isNestingProblem));
    }
  });

  it('the incremental cache and the sectioned parse refuse it the same way, and recover when it is flattened', () => {
    const deep = HEAD + nestedList(200);
    const cache = new IncrementalDocument();
    assert.deepEqual(cache.update(HEAD), parseOkr(HEAD));
    assert.deepEqual(cache.update(deep), parseOkr(deep));
    assert.deepEqual(parseOkrBySections(deep), parseOkr(deep));
    const flat = HEAD + nestedList(5);
    assert.deepEqual(cache.update(flat), parseOkr(flat));
    assert.equal(cache.update(flat).objectives.length, 1);
  });
});
