import assert from 'node:assert/strict';
import fc from 'fast-check';
import { itemOf, KeyOccurrences, objectiveOf } from '../../../src/core/lint/occurrences';

type Keys = (string | null)[];

/** The reference: every repeat of a key after its first occurrence, in document order, counted from scratch. */
function counted(facts: readonly Keys[]): { objective: number; item: number; firstObjective: number; firstItem: number }[] {
  const first = new Map<string, [number, number]>();
  const out: { objective: number; item: number; firstObjective: number; firstItem: number }[] = [];
  facts.forEach((keys, i) =>
    keys.forEach((key, k) => {
      if (key === null) return;
      const at = first.get(key);
      if (at) out.push({ objective: i, item: k, firstObjective: at[0], firstItem: at[1] });
      else first.set(key, [i, k]);
    }),
  );
  return out;
}

function repeats(o: KeyOccurrences<Keys>) {
  return o.repeats().map(({ code, first }) => ({ objective: objectiveOf(code), item: itemOf(code), firstObjective: objectiveOf(first), firstItem: itemOf(first) }));
}

describe('KeyOccurrences: key counts kept between merges', () => {
  it('patches the changed objectives and reports what a count from scratch reports', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'e', null);
    const keys = fc.array(key, { maxLength: 4 });
    // An edit replaces a few objectives' facts (new objects), keeping the others' objects; sometimes
    // the list grows or shrinks (counted again).
    const edit = fc.oneof(
      { arbitrary: fc.array(fc.tuple(fc.nat(), keys), { minLength: 1, maxLength: 3 }).map((changes) => ({ kind: 'replace' as const, changes })), weight: 5 },
      { arbitrary: fc.tuple(fc.nat(), keys).map(([at, k]) => ({ kind: 'insert' as const, at, keys: k })), weight: 1 },
      { arbitrary: fc.nat().map((at) => ({ kind: 'delete' as const, at })), weight: 1 },
      { arbitrary: fc.constant({ kind: 'same' as const }), weight: 1 },
    );
    let patched = 0;
    fc.assert(
      fc.property(fc.array(keys, { minLength: 1, maxLength: 30 }), fc.array(edit, { minLength: 1, maxLength: 15 }), (initial, edits) => {
        const occurrences = new KeyOccurrences<Keys>((k) => k);
        let facts: Keys[] = initial;
        occurrences.update(facts);
        assert.deepEqual(repeats(occurrences), counted(facts));
        for (const e of edits) {
          if (e.kind === 'same') {
            facts = facts.slice();
          } else if (e.kind === 'replace') {
            facts = facts.slice();
            for (const [at, k] of e.changes) if (facts.length) facts[at % facts.length] = k;
          } else if (e.kind === 'insert') {
            facts = [...facts.slice(0, e.at % (facts.length + 1)), e.keys, ...facts.slice(e.at % (facts.length + 1))];
          } else if (facts.length > 1) {
            facts = facts.filter((_, i) => i !== e.at % facts.length);
          }
          occurrences.update(facts);
          if (occurrences.lastUpdate === 'patched') patched++;
          assert.deepEqual(repeats(occurrences), counted(facts), JSON.stringify(facts));
        }
      }),
      { seed: 7, numRuns: 300 },
    );
    assert.ok(patched > 300, `most updates patched: ${patched}`);
  });

  it('counts again when many objectives changed, or when there are more or fewer', () => {
    const occurrences = new KeyOccurrences<Keys>((k) => k);
    const facts: Keys[] = Array.from({ length: 40 }, (_, i) => [`k${i % 20}`]);
    occurrences.update(facts);
    assert.equal(occurrences.lastUpdate, 'counted');
    assert.equal(occurrences.repeats().length, 20);
    const one = facts.slice();
    one[3] = ['k3', 'k3'];
    occurrences.update(one);
    assert.equal(occurrences.lastUpdate, 'patched');
    assert.deepEqual(repeats(occurrences), counted(one));
    occurrences.update(one);
    assert.equal(occurrences.lastUpdate, 'same');
    const many = one.map((k) => [...k]);
    occurrences.update(many);
    assert.equal(occurrences.lastUpdate, 'counted');
    assert.deepEqual(repeats(occurrences), counted(many));
    const longer = [...many, ['k0']];
    occurrences.update(longer);
    assert.equal(occurrences.lastUpdate, 'counted');
    assert.deepEqual(repeats(occurrences), counted(longer));
  });

  it('keeps objectives and items apart past 65,536 items', () => {
    const occurrences = new KeyOccurrences<Keys>((k) => k);
    const big: Keys = Array.from({ length: 70_000 }, (_, k) => (k === 69_999 ? 'x' : null));
    occurrences.update([['x'], big]);
    assert.deepEqual(repeats(occurrences), [{ objective: 1, item: 69_999, firstObjective: 0, firstItem: 0 }]);
  });
});
