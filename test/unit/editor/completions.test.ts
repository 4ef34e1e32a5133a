import assert from 'node:assert/strict';
import { completionsAt, quarterLabels, type CompletionData, type CompletionRequest } from '../../../src/core/completions';
import { parseCycle } from '../../../src/core/cycle';
import { snippetToPlainText } from '../../../src/core/edits';
import { cursorAt, workspaceOf } from './helpers';

const COMPANY = `---
owner: "@ceo"
team: Company
quarter: 2026-Q4
---

# Company OKRs

## O1: Grow revenue in new markets

Owner: @ceo

- KR1: Increase ARR from $1.2M to $2M by 2026-12-15

## O2: Customers love the product

Owner: @mia

- KR1: Raise NPS from 30 to 45
`;

const GROWTH = `---
owner: "@kim"
team: Growth
quarter: 2026-Q4
parent: ../okr.md
---

# Growth

## O1: Win small businesses

Owner: @kim

- KR1: Grow paying small businesses from 40 to 90
`;

function complete(marked: string, extra: Partial<CompletionRequest> = {}): CompletionData[] {
  const c = cursorAt(marked);
  const workspace = workspaceOf({ 'okr.md': COMPANY, 'teams/growth.okr.md': GROWTH, 'teams/search.okr.md': marked.replace('‸', '') });
  return completionsAt({ doc: c.doc, lines: c.lines, offset: c.offset, today: '2026-11-21', fileName: 'teams/search.okr.md', workspace, ...extra });
}

/** Applies an item's edit to the text (snippet syntax flattened) and returns the line it lands on. */
function applyItem(marked: string, item: CompletionData): string {
  const text = marked.replace('‸', '');
  const insert = item.snippet ? snippetToPlainText(item.insertText.replace(/\$\{(\d+)\|([^,|]*)[^|]*\|\}/g, '${$1:$2}')) : item.insertText;
  const out = text.slice(0, item.range.start.offset) + insert + text.slice(item.range.end.offset);
  const lineStart = out.lastIndexOf('\n', item.range.start.offset - 1) + 1;
  const lineEnd = out.indexOf('\n', item.range.start.offset);
  return out.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
}

const labels = (items: CompletionData[]): string[] => items.map((i) => i.label);

const SEARCH_HEAD = `---
owner: "@lee"
team: Search
quarter: 2026-Q4
parent: ../okr.md
---

# Search OKRs

## O1: Answer on the first try

`;

