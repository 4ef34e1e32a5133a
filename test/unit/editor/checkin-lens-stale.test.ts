// A per-KR lens clicked after an edit (VS Code keeps old lenses, and their arguments, for a moment):
// the lens names its KR by identity, which finds the same KR in the new version wherever it moved,
// or refuses when no KR or several KRs read its text.
import assert from 'node:assert/strict';
import { findKeyResult, keyResultByRef, keyResultLenses } from '../../../src/core/checkin-lens';
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

  it('each lens carries its place, text and objective title', () => {
    assert.deepEqual(keyResultLenses(v2).map((l) => l.ref), [
      { objective: 0, kr: 0, text: 'VP Sales hired', objectiveTitle: 'Ship' },
      { objective: 0, kr: 1, text: 'Pricing page released', objectiveTitle: 'Ship' },
    ]);
  });
});
