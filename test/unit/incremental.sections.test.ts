import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from '../../src/core/parse';
import { parseSectionNodes } from '../../src/core/incremental';
import { frontmatterEnd, splitBlocks, splitSections } from '../../src/core/sections';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';

// The reference for splitBlocks: the remark plugin chain (parseMarkdown itself reuses blocks).
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Each block parsed on its own by remark (followed by a sentinel `#` unless it ends the text), placed. */
function parseByBlocks(text: string): RootContent[] {
  const starts = splitBlocks(text);
  return starts.flatMap((s, i) => {
    const to = starts[i + 1]?.offset ?? text.length;
    const last = to === text.length;
    const nodes = (remark.parse(text.slice(s.offset, to) + (last ? '' : '#')) as { children: RootContent[] }).children;
    if (!last) assert.equal(nodes.pop()?.type, 'heading');
    for (const n of nodes) shift(n, s.line, s.offset);
    return nodes;
  });
}

function assertSameBlocks(text: string): void {
  assert.deepEqual(parseByBlocks(text), (remark.parse(text) as { children: RootContent[] }).children, `blocks ${JSON.stringify(splitBlocks(text))} of ${JSON.stringify(text)}`);
}

/** The lines (0-based) where splitBlocks cuts, besides 0. */
function blockLines(text: string): number[] {
  return splitBlocks(text)
    .slice(1)
    .map((s) => s.line);
}

/** The line numbers (0-based) where the scanner cuts, besides 0. */
function cutLines(text: string): number[] {
  return splitSections(text)
    .slice(1)
    .map((s) => s.line);
}

function shift(node: Nodes, line: number, offset: number): void {
  if (node.position) {
    node.position.start = { ...node.position.start, line: node.position.start.line + line, offset: node.position.start.offset! + offset };
    node.position.end = { ...node.position.end, line: node.position.end.line + line, offset: node.position.end.offset! + offset };
  }
  if ('children' in node) for (const c of node.children) shift(c as Nodes, line, offset);
}

/** Parses each section on its own and places its nodes in the whole text. */
function parseBySections(text: string): RootContent[] {
  const starts = splitSections(text);
  return starts.flatMap((s, i) => {
    const next = starts[i + 1];
    const section = text.slice(s.offset, next?.offset ?? text.length);
    const nodes = parseSectionNodes(section, !next);
    for (const n of nodes) shift(n, s.line, s.offset);
    return nodes;
  });
}

function assertSameTree(text: string): void {
  assert.deepEqual(parseBySections(text), parseMarkdown(text).children, `sections ${JSON.stringify(splitSections(text))} of ${JSON.stringify(text)}`);
}

