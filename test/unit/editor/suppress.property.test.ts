// Property: "Disable ‹rule› for this line" on any line of a generated OKR file (headings, metadata,
// KRs and check-ins in bullet or ordered lists, LF or CRLF) inserts one comment line that the
// parser sees right above the target line, and the OKR structure stays exactly as it was.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits } from '../../../src/core/edits';
import type { OkrDocument } from '../../../src/core/model';
import { parseOkr } from '../../../src/core/parse';
import { disableNextLineEdit } from '../../../src/core/suppress';
import { LineIndex } from '../../../src/core/text';

const docArb = fc.record({
  marker: fc.constantFrom('- ', '* ', '1. ', '1)  '),
  eol: fc.constantFrom('\n', '\r\n'),
  objectives: fc.array(
    fc.record({
      owner: fc.boolean(),
      krs: fc.array(fc.record({ checkins: fc.integer({ min: 0, max: 2 }), loose: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
});

function render(d: typeof docArb extends fc.Arbitrary<infer T> ? T : never): string {
  const lines = ['---', 'quarter: 2026-Q4', '---', '', '# OKRs', ''];
  d.objectives.forEach((o, oi) => {
    lines.push(`## O${oi + 1}: Objective number ${oi + 1}`, '');
    if (o.owner) lines.push('Owner: @ana', 'Type: committed', '');
    o.krs.forEach((kr, ki) => {
      const marker = d.marker.replace(/^\d/, String(ki + 1));
      if (kr.loose && ki > 0) lines.push('');
      lines.push(`${marker}KR${ki + 1}: Increase metric ${ki} from 10 to 20`);
      for (let c = 0; c < kr.checkins; c++) lines.push(`${' '.repeat(marker.length)}- 2026-11-0${c + 1}: ${11 + c}`);
    });
    lines.push('');
  });
  return lines.join(d.eol);
}

function shape(doc: OkrDocument): unknown {
  return doc.objectives.map((o) => ({ title: o.title, owner: o.owner?.name ?? null, krs: o.keyResults.map((k) => [k.text, k.checkins.length]) }));
}

describe('disable-next-line insertion (property)', () => {
  it('keeps every objective, KR and check-in, and the comment sits right above the target line', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), (d, pick) => {
        const text = render(d);
        const lines = new LineIndex(text);
        const doc = parseOkr(text);
        const bodyStart = doc.frontmatter!.range.end.line + 1;
        const line = bodyStart + (pick % (lines.lineCount - bodyStart));
        const edit = disableNextLineEdit(doc, lines, line, 'kr-task-like');
        assert.ok(edit, 'a comment can go above any line after the front matter');
        const out = applyEdits(text, [edit]);
        assert.equal(out.length - text.length, edit.newText.length, 'an insertion only');
        assert.ok(edit.newText.endsWith(d.eol) && !/[\r\n]/.test(edit.newText.slice(0, -d.eol.length)), 'one line, the file EOL');
        const after = parseOkr(out);
        assert.deepEqual(shape(after), shape(doc));
        assert.equal(after.comments.length, 1);
        assert.equal(after.comments[0]!.range.end.line + 1, line + 1, 'the target line follows the comment');
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });
});
