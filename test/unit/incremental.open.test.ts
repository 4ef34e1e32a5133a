import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Nodes, RootContent } from 'mdast';
import { IncrementalDocument, parseSectionNodes, WHOLE_PARSE_MAX_LENGTH, wholeSections } from '../../src/core/incremental';
import { parseOkr } from '../../src/core/parse';
import { splitSections } from '../../src/core/sections';
import { generateOkrFile } from '../../bench/generate';

// Opening a small file: the cache parses it in one remark run and deals the top-level nodes out to
// its sections (wholeSections), instead of one remark run per section.

function shift(node: Nodes, line: number, offset: number): void {
  if (node.position) {
    node.position.start = { ...node.position.start, line: node.position.start.line + line, offset: node.position.start.offset! + offset };
    node.position.end = { ...node.position.end, line: node.position.end.line + line, offset: node.position.end.offset! + offset };
  }
  if ('children' in node) for (const c of node.children) shift(c as Nodes, line, offset);
}

/** Each section parsed on its own (parseSectionNodes, as the cache does above the limit), placed in the text. */
function bySections(text: string): RootContent[][] {
  const starts = splitSections(text);
  return starts.map((s, i) => {
    const next = starts[i + 1];
    const nodes = parseSectionNodes(text.slice(s.offset, next?.offset ?? text.length), !next);
    for (const n of nodes) shift(n, s.line, s.offset);
    return nodes;
  });
}

function assertSameSections(text: string): void {
  const starts = splitSections(text);
  const whole = wholeSections(text, starts);
  assert.ok(whole, `wholeSections gave up on ${JSON.stringify(text)}`);
  assert.equal(whole.length, starts.length);
  const expected = bySections(text);
  whole.forEach((s, i) => {
    const to = starts[i + 1]?.offset ?? text.length;
    assert.equal(s.offset, starts[i]!.offset);
    assert.equal(s.line, starts[i]!.line);
    assert.equal(s.text, text.slice(s.offset, to));
    assert.equal(s.last, i === starts.length - 1);
    // The nodes are the whole text's, so they are where the section is.
    assert.equal(s.nodesOffset, s.offset);
    assert.equal(s.nodesLine, s.line);
    assert.deepEqual(s.nodes, expected[i], `section ${i} of ${JSON.stringify(text)}`);
  });
}

const examples = ['examples/growth.okr.md', 'examples/platform.okr.md', 'examples/okr.md'].map((f) => readFileSync(f, 'utf8'));

describe('IncrementalDocument: a small file is parsed whole when it is opened', () => {
  it('deals one parse of the text out to the sections, as each section parsed alone gives it (examples, generated files)', () => {
    for (const text of [...examples, generateOkrFile({ objectives: 2, seed: 5 }), examples[0]!.replace(/\n/g, '\r\n')]) {
      assert.ok(text.length <= WHOLE_PARSE_MAX_LENGTH, 'the inputs are small files');
      assert.ok(splitSections(text).length > 2);
      assertSameSections(text);
    }
  });

  it('property: the same nodes as parsing by sections, for random documents of headings, lists, fences, quotes, tables and HTML', () => {
    const line = fc.constantFrom(
      '# Title',
      '## O1: Grow',
      '### KR1: Reach 10',
      '#',
      'Owner: @a · Type: committed',
      '- KR1: from 1 to 2',
      '  - 2026-11-01: 1',
      '1. KR2: Reach 5%',
      '- [ ] task',
      '> quote',
      '```',
      '~~~',
      '    indented',
      '| a | b |',
      '|---|---|',
      '<div>',
      '<!-- okr-lint-disable kr-missing-owner -->',
      'Text with *emphasis* and a www.example.com link',
      '===',
      '',
      '',
    );
    const eol = fc.constantFrom('\n', '\n', '\r\n');
    const doc = fc
      .tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 30 }))
      .map(([front, lines]) => (front ? '---\nquarter: 2026-Q4\n---\n' : '') + lines.map(([l, e]) => l + e).join(''));
    fc.assert(
      fc.property(doc, (text) => {
        const starts = splitSections(text);
        if (starts.length < 2) return;
        // Where the scanner's cuts hold (its own test's property), the tree falls apart at them.
        assertSameSections(text);
      }),
      { seed: Number(process.env['FC_SEED'] ?? 11), numRuns: Number(process.env['FC_RUNS'] ?? 300) },
    );
  });

  it('gives up (null) when a cut is not where the tree falls apart: inside a paragraph, or before a node that is not a heading', () => {
    const text = '# T\n\nSome prose\nover two lines\n\n## O1: Grow\n\n- KR1: from 1 to 2\n';
    const starts = splitSections(text);
    assert.ok(wholeSections(text, starts));
    // A cut in the middle of the paragraph: a node straddles it.
    const inside = { offset: text.indexOf('over'), line: 3 };
    assert.equal(wholeSections(text, [starts[0]!, inside, ...starts.slice(1)]), null);
    // A cut before the list: the section would not start with a heading.
    const beforeList = { offset: text.indexOf('- KR1'), line: 7 };
    assert.equal(wholeSections(text, [...starts, beforeList]), null);
  });

  it('opens with the model of parseOkr, and later edits in any section (line edits included) still give it', () => {
    for (const text of examples) {
      const cache = new IncrementalDocument();
      assert.deepEqual(cache.update(text), parseOkr(text));
      assert.equal(cache.lastUpdate, 'full');
      assert.equal(cache.lastParsedSections, splitSections(text).length);
      // Type into the first KR of each section that has one, then into the title, then a new line: the
      // sections' nodes came from the whole text (absolute positions), re-read by line edits and re-parses.
      let current = text;
      let lineEdits = 0;
      const places = [...current.matchAll(/^(?:- |\d+\. )KR\d: \S+/gm)].map((m) => m.index! + m[0].length);
      for (const at of places.reverse()) {
        current = current.slice(0, at) + 'x' + current.slice(at);
        assert.deepEqual(cache.update(current), parseOkr(current), `typing at ${at}`);
        lineEdits += cache.lastLineEdits;
      }
      const title = current.indexOf('\n# ') + 4;
      current = current.slice(0, title) + 'New ' + current.slice(title);
      assert.deepEqual(cache.update(current), parseOkr(current));
      const end = current.lastIndexOf('\n- ');
      current = current.slice(0, end) + '\n\n## Added\n\n- KR1: Reach 5' + current.slice(end);
      assert.deepEqual(cache.update(current), parseOkr(current));
      assert.ok(lineEdits > 0, 'some of the edits re-read one line of a section parsed whole');
    }
  });
});
