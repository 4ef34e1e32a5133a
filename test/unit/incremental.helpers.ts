// Helpers for the incremental cache's tests: which objects a model shares between two places, and
// a generic (slow, obviously complete) position shift to compare shift.ts's typed one with.
import type { OkrDocument } from '../../src/core/model';

/**
 * Objects the parser shares between two places of a model, by path pattern (indices as `[]`).
 * The cache moves positions in place (src/core/shift.ts), so it must know each of these; a model
 * sharing anything else (the cache's own model included) fails `unexpectedSharing`.
 */
export const KNOWN_SHARING: readonly (readonly [RegExp, RegExp])[] = [
  // A KR's current value / confidence taken from its newest check-in.
  [/^doc\.objectives\[\]\.keyResults\[\]\.(current|confidence)$/, /^doc\.objectives\[\]\.keyResults\[\]\.checkins\[\]\.(value|confidence)$/],
  // An objective owner written without `@`: the metadata value is the owner.
  [/^doc\.objectives\[\]\.metadata\[\]\.valueRange$/, /^doc\.objectives\[\]\.owner\.range$/],
  // A check-in whose date does not parse: the problem points at its date.
  [/^doc\.objectives\[\]\.keyResults\[\]\.checkins\[\]\.dateRange$/, /^doc\.problems\[\]\.range$/],
  // The cycle named by a front matter value or the H1, and a problem pointing at that value.
  // (The front matter is never after an edit, so what it shares never moves.)
  [/^doc\.frontmatter\.entries\[\]\.(valueRange|keyRange)$/, /^doc\.cycle\.range$/],
  [/^doc\.frontmatter\.entries\[\]\.(valueRange|keyRange)$/, /^doc\.problems\[\]\.range$/],
  [/^doc\.frontmatter\.range$/, /^doc\.cycle\.range$/],
  [/^doc\.title\.range$/, /^doc\.cycle\.range$/],
  [/^doc\.(title|cycle)\.range$/, /^doc\.problems\[\]\.range$/],
  // The front matter's range on its own problem.
  [/^doc\.frontmatter\.range$/, /^doc\.problems\[\]\.range$/],
];

/**
 * Every object reachable twice in the model, as "first path == second path" (indices as `[]`),
 * except the objectives of groups, which are `doc.objectives`' by design (walked there only).
 */
export function sharedObjects(doc: OkrDocument): string[] {
  const seen = new Map<object, string>();
  const shared: string[] = [];
  const walk = (x: unknown, path: string): void => {
    if (!x || typeof x !== 'object') return;
    const first = seen.get(x);
    if (first !== undefined) {
      shared.push(`${first.replace(/\[\d+\]/g, '[]')} == ${path.replace(/\[\d+\]/g, '[]')}`);
      return;
    }
    seen.set(x, path);
    if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${path}[${i}]`));
    else for (const [k, v] of Object.entries(x)) if (!(k === 'objectives' && path !== 'doc')) walk(v, `${path}.${k}`);
  };
  // doc.objectives first, so that group objectives are known (and skipped) by identity.
  walk(doc.objectives, 'doc.objectives');
  walk({ ...doc, objectives: undefined }, 'doc');
  return shared;
}

/** Sharing not in `KNOWN_SHARING`. */
export function unexpectedSharing(doc: OkrDocument): string[] {
  return sharedObjects(doc).filter((s) => {
    const [a, b] = s.split(' == ') as [string, string];
    return !KNOWN_SHARING.some(([x, y]) => (x.test(a) && y.test(b)) || (x.test(b) && y.test(a)));
  });
}

/** Moves every position (an object with numeric line, character and offset) under `x` once. */
export function genericShift(x: unknown, lineDelta: number, offsetDelta: number, seen = new Set<object>()): void {
  if (!x || typeof x !== 'object' || seen.has(x)) return;
  seen.add(x);
  const o = x as Record<string, unknown>;
  if (typeof o['line'] === 'number' && typeof o['character'] === 'number' && typeof o['offset'] === 'number') {
    (o['line'] as number) += lineDelta;
    (o['offset'] as number) += offsetDelta;
    return;
  }
  for (const v of Array.isArray(x) ? x : Object.values(o)) genericShift(v, lineDelta, offsetDelta, seen);
}
