import assert from 'node:assert/strict';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import {
  GFM_ALL,
  GFM_AUTOLINK_LITERAL,
  GFM_FOOTNOTE,
  GFM_STRIKETHROUGH,
  GFM_TABLE,
  GFM_TASK_LIST_ITEM,
  gfmPartsFor,
  parseMarkdown,
  parseWithGfmParts,
  treeMayAutolink,
} from '../../src/core/parse';

// parseMarkdown parses each text with the GFM parts whose syntax may occur in it (gfmPartsFor), and
// without the autolink-literal part where the only candidates are a link's destination or a
// character reference, when the tree then has no text that could be one (treeMayAutolink). Either
// way the tree must be the one remark-gfm gives, all five parts on.
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const viaRemark = (text: string): Root => remark.parse(text) as Root;

const PARTS: [string, number][] = [
  ['autolink literal', GFM_AUTOLINK_LITERAL],
  ['footnote', GFM_FOOTNOTE],
  ['strikethrough', GFM_STRIKETHROUGH],
  ['table', GFM_TABLE],
  ['task list item', GFM_TASK_LIST_ITEM],
];

// Texts built from what starts (or nearly starts) each part: e-mails and their neighbours, URLs in
// every case, `www.`, character references that decode to `@`, `w`, `.`, `:`, escapes, links,
// autolinks in brackets, code spans, emphasis around and inside, footnotes, tildes, table rows and
// delimiter rows with and without pipes, task-list checks.
const piece = fc.constantFrom(
  'a', 'b', 'x', 'co', 'W', ' ', ' ', '\n', '\n', '\n\n', '\r\n', '\t', '_', '__', '*', '**', '@', '.', '-', '+', '\\', '/', ':', ';', '!', '?', ',',
  'http', 'HTTP', 'https', 'Http', '://', 'www', 'WWW', 'wWw', '.com', '.example.org', 'mailto:', 'xmpp:', 'a@b.co', 'a_@b.co', '_a_@b.co', 'a.b-c+d@e.fr',
  '&#64;', '&commat;', '&#x40;', '&#119;', '&#x77;', '&#46;', '&period;', '&#58;', '&colon;', '&amp;', '&', 'R&D', '&#',
  '(', ')', '<', '>', '[', ']', '](', '![', '[^1]', '[^1]: ', '[^', '^', '`', '``', '~', '~~', '|', '| a | b |\n', '|---|:-:|\n', ':-', '-:', ':-:',
  '- ', '* ', '1. ', '> ', '# ', '## O1: ', '[ ] ', '[x] ', '[X] ', '- [ ] ', '- [x] ', '---\n', 'cycle: 2026-Q4\n', '<!-- c -->', '<span>', '    ',
  'www.x.co', 'https://x.co', 'a@b.co', '*www.x.co*', '_a@b.co_', '**https://x.co**', '[www.x.co]', '`https://x.co`', '~~www.x.co~~', '# www.x.co',
);
const texts = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const runs = Number(process.env['FC_RUNS'] ?? 1000);

