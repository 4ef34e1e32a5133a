import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOkr } from '../../../src/core/parse';
import type { Range } from '../../../src/core/model';

// Lines people write in OKR files, plus junk; documents are random sequences of them.
const LINE = fc.oneof(
  fc.constantFrom(
    '# Acme OKRs — Q4 2026', '## O1: Grow revenue', '### Team Platform', '## Notes', '## Initiatives', '### Key results',
    '**Objective 2:** Ship faster', 'Owner: @alice · Type: committed', 'Aligns: okr#o1', 'Initiatives:',
    '- KR1: Increase users from 120 to 200 by Dec 15', '- Reduce p95 latency below 300 ms (now 320 ms)', '1. Reach $1.2M ARR',
    '- [x] Release 2.0', '- [ ] Hire a VP Sales', '  - 2026-11-07: 150, confidence 0.6 — blocked', '  - 2026-13-45: 3', '\t- Nov 3: 7/10',
    '---', 'quarter: 2026-Q4', 'owner: "@x', '```', '| a | b |', '> quote', '<!-- okr-lint-disable -->', '', ' ', '\uFEFF', '🚀',
  ),
  fc.string({ maxLength: 30 }),
);
const DOC = fc.tuple(fc.array(LINE, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol));

function ranges(value: unknown, out: Range[] = []): Range[] {
  if (Array.isArray(value)) for (const v of value) ranges(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o['start'] && o['end'] && typeof (o['start'] as { offset?: unknown }).offset === 'number') out.push(o as unknown as Range);
    for (const v of Object.values(o)) ranges(v, out);
  }
  return out;
}

describe('parseOkr: properties', function () {
  this.timeout(120_000);

  it('never throws, and every range lies inside the text with consistent positions', () => {
    fc.assert(
      fc.property(DOC, (text) => {
        const doc = parseOkr(text);
        for (const r of ranges(doc)) {
          assert.ok(0 <= r.start.offset && r.start.offset <= r.end.offset && r.end.offset <= text.length, JSON.stringify(r));
          assert.ok(r.start.line < doc.lineCount && r.end.line < doc.lineCount);
        }
        for (const o of doc.objectives) {
          for (const kr of o.keyResults) {
            const source = text.slice(kr.textRange.start.offset, kr.textRange.end.offset);
            assert.equal(source.trim(), source, 'KR text ranges are trimmed');
            if (kr.target) assert.equal(text.slice(kr.target.range.start.offset, kr.target.range.end.offset), kr.target.raw);
            if (kr.current) assert.equal(text.slice(kr.current.range.start.offset, kr.current.range.end.offset), kr.current.raw);
          }
        }
        if (doc.progress !== null) assert.ok(doc.progress >= 0 && doc.progress <= 1);
      }),
      { numRuns: 150 },
    );
  });
});
