import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from '../../src/core/parse';
import { parseSectionNodes } from '../../src/core/incremental';
import { frontmatterEnd, splitSections } from '../../src/core/sections';

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
});
