import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { lastMarkdownReuse, parseMarkdown } from '../../src/core/parse';
import { IncrementalDocument } from '../../src/core/incremental';

// parseMarkdown calls remark's parser (mdast-util-from-markdown) with the frontmatter and GFM
// extensions directly, leaving out the plugins' serialisers to keep the bundle small. The trees
// must be exactly the ones the remark plugin chain gives.
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const viaRemark = (text: string): Root => remark.parse(text) as Root;

const GFM_SAMPLE = [
  '\uFEFF---',
  'cycle: 2026-Q4',
  'owner: "@maya"',
  '---',
  '',
  '# OKRs 2026-Q4',
  '',
  '## O1: Make ~~slow~~ checkout fast',
  '',
  '- [x] Milestone: ship the new cart',
  '- [ ] Milestone: remove the old one',
  '  - [X] nested done',
  '',
  '| KR | Baseline | Target |',
  '|:---|---:|:-:|',
  '| p95 load | 4 s | 2 s |',
  '| `a\\|b` | **x** | |',
  '',
  'See www.example.com, https://example.com/a?b=c. and maya@example.com.[^1]',
  '',
  '[^1]: A footnote with ~strike~ and <b>html</b>.',
  '',
  '```yaml',
  '---',
  'not: frontmatter',
  '---',
  '```',
  '',
  '* [ ]not a task',
  '1. [x] ordered task',
].join('\r\n');