describe('sections: the line scanner that cuts an okr.md for incremental parsing', function () {
  this.timeout(120_000);
  it('cuts before every column-0 ATX heading', () => {
    const text = '# Title\n\nIntro\n\n## Team\n\n### O1: Grow\n\n- KR1: from 1 to 2\n\n### O2: Keep\n';
    assert.deepEqual(cutLines(text), [4, 6, 10]);
    assertSameTree(text);
  });

  it('does not cut inside frontmatter, and starts scanning after it', () => {
    const text = '---\nquarter: 2026-Q4\n# not a heading\n```\n---\n\n## O1\n\n- KR\n';
    assert.equal(frontmatterEnd(text), text.indexOf('\n\n## O1') + 1);
    assert.deepEqual(cutLines(text), [6]);
    assertSameTree(text);
  });

  it('never cuts after a frontmatter fence that does not close (remark reads the rest oddly)', () => {
    const text = '---\ntitle\n\n## O1\n\n- KR\n';
    assert.equal(frontmatterEnd(text), -1);
    assert.deepEqual(cutLines(text), []);
    assert.equal(frontmatterEnd('--- \n---\n## A\n'), 9);
    assert.equal(frontmatterEnd('----\n---\n'), 0);
  });

  it('does not cut inside fenced code (backticks, tildes, longer fences, indented fences)', () => {
    const cases = [
      '## A\n\n```md\n## inside\n```\n\n## B\n',
      '## A\n\n~~~\n## inside\n```\n## still inside\n~~~\n## B\n',
      '## A\n\n````\n```\n## inside\n````\n## B\n',
      '## A\n\n   ```\n## inside\n   ```\n## B\n',
      '## A\n\n```\n## inside\n``` not a closer\n## inside too\n```\n## B\n',
    ];
    for (const text of cases) {
      assert.deepEqual(
        cutLines(text).map((l) => text.split('\n')[l]),
        ['## B'],
        text,
      );
      assertSameTree(text);
    }
  });

  it('a backtick line with a backtick in its info string is not a fence', () => {
    const text = '## A\n\n``` a`b\n## B\n';
    assert.deepEqual(cutLines(text), [3]);
    assertSameTree(text);
  });

  it('a fence inside a list item is closed by a column-0 heading, so it cuts there', () => {
    const text = '## O1\n\n- KR1\n  ```\n  code\n## O2\n\n- KR\n';
    assert.deepEqual(cutLines(text), [5]);
    assertSameTree(text);
  });

  it('an unclosed fence inside a block quote ends as it does before a heading', () => {
    const text = '> ```\n>\n# Title\n\n## O1\n';
    assert.deepEqual(cutLines(text), [2, 4]);
    assertSameTree(text);
  });

  it('does not cut inside an unclosed HTML comment or before the blank line ending an HTML block', () => {
    const comment = '## A\n\n<!-- okr-lint-disable\n## inside\n-->\n## B\n';
    assert.deepEqual(cutLines(comment), [5]);
    assertSameTree(comment);
    const div = '## A\n\n<div>\n## inside\n\n## B\n';
    assert.deepEqual(cutLines(div), [5]);
    assertSameTree(div);
  });

  it('never cuts a text that may define a link reference or a footnote', () => {
    assert.deepEqual(cutLines('## A\n\nSee [x].\n\n## B\n\n[x]: https://example.com\n'), []);
    assert.deepEqual(cutLines('## A\n\nNote[^1]\n\n## B\n\n[^1]: a note\n'), []);
  });

  it('does not cut at indented or non-heading `#` lines', () => {
    const text = '## A\n\n ## indented\n\n#hashtag\n\n    ## code\n\n## B\n';
    assert.deepEqual(cutLines(text), [8]);
    assertSameTree(text);
  });

  it('handles CRLF and lone CR line endings', () => {
    const crlf = '## A\r\n\r\n```\r\n## in\r\n```\r\n## B\r\n- KR\r\n';
    assert.deepEqual(cutLines(crlf), [5]);
    assertSameTree(crlf);
    const cr = '## A\r\r- KR\r## B\r';
    assert.deepEqual(cutLines(cr), [3]);
    assertSameTree(cr);
  });

  it('a table, a block quote and a setext heading before a heading do not hide it', () => {
    const text = '## A\n\n| a | b |\n|---|---|\n| 1 | 2 |\n## B\n> quote\n## C\nSetext\n---\n## D\n';
    assert.deepEqual(cutLines(text), [5, 7, 10]);
    assertSameTree(text);
  });

  it('when a fence might be inside a list item or at the top level, it cuts only where both agree', () => {
    // After a lazy line, the indented fence may open at the top level: the heading may be code.
    const text = '- a\nlazy\n  ```\n## maybe code\n```\n## B\n';
    assertSameTree(text);
    assert.ok(!cutLines(text).includes(3));
  });

  // Random documents made of the lines that matter to block structure: every way of cutting them
  // must give remark's tree for the whole text.
  const line = fc.constantFrom(
    '# Title Q4 2026', '## Team', '### O1: Grow', '##', '#no', ' ## indented', '    ## code', '#### Key results',
    '- KR1: from 1 to 2', '  - 2026-11-01: 5', '* item', '1. one', '2. two', '-', '- [x] done', '\t- tab', '-\ttab', '10.  wide',
    '```', '~~~', '````', '```js', ' ```', '  ```', '   ~~~', '    ```', '``` a`b', '> quote', '> ```', '>',
    '<!-- c', '-->', '<!-- one -->', '<div>', '</div>', '<span>', '<script>', '</script>', '<?x', '?>', '<!D', '<![CDATA[', ']]>',
    '| a |', '|---|', '---', '***', '===', 'Initiatives:', 'prose *em*', 'lazy text', '  indented text', '', '', '',
  );
  const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');
  const doc = fc
    .tuple(fc.boolean(), fc.array(fc.tuple(line, eol), { maxLength: 30 }))
    .map(([front, lines]) => (front ? '---\nquarter: 2026-Q4\n---\n' : '') + lines.map(([l, e]) => l + e).join(''));

  it('property: parsing by sections gives remark’s tree for random documents', () => {
    fc.assert(
      fc.property(doc, (text) => {
        assertSameTree(text);
      }),
      { seed: Number(process.env['FC_SEED'] ?? 7), numRuns: Number(process.env['FC_RUNS'] ?? 300) },
    );
  });

  it('blocks: cuts at headings and after a blank line before a column-0 block, as remark parses them alone', () => {
    const text = '## O1: Grow\n\nOwner: @a · Type: committed\n\n- KR1: from 1 to 2\n  - 2026-11-01: 1\n- KR2\n\nInitiatives:\n\n- Pages\n\n| a |\n|---|\n\n#';
    assert.deepEqual(blockLines(text), [2, 4, 8, 10, 15]); // (not before the table: the list item above may be open)
    assertSameBlocks(text);
    // The frontmatter stays in the first block.
    const front = '---\ncycle: 2026-Q4\n---\n\nIntro\n\nMore\n';
    assert.deepEqual(blockLines(front), [4, 6]);
    assertSameBlocks(front);
  });

  it('blocks: no cut where the line after the blank one may belong to what is above, or reads differently alone', () => {
    const cases: [string, number[]][] = [
      ['- a\n\n- b\n', []], // another item of the same (now loose) list
      ['- a\n\n  b\n', []], // the item's second paragraph
      ['- a\n\nb\n', [2]], // closes the item
      ['- a\n\n> b\n', []],
      ['1. a\n\n2. b\n', []],
      ['a\n\n---\nb\n', []], // `---` alone would be frontmatter
      ['a\n\n\uFEFFb\n', []], // micromark drops a BOM at a text's start
      ['\uFEFFa\n\nb\n', []], // a text with a BOM: its offsets are not remark's
      ['    code\n\n2. two\n', []], // paragraph text after indented code, a list alone
      ['    code\n\n-\n', []],
      ['    code\n\n1. one\n', [2]],
      ['```\n\nx\n```\n', []],
      ['<div>\n\nx\n', [2]], // the blank line ends the HTML block
      ['<!--\n\nx\n-->\n', []],
      ['See [x].\n\nb\n\n[x]: /u\n', []], // definitions act across blocks
      ['a\n\n  b\n', []],
      ['a\nb\n', []],
    ];
    for (const [text, lines] of cases) {
      assert.deepEqual(blockLines(text), lines, JSON.stringify(text));
      assertSameBlocks(text);
    }
  });

  it('property: parsing by blocks gives remark’s tree for random documents', () => {
    const blockLine = fc.constantFrom(
      '# Title', '## O1: Grow', '#', 'Owner: @a', 'Initiatives:', 'text www.x.com a@b.co', 'lazy', '  indented', '    code', '\tcode', '\t- tab',
      '- KR1: from 1 to 2', '  - 2026-11-01: 5', '* item', '+ plus', '1. one', '1) one', '2. two', '10) ten', '-', '- ', '- [x] done', '- - -',
      '---', '***', '___', '===', '```', '~~~', '> quote', '>', '<!-- c', '-->', '<div>', '<span>', '<script>', '</script>', '| a | b |',
      '|---|:-:|', '[^1]', '[x]', '\uFEFFbom', '~~del~~', '', '', '', '', '', '',
    );
    const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');
    const blockDoc = fc
      .tuple(fc.boolean(), fc.array(fc.tuple(blockLine, eol), { maxLength: 30 }))
      .map(([front, lines]) => (front ? '---\nquarter: 2026-Q4\n---\n' : '') + lines.map(([l, e]) => l + e).join(''));
    let cut = 0;
    fc.assert(
      fc.property(blockDoc, (text) => {
        assertSameBlocks(text);
        if (splitBlocks(text).length > splitSections(text).length) cut++;
      }),
      { seed: Number(process.env['FC_SEED'] ?? 7), numRuns: Number(process.env['FC_RUNS'] ?? 500) },
    );
    assert.ok(cut > 30, `only ${cut} texts had block cuts`);
  });
});
