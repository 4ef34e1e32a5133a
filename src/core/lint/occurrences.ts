// Where each comparison key occurs in a split rule's facts (kr-duplicate: KR texts; objective-
// duplicate-label: labels), kept in a rule's merge memo between lints and patched where the facts
// changed, so a keystroke in one objective does not count a whole file's keys again.

/** An occurrence: item `item` of objective `objective`, as one number in document order. */
const ITEM_BITS = 2 ** 24;

function code(objective: number, item: number): number {
  return objective * ITEM_BITS + item;
}

/** Objective index and item index of an occurrence code. */
export function objectiveOf(c: number): number {
  return Math.floor(c / ITEM_BITS);
}

export function itemOf(c: number): number {
  return c % ITEM_BITS;
}

/**
 * Patching is for a few changed objectives (the incremental linter after a keystroke changes one);
 * with more, counting again is as cheap and simpler to trust.
 */
const MAX_PATCHED = 16;

/**
 * The occurrences of each key in a list of facts (one per objective), in document order, and the
 * keys that occur more than once. `update` brings it to a new list: it compares the lists by
 * identity (the incremental linter passes the cached fact object of every objective whose text did
 * not change, and facts are never changed once made) and, when the two lists are as long and differ
 * in at most a few objectives, removes those objectives' old keys and adds their new ones; otherwise
 * it counts everything again. Either way the result is what counting `facts` from scratch gives
 * (test/unit/lint/occurrences.test.ts), so the rules report exactly what the stateless `lint` does.
 */
export class KeyOccurrences<F> {
  private facts: readonly F[] | null = null;
  /** Per key, its one occurrence's code, or its codes in ascending (document) order when several. */
  private readonly at = new Map<string, number | number[]>();
  /** Keys with two occurrences or more. */
  private readonly repeated = new Set<string>();
  /** How the last `update` went (for tests): patched in place, or counted again. */
  lastUpdate: 'same' | 'patched' | 'counted' = 'counted';

  /** `keysOf(fact)` lists a fact's keys, by item (null or undefined: an item without a key). */
  constructor(private readonly keysOf: (fact: F) => readonly (string | null | undefined)[]) {}

  update(facts: readonly F[]): void {
    const old = this.facts;
    this.facts = facts;
    if (old === facts) {
      this.lastUpdate = 'same';
      return;
    }
    if (old !== null && old.length === facts.length) {
      const changed: number[] = [];
      for (let i = 0; i < facts.length; i++) {
        if (old[i] === facts[i]) continue;
        changed.push(i);
        if (changed.length > MAX_PATCHED) break;
      }
      if (changed.length <= MAX_PATCHED) {
        for (const i of changed) {
          if (old[i] !== undefined) this.remove(i, this.keysOf(old[i]!));
          if (facts[i] !== undefined) this.add(i, this.keysOf(facts[i]!));
        }
        this.lastUpdate = changed.length ? 'patched' : 'same';
        return;
      }
    }
    this.at.clear();
    this.repeated.clear();
    for (let i = 0; i < facts.length; i++) if (facts[i] !== undefined) this.add(i, this.keysOf(facts[i]!));
    this.lastUpdate = 'counted';
  }

  /**
   * Every occurrence of a repeated key but its first, in document order, each with its key's first
   * occurrence: what a duplicate rule reports.
   */
  repeats(): { code: number; first: number }[] {
    const out: { code: number; first: number }[] = [];
    for (const key of this.repeated) {
      const codes = this.at.get(key) as number[];
      for (let j = 1; j < codes.length; j++) out.push({ code: codes[j]!, first: codes[0]! });
    }
    return out.sort((a, b) => a.code - b.code);
  }

  private add(objective: number, keys: readonly (string | null | undefined)[]): void {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key === null || key === undefined) continue;
      const c = code(objective, k);
      const at = this.at.get(key);
      if (at === undefined) {
        this.at.set(key, c);
      } else if (typeof at === 'number') {
        this.at.set(key, at < c ? [at, c] : [c, at]);
        this.repeated.add(key);
      } else {
        // In order; usually at the end (adding an objective's keys in order, or the last objective's).
        let j = at.length;
        while (j > 0 && at[j - 1]! > c) j--;
        at.splice(j, 0, c);
      }
    }
  }

  private remove(objective: number, keys: readonly (string | null | undefined)[]): void {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key === null || key === undefined) continue;
      const c = code(objective, k);
      const at = this.at.get(key);
      if (at === undefined) continue;
      if (typeof at === 'number') {
        if (at === c) this.at.delete(key);
        continue;
      }
      const j = at.indexOf(c);
      if (j < 0) continue;
      at.splice(j, 1);
      if (at.length === 1) {
        this.at.set(key, at[0]!);
        this.repeated.delete(key);
      }
    }
  }
}
