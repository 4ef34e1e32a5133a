// A check-in's confidence when the KR states one (`(confidence 0.9)`, `- Confidence: 0.9`): the
// stated one is the KR's (parse.ts), so the check-in updates its number as well, by a minimal edit.
import assert from 'node:assert/strict';
import { checkInEdits } from '../../../src/core/checkin';
import { applyEdits } from '../../../src/core/edits';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';

const H = '---\nquarter: 2026-Q4\n---\n# Team\n\n## O1: Ship\n\n';

function checkIn(text: string, value: string, confidence: number | null) {
  const doc = parseOkr(text);
  const kr = doc.objectives[0]!.keyResults[0]!;
  const edits = checkInEdits(doc, text, new LineIndex(text), kr, { date: '2026-11-21', value, confidence });
  const out = applyEdits(text, edits);
  return { edits, out, kr: parseOkr(out).objectives[0]!.keyResults[0]! };
}

describe('check-in on a KR that states its confidence', () => {
  const cases: [kr: string, value: string, expected: string][] = [
    ['- [ ] VP Sales hired\n  - Confidence: 0.9\n', '', '- [ ] VP Sales hired\n  - Confidence: 0.2\n  - 2026-11-21: confidence 0.2\n'],
    ['- [ ] VP Sales hired (confidence 0.9)\n', '', '- [ ] VP Sales hired (confidence 0.2)\n  - 2026-11-21: confidence 0.2\n'],
    ['- [ ] VP hired (confidence: 70%)\n', '', '- [ ] VP hired (confidence: 20%)\n  - 2026-11-21: confidence 0.2\n'],
    ['- [ ] VP hired, confidence 7/10\n', '', '- [ ] VP hired, confidence 2/10\n  - 2026-11-21: confidence 0.2\n'],
    ['- Raise NPS from 30 to 45 (confidence 0.5)\n  - 2026-10-01: 35, confidence 0.6\n', '40', '- Raise NPS from 30 to 45 (confidence 0.2)\n  - 2026-10-01: 35, confidence 0.6\n  - 2026-11-21: 40, confidence 0.2\n'],
  ];
  for (const [kr, value, expected] of cases) {
    it(`${JSON.stringify(kr)}: the recorded confidence is the KR's, by an edit of the number alone`, () => {
      const r = checkIn(H + kr, value, 0.2);
      assert.equal(r.out, H + expected);
      assert.equal(r.kr.confidence?.value, 0.2);
      const numberEdit = r.edits.find((e) => e.range.start.offset !== e.range.end.offset)!;
      assert.ok(numberEdit.range.end.offset - numberEdit.range.start.offset <= 3 && /^\d/.test(numberEdit.newText), JSON.stringify(numberEdit));
    });
  }

  it('keeps CRLF and every other byte', () => {
    const text = (H + '- [ ] VP Sales hired\n  - Confidence: 0.9\n  - Owner: @ana\n\n## O2: Calm\n\n- Keep it\n').replace(/\n/g, '\r\n');
    const r = checkIn(text, '', 0.45);
    assert.equal(r.out, text.replace('Confidence: 0.9\r\n  - Owner: @ana\r\n', 'Confidence: 0.45\r\n  - Owner: @ana\r\n  - 2026-11-21: confidence 0.45\r\n'));
    assert.equal(r.kr.confidence?.value, 0.45);
  });

  it('no edit of the stated one when it already says so, with no confidence, or when the confidence comes from a check-in', () => {
    assert.equal(checkIn(H + '- [ ] Hired (confidence 0.9)\n', '', 0.9).edits.length, 1);
    assert.equal(checkIn(H + '- Raise NPS from 30 to 45 (confidence 0.5)\n', '40', null).edits.length, 1);
    const fromCheckIn = H + '- Raise NPS from 30 to 45\n  - 2026-10-01: 35, confidence 0.6\n';
    const r = checkIn(fromCheckIn, '40', 0.3);
    assert.equal(r.out, fromCheckIn + '  - 2026-11-21: 40, confidence 0.3\n');
    assert.equal(r.kr.confidence?.value, 0.3);
  });
});
