// The incremental cache's cheapest re-parse: an edit inside one line of a one-line paragraph (typing
// in a KR, a check-in, an initiative) sends that line alone through remark and copies the rest of the
// section's tree (`paragraphLineEdit` in src/core/incremental.ts). Held to remark: whenever it answers,
// its nodes must equal remark's for the edited section, every position included, on random
// Markdown-ish sections (containers, inline syntax, tables, setext underlines, task items, fences,
// HTML, tabs, CRLF) and random edits of characters that matter to Markdown. FC_RUNS / FC_SEED run it
// longer or elsewhere.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IncrementalDocument, paragraphLineEdit, parseSectionNodes, plainParagraph, plainParagraphLineEdits } from '../../src/core/incremental';
import { parseOkr, remarkParse } from '../../src/core/parse';
import { createLinter, defaultConfig, lint } from '../../src/core/lint/index';
import { generateOkrFile } from '../../bench/generate';

const line = fc.constantFrom(
  '- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15 @bob',
  '  - 2026-11-07: 140, confidence 0.6 — blocked on infra',
  '- [ ] Ship the onboarding flow', '- [x] VP Sales hired', '- [] almost a task', '* [ ]x', '1. Launch the new pricing page', '2) second',
  '> quoted text with *emphasis*', '> - quoted item', '   indented three', '    indented code', '\tTabbed text',
  'Some notes with *emphasis*, _under_ and `code` and **strong**', 'a www.example.com link and mail@example.com', 'See [the doc](https://example.com/doc) or <https://x.y>',
  '#hashtag is not a heading', '## A heading', '#', '1x. not a list', '-x not a list', '--', '==', '---', '===', '***', '* * *', '__', '~~strike~~', '~~', '``',
  '```', '~~~', '<div>', '<span>inline</span>', '<!-- okr-lint-disable -->', '| a | b |', '|---|---|', 'a | b', '--|--',
  'Mail é@example.com or a@b.co', 'Www.example.com and HTTPS://x.y', 'write to mailto:x@y.z', 'Plain words, numbers 12.5% and €3.60 — a note', '2026. not a date',
  'Trailing spaces  ', 'Initiatives:', 'lazy continuation line', '  indented paragraph in an item', '      - deeper item with `code`', '3. third', '- ', '>', '> > nested quote *x*', 'Owner: @alice · Type: committed', 'x\\', '&amp; &copy', '[x]', '',
  '', '',
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n');
const section = fc.tuple(fc.constantFrom('', '## O1: Grow\n\n', '### KR2: Cut costs\n'), fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 14 }), fc.boolean()).map(([head, lines, last]) => ({
  text: head + lines.map(([l, e]) => l + e).join(''),
  last,
}));
const typed = fc.constantFrom('x', 'x', ' ', '  ', '*', '_', '`', '#', '# ', '-', '- ', '=', '[', ']', '(', ')', '!', '<', '>', '~', ':', '@', '.', '&', ';', '1', '1.', '|', '\\', '\t', '"', 'www.', 'http://a.b', '[^1]', '***', '```', '<div>', '- [ ] ', '[ ]');
const edit = fc.record({
  at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000),
  remove: fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 2 }),
  insert: fc.oneof({ arbitrary: fc.constant(''), weight: 1 }, { arbitrary: typed, weight: 3 }),
});

