// A per-KR lens clicked after an edit (VS Code keeps old lenses, and their arguments, for a moment):
// the lens names its KR by identity, which finds the same KR in the new version wherever it moved,
// or refuses when no KR or several KRs read its text.
import assert from 'node:assert/strict';
import { findKeyResult, keyResultByRef, keyResultLenses, keyResultRef } from '../../../src/core/checkin-lens';
import { checkInEdits, keyResultAtLine, milestoneEdit } from '../../../src/core/checkin';
import { applyEdits } from '../../../src/core/edits';
import { parseOkr } from '../../../src/core/parse';
import { LineIndex } from '../../../src/core/text';

const FILE = '---\nquarter: 2026-Q4\n---\n# Team\n\n## O1: Ship\n\n- [ ] KR1: VP Sales hired\n- [ ] KR2: Pricing page released\n';

describe('stale per-KR check-in lens', () => {
  const v1 = parseOkr(FILE);
  const lensKR2 = keyResultLenses(v1).find((l) => l.title === 'Mark done' && l.ref.text === 'Pricing page released')!;
  // Check In on KR1 (a confidence): a line is inserted under KR1, so KR2 moves down a line.
  const kr1 = v1.objectives[0]!.keyResults[0]!;
  const v2text = applyEdits(FILE, checkInEdits(v1, FILE, new LineIndex(FILE), kr1, { date: '2026-11-21', value: '', confidence: 0.6 }));
  const v2 = parseOkr(v2text);
  const lines = new LineIndex(v2text);

  it("the old lens's line names another KR in the new version, its ref names KR2", () => {
    assert.equal(keyResultAtLine(v2, lines, lensKR2.line)?.label, 'KR1', 'the line alone is wrong (what the ref is for)');
    const target = keyResultByRef(v2, lensKR2.ref)!;
    assert.equal(target.label, 'KR2');
    const edit = milestoneEdit(v2text, lines, target, lensKR2.done!)!;
    assert.equal(applyEdits(v2text, [edit]), v2text.replace('- [ ] KR2', '- [x] KR2'));
  });

  it('finds nothing (the command refuses) when the KR was edited or removed', () => {
    assert.deepEqual(findKeyResult(parseOkr(v2text.replace('Pricing page', 'Prices page')), lensKR2.ref), { problem: 'gone' });
    assert.deepEqual(findKeyResult(parseOkr(v2text.replace(/- \[ \] KR2.*\n/, '')), lensKR2.ref), { problem: 'gone' });
  });

  it('finds the KR again when KRs or objectives were inserted above it (its place changed)', () => {
    const krAbove = v2text.replace('- [ ] KR1', '- [ ] KR0: New\n- [ ] KR1');
    const found = keyResultByRef(parseOkr(krAbove), lensKR2.ref);
    assert.equal(found?.label, 'KR2');
    assert.equal(applyEdits(krAbove, [milestoneEdit(krAbove, new LineIndex(krAbove), found!, true)!]), krAbove.replace('- [ ] KR2', '- [x] KR2'));
    const objectiveAbove = v2text.replace('## O1: Ship', '## O0: Sell\n\n- [ ] KR1: Deal closed\n\n## O1: Ship');
    const doc = parseOkr(objectiveAbove);
    assert.equal(doc.objectives[lensKR2.ref.objective]?.title, 'Sell', 'the old place names another objective');
    assert.equal(keyResultByRef(doc, lensKR2.ref), doc.objectives[1]!.keyResults[1]);
  });

  it('refuses when several KRs read the same text, unless the objective title tells them apart', () => {
    const twice = v2text.replace('- [ ] KR1: VP Sales hired', '- [ ] KR0: Pricing page released\n- [ ] KR1: VP Sales hired');
    assert.deepEqual(findKeyResult(parseOkr(twice), lensKR2.ref), { problem: 'ambiguous' });
    // The same text under another objective: the lens's objective title picks its own.
    const other = `${v2text}\n## O2: Sell\n\n- [ ] KR1: Pricing page released\n`;
    const doc = parseOkr(other);
    assert.equal(keyResultByRef(doc, lensKR2.ref), doc.objectives[0]!.keyResults[1]);
    // Without the title (arguments from an older lens), that is two: refused.
    const { objectiveTitle: _omitted, ...untitled } = lensKR2.ref;
    assert.deepEqual(findKeyResult(doc, untitled), { problem: 'ambiguous' });
  });

  // The same KR text under two objectives: the lens of one never acts on the other's KR.
  const TWO = '---\nquarter: 2026-Q4\n---\n# Team\n\n## O1: Ship\n\n- [ ] KR1: NPS above 40\n\n## O2: Sell\n\n- [ ] KR1: NPS above 40\n';
  const shipLens = keyResultLenses(parseOkr(TWO)).find((l) => l.ref.objectiveTitle === 'Ship')!;

  it("refuses when its KR was edited and the other objective's KR still reads the old text", () => {
    const edited = parseOkr(TWO.replace('NPS above 40\n\n## O2', 'NPS above 45\n\n## O2'));
    assert.equal(edited.objectives[1]!.keyResults[0]!.text, 'NPS above 40', 'the other KR keeps the text');
    assert.deepEqual(findKeyResult(edited, shipLens.ref), { problem: 'gone' });
  });

  it("refuses when its objective was removed and the other objective's KR reads the same text", () => {
    const removed = parseOkr(TWO.replace('## O1: Ship\n\n- [ ] KR1: NPS above 40\n\n', ''));
    assert.deepEqual(removed.objectives.map((o) => o.title), ['Sell']);
    assert.deepEqual(findKeyResult(removed, shipLens.ref), { problem: 'gone' });
  });

  it('finds its KR under a renamed objective only when no other objective had its text', () => {
    // A lone KR (no other objective had its text) is found after its objective was renamed.
    const renamedLone = parseOkr(v2text.replace('## O1: Ship', '## O1: Ship faster'));
    assert.equal(keyResultByRef(renamedLone, lensKR2.ref), renamedLone.objectives[0]!.keyResults[1]);
    // Sell had the text too: once Ship's title is gone, which KR is whose is a guess, so none.
    assert.equal(shipLens.ref.shared, true);
    assert.deepEqual(findKeyResult(parseOkr(TWO.replace('## O1: Ship', '## O1: Ship it')), shipLens.ref), { problem: 'gone' });
    const renamedAndEdited = parseOkr(TWO.replace('## O1: Ship', '## O1: Ship it').replace('NPS above 40\n\n## O2', 'NPS above 45\n\n## O2'));
    assert.deepEqual(findKeyResult(renamedAndEdited, shipLens.ref), { problem: 'gone' });
    // Its objective there and unchanged: the shared text still finds its own KR.
    const moved = parseOkr(TWO.replace('## O1: Ship\n', '## O0: Plan\n\n- [ ] KR1: Roadmap out\n\n## O1: Ship\n'));
    assert.equal(keyResultByRef(moved, shipLens.ref), moved.objectives[1]!.keyResults[0]);
    // The same objective title twice, each with the text: that is two.
    const twoShips = parseOkr(TWO.replace('## O2: Sell', '## O2: Ship'));
    assert.deepEqual(findKeyResult(twoShips, keyResultLenses(twoShips)[0]!.ref), { problem: 'ambiguous' });
  });

  it('the Check In command builds the same ref as the lens (keyResultRef)', () => {
    const doc = parseOkr(TWO);
    assert.deepEqual(keyResultLenses(doc).map((l) => l.ref), [keyResultRef(doc, 0, 0), keyResultRef(doc, 1, 0)]);
    assert.deepEqual(keyResultLenses(v2).map((l) => l.ref), [keyResultRef(v2, 0, 0), keyResultRef(v2, 0, 1)]);
  });

  it('each lens carries its place, text and objective title', () => {
    assert.deepEqual(keyResultLenses(v2).map((l) => l.ref), [
      { objective: 0, kr: 0, text: 'VP Sales hired', objectiveTitle: 'Ship' },
      { objective: 0, kr: 1, text: 'Pricing page released', objectiveTitle: 'Ship' },
    ]);
  });
});