describe('parseMarkdown gives the trees of unified + remark-parse + remark-frontmatter + remark-gfm', () => {
  it('on a document with every GFM construct, frontmatter, a BOM and CRLF', () => {
    const tree = parseMarkdown(GFM_SAMPLE);
    const types = new Set<string>();
    const walk = (n: { type: string; children?: unknown[] }): void => {
      types.add(n.type);
      for (const c of n.children ?? []) walk(c as { type: string; children?: unknown[] });
    };
    walk(tree);
    // The sample exercises what the extensions add, so a missing extension cannot go unnoticed.
    for (const t of ['yaml', 'table', 'delete', 'footnoteReference', 'footnoteDefinition', 'link', 'code']) assert.ok(types.has(t), t);
    assert.ok(JSON.stringify(tree).includes('"checked":true'));
    assert.deepEqual(tree, viaRemark(GFM_SAMPLE));
  });

  it('on the examples', () => {
    const files = readdirSync('examples').filter((f) => f.endsWith('.md'));
    assert.ok(files.length > 0);
    for (const f of files) {
      const text = readFileSync(join('examples', f), 'utf8');
      assert.deepEqual(parseMarkdown(text), viaRemark(text), f);
    }
  });

  it('property: on random Markdown-ish texts', () => {
    const piece = fc.constantFrom(
      '---\n', 'cycle: 2026-Q4\n', '# ', '## O1: ', '- ', '- [ ] ', '- [x] ', '* ', '1. ', '  ', '|', '| a | b |\n', '|---|:-:|\n',
      '~~', '~', '**', '[^1]', '[^1]: ', 'www.x.com', 'https://a.b/c', 'a@b.co', '`', '```\n', '\n', '\r\n', 'text ', '> ', '<!-- c -->', '\\', '&amp;', '&copy;',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(parseMarkdown(text), viaRemark(text), JSON.stringify(text));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  // parseMarkdown with `reuse` (the incremental cache's re-parse of an edited section) copies the
  // blocks the previous such text had (sections.ts's splitBlocks) and runs remark over the rest: the
  // tree must still be remark's for the whole text, and nothing of one text may leak into the next.
  const reparse = (text: string): Root => parseMarkdown(text, { reuse: true });
  const OBJECTIVE = [
    '## O1: Grow 2x organic signups',
    '',
    'Owner: @omar · Type: committed',
    '',
    '- KR1: Double organic signups from 2,500 per month @omar',
    '  - 2026-10-31: 2,800, confidence 0.5',
    '- KR2: Publish 12 case studies, see www.example.com and a@b.co',
    '',
    'Initiatives:',
    '',
    '- Comparison pages',
    '',
    '| KR | Target |',
    '|---|---:|',
    '| x | 2 |',
    '',
    '#',
  ].join('\n');

  it('without `reuse` neither copies nor replaces what a `reuse` call kept', () => {
    const at = OBJECTIVE.indexOf('from 2,500');
    const edited = OBJECTIVE.slice(0, at) + 'x' + OBJECTIVE.slice(at);
    reparse(OBJECTIVE);
    // A plain parse of the edited text parses it all, and leaves OBJECTIVE's blocks kept.
    assert.deepEqual(parseMarkdown(edited), viaRemark(edited));
    assert.equal(lastMarkdownReuse(), 0);
    const other = '# Another file\n\n- a\n\nb\n';
    assert.deepEqual(parseMarkdown(other), viaRemark(other));
    assert.equal(lastMarkdownReuse(), 0);
    assert.deepEqual(reparse(edited), viaRemark(edited));
    assert.ok(lastMarkdownReuse() > 0);
  });

  it('the incremental cache asks for it on an edit, not when it opens a file', () => {
    const file = '# OKRs 2026-Q4\n\n## O1: Ship\n\n- KR1: Ship 3 things\n\nNotes\n\n## O2: Hire\n\n- KR1: Hire 2 people\n\nMore notes\n';
    const at = file.indexOf('\n\nNotes');
    reparse(OBJECTIVE);
    const doc = new IncrementalDocument();
    doc.update(file);
    // Opening parsed every section without replacing OBJECTIVE's kept blocks.
    reparse(OBJECTIVE.replace('Owner', 'Owners'));
    assert.ok(lastMarkdownReuse() > 0);
    // Two KRs pasted into O1's list: the second paste re-reads the list only.
    doc.update(file.slice(0, at) + '\n- KR2: Ship 4' + file.slice(at));
    doc.update(file.slice(0, at) + '\n- KR2: Ship 4\n- KR3: Ship 5' + file.slice(at));
    assert.ok(lastMarkdownReuse() > 0);
  });

  it('after an edit in one block: copies the others, and gives remark’s tree', () => {
    reparse(OBJECTIVE);
    const at = OBJECTIVE.indexOf('from 2,500');
    const edited = OBJECTIVE.slice(0, at) + 'x' + OBJECTIVE.slice(at);
    assert.deepEqual(reparse(edited), viaRemark(edited));
    // Everything but the KR list was copied.
    const list = OBJECTIVE.indexOf('- KR1');
    assert.equal(lastMarkdownReuse(), edited.length - (OBJECTIVE.indexOf('Initiatives:') + 1 - list));
    // Typing into the table, at the end, or into the first block.
    for (const where of [OBJECTIVE.indexOf('| x') + 2, OBJECTIVE.length, 4]) {
      const next = edited.slice(0, where) + 'y' + edited.slice(where);
      reparse(edited);
      assert.deepEqual(reparse(next), viaRemark(next), JSON.stringify(next));
      assert.ok(lastMarkdownReuse() > 0);
    }
  });

  it('does not copy into a text that defines links or footnotes, nor leak definitions into the next', () => {
    const withDefinitions = OBJECTIVE.replace('Initiatives:', 'Initiatives [x][^1]:') + '\n\n[x]: https://example.com\n\n[^1]: a note\n';
    reparse(OBJECTIVE);
    assert.deepEqual(reparse(withDefinitions), viaRemark(withDefinitions));
    assert.equal(lastMarkdownReuse(), 0);
    // The same references without the definitions are text, then copied as text.
    const without = OBJECTIVE.replace('Initiatives:', 'Initiatives [x] [^1]');
    assert.deepEqual(reparse(without), viaRemark(without));
    assert.ok(!JSON.stringify(reparse(without)).includes('Reference'));
    const again = without.replace('Owner', 'Owners');
    assert.deepEqual(reparse(again), viaRemark(again));
    assert.ok(lastMarkdownReuse() > 0);
  });

  it('keeps the frontmatter block, and parses `---` after a blank line in place (not as frontmatter)', () => {
    const text = '---\ncycle: 2026-Q4\n---\n\n# OKRs\n\nIntro\n\n---\n\nmore\n';
    reparse(text);
    const next = text.replace('more', 'more!');
    assert.deepEqual(reparse(next), viaRemark(next));
    assert.ok(lastMarkdownReuse() >= text.indexOf('more'));
    const bom = 'a\n\n\uFEFFb\n\nc\n';
    reparse(bom);
    const bom2 = bom.replace('c', 'cc');
    assert.deepEqual(reparse(bom2), viaRemark(bom2));
  });

  it('a list item after a blank line that continues the list above is not copied on its own', () => {
    const text = '- a\n\n- b\n\nc\n';
    reparse(text);
    const next = '- a!\n\n- b\n\nc\n';
    assert.deepEqual(reparse(next), viaRemark(next));
    const loose = '- a\n\n- b\n\nc\n\n- d\n';
    reparse(loose);
    const tight = '- a\n- b\n\nc\n\n- d\n';
    assert.deepEqual(reparse(tight), viaRemark(tight));
  });

  it('property: a random text, then an edit of it, gives remark’s tree for both', () => {
    const line = fc.constantFrom(
      '# Title', '## O1: Grow', '#', 'Owner: @a', 'Initiatives:', 'text www.x.com a@b.co', 'lazy', '  indented', '    code', '\t- tab',
      '- KR1: from 1 to 2', '  - 2026-11-01: 5', '* item', '+ plus', '1. one', '2. two', '-', '- [x] done', '---', '***', '___', '===',
      '```', '~~~', '> quote', '>', '<!-- c', '-->', '<div>', '<span>', '| a | b |', '|---|:-:|', '[^1]', '[x]', '\uFEFFbom', '~~del~~', '', '', '', '',
    );
    const eol = fc.constantFrom('\n', '\n', '\r\n', '\r');
    const lines = fc.array(fc.tuple(line, eol), { maxLength: 25 });
    const edit = fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom('x', '\n', '\n\n', '- ', '  ', '#', '```', '> ', '|', ''));
    let reused = 0;
    fc.assert(
      fc.property(fc.boolean(), lines, edit, (front, ls, [where, remove, insert]) => {
        const text = (front ? '---\ncycle: 2026-Q4\n---\n' : '') + ls.map(([l, e]) => l + e).join('');
        const at = text.length ? where % (text.length + 1) : 0;
        const next = text.slice(0, at) + insert + text.slice(at + remove);
        assert.deepEqual(reparse(text), viaRemark(text), JSON.stringify(text));
        assert.deepEqual(reparse(next), viaRemark(next), `${JSON.stringify(text)} → ${JSON.stringify(next)}`);
        if (lastMarkdownReuse() > 0) reused++;
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 400), seed: Number(process.env['FC_SEED'] ?? 7) },
    );
    // The copying path ran often enough to mean something.
    assert.ok(reused > 50, `reused ${reused} times`);
  });
});