describe('paragraphLineEdit: an edit inside a paragraph line re-parses that line alone', function () {
  this.timeout(600_000);

  it('property: when it answers, it answers remark’s nodes for the edited section', () => {
    let answered = 0;
    let runs = 0;
    const plainBefore = plainParagraphLineEdits();
    fc.assert(
      fc.property(section, edit, ({ text, last }, op) => {
        const at = Math.floor(op.at * text.length);
        const removed = Math.min(op.remove, text.length - at);
        const next = text.slice(0, at) + op.insert + text.slice(at + removed);
        if (next === text || !next.trim()) return;
        // (A section that is not the last must end where remark sees the next heading.)
        let nodes;
        let expected;
        try {
          nodes = parseSectionNodes(text, last);
          expected = parseSectionNodes(next, last);
        } catch {
          return;
        }
        runs++;
        const old = { text, nodes, nodesOffset: 0, nodesLine: 0 };
        const patched = paragraphLineEdit(old, next, at, at + removed, op.insert.length - removed);
        if (!patched) return;
        answered++;
        assert.deepEqual(patched, expected, `${JSON.stringify(text)} → ${JSON.stringify(next)}`);
        // The old nodes were only read.
        assert.deepEqual(nodes, parseSectionNodes(text, last));
      }),
      { seed: Number(process.env['FC_SEED'] ?? 11), numRuns: Number(process.env['FC_RUNS'] ?? 3000) },
    );
    const plain = plainParagraphLineEdits() - plainBefore;
    if (process.env['FC_STATS']) console.log('answered', answered, 'of', runs, 'without remark', plain);
    assert.ok(answered > runs / 10, `the line path answered ${answered} of ${runs}`);
    assert.ok(plain > answered / 4 && plain < answered, `plain lines: ${plain} of ${answered}`);
  });

  it('property: a line it calls plain is the one text node remark makes of it', () => {
    const piece = fc.oneof(
      { arbitrary: fc.constantFrom('a', 'Z', 'é', '7', ' ', '  ', '.', ',', ':', '-', '+', '(', ')', '%', '$', '€', '—', '@', 'bob', 'w', 'ww', '.com', 's://', '#', '=', '1.', '2)', '9'), weight: 6 },
      { arbitrary: fc.constantFrom('www', 'http', 'mailto:', 'xmpp:', '*', '_', '`', '[', ']', '!', '<', '>', '~', '&', ';', '\\', '|', '\u0000', '\f'), weight: 1 },
    );
    const line = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
    let plain = 0;
    fc.assert(
      fc.property(line, (content) => {
        const mine = plainParagraph(content);
        if (!mine) return;
        plain++;
        const root = remarkParse(content);
        assert.equal(root.children.length, 1, JSON.stringify(content));
        assert.deepEqual(mine, root.children[0], JSON.stringify(content));
      }),
      { seed: Number(process.env['FC_SEED'] ?? 12), numRuns: Number(process.env['FC_RUNS'] ?? 3000) },
    );
    assert.ok(plain > 300, `plain lines: ${plain}`);
    // Each of these is, or may become, something other than plain text.
    for (const content of ['a\\b', 'a & b', 'a `b`', 'a *b*', 'snake_case', '[x]', 'a!', '<b>', '~x~', 'go www.x.y', 'see http://x', 'mail a@b.co', '1. item', '# x', '-x', 'x\u0000']) {
      assert.equal(plainParagraph(content), null, content);
    }
    assert.ok(plainParagraph('KR1: Grow revenue from $1M to $2M by 2026-12-01 @alice'));
  });

  it('reads nodes already moved to their place (nodesOffset, nodesLine) and answers them section-relative', () => {
    const text = '## O1: Grow\n\n- KR1: from 1 to 2 @bob\n  - 2026-11-07: 1, confidence 0.5\n';
    const nodes = parseSectionNodes(text, true);
    // The section as the cache keeps it once moved below 100 characters and 7 lines of other text.
    const movedNodes = JSON.parse(JSON.stringify(nodes), (key, value) =>
      (key === 'start' || key === 'end') && value && typeof value.offset === 'number' ? { ...value, line: value.line + 7, offset: value.offset + 100 } : value,
    );
    const at = text.indexOf('to 2') + 4;
    const next = text.slice(0, at) + '0' + text.slice(at);
    const patched = paragraphLineEdit({ text, nodes: movedNodes, nodesOffset: 100, nodesLine: 7 }, next, at, at, 1);
    assert.deepEqual(patched, parseSectionNodes(next, true));
  });

  it('leaves to remark what may change more than the line: a heading, a table row, a task check, a line break, a multi-line paragraph', () => {
    const cases: [string, string, string][] = [
      ['Paragraph #hashtag\n', '#hashtag\n', '# hashtag\n'],
      ['| a | b |\n|---|---|\n', 'x\n', 'x|\n'],
      ['- [] task\n', '- [] task\n', '- [ ] task\n'],
      ['- [ ] [link](x) done\n', '- [ ] [link](x) done\n', '- [ ] [link](x) doe\n'],
      ['two\nlines\n', 'two\nlines\n', 'twoo\nlines\n'],
      ['- item\n', '- item\n', '- it\nem\n'],
    ];
    for (const [, text, next] of cases) {
      let at = 0;
      while (at < text.length && text[at] === next[at]) at++;
      let end = 0;
      while (end < Math.min(text.length, next.length) - at && text[text.length - 1 - end] === next[next.length - 1 - end]) end++;
      const nodes = parseSectionNodes(text, true);
      assert.equal(paragraphLineEdit({ text, nodes, nodesOffset: 0, nodesLine: 0 }, next, at, text.length - end, next.length - text.length), null, JSON.stringify(next));
    }
  });

  it('the cache takes it for typing in a KR, a check-in, a task item and a note, and its model and diagnostics equal a fresh parse’s', () => {
    const text = generateOkrFile({ objectives: 6 });
    const options = { config: defaultConfig(), fileName: 'okr.md' };
    for (const anchor of ['- KR2: Increase', '  - 2026-11-12:', '- [ ] Ship the', 'Context: the numbers']) {
      const cache = new IncrementalDocument();
      const linter = createLinter();
      let current = text;
      linter.lint(cache.update(current), current, { ...options, lines: cache.lineIndex ?? undefined });
      const at = text.indexOf(anchor, text.length >> 1) + anchor.length + 3;
      for (const insert of ['x', 'y', '', ' 9%']) {
        current = current.slice(0, at) + insert + current.slice(at + (insert === '' ? 1 : 0));
        const doc = cache.update(current);
        assert.equal(cache.lastLineEdits, 1, `${anchor}: ${JSON.stringify(insert)}`);
        assert.equal(cache.lastUpdate, 'objective');
        const fresh = parseOkr(current);
        assert.deepEqual(doc, fresh);
        assert.deepEqual(linter.lint(doc, current, { ...options, lines: cache.lineIndex ?? undefined }), lint(fresh, current, options));
      }
    }
  });
});

