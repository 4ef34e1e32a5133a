// "Move to Initiatives" (kr-task-like's fix) in a file with mixed line endings: the moved line and
// the `Initiatives:` block take the ending of the line they are inserted next to, not the file's
// first ending; every byte outside the edits stays as it was.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { applyEdits, defaultConfig, lint } from '../../../src/core/lint/index';
import { eolAt } from '../../../src/core/lint/insert';
import { LineIndex } from '../../../src/core/text';

function moveToInitiatives(text: string): string {
  const d = lint(parseOkr(text), text, { config: defaultConfig() }).find((x) => x.ruleId === 'kr-task-like');
  assert.ok(d, 'kr-task-like reported');
  const fix = d.fixes?.find((f) => f.title === 'Move to Initiatives');
  assert.ok(fix, 'Move to Initiatives offered');
  return applyEdits(text, fix.edits);
}

/** The front matter with CRLF (so the file's first ending is CRLF), the objective with `eol`. */
const crlfHead = '---\r\ncycle: 2026-Q4\r\n---\r\n\r\n';
const section = (lines: string[], eol: string): string => lines.join(eol) + eol;

describe('Move to Initiatives with mixed line endings', () => {
  it('eolAt reads the ending of the line at an offset (the file’s first on a last line without one)', () => {
    const lines = new LineIndex('a\r\nb\nc\rd');
    assert.deepEqual([0, 3, 5, 7].map((o) => eolAt(lines, o)), ['\r\n', '\n', '\r', '\r\n']);
    assert.equal(eolAt(new LineIndex('single'), 0), '\n');
  });

  it('a new Initiatives block after the last KR of an LF section of a CRLF file uses LF', () => {
    const body = ['## O1: Grow usage', '', 'Owner: @alice', '', '- KR1: Launch the partner portal', '- KR2: Increase weekly active teams from 120 to 200'];
    const text = crlfHead + section(body, '\n');
    const fixed = moveToInitiatives(text);
    const expected =
      crlfHead +
      section(['## O1: Grow usage', '', 'Owner: @alice', '', '- KR2: Increase weekly active teams from 120 to 200', '', 'Initiatives:', '', '- Launch the partner portal'], '\n');
    assert.equal(fixed, expected);
  });

  it('an item appended to an existing Initiatives list takes that list’s ending', () => {
    const body = ['## O1: Grow usage', '', 'Owner: @alice', '', '- KR1: Launch the partner portal', '- KR2: Increase weekly active teams from 120 to 200', '', 'Initiatives:', '', '- Run the beta'];
    // The file's first ending is LF; this section is CRLF.
    const text = '---\ncycle: 2026-Q4\n---\n\n' + section(body, '\r\n');
    const fixed = moveToInitiatives(text);
    assert.equal(
      fixed,
      '---\ncycle: 2026-Q4\n---\n\n' +
        section(['## O1: Grow usage', '', 'Owner: @alice', '', '- KR2: Increase weekly active teams from 120 to 200', '', 'Initiatives:', '', '- Run the beta', '- Launch the partner portal'], '\r\n'),
    );
  });

  it('the only KR, last in its section, becomes the Initiatives block with the section’s ending', () => {
    const body = ['## O1: Grow usage', '', 'Owner: @alice', '', '- KR1: Launch the partner portal'];
    const next = ['', '## O2: Keep customers', '', 'Owner: @bob', '', '- KR1: Increase retained teams from 60% to 75%'];
    const text = crlfHead + section(body, '\n') + section(next, '\r\n');
    const fixed = moveToInitiatives(text);
    assert.equal(fixed, crlfHead + section([...body.slice(0, 4), 'Initiatives:', '', '- Launch the partner portal'], '\n') + section(next, '\r\n'));
    // The LF section got no CR, the CRLF parts kept theirs.
    assert.equal((fixed.match(/\r\n/g) ?? []).length, (text.match(/\r\n/g) ?? []).length);
  });
});

describe('Move to Initiatives writes the block as the product writes it elsewhere', () => {
  // New OKR File (scaffold.ts), docs/format.md and the examples all write `Initiatives:`, a blank
  // line, then the list; the fix used to glue the list to the label.
  it('a new block after a note at the end of the section: label, blank line, list (CRLF kept)', () => {
    const body = ['## O1: Grow usage', '', '- KR1: Launch the partner portal', '- KR2: Increase weekly active teams from 120 to 200', '', 'Context: the Q3 survey.'];
    const text = section(['---', 'cycle: 2026-Q4', '---', '', ...body], '\r\n');
    const fixed = moveToInitiatives(text);
    assert.equal(
      fixed,
      section(['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow usage', '', '- KR2: Increase weekly active teams from 120 to 200', '', 'Context: the Q3 survey.', '', 'Initiatives:', '', '- Launch the partner portal'], '\r\n'),
    );
    assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    const o = parseOkr(fixed).objectives[0]!;
    assert.deepEqual(o.initiatives.map((i) => i.text), ['Launch the partner portal']);
    assert.deepEqual(o.keyResults.map((kr) => kr.text), ['Increase weekly active teams from 120 to 200']);
  });

  it('a second move appends to the block the first made, which stays one list', () => {
    const text = section(['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow usage', '', '- KR1: Launch the partner portal', '- KR2: Write the onboarding guide', '- KR3: Increase weekly active teams from 120 to 200'], '\n');
    const once = moveToInitiatives(text);
    assert.match(once, /\n\nInitiatives:\n\n- Launch the partner portal\n$/);
    const twice = moveToInitiatives(once);
    assert.match(twice, /\n\nInitiatives:\n\n- Launch the partner portal\n- Write the onboarding guide\n$/);
    assert.deepEqual(parseOkr(twice).objectives[0]!.initiatives.map((i) => i.text), ['Launch the partner portal', 'Write the onboarding guide']);
  });
});
