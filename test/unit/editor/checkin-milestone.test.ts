// Check In on a milestone KR (a checkbox item without a number): marking it done or not done is
// the one character between the brackets; a confidence alone is a dated line of its own.
import assert from 'node:assert/strict';
import { checkInEdits, isMilestone, milestoneEdit } from '../../../src/core/checkin';
import { applyEdits } from '../../../src/core/edits';
import type { KeyResult } from '../../../src/core/model';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';

const FILE = `---
quarter: 2026-Q4
---
# Team

## O1: Ship the new plan

- [ ] KR1: VP Sales hired
- [x] KR2: Pricing page released
- KR3: Grow paying teams from 40 to 60
- [X] Release 2.0
`;

function krs(text: string): KeyResult[] {
  return parseOkr(text).objectives.flatMap((o) => o.keyResults);
}

/** Sets KR `index` to `done` and returns the new text (the text itself when there is no edit). */
function mark(text: string, index: number, done: boolean): string {
  const kr = krs(text)[index]!;
  const edit = milestoneEdit(text, new LineIndex(text), kr, done);
  return edit ? applyEdits(text, [edit]) : text;
}

describe('check-in on a milestone', () => {
  it('knows a milestone: a checkbox without a number; a checked metric or a plain item is not one', () => {
    const all = krs(FILE);
    assert.deepEqual(all.map(isMilestone), [true, true, false, true]);
    const metricBox = krs('## O1: Grow\n\n- [ ] Grow paying teams from 40 to 60\n')[0]!;
    assert.equal(metricBox.checked, false);
    assert.equal(isMilestone(metricBox), false);
  });

  it('marks done and not done by changing the one character in the box', () => {
    const done = mark(FILE, 0, true);
    assert.equal(done, FILE.replace('- [ ] KR1', '- [x] KR1'));
    assert.equal(krs(done)[0]!.checked, true);
    assert.equal(krs(done)[0]!.progress, 1, 'progress reads the box');
    const undone = mark(FILE, 1, false);
    assert.equal(undone, FILE.replace('- [x] KR2', '- [ ] KR2'));
    assert.equal(krs(undone)[1]!.progress, 0);
    assert.equal(mark(FILE, 3, false), FILE.replace('- [X] Release', '- [ ] Release'), 'an upper-case X counts as done');
    // The edit spans exactly the character between the brackets.
    const kr = krs(FILE)[0]!;
    const edit = milestoneEdit(FILE, new LineIndex(FILE), kr, true)!;
    assert.equal(FILE.slice(edit.range.start.offset, edit.range.end.offset), ' ');
    assert.equal(FILE.slice(edit.range.start.offset - 1, edit.range.end.offset + 1), '[ ]');
  });

  it('gives no edit when the box already says so, or when there is no box', () => {
    const lines = new LineIndex(FILE);
    const all = krs(FILE);
    assert.equal(milestoneEdit(FILE, lines, all[0]!, false), null);
    assert.equal(milestoneEdit(FILE, lines, all[1]!, true), null);
    assert.equal(milestoneEdit(FILE, lines, all[2]!, true), null, 'a plain item has no box');
  });

  it('finds the box after numbered, starred, indented and tabbed markers, and keeps CRLF and the rest byte for byte', () => {
    const variants = [
      '## O1: Ship\r\n\r\n10. [ ] VP Sales hired\r\n11. [ ] Release 2.0\r\n',
      '## O1: Ship\n\n* [ ] VP Sales hired\n',
      '## O1: Ship\n\n   - [ ] VP Sales hired\n',
      '## O1: Ship\n\n-\t[ ] VP Sales hired\n',
      '## O1: Ship\n\n1) [ ] **KR1:** VP Sales hired 🎉\n',
    ];
    for (const text of variants) {
      const all = krs(text);
      assert.ok(all.length >= 1 && isMilestone(all[0]!), `a milestone in ${JSON.stringify(text)}`);
      const out = mark(text, 0, true);
      const at = text.indexOf('[ ]');
      assert.equal(out, `${text.slice(0, at)}[x]${text.slice(at + 3)}`, JSON.stringify(text));
      assert.equal(krs(out)[0]!.checked, true);
      assert.equal(mark(out, 0, false), text, 'and back');
    }
  });

  it('records a confidence alone as a dated line that parses as the KR\'s confidence, the box untouched', () => {
    const text = FILE.replace(/\n/g, '\r\n');
    const doc = parseOkr(text);
    const kr = doc.objectives[0]!.keyResults[0]!;
    const out = applyEdits(text, checkInEdits(doc, text, new LineIndex(text), kr, { date: '2026-11-21', value: '', confidence: 0.3 }));
    assert.equal(out, text.replace('VP Sales hired\r\n', 'VP Sales hired\r\n  - 2026-11-21: confidence 0.3\r\n'));
    const after = krs(out)[0]!;
    assert.equal(after.checked, false);
    assert.equal(after.checkins.length, 1);
    assert.equal(after.confidence?.value, 0.3);
    assert.equal(after.checkins[0]!.value, null);
  });
});