describe('GFM parts chosen per text (parse.ts gfmPartsFor)', () => {
  it('cases: each gives remark-gfm’s tree', () => {
    const cases = [
      'a\\@b.co', 'x a\\.@b.co', 'a&#64;b.co', 'a&commat;b.co', '&#x77;ww.x.com', 'www&#46;x.com', 'http&#58;//x.co', 'https:\\/\\/x.co', 'www\\.x.com',
      '_a_@b.co', '__a__@b.co', 'x _a_b@c.co', '*a*@b.co', 'a_@b.co', '<https://x.co>', '<a@b.co>', '[a](https://x.co)', '[a](https://x.co "www.x.co")',
      '[https://x.co]', '![www.x.com](y)', '[www.x.com](y)', '(www.x.com)', '(https://x.co)', 'see (https://x.co) a@b.co', '`a@b.co` and `www.x.com`',
      'x\n@b.co', 'WWW.X.COM', 'HTTPS://X.CO', 'mailto:a@b.co', 'xmpp:a@b.co/r', '*www.x.com*', '**a@b.co**', 'https://x.co/*a*', 'www.x.co/`a`',
      '[x]: https://x.co\n\n[x] and www.x.co', 'Owner: @maya, "@ceo" (@omar)', '| @maya |\n|---|', 'a\n:-', 'a\n-:', '| a |\n| - |', 'a | b\n- | -',
      '- [ ] x', '- [x] y', '- [\n  ] z', '* [X]', '[^1]\n\n[^1]: n', '![^1]\n\n[^1]: n', '~a~', '~~a~~', '\uFEFF---\na: 1\n---\n# T',
      // An e-mail whose `@` follows a `www` or `http` after `(` or `<` (and one by a character reference).
      '(www@b.co', '<http@b.co', '(http&#64;b.co', '(WWW@b.co)', 'x <https@b.co>',
    ];
    for (const text of cases) {
      assert.deepEqual(parseMarkdown(text), viaRemark(text), JSON.stringify(text));
      // And the tree check alone, whatever gfmPartsFor says of the text.
      const without = parseWithGfmParts(text, GFM_ALL & ~GFM_AUTOLINK_LITERAL);
      if (!treeMayAutolink(without)) assert.deepEqual(without, viaRemark(text), `tree check: ${JSON.stringify(text)}`);
    }
  });

  it('property: parseMarkdown gives remark-gfm’s tree, and leaves parts out often', () => {
    const left = new Map<number, number>(PARTS.map(([, bit]) => [bit, 0]));
    let checked = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const { parts, check } = gfmPartsFor(text);
        for (const [, bit] of PARTS) if (!(parts & bit)) left.set(bit, left.get(bit)! + 1);
        if (check) checked++;
        assert.deepEqual(parseMarkdown(text), viaRemark(text), JSON.stringify(text));
      }),
      { numRuns: runs, seed: 11 },
    );
    // Each part was left out of a good share of the texts, and the tree check ran.
    for (const [name, bit] of PARTS) assert.ok(left.get(bit)! > runs / 10, `${name} left out of ${left.get(bit)} texts`);
    assert.ok(checked > runs / 50, `tree checked ${checked} times`);
  });

  it('property: each part the text cannot start, left out alone, changes nothing', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { parts, check } = gfmPartsFor(text);
        const full = parseWithGfmParts(text, GFM_ALL);
        for (const [name, bit] of PARTS) {
          if (parts & bit || (bit === GFM_AUTOLINK_LITERAL && check)) continue;
          assert.deepEqual(parseWithGfmParts(text, GFM_ALL & ~bit), full, `${name} ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: runs, seed: 12 },
    );
  });

  // The tree check must hold on any text, not only on those gfmPartsFor sends to it: whenever the
  // tree without autolink literals has no text where one may be, it is the tree with them.
  it('property: a tree without autolink literals that has no candidate text is the full tree', () => {
    let trusted = 0;
    let withAutolinkChars = 0;
    fc.assert(
      fc.property(texts, (text) => {
        const without = parseWithGfmParts(text, GFM_ALL & ~GFM_AUTOLINK_LITERAL);
        const full = parseWithGfmParts(text, GFM_ALL);
        if (treeMayAutolink(without)) return;
        trusted++;
        if (/http|www|@/i.test(text)) withAutolinkChars++;
        assert.deepEqual(without, full, JSON.stringify(text));
      }),
      { numRuns: runs, seed: 13 },
    );
    assert.ok(trusted > runs / 4 && withAutolinkChars > runs / 20, `trusted ${trusted}, of which with http, www or @ ${withAutolinkChars}`);
  });

  it('the tree check finds what the autolink part would link', () => {
    for (const text of ['see www.x.co', 'HTTPS://X.CO', 'a@b.co', '_a_@b.co', '[https://x.co]', 'a&#64;b.co']) {
      assert.ok(treeMayAutolink(parseWithGfmParts(text, 0)), text);
    }
    for (const text of ['[a](https://x.co)', '<https://x.co>', 'Owner: @maya', '`a@b.co`', '![www.x.co](y)']) {
      assert.ok(!treeMayAutolink(parseWithGfmParts(text, 0)), text);
    }
  });

  it('gfmPartsFor: what each part needs', () => {
    assert.deepEqual(gfmPartsFor('# OKRs\n\n- KR1: Grow from 1 to 2 @maya\n'), { parts: 0, check: false });
    assert.equal(gfmPartsFor('x a@b.co').parts, GFM_AUTOLINK_LITERAL);
    assert.equal(gfmPartsFor('x a\\@b.co').parts, GFM_AUTOLINK_LITERAL);
    assert.equal(gfmPartsFor('see https://x.co').parts, GFM_AUTOLINK_LITERAL);
    assert.deepEqual(gfmPartsFor('[doc](https://x.co)'), { parts: 0, check: true });
    assert.deepEqual(gfmPartsFor('R &amp; D'), { parts: 0, check: true });
    assert.deepEqual(gfmPartsFor('[doc](https://x.co) and www.x.co'), { parts: GFM_AUTOLINK_LITERAL, check: false });
    // The e-mail is seen on its own, not left to the tree check because `www` or `http` came first.
    for (const t of ['(www@b.co', '<http@b.co', '[doc](https://x.co) a@b.co']) assert.deepEqual(gfmPartsFor(t), { parts: GFM_AUTOLINK_LITERAL, check: false }, t);
    assert.deepEqual(gfmPartsFor('(http&#64;b.co'), { parts: 0, check: true });
    assert.equal(gfmPartsFor('[^1]').parts, GFM_FOOTNOTE);
    assert.equal(gfmPartsFor('~').parts, GFM_STRIKETHROUGH);
    for (const t of ['|', 'a\n:-', 'a\n-:']) assert.equal(gfmPartsFor(t).parts, GFM_TABLE, t);
    for (const t of ['- [ ]', '- [x]', '- [X]', '- [\t]', '- [\n']) assert.equal(gfmPartsFor(t).parts, GFM_TASK_LIST_ITEM, JSON.stringify(t));
    assert.equal(gfmPartsFor('[link](x) [y]').parts, 0);
  });
});
