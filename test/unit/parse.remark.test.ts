import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../src/core/parse';

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
});
