import assert from 'node:assert/strict';
import { checkInEdits, checkInValuePrompt, keyResultAt, keyResultAtLine, parseCheckInValue, parseConfidence, type CheckInRequest } from '../../../src/core/checkin';
import { applyEdits } from '../../../src/core/edits';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';

function checkIn(text: string, krIndex: number, request: CheckInRequest, objective = 0): string {
  const doc = parseOkr(text);
  const kr = doc.objectives[objective]!.keyResults[krIndex]!;
  return applyEdits(text, checkInEdits(doc, text, new LineIndex(text), kr, request));
}

const REQ: CheckInRequest = { date: '2026-11-21', value: '150', confidence: 0.7 };

describe('check-in edits', () => {
  it('appends a nested dated line after the last check-in, with its indentation', () => {
    const text = '## O1: Grow\n\n- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15\n  - 2026-11-07: 130, confidence 0.6\n- KR2: Raise NPS from 30 to 45\n';
    assert.equal(
      checkIn(text, 0, REQ),
      text.replace('confidence 0.6\n', 'confidence 0.6\n  - 2026-11-21: 150, confidence 0.7\n'),
    );
  });

  it('nests the first check-in under the KR (content column of its marker) and keeps CRLF byte for byte', () => {
    const text = '## O1: Grow\r\n\r\n1.  KR1: Increase weekly active teams from 120 to 200\r\n2.  KR2: Raise NPS from 30 to 45\r\n';
    assert.equal(checkIn(text, 0, { ...REQ, confidence: null }), text.replace('200\r\n', '200\r\n    - 2026-11-21: 150\r\n'));
  });

  it('keeps tabs and the bullet of existing check-ins, and a file without a final newline', () => {
    const text = '## O1: Grow\n\n* KR1: Increase weekly active teams from 120 to 200\n\t* 2026-11-07: 130';
    assert.equal(checkIn(text, 0, REQ), `${text}\n\t* 2026-11-21: 150, confidence 0.7`);
    const bare = '## O1: Grow\n\n  + KR1: Increase weekly active teams from 120 to 200';
    assert.equal(checkIn(bare, 0, REQ), `${bare}\n    + 2026-11-21: 150, confidence 0.7`);
  });

  it('inserts before the first check-in when the list runs newest first', () => {
    const text = '## O1: Grow\n\n- KR1: Increase weekly active teams from 120 to 200\n  - 2026-11-14: 140\n  - 2026-11-07: 130\n';
    assert.equal(checkIn(text, 0, REQ), text.replace('  - 2026-11-14', '  - 2026-11-21: 150, confidence 0.7\n  - 2026-11-14'));
  });


  it('goes above a disable-next-line comment that ends the item, so the comment still governs the next KR', () => {
    // "Disable ‹rule› for this line" on KR2 indents its comment into KR1's item; a check-in on KR1
    // put after it would take the comment's line and wake the diagnostic on KR2 again.
    const text = '## O1: Grow\n\n- KR1: Increase weekly active teams from 120 to 200\n  - 2026-11-07: 130\n  <!-- okr-lint-disable-next-line kr-task-like -->\n- KR2: Launch the new pricing page\n';
    const out = checkIn(text, 0, REQ);
    assert.equal(out, text.replace('130\n', '130\n  - 2026-11-21: 150, confidence 0.7\n'));
    const crlf = '## O1: Grow\r\n\r\n- KR1: Increase weekly active teams from 120 to 200\r\n  <!-- okr-lint-disable-next-line -->\r\n  <!-- okr-lint-disable-next-line kr-task-like -->\r\n- KR2: Launch the new pricing page\r\n';
    assert.equal(checkIn(crlf, 0, { ...REQ, confidence: null }), crlf.replace('200\r\n', '200\r\n  - 2026-11-21: 150\r\n'));
  });
  it('updates a current value written in the KR text, keeping its unit', () => {
    const text = '## O1: Ship faster\n\n- KR1: Reduce p95 deploy time from 40 min to 15 min (current: 30 min)\n- KR2: Increase weekly deploys from 3 to 10, now 5\n';
    const out = checkIn(text, 0, { date: '2026-11-21', value: '25', confidence: null });
    assert.equal(out, text.replace('(current: 30 min)\n', '(current: 25 min)\n  - 2026-11-21: 25\n'));
    const second = checkIn(text, 1, { date: '2026-11-21', value: '7', confidence: 0.5 });
    assert.equal(second, text.replace('now 5\n', 'now 7\n  - 2026-11-21: 7, confidence 0.5\n'));
    const doc = parseOkr(second);
    assert.equal(doc.objectives[0]!.keyResults[1]!.current?.value, 7);
    assert.equal(doc.objectives[0]!.keyResults[1]!.checkins.length, 1, 'the new line parses as a check-in');
  });

  it('records a value with its own unit as typed', () => {
    const text = '## O1: Revenue\n\n- KR1: Grow ARR from $1.2M to $2M, now $1.4M\n';
    assert.equal(checkIn(text, 0, { date: '2026-11-21', value: '$1.5M', confidence: null }), text.replace('now $1.4M\n', 'now $1.5M\n  - 2026-11-21: $1.5M\n'));
  });

  it('asks for the value with the target when there is one, and without a dangling "(target ?)" when not', () => {
    const doc = parseOkr('## O1: Grow\n\n- KR1: Increase weekly active teams from 120 to 200\n- [x] KR2: SOC 2 report issued\n- KR3: Improve onboarding\n');
    const [metric, milestone, vague] = doc.objectives[0]!.keyResults;
    assert.equal(checkInValuePrompt(metric!), 'The current value (target 200)');
    assert.equal(checkInValuePrompt(milestone!), 'Type the current value of the key result, e.g. 150 or 42%');
    assert.equal(checkInValuePrompt(vague!), 'Type the current value of the key result, e.g. 150 or 42%');
  });

  it('finds the KR at the cursor, check-in lines included', () => {
    const text = '## O1: Grow\n\n- KR1: Increase weekly active teams from 120 to 200\n  - 2026-11-07: 130\n- KR2: Raise NPS from 30 to 45\n';
    const doc = parseOkr(text);
    assert.equal(keyResultAt(doc, text.indexOf('130'))?.label, 'KR1');
    assert.equal(keyResultAt(doc, text.indexOf('NPS'))?.label, 'KR2');
    assert.equal(keyResultAt(doc, 3), undefined);
  });

  it('finds the KR at a line, and none for a line outside the text', () => {
    for (const text of ['## O1: Grow\n\n- KR1: Grow teams from 120 to 200\n  - 2026-11-07: 130\n- KR2: Raise NPS from 30 to 45', '## O1: Grow\n\n- KR1: Grow teams from 120 to 200\n  - 2026-11-07: 130\n- KR2: Raise NPS from 30 to 45\n']) {
      const doc = parseOkr(text);
      const lines = new LineIndex(text);
      assert.equal(keyResultAtLine(doc, lines, 3)?.label, 'KR1', 'a check-in line belongs to its KR');
      assert.equal(keyResultAtLine(doc, lines, 4)?.label, 'KR2');
      assert.equal(keyResultAtLine(doc, lines, 1), undefined);
      for (const line of [5, 99, -1, 1.5, Number.NaN]) assert.equal(keyResultAtLine(doc, lines, line), undefined, `line ${line} of ${JSON.stringify(text.slice(-4))}`);
    }
  });
});

describe('check-in input validation', () => {
  it('accepts a number with an optional unit and rejects the rest', () => {
    assert.deepEqual(parseCheckInValue(' 150 '), { raw: '150', value: 150 });
    assert.deepEqual(parseCheckInValue('42%'), { raw: '42%', value: 42 });
    assert.deepEqual(parseCheckInValue(''), { error: 'empty' });
    assert.deepEqual(parseCheckInValue('lots'), { error: 'not-a-number' });
    assert.deepEqual(parseCheckInValue('150 or so'), { error: 'not-a-number' });
  });

  it('normalises confidence from 0–1, percent or x/10', () => {
    assert.deepEqual(parseConfidence('0.7'), { value: 0.7 });
    assert.deepEqual(parseConfidence('70%'), { value: 0.7 });
    assert.deepEqual(parseConfidence('7/10'), { value: 0.7 });
    assert.deepEqual(parseConfidence(''), { value: null });
    assert.deepEqual(parseConfidence('1.5'), { error: 'out-of-range' });
    assert.deepEqual(parseConfidence('high'), { error: 'not-a-number' });
  });
});
