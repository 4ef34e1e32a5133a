// Property: a check-in on any KR of generated OKR files (LF or CRLF, bullets, ordered items,
// nesting, check-ins in either order, `now …` values or not) changes only the inserted line and
// the current value, and the result parses with exactly one more check-in on that KR.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkInEdits } from '../../../src/core/checkin';
import { applyEdits } from '../../../src/core/edits';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';

const krArb = fc.record({
  metric: fc.constantFrom('weekly active teams', 'p95 latency', 'NPS', 'signups'),
  from: fc.integer({ min: 1, max: 90 }),
  to: fc.integer({ min: 100, max: 500 }),
  now: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  checkins: fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), value: fc.integer({ min: 0, max: 500 }) }), { maxLength: 3 }),
  descending: fc.boolean(),
});

const docArb = fc.record({
  // One marker style per list: a different bullet would start another list.
  marker: fc.constantFrom('- ', '* ', '+ ', '1. ', '1)  '),
  eol: fc.constantFrom('\n', '\r\n'),
  krs: fc.array(krArb, { minLength: 1, maxLength: 4 }),
  trailingNewline: fc.boolean(),
  value: fc.constantFrom('150', '42%', '3.5', '1,200'),
  confidence: fc.option(fc.constantFrom(0, 0.5, 0.75, 1), { nil: null }),
});

function render(d: typeof docArb extends fc.Arbitrary<infer T> ? T : never): string {
  const lines = ['---', 'quarter: 2026-Q4', '---', '', '## O1: Grow the business', ''];
  d.krs.forEach((kr, i) => {
    const marker = d.marker.replace(/^\d/, String(i + 1));
    lines.push(`${marker}KR${i + 1}: Increase ${kr.metric} from ${kr.from} to ${kr.to}${kr.now !== undefined ? `, now ${kr.now}` : ''}`);
    const pad = ' '.repeat(marker.length);
    const days = [...new Set(kr.checkins.map((c) => c.day))].sort((a, b) => (kr.descending ? b - a : a - b));
    for (const day of days) lines.push(`${pad}- 2026-11-${String(day).padStart(2, '0')}: ${kr.checkins.find((c) => c.day === day)!.value}`);
  });
  return lines.join(d.eol) + (d.trailingNewline ? d.eol : '');
}

describe('check-in edits (property)', () => {
  it('touch only the new line and the current value; the result parses with one more check-in', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), (d, pick) => {
        const text = render(d);
        const doc = parseOkr(text);
        const krs = doc.objectives[0]!.keyResults;
        assert.equal(krs.length, d.krs.length, 'the generated file parses as intended');
        const index = pick % krs.length;
        const kr = krs[index]!;
        const edits = checkInEdits(doc, text, new LineIndex(text), kr, { date: '2026-11-29', value: d.value, confidence: d.confidence });
        const out = applyEdits(text, edits);
        // Bytes outside the edits are unchanged: removing the inserted text gives the original back,
        // apart from the current value that was replaced.
        const inserted = edits.find((e) => e.range.start.offset === e.range.end.offset && e.newText.includes('2026-11-29'))!;
        assert.ok(inserted.newText.startsWith(d.eol) || inserted.newText.endsWith(d.eol), 'the new line uses the file EOL');
        assert.ok(!/[\r\n]/.test(inserted.newText.split(d.eol).join('')), 'no other line break');
        const replaced = edits.filter((e) => e !== inserted);
        assert.ok(replaced.every((e) => /^[\d.,%]+$/.test(text.slice(e.range.start.offset, e.range.end.offset))), 'only a number is replaced');
        const withoutInsert = out.slice(0, inserted.range.start.offset + offsetShift(replaced, inserted.range.start.offset)) +
          out.slice(inserted.range.start.offset + offsetShift(replaced, inserted.range.start.offset) + inserted.newText.length);
        assert.equal(withoutInsert, applyEdits(text, replaced));
        const after = parseOkr(out).objectives[0]!.keyResults;
        assert.equal(after.length, krs.length);
        after.forEach((k, i) => assert.equal(k.checkins.length, krs[i]!.checkins.length + (i === index ? 1 : 0), `check-ins of KR${i + 1}`));
        assert.ok(after[index]!.checkins.some((c) => c.date === '2026-11-29'));
        if (kr.currentSource === 'text') assert.equal(after[index]!.current?.value, Number(d.value.replace(/[,%]/g, '')));
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });
});

/** How far edits before `offset` move it. */
function offsetShift(edits: { range: { start: { offset: number }; end: { offset: number } }; newText: string }[], offset: number): number {
  return edits.filter((e) => e.range.end.offset <= offset).reduce((n, e) => n + e.newText.length - (e.range.end.offset - e.range.start.offset), 0);
}
