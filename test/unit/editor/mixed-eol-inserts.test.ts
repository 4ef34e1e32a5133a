// The editor's line inserts in a file with mixed line endings (as Move to Initiatives, insert.ts
// eolAt): "Disable for this line" and Check In give the new line the ending of the line it goes
// next to, not the file's first, so an LF part of a CRLF file stays LF (and the other way round).
import assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/lint/index';
import { checkInEdits } from '../../../src/core/checkin';
import { parseOkr } from '../../../src/core/parse';
import { disableNextLineEdit } from '../../../src/core/suppress';
import { LineIndex } from '../../../src/core/text';

/** Front matter with CRLF (the file's first ending), the objective's lines with `eol`. */
const file = (body: string[], eol: string, head = '\r\n'): string => `---${head}cycle: 2026-Q4${head}---${head}${head}${body.join(eol)}${eol}`;
const BODY = ['## O1: Grow usage', '', 'Owner: @alice', '', '- KR1: Increase weekly active teams from 120 to 200', '  - 2026-10-15: 130', '- KR2: Launch the partner portal'];

function lineEndings(text: string): string[] {
  return text.match(/\r\n|\r|\n/g) ?? [];
}

describe('line inserts with mixed line endings', () => {
  for (const [eol, head] of [['\n', '\r\n'], ['\r\n', '\n']] as const) {
    const name = JSON.stringify(eol);

    it(`"Disable for this line" in a ${name} section of a file that starts ${JSON.stringify(head)}`, () => {
      const text = file(BODY, eol, head);
      const lines = new LineIndex(text);
      const line = BODY.indexOf('- KR2: Launch the partner portal') + 4;
      const edit = disableNextLineEdit(parseOkr(text), lines, line, 'kr-task-like');
      assert.ok(edit);
      const out = applyEdits(text, [edit]);
      assert.equal(out, file([...BODY.slice(0, -1), '  <!-- okr-lint-disable-next-line kr-task-like -->', BODY[BODY.length - 1]!], eol, head));
      assert.deepEqual(lineEndings(out), [...lineEndings(text).slice(0, 4), ...lineEndings(out).slice(4).map(() => eol)]);
    });

    it(`Check In in a ${name} section of a file that starts ${JSON.stringify(head)} (after the last check-in and newest first)`, () => {
      const text = file(BODY, eol, head);
      const doc = parseOkr(text);
      const kr = doc.objectives[0]!.keyResults[0]!;
      const out = applyEdits(text, checkInEdits(doc, text, new LineIndex(text), kr, { date: '2026-11-21', value: '150', confidence: null }));
      assert.equal(out, file([...BODY.slice(0, 6), '  - 2026-11-21: 150', BODY[6]!], eol, head));

      const newestFirst = [...BODY.slice(0, 5), '  - 2026-11-01: 140', '  - 2026-10-15: 130', BODY[6]!];
      const text2 = file(newestFirst, eol, head);
      const doc2 = parseOkr(text2);
      const out2 = applyEdits(text2, checkInEdits(doc2, text2, new LineIndex(text2), doc2.objectives[0]!.keyResults[0]!, { date: '2026-11-21', value: '150', confidence: null }));
      assert.equal(out2, file([...newestFirst.slice(0, 5), '  - 2026-11-21: 150', ...newestFirst.slice(5)], eol, head));
    });
  }
});
