import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, compatibleEdits, editsAreDisjoint, markPlaceholders, minimizeEdit, plainEdits, snippetToPlainText } from '../../../src/core/edits';
import type { TextEdit } from '../../../src/core/lint/types';
import { LineIndex } from '../../../src/core/text';

function edit(text: string, start: number, end: number, newText: string): TextEdit {
  return { range: new LineIndex(text).range(start, end), newText };
}

describe('edits', () => {
  it('applies edits in offset order whatever order they come in', () => {
    const text = 'abcdef';
    assert.equal(applyEdits(text, [edit(text, 4, 5, 'E'), edit(text, 0, 1, 'A'), edit(text, 2, 2, '+')]), 'Ab+cdEf');
  });

  it('keeps insertions at one offset in the order given', () => {
    const text = 'xy';
    assert.equal(applyEdits(text, [edit(text, 1, 1, '1'), edit(text, 1, 1, '2')]), 'x12y');
  });

  it('skips an edit that overlaps one already applied instead of corrupting the text', () => {
    const text = 'abcdef';
    assert.equal(applyEdits(text, [edit(text, 1, 4, 'X'), edit(text, 2, 5, 'Y')]), 'aXef');
    assert.equal(editsAreDisjoint([edit(text, 1, 4, 'X'), edit(text, 2, 5, 'Y')]), false);
    assert.equal(editsAreDisjoint([edit(text, 1, 2, 'X'), edit(text, 2, 3, 'Y')]), true);
  });

  it('leaves CRLF line endings alone outside the edited ranges', () => {
    const text = 'a\r\nb\r\nc\r\n';
    assert.equal(applyEdits(text, [edit(text, 3, 4, 'B')]), 'a\r\nB\r\nc\r\n');
  });

  it('compatibleEdits keeps each fix whole and drops a fix that collides with an earlier one', () => {
    const text = 'abcdef';
    const fixes = [
      { title: 'one', edits: [edit(text, 0, 1, 'A'), edit(text, 3, 4, 'D')] },
      { title: 'two', edits: [edit(text, 3, 5, 'X'), edit(text, 5, 6, 'F')] },
      { title: 'three', edits: [edit(text, 5, 6, 'F')] },
    ];
    assert.equal(applyEdits(text, compatibleEdits(fixes)), 'AbcDeF');
  });

  it('minimizeEdit shrinks a replacement to the characters that change', () => {
    const text = 'Improve NPS from 30 to 45';
    const m = minimizeEdit(text, edit(text, 0, text.length, 'Increase NPS from 30 to 45'));
    // Common prefix `I` and suffix `e NPS from 30 to 45` stay untouched.
    assert.equal(text.slice(m.range.start.offset, m.range.end.offset), 'mprov');
    assert.equal(m.newText, 'ncreas');
    assert.equal(applyEdits(text, [m]), 'Increase NPS from 30 to 45');
  });

  it('converts snippet syntax to plain text for hosts without snippets', () => {
    assert.equal(snippetToPlainText(' from ${1:baseline} to ${2:target}$0'), ' from ‹baseline› to ‹target›');
    assert.equal(snippetToPlainText('cost \\$5 ${1}'), 'cost $5 ');
    assert.equal(snippetToPlainText('Type: ${1|committed,aspirational|}'), 'Type: ‹committed|aspirational›');
    const text = 'x';
    assert.deepEqual(plainEdits({ title: 't', snippet: true, edits: [edit(text, 1, 1, ' @${1:name}')] }).map((e) => e.newText), [' @‹name›']);
  });

  it('marks word placeholders ‹so›, as the CLI writes them, so a placeholder left in the text reads as one', () => {
    // Left as `from baseline to target`, a KR reads as plain words and no rule flags it; `‹target›` is flagged.
    assert.equal(markPlaceholders(' from ${1:baseline} to ${2:target}$0'), ' from ${1:‹baseline›} to ${2:‹target›}$0');
    assert.equal(markPlaceholders('- ${1:Increase metric} by ${2:2026-12-31}'), '- ${1:‹Increase metric›} by ${2:2026-12-31}', 'a real default value (a date) stays as it is');
    assert.equal(markPlaceholders('cycle: ${1:2026-Q4}\n${1|Increase,Reduce|} \\${2:x} ${3:0.6}'), 'cycle: ${1:2026-Q4}\n${1|Increase,Reduce|} \\${2:x} ${3:0.6}', 'an escaped $ is no placeholder');
    assert.equal(markPlaceholders('cost \\$5 ${1:‹name›} ${2:métrique clé}'), 'cost \\$5 ${1:‹name›} ${2:‹métrique clé›}', 'idempotent; any language');
    // What the editor inserts is what `okr lint --fix`-style plain text would show.
    assert.equal(snippetToPlainText(markPlaceholders(' @${1:name}')), snippetToPlainText(' @${1:name}'));
  });

  it('property: bytes outside the edited ranges are unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', 'é', ' ') }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 5 }),
        (text, specs) => {
          const lines = new LineIndex(text);
          // Build disjoint edits from left to right.
          const edits: TextEdit[] = [];
          let cursor = 0;
          for (const [gap, len, newText] of specs) {
            const start = Math.min(text.length, cursor + (gap % 4));
            const end = Math.min(text.length, start + len);
            edits.push({ range: lines.range(start, end), newText });
            cursor = end + 1;
          }
          const disjoint = edits.filter((e, i) => i === 0 || e.range.start.offset >= edits[i - 1]!.range.end.offset + (e.range.start.offset === edits[i - 1]!.range.start.offset ? 1 : 0));
          const out = applyEdits(text, [...disjoint].reverse());
          // Rebuild the expected text by hand.
          let expected = '';
          let at = 0;
          for (const e of disjoint) {
            expected += text.slice(at, e.range.start.offset) + e.newText;
            at = e.range.end.offset;
          }
          expected += text.slice(at);
          assert.equal(out, expected);
        },
      ),
    );
  });
});