describe('IncrementalDocument: a rebuilt objective reuses the last rebuild’s text analyses', () => {
  const text = [
    '---', 'quarter: 2026-Q4', '---', '', '# OKRs', '',
    '## O1: Grow', '', 'Owner: @alice', '',
    '- KR1: Increase signups from 100 to 200 by Dec 15 @bob',
    '  - 2026-10-20: 120, confidence 0.6',
    '  - 2026-11-10: 150 — on track',
    '- KR2: Reduce latency from 900 ms to 300 ms',
    '  - Nov 14: 600 ms',
    '- KR3: Reach 50 paying teams',
    '', '## O2: Keep', '', '- KR1: Keep uptime at least 99.9%', '',
  ].join('\n');

  it('moves the other KRs’ and check-ins’ analyses, analyses the edited KR afresh every time, and equals parseOkr', () => {
    const cache = new IncrementalDocument();
    cache.update(text);
    const at = text.indexOf('900 ms') + 3;
    let current = text;
    // Type in KR2's text, then delete what was typed: the text KR2 had two versions ago comes back.
    const versions = ['9', '99', '9', '', ' x'].map((typed) => text.slice(0, at) + typed + text.slice(at));
    const reused: number[] = [];
    for (const next of versions) {
      current = next;
      const doc = cache.update(current);
      assert.equal(cache.lastUpdate, 'objective');
      assert.deepEqual(doc, parseOkr(current));
      reused.push(cache.lastReusedAnalyses);
    }
    // KR1, its two check-ins, KR2's check-in and KR3 (5), never KR2 itself (the first rebuild had nothing to take).
    assert.deepEqual(reused, [0, 5, 5, 5, 5]);
    // A line added above them moves them to other lines: still reused, moved.
    current = current.replace('Owner: @alice', 'Owner: @alice\nType: committed');
    assert.deepEqual(cache.update(current), parseOkr(current));
    assert.equal(cache.lastReusedAnalyses, 6);
    // A KR's unit changes how its check-ins read: KR1's are not reused across its unit change (KR2,
    // its check-in and KR3 are).
    current = current.replace('from 100 to 200', 'from 100 ms to 200 ms');
    assert.deepEqual(cache.update(current), parseOkr(current));
    assert.equal(cache.lastReusedAnalyses, 3);
  });

  it('starts over when the cycle changes (deadlines resolve against it)', () => {
    const cache = new IncrementalDocument();
    cache.update(text);
    const at = text.indexOf('900 ms') + 3;
    const typed = text.slice(0, at) + '9' + text.slice(at);
    cache.update(typed);
    const recycled = typed.replace('quarter: 2026-Q4', 'quarter: 2027-Q1');
    assert.deepEqual(cache.update(recycled), parseOkr(recycled));
    const again = recycled.slice(0, at) + recycled.slice(at + 1);
    assert.deepEqual(cache.update(again), parseOkr(again));
    assert.equal(cache.lastUpdate, 'objective');
    assert.equal(cache.lastReusedAnalyses, 0);
  });
});

describe('IncrementalDocument: typing in an objective’s title', () => {
  const options = { config: defaultConfig(), fileName: 'okr.md' };
  const text = [
    '# OKRs Q4 2026', '',
    '## O1: Grow revenue', '', '- KR1: from 1 to 2', '',
    '## O2: Make onboarding effortless', '', 'Owner: @priya', '', '- KR1: Raise trial conversion from 12% to 18%', '',
    '## Win the mid-market', '', '- KR1: Grow accounts from 140 to 200', '',
    '## O2: Duplicate label', '', '- KR1: to 5', '',
    '## Win the mid-market x', '', '- KR1: to 6', '',
  ].join('\n');

  function typeAfter(anchor: string, typed: readonly string[], kind: string): void {
    const cache = new IncrementalDocument();
    const linter = createLinter();
    linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
    const at = text.indexOf(anchor) + anchor.length;
    for (const insert of typed) {
      const next = text.slice(0, at) + insert + text.slice(at);
      const doc = cache.update(next);
      assert.equal(cache.lastUpdate, kind, `${anchor}${insert}`);
      const fresh = parseOkr(next);
      assert.deepEqual(doc, fresh);
      assert.deepEqual(linter.lint(doc, next, { ...options, lines: cache.lineIndex ?? undefined }), lint(fresh, next, options));
    }
  }

  it('under an unchanged numbered label rebuilds that objective alone (its id, and every later one’s, stay)', () => {
    typeAfter('## O2: Make onboard', ['i', 'in', 'ing', '', ' x'], 'objective');
    // The second `O2` keeps `o2-2`.
    typeAfter('## O2: Duplicate lab', ['e', ''], 'objective');
  });

  it('rebuilds the whole model when the label or an unlabelled title changes (ids may change)', () => {
    // `Win the mid-market` → `Win the mid-market x` collides with the later objective's slug.
    typeAfter('## Win the mid-market', [' x'], 'sections');
    typeAfter('## O', ['3'], 'sections');
  });
});
