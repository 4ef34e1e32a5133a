import assert from 'node:assert/strict';
import { hoverAt } from '../../../src/core/hover';
import { escapeMarkdown, objectiveSummary, percent, progressBar } from '../../../src/core/present';
import { offsetOf, parsed, workspaceOf } from './helpers';

const TEXT = `---
quarter: 2026-Q4
parent: ../okr.md
---
# Platform

## O1: Make deploys boring <script>

Owner: @dana · Type: committed
Aligns: ../okr.md#o1

- KR1: Increase weekly deploys per team from 3 to 10 by 2026-12-15
  - 2026-10-20: 4, confidence 0.5
  - 2026-11-07: 5, confidence 0.6 — blocked on *infra* | ops
- KR2: Keep p95 latency below 300 ms (now 280 ms)

Some notes that are not metadata.
`;

const COMPANY = `---
quarter: 2026-Q4
---
# Company

## O1: Grow revenue in new markets

- KR1: Increase ARR from 10 to 20
`;

const { doc } = parsed(TEXT);
const hover = (needle: string, today = '2026-11-21') =>
  hoverAt({ doc, offset: offsetOf(TEXT, needle, 2), today, fileName: 'teams/platform.okr.md', workspace: workspaceOf({ 'okr.md': COMPANY, 'teams/platform.okr.md': TEXT }) });

describe('editor: hover', () => {
  it('on a KR shows baseline → current → target, a bar, status against time, confidence and check-ins newest first', () => {
    const h = hover('Increase weekly')!;
    const kr = doc.objectives[0]!.keyResults[0]!;
    assert.deepEqual(h.range, kr.range);
    assert.match(h.markdown, /3 → \*\*5\*\* → 10/);
    assert.ok(h.markdown.includes(`\`${progressBar(kr.progress)}\` ${percent(kr.progress)}`));
    assert.match(h.markdown, /Status: \*\*behind\*\*/); // 2 of 7 done with two thirds of the time to the deadline gone
    assert.match(h.markdown, /Confidence: 0\.6/);
    const rows = h.markdown.split('\n').filter((l) => /^\| 2026/.test(l));
    assert.equal(rows.length, 2);
    assert.match(rows[0]!, /^\| 2026-11-07 \| 5 \| 0\.6 \| /);
    // User text is escaped: emphasis and the table separator stay literal.
    assert.ok(rows[0]!.includes('\\*infra\\* \\| ops'));
  });

  it('on a KR without a number says why progress is unknown without repeating "not measurable"', () => {
    const text = '---\nquarter: 2026-Q4\n---\n## O1: Make onboarding effortless\n\n- KR1: Improve onboarding experience\n';
    const { doc } = parsed(text);
    const h = hoverAt({ doc, offset: offsetOf(text, 'onboarding experience', 2), today: '2026-11-21' })!;
    assert.match(h.markdown, /^\*\*KR1\*\* · not measurable$/m);
    // Was 'Progress unknown: not measurable: no target number' under a header that already says it.
    assert.match(h.markdown, /^Progress unknown: no target$/m);
    assert.equal(h.markdown.match(/not measurable/g)?.length, 1);
  });

  it('status follows the date it is given', () => {
    assert.match(hover('Increase weekly', '2026-10-02')!.markdown, /Status: \*\*on track\*\*/);
    assert.match(hover('Increase weekly', '2027-01-10')!.markdown, /Status: \*\*graded 0\.3 \(missed\)\*\*/);
  });

  it('on a threshold KR says what it must stay at', () => {
    const h = hover('Keep p95')!;
    assert.match(h.markdown, /current \*\*280 ms\*\* · must stay at most 300 ms/);
  });

  it('on an objective heading or its metadata shows the roll-up and the KR list, escaping the title', () => {
    const h = hover('Make deploys')!;
    assert.deepEqual(h.range, doc.objectives[0]!.headingRange);
    assert.ok(h.markdown.includes('&lt;script&gt;'));
    assert.ok(!h.markdown.includes('<script>'));
    assert.match(h.markdown, /Roll-up of 2 of 2 key results/);
    assert.equal(h.markdown.split('\n').filter((l) => /^\| KR\d:/.test(l)).length, 2);
    assert.equal(hover('Owner: @dana')!.markdown, h.markdown);
  });

  it('on an Aligns reference names the objective it resolves to, or says it is missing', () => {
    const h = hover('../okr.md#o1')!;
    assert.match(h.markdown, /Aligns to \*\*Grow revenue in new markets\*\*/);
    assert.deepEqual(h.range, doc.objectives[0]!.aligns[0]!.range);
    const alone = hoverAt({ doc, offset: offsetOf(TEXT, '../okr.md#o1', 2), today: '2026-11-21' })!;
    assert.match(alone.markdown, /No objective/);
  });

  it('says nothing on notes or outside objectives', () => {
    assert.equal(hover('Some notes'), null);
    assert.equal(hoverAt({ doc, offset: offsetOf(TEXT, '\n\n## O1', 1), today: '2026-11-21' }), null);
  });

  it('on the file title shows the cycle and every objective; on a group heading its objectives', () => {
    const title = hover('Platform')!;
    assert.deepEqual(title.range, doc.title!.range);
    assert.match(title.markdown, /Cycle 2026-Q4 \(2026-10-01 – 2026-12-31\) · \d+% of the time gone/);
    assert.match(title.markdown, /\| O1: Make deploys boring &lt;script&gt; \| \d+% \| at risk \|/);
    const grouped = parsed('# Company\n\n## Sales\n\n### O1: Grow revenue\n\n- KR1: Increase ARR from 10 to 20 (now 15)\n');
    const group = hoverAt({ doc: grouped.doc, offset: offsetOf(grouped.text, 'Sales', 1), today: '2026-11-21' })!;
    assert.match(group.markdown, /^\*\*Sales\*\*/);
    assert.match(group.markdown, /\| O1: Grow revenue \| 50% \|  \|$/m); // no cycle: no status
    assert.doesNotMatch(group.markdown, /Cycle/);
  });

  it('formats summaries and escapes Markdown', () => {
    assert.equal(percent(0.624), '62%');
    assert.equal(percent(null), '–');
    assert.equal(progressBar(0.5, 4), '██░░');
    assert.equal(escapeMarkdown('a*b_c [x](y) <i> | $5'), 'a\\*b\\_c \\[x\\]\\(y\\) &lt;i&gt; \\| \\$5');
    assert.equal(escapeMarkdown('- not a list, 2026-11-07'), '\\- not a list, 2026-11-07');
    assert.equal(escapeMarkdown('# not a heading'), '\\# not a heading');
    assert.equal(escapeMarkdown('1. not a numbered item'), '1\\. not a numbered item');
    assert.equal(escapeMarkdown('line\nbreak'), 'line break');
    const o = doc.objectives[0]!;
    assert.equal(objectiveSummary(o, doc.cycle, '2026-11-21'), `${percent(o.progress)} · at risk · 2 KRs`);
  });
});