describe('editor: completions', () => {
  describe('front matter', () => {
    it('offers the current and next quarter after `quarter:` for the given date', () => {
      const items = complete('---\nquarter:‸\n---\n# X\n');
      assert.deepEqual(labels(items), ['2026-Q4', '2027-Q1']);
      assert.equal(applyItem('---\nquarter:‸\n---\n# X\n', items[1]!), 'quarter: 2027-Q1');
      assert.deepEqual(labels(complete('---\nquarter: 20‸\n---\n', { today: '2027-03-31' })), ['2027-Q1', '2027-Q2']);
    });

    it('labels fiscal quarters so the cycle parser reads back the quarter containing the date', () => {
      for (const [today, start] of [['2026-11-21', 7], ['2026-01-05', 2], ['2026-06-30', 10], ['2026-12-31', 1]] as const) {
        const [current, next] = quarterLabels(today, start);
        const span = parseCycle(current, { fiscalYearStartMonth: start });
        assert.ok(span && span.start <= today && today <= span.end, `${today} in ${current}`);
        const following = parseCycle(next, { fiscalYearStartMonth: start })!;
        assert.equal(following.start > span.end, true);
      }
      assert.deepEqual(quarterLabels('2026-11-21', 7), ['FY27-Q2', 'FY27-Q3']);
    });

    it('offers missing keys only, and quarter/cycle only when neither is set', () => {
      const items = complete('---\nowner: "@x"\nquarter: 2026-Q4\n‸\n---\n');
      assert.deepEqual(labels(items), ['team', 'parent']);
      assert.equal(items[0]!.insertText, 'team: ');
      assert.ok(items.every((i) => i.retrigger), 'a key opens the list of its values once inserted');
    });

    it('completes owner, team and parent values from the workspace', () => {
      assert.deepEqual(labels(complete('---\nteam: ‸\n---\n')), ['Company', 'Growth']);
      const owners = complete('---\nowner: ‸\n---\n');
      assert.ok(labels(owners).includes('@kim'));
      assert.equal(owners.find((o) => o.label === '@kim')!.insertText, '"@kim"');
      assert.deepEqual(labels(complete('---\nparent: ‸\n---\n')), ['../okr.md', './growth.okr.md']);
    });

    it('offers nothing on the fence lines', () => {
      assert.deepEqual(complete('---‸\nquarter: 2026-Q4\n---\n'), []);
    });

    it('works in a front matter still being typed, before its closing `---` (a new file)', () => {
      // Unclosed, `---` is a thematic break to the Markdown parser, so the model has no front matter.
      assert.deepEqual(labels(complete('---\n‸')), ['quarter', 'cycle', 'owner', 'team', 'parent']);
      const quarter = complete('---\nquarter: ‸', { triggerCharacter: ' ' });
      assert.deepEqual(labels(quarter), quarterLabels('2026-11-21'));
      assert.equal(applyItem('---\nquarter: ‸', quarter[0]!), 'quarter: 2026-Q4');
      assert.deepEqual(labels(complete('---\r\nquarter: 2026-Q4\r\nteam: Search\r\n‸\r\n\r\n# Search OKRs\r\n')), ['owner', 'parent']);
      // A thematic break with prose under it is no front matter.
      assert.deepEqual(complete('---\n\nWe ship weekly.\n‸'), []);
      assert.deepEqual(complete('Intro\n---\n‸'), []);
    });
  });

  describe('objective metadata', () => {
    it('`Type:` offers committed and aspirational, adding the space after a typed colon', () => {
      const marked = `${SEARCH_HEAD}Type:‸\n`;
      const items = complete(marked, { triggerCharacter: ':' });
      assert.deepEqual(labels(items), ['committed', 'aspirational']);
      assert.equal(applyItem(marked, items[1]!), 'Type: aspirational');
      assert.equal(applyItem(`${SEARCH_HEAD}Owner: @lee · Type: co‸\n`, complete(`${SEARCH_HEAD}Owner: @lee · Type: co‸\n`)[0]!), 'Owner: @lee · Type: committed');
    });

    it('`Aligns:` offers the parent file’s objectives first, then other files’, each by relative path and id', () => {
      const marked = `${SEARCH_HEAD}Aligns: ‸\n`;
      const items = complete(marked, { triggerCharacter: ' ' });
      assert.deepEqual(labels(items), ['../okr.md#o1', '../okr.md#o2', './growth.okr.md#o1']);
      assert.equal(items[0]!.detail, 'Grow revenue in new markets');
      assert.match(items[2]!.documentation!, /teams\/growth\.okr\.md/);
      // A hand-written file name before `#` keeps that name.
      const named = complete(`${SEARCH_HEAD}Aligns: company#‸\n`, { triggerCharacter: '#' });
      assert.ok(labels(named).includes('company#o2'));
      assert.equal(applyItem(`${SEARCH_HEAD}Aligns: company#‸\n`, named.find((i) => i.label === 'company#o2')!), 'Aligns: company#o2');
    });

    it('completes the reference after a comma without touching the ones before, and under other alignment keys', () => {
      const marked = `${SEARCH_HEAD}Aligns: ../okr.md#o1,‸\n`;
      const items = complete(marked, { triggerCharacter: ' ' });
      assert.equal(applyItem(marked, items.find((i) => i.label === '../okr.md#o2')!), 'Aligns: ../okr.md#o1, ../okr.md#o2');
      const supports = `${SEARCH_HEAD}Supports: ‸\n`;
      assert.ok(labels(complete(supports, { triggerCharacter: ' ' })).includes('../okr.md#o1'));
    });

    it('offers metadata keys on request but not on a typed space', () => {
      const items = complete(`${SEARCH_HEAD}Owner: @lee\n‸\n`);
      assert.deepEqual(labels(items), ['Type:', 'Aligns:', 'Weight:']);
      assert.deepEqual(items.map((i) => i.retrigger === true), [true, true, false], 'Type: and Aligns: open their values; Weight: takes a number');
      assert.deepEqual(complete(`${SEARCH_HEAD}Owner: @lee\n ‸\n`, { triggerCharacter: ' ' }), []);
    });

    it('offers the missing keys after a `·` or `|` separator on the metadata line, as the examples write them', () => {
      const marked = `${SEARCH_HEAD}Owner: @lee · ‸\n`;
      const items = complete(marked);
      assert.deepEqual(labels(items), ['Type:', 'Aligns:', 'Weight:']);
      assert.equal(applyItem(marked, items[0]!), 'Owner: @lee · Type: ');
      const typed = `${SEARCH_HEAD}Owner: @lee · Type: committed | Al‸\n`;
      const rest = complete(typed);
      assert.deepEqual(labels(rest), ['Aligns:', 'Weight:']);
      assert.equal(applyItem(typed, rest[0]!), 'Owner: @lee · Type: committed | Aligns: ');
      // Right after the separator, the key gets its space.
      assert.equal(applyItem(`${SEARCH_HEAD}Owner: @lee ·‸\n`, complete(`${SEARCH_HEAD}Owner: @lee ·‸\n`)[0]!), 'Owner: @lee · Type: ');
      assert.deepEqual(complete(marked, { triggerCharacter: ' ' }), [], 'not on a typed space');
    });
  });

  describe('@ owners', () => {
    it('lists owners across the workspace, replacing the typed name', () => {
      const marked = `${SEARCH_HEAD}- KR1: Cut time to answer from 30 s to 10 s @k‸\n`;
      const items = complete(marked);
      assert.deepEqual(labels(items).sort(), ['@ceo', '@kim', '@lee', '@mia']);
      assert.equal(applyItem(marked, items.find((i) => i.label === '@kim')!), '- KR1: Cut time to answer from 30 s to 10 s @kim');
    });

    it('does not fire inside an e-mail address or inline code', () => {
      assert.deepEqual(complete(`${SEARCH_HEAD}Write to lee@‸\n`, { triggerCharacter: '@' }), []);
      assert.deepEqual(complete(`${SEARCH_HEAD}Run \`npm @‸\n`, { triggerCharacter: '@' }), []);
    });
  });

  describe('new list items', () => {
    it('offers metric, threshold and milestone templates on a new KR line, dated at the cycle end', () => {
      const marked = `${SEARCH_HEAD}- KR1: Raise click rate from 42% to 55%\n- ‸\n`;
      const items = complete(marked, { triggerCharacter: ' ' });
      assert.deepEqual(items.map((i) => i.snippet), [true, true, true]);
      // KR1 is labelled, so the new KR is KR2 (completions-kr-label.test.ts).
      assert.equal(applyItem(marked, items[0]!), '- KR2: ‹Increase› ‹metric› from ‹baseline› to ‹target› by ‹2026-12-31›');
      assert.match(items[0]!.insertText, /\$\{1\|Increase,Reduce\|\}/);
      assert.equal(applyItem(marked, items[1]!), '- KR2: Keep ‹metric› ‹above› ‹value›');
      assert.equal(applyItem(marked, items[2]!), '- [ ] KR2: ‹Milestone reached› by ‹2026-12-31›');
    });

    it('dates a template at the end of the current quarter when the file names no cycle yet, not today', () => {
      const marked = `# Search OKRs\n\n## O1: Make search feel instant\n\n- ‸\n`;
      const items = complete(marked, { triggerCharacter: ' ' });
      assert.equal(applyItem(marked, items[0]!), '- ‹Increase› ‹metric› from ‹baseline› to ‹target› by ‹2026-12-31›');
      // A fiscal year from February: the quarter around 2026-11-21 runs November to January.
      const fiscal = complete(marked, { triggerCharacter: ' ', fiscalYearStartMonth: 2 });
      assert.equal(applyItem(marked, fiscal[2]!), '- [ ] ‹Milestone reached› by ‹2027-01-31›');
    });

    it('offers a check-in dated today on an item nested under a KR', () => {
      const marked = `${SEARCH_HEAD}- KR1: Raise click rate from 42% to 55%\n  - ‸\n`;
      const items = complete(marked, { triggerCharacter: ' ' });
      assert.equal(items.length, 1);
      assert.match(applyItem(marked, items[0]!), /^ {2}- 2026-11-21: ‹value›%?, confidence ‹0\.5›$/);
    });

    it('takes the unit and the last confidence from the KR for a check-in below earlier ones', () => {
      const marked = `${SEARCH_HEAD}- KR1: Cut time to answer from 30 s to 10 s\n  - 2026-11-01: 20 s, confidence 0.7\n  - ‸\n`;
      const items = complete(marked, { triggerCharacter: ' ' });
      assert.equal(items.length, 1);
      assert.equal(applyItem(marked, items[0]!), '  - 2026-11-21: ‹value› s, confidence ‹0.7›');
    });

    it('offers nothing inside a fenced code block, and again after it', () => {
      const fenced = `${SEARCH_HEAD}- KR1: Raise click rate from 42% to 55%\n\n\`\`\`md\n- ‸\n\`\`\`\n`;
      assert.deepEqual(complete(fenced, { triggerCharacter: ' ' }), []);
      const after = `${SEARCH_HEAD}\`\`\`\ncode\n\`\`\`\n\n- KR1: Raise click rate from 42% to 55%\n- ‸\n`;
      assert.equal(complete(after, { triggerCharacter: ' ' }).length, 3);
    });

    it('offers nothing in an initiatives list or outside an objective', () => {
      assert.deepEqual(complete(`${SEARCH_HEAD}- KR1: Raise click rate from 42% to 55%\n\nInitiatives:\n\n- Tune ranking\n- ‸\n`, { triggerCharacter: ' ' }), []);
      assert.deepEqual(complete('# Notes\n\n- ‸\n', { triggerCharacter: ' ' }), []);
    });
  });

  describe('units', () => {
    it('offers the units already used in the file after a number, not after a date', () => {
      const marked = `${SEARCH_HEAD}- KR1: Cut p95 latency from 900 ms to 300 ms\n- KR2: Cut time to answer from 30 ‸\n`;
      const items = complete(marked, { triggerCharacter: ' ' });
      assert.equal(cursorAt(marked).doc.objectives[0]!.keyResults[0]!.target?.unit, 'ms');
      assert.deepEqual(labels(items), ['ms']);
      assert.equal(applyItem(marked, items[0]!), '- KR2: Cut time to answer from 30 ms');
      assert.deepEqual(complete(`${SEARCH_HEAD}- KR1: from 900 ms to 300 ms by 2026-12-15 ‸\n`, { triggerCharacter: ' ' }), []);
      const checkIn = `${SEARCH_HEAD}- KR1: Cut p95 latency from 900 ms to 300 ms\n  - 2026-11-07: 500 ms, confidence 0.6 ‸\n`;
      assert.deepEqual(complete(checkIn, { triggerCharacter: ' ' }), []);
      assert.deepEqual(complete(`${SEARCH_HEAD}- KR1: Cut p95 latency from 900 ms to 300 ms, score 0.4 ‸\n`, { triggerCharacter: ' ' }), []);
    });
  });

  it('works the same with CRLF line endings', () => {
    const marked = `${SEARCH_HEAD}- KR1: Raise click rate from 42% to 55%\n- ‸\n`.replace(/\n/g, '\r\n');
    const items = complete(marked, { triggerCharacter: ' ' });
    assert.equal(items.length, 3);
    assert.equal(applyItem(marked, items[2]!).replace(/\r$/, ''), '- [ ] KR2: ‹Milestone reached› by ‹2026-12-31›');
    const type = `${SEARCH_HEAD}Type: ‸\n`.replace(/\n/g, '\r\n');
    assert.deepEqual(labels(complete(type, { triggerCharacter: ' ' })), ['committed', 'aspirational']);
  });

  it('never throws on odd input', () => {
    assert.doesNotThrow(() => complete('‸'));
    assert.doesNotThrow(() => complete('---\n‸'));
  });
});
