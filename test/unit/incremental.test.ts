import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInEdits } from '../../src/core/checkin';
import { applyEdits } from '../../src/core/edits';
import { IncrementalDocument, objectiveEnd, parseOkrBySections } from '../../src/core/incremental';
import { MAX_NESTING_DEPTH } from '../../src/core/limits';
import { MAX_TEXT_LENGTH, parseOkr } from '../../src/core/parse';
import { LineIndex } from '../../src/core/text';
import { generateOkrFile } from '../../bench/generate';

/** Applies a replacement of `length` characters at `at`. */
function edit(text: string, at: number, length: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + length);
}

describe('IncrementalDocument: the per-document parse cache', () => {
  const company = generateOkrFile({ objectives: 12, seed: 3 });

  it('gives the same model as parseOkr on the first update', () => {
    const cache = new IncrementalDocument();
    assert.deepEqual(cache.update(company), parseOkr(company));
    assert.equal(cache.lastUpdate, 'full');
    assert.ok(cache.lastParsedSections > 12, 'one section per heading');
  });

  it('typing in a KR re-parses one section and rebuilds one objective', () => {
    const cache = new IncrementalDocument();
    cache.update(company);
    let text = company;
    const at = company.indexOf('- KR3', company.length >> 1) + 12;
    for (const ch of 'to 45%') {
      text = edit(text, text.indexOf('- KR3', company.length >> 1) + 12 + (text.length - company.length), 0, ch);
      const doc = cache.update(text);
      assert.equal(cache.lastUpdate, 'objective');
      assert.equal(cache.lastParsedSections, 1);
      assert.deepEqual(doc, parseOkr(text));
    }
    assert.ok(at > 0);
  });

  it('deleting a line break, adding a heading, opening a fence: the sections are re-cut, the model still equal', () => {
    const cache = new IncrementalDocument();
    cache.update(company);
    const middle = company.indexOf('### O7');
    const steps = [
      (t: string) => edit(t, middle - 1, 1, ''), // joins the heading to the line above: no longer a heading
      (t: string) => edit(t, middle - 1, 0, '\n'),
      (t: string) => edit(t, middle, 0, '## New team\n\n'),
      (t: string) => edit(t, middle, 0, '```\n'), // everything after is code until a closing fence
      (t: string) => edit(t, t.length, 0, '\n```\n'),
      (t: string) => edit(t, middle, 4, ''),
    ];
    let text = company;
    for (const step of steps) {
      text = step(text);
      assert.deepEqual(cache.update(text), parseOkr(text), `after ${cache.lastUpdate}`);
    }
  });

  it('typing under a KR written as a heading rebuilds only its objective', () => {
    const text = [
      '---', 'quarter: 2026-Q4', '---', '# OKRs', '',
      '## O1: Grow', '', 'Owner: @alice', '', '#### KR1: Increase NPS from 30 to 45', '', '- 2026-11-01: 35', '',
      '#### KR2: Reduce churn from 5% to 3%', '',
      '## O2: Win', '', '#### KR1: Increase weekly active teams from 120 to 200', '',
    ].join('\n');
    const cache = new IncrementalDocument();
    assert.deepEqual(cache.update(text), parseOkr(text));
    const next = text.replace('- 2026-11-01: 35', '- 2026-11-01: 38, confidence 0.7');
    assert.deepEqual(cache.update(next), parseOkr(next));
    assert.equal(cache.lastUpdate, 'objective');
    const renamed = next.replace('#### KR2: Reduce churn', '#### KR2: Cut churn');
    assert.deepEqual(cache.update(renamed), parseOkr(renamed));
  });

  it('an edit in the frontmatter changes the cycle for every KR date', () => {
    const cache = new IncrementalDocument();
    cache.update(company);
    const text = company.replace('quarter: 2026-Q4', 'quarter: 2027-Q1');
    const doc = cache.update(text);
    assert.deepEqual(doc, parseOkr(text));
    assert.equal(doc.cycle?.label, parseOkr(text).cycle?.label);
    assert.notEqual(doc.cycle?.start, parseOkr(company).cycle?.start);
  });

  it('keeps CRLF, lone CR and BOM texts equal', () => {
    for (const variant of [company.replace(/\n/g, '\r\n'), company.replace(/\n/g, '\r'), '\ufeff' + company]) {
      const cache = new IncrementalDocument();
      assert.deepEqual(cache.update(variant), parseOkr(variant));
      const at = variant.indexOf('- KR2', variant.length >> 1) + 8;
      const next = edit(variant, at, 0, '7');
      assert.deepEqual(cache.update(next), parseOkr(next));
      const joined = edit(next, at - 8, 0, variant.includes('\r\n') ? '\r\n## Late\r\n' : '\n## Late\n');
      assert.deepEqual(cache.update(joined), parseOkr(joined));
    }
  });

  it('its LineIndex matches a fresh one after edits', () => {
    const cache = new IncrementalDocument();
    cache.update(company);
    let text = company;
    for (const [at, del, ins] of [[500, 0, 'x\n'], [2000, 3, ''], [company.length - 10, 0, '\r\n\r\n'], [900, 0, '\r']] as const) {
      text = edit(text, at, del, ins);
      cache.update(text);
      assert.deepEqual(cache.lineIndex?.lineStarts, new LineIndex(text).lineStarts);
    }
  });

  it('reads a too-large text only up to the limit, as parseOkr does, and follows edits before and after it', () => {
    // The part after the limit is one long line, so parseOkr stays fast here.
    const big = company + 'x'.repeat(MAX_TEXT_LENGTH) + '\n## Never read\n';
    const cache = new IncrementalDocument();
    assert.deepEqual(cache.update(big), parseOkr(big));
    const after = big + 'more\n';
    assert.deepEqual(cache.update(after), parseOkr(after));
    assert.equal(cache.lastUpdate, 'beyond-window');
    assert.deepEqual(cache.lineIndex?.lineStarts, new LineIndex(after).lineStarts);
    for (const [at, del, ins] of [[after.length - 3, 1, '\r\n'], [big.length - 2, 0, 'x\ny\r'], [after.length - 20, 5, ''], [big.length - 1, 0, '\n']] as const) {
      const next = edit(after, at, del, ins);
      assert.deepEqual(cache.update(next), parseOkr(next));
      assert.equal(cache.lastUpdate, 'beyond-window');
      assert.deepEqual(cache.lineIndex?.lineStarts, new LineIndex(next).lineStarts);
      cache.update(after);
    }
    // A lone CR, then a LF typed right after it: the line start after the CR moves past the LF.
    const cr = edit(after, after.length - 8, 0, '\r');
    cache.update(cr);
    const crlf = edit(cr, after.length - 7, 0, '\n');
    assert.deepEqual(cache.update(crlf), parseOkr(crlf));
    assert.deepEqual(cache.lineIndex?.lineStarts, new LineIndex(crlf).lineStarts);
    const at = company.indexOf('- KR2', company.length >> 1) + 9;
    const inside = edit(after, at, 0, '5');
    assert.deepEqual(cache.update(inside), parseOkr(inside));
    assert.equal(cache.lastParsedSections, 1);
  });

  it('returns the same model object for an unchanged text and never throws on odd input', () => {
    const cache = new IncrementalDocument();
    const doc = cache.update(company);
    assert.equal(cache.update(company), doc);
    assert.equal(cache.lastUpdate, 'same');
    assert.deepEqual(cache.update(undefined as unknown as string), parseOkr(''));
    assert.deepEqual(cache.update(''), parseOkr(''));
  });

  it('refuses an edit that nests one section past the nesting bound, as parseOkr does (the check runs on the changed sections only)', () => {
    const cache = new IncrementalDocument();
    cache.update(company);
    const at = company.indexOf('- KR2', company.length >> 1);
    const deep = edit(company, at, 0, `${'- '.repeat(MAX_NESTING_DEPTH + 1)}x\n`);
    assert.deepEqual(cache.update(deep), parseOkr(deep));
    assert.ok(parseOkr(deep).problems.some((p) => p.code === 'too-large'));
    // Back to a flat text, then nested just to the bound: read as usual.
    assert.deepEqual(cache.update(company), parseOkr(company));
    const bound = edit(company, at, 0, `${'- '.repeat(MAX_NESTING_DEPTH)}x\n`);
    assert.deepEqual(cache.update(bound), parseOkr(bound));
    assert.equal(cache.lastUpdate, 'objective');
    assert.ok(!parseOkr(bound).problems.some((p) => p.code === 'too-large'));
  });

  it('a fence opened in an objective that swallows a deeper objective heading under it is not patched as one objective', () => {
    // Found by the property test: `### O1` under `## O9` was an objective of its own in O9's unit.
    const text = 'Notes.\n## O9: New\n\n- KR1: to 5\n\nOwner: @alice\n\n### O1: Delight new teams\n\nAligns: company#o1\n\n- [x] VP Sales hired\n';
    const cache = new IncrementalDocument();
    assert.equal(cache.update(text).objectives.length, 2);
    const fenced = text.replace('Owner: @alice\n', 'Owner: @alice\n~~~\n');
    const doc = cache.update(fenced);
    assert.deepEqual(doc, parseOkr(fenced));
    assert.equal(doc.objectives.length, 1);
  });

  it('an objective whose KR heading comes after later objectives is not left behind when one of those is edited', () => {
    // Found by a reviewer's fuzzer: `## KR1` belongs to O1 (the `##` heading before it) though
    // `### O2` sits in between, so O1's KR runs past O3 and O4 while O1's `range` ends before `## KR1`.
    // Typing in O4 took the single-objective path and left O1's KR ending where it used to.
    const text = [
      'Intro', '', '## O1: Grow', '', '### O2: Win developers', '', '- KR1: Grow signups from 10 to 20', '',
      '## KR1: Grow revenue from 1 to 2', '', '### O3: Delight partners', '', '- KR1: Grow deals from 1 to 2', '',
      '### O4: Ship', '', '- KR1: Grow deals from 1 to 2', '',
    ].join('\n');
    const fresh = parseOkr(text);
    assert.deepEqual(fresh.objectives.map((o) => o.title), ['Grow', 'Win developers', 'Delight partners', 'Ship']);
    assert.ok(fresh.objectives[0]!.keyResults[0]!.range.end.offset > fresh.objectives[3]!.range.start.offset, 'O1’s KR runs past O4’s start');
    const cache = new IncrementalDocument();
    cache.update(text);
    const at = text.lastIndexOf('Grow ') + 'Grow '.length;
    let edited = text;
    for (const [k, ch] of [...'about '].entries()) {
      edited = edit(edited, at + k, 0, ch);
      assert.deepEqual(cache.update(edited), parseOkr(edited), `after typing ${JSON.stringify('about '.slice(0, k + 1))} (${cache.lastUpdate})`);
    }
    assert.equal(cache.update(edited).objectives[0]!.keyResults[0]!.range.end.offset, 219);
    // What the user sees: Check In on `## KR1: Grow revenue` writes at the same place either way.
    const request = { date: '2026-11-21', value: '2', confidence: null };
    const viaCache = applyEdits(edited, checkInEdits(cache.update(edited), edited, cache.lineIndex!, cache.update(edited).objectives[0]!.keyResults[0]!, request));
    const viaParse = applyEdits(edited, checkInEdits(parseOkr(edited), edited, new LineIndex(edited), parseOkr(edited).objectives[0]!.keyResults[0]!, request));
    assert.equal(viaCache, viaParse);
  });

  it('other shapes where an objective owns text past its range or its unit: a KR heading of its own level after it, a grouping objective', () => {
    const cases: [string, string, string][] = [
      // The edited objective's own `## KR2` is outside its unit (the sections up to the next `##`).
      ['Intro\n\n## O1: A\n\n- KR1: from 1 to 2\n\n## KR2: from 3 to 4\n\n## O2: B\n\n- KR1: to 5\n', 'from 1 to 2', 'from 1 to 22'],
      ['## O1: A\n\n- KR1: from 1 to 2\n\n## Initiatives\n\n- Run the kickoff\n\n## O2: B\n\n- KR1: to 5\n', 'from 1 to 2', 'from 1 to 22'],
      // `## Team 3` is an objective through its `## KR2`, which runs past O2 and O3.
      [
        'Intro\n\n## Team 3\n\n### O1: Grow with new teams\n\n- KR1: Grow users from 1 to 2\n\n## KR2: Grow revenue from 1 to 2\n\n### O2: Win developers\n\n- KR1: Grow signups from 10 to 20\n\n### O3: Delight partners\n\n- KR1: Grow deals from 1 to 2\n',
        'Grow deals from 1 to 2',
        'Grow about deals from 1 to 2',
      ],
      // The same at `###` under a group, with `### Key results` after the deeper objective.
      ['## Team\n\n### O1: A\n\n#### O2: B\n\n- KR1: to 5\n\n### Key results\n\n- KR1: from 1 to 2\n\n#### O3: C\n\n- KR1: to 7\n', 'to 7', 'to 77'],
    ];
    for (const [text, from, to] of cases) {
      const cache = new IncrementalDocument();
      assert.deepEqual(cache.update(text), parseOkr(text));
      const at = text.lastIndexOf(from);
      const edited = edit(text, at, from.length, to);
      assert.deepEqual(cache.update(edited), parseOkr(edited), `${JSON.stringify(edited)} (${cache.lastUpdate})`);
      const back = edit(edited, at, to.length, from);
      assert.deepEqual(cache.update(back), parseOkr(back), `${JSON.stringify(back)} (${cache.lastUpdate})`);
    }
  });

  it('objectiveEnd is the latest end of every position an objective holds (a generic walk)', () => {
    const maxOffset = (x: unknown): number => {
      if (!x || typeof x !== 'object') return -1;
      const o = x as Record<string, unknown>;
      let max = typeof o['offset'] === 'number' && typeof o['line'] === 'number' ? (o['offset'] as number) : -1;
      for (const v of Array.isArray(x) ? x : Object.values(o)) max = Math.max(max, maxOffset(v));
      return max;
    };
    const dir = 'examples';
    const examples = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
    const shaped = 'Intro\n\n## O1: Grow\n\n### O2: Win\n\n- KR1: to 20\n\n## KR1: Grow revenue from 1 to 2\n\n- 2026-11-01: 1\n\n## Initiatives\n\n- Kickoff\n\n### O3: Ship\n\n- KR1: to 2\n';
    let past = 0;
    for (const text of [company, shaped, ...examples]) {
      for (const o of parseOkr(text).objectives) {
        assert.equal(objectiveEnd(o), maxOffset(o), o.title);
        if (objectiveEnd(o) > o.range.end.offset) past++;
      }
    }
    assert.ok(past > 0, 'some objective owns text past its range');
  });

  it('parseOkrBySections equals parseOkr on the examples', () => {
    const dir = 'examples';
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')) : [];
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      assert.deepEqual(parseOkrBySections(text), parseOkr(text), f);
    }
  });
});
