// Units that convert into each other, so progress compares like with like: a KR "from 5 days to
// 12 hours" with a check-in of "36 hours" is 78% of the way, not 100%. Only the arithmetic
// converts; everything shown keeps the unit the author wrote.
//
// Families: time (ms, s, min, h, days, weeks) and data sizes (B, KB, MB, GB, TB, decimal: 1 KB =
// 1,000 B, as SI and most size reports on the web print them; KiB-style binary units are not
// parsed). Months, quarters and years are left alone: their length varies, so a "from 2 months to
// 3 weeks" stays as today, unconverted. Currency needs no conversion here: the parser already
// folds the magnitude into the value (`$1.2M` → 1,200,000 `$`). Percent, percentage points, counts
// and anything unknown never convert.
import type { Quantity } from './model';

export type UnitFamily = 'time' | 'data';

interface UnitScale {
  family: UnitFamily;
  /** How many of the family's smallest unit (ms, byte) one of this unit is. */
  factor: number;
}

const DAY = 86_400_000;

/** Keyed by the parser's normalised unit (see `normaliseUnit` in quantities.ts). */
const SCALES = new Map<string, UnitScale>([
  ['ms', { family: 'time', factor: 1 }],
  ['s', { family: 'time', factor: 1_000 }],
  ['min', { family: 'time', factor: 60_000 }],
  ['h', { family: 'time', factor: 3_600_000 }],
  ['days', { family: 'time', factor: DAY }],
  ['weeks', { family: 'time', factor: 7 * DAY }],
  ['B', { family: 'data', factor: 1 }],
  ['KB', { family: 'data', factor: 1e3 }],
  ['MB', { family: 'data', factor: 1e6 }],
  ['GB', { family: 'data', factor: 1e9 }],
  ['TB', { family: 'data', factor: 1e12 }],
]);

/** The family a normalised unit belongs to, or null for units that never convert. */
export function unitFamily(unit: string | null): UnitFamily | null {
  return (unit !== null && SCALES.get(unit)?.family) || null;
}

/** The units of a family, smallest first (for tests and completions). */
export function unitsOf(family: UnitFamily): string[] {
  return [...SCALES].filter(([, s]) => s.family === family).map(([unit]) => unit);
}

/**
 * `value` in `from` expressed in `to` (`convert(5, 'days', 'h')` → 120); the value itself when the
 * units are equal; null when they are of different families or either is unknown or missing.
 */
export function convert(value: number, from: string | null, to: string | null): number | null {
  if (from === to) return value;
  const a = from === null ? undefined : SCALES.get(from);
  const b = to === null ? undefined : SCALES.get(to);
  if (!a || !b || a.family !== b.family || !Number.isFinite(value)) return null;
  // Round away float noise (0.1 s → 100.00000000000001 ms) without touching real precision.
  return Number(((value * a.factor) / b.factor).toPrecision(15));
}

/**
 * A quantity's value in `unit` when the two convert, else its value as written: a bare number, a
 * unit of another family or an unknown unit is taken to be in the KR's unit already (as before
 * units converted), so nothing new goes wrong where nothing can be known.
 */
export function valueIn(q: Pick<Quantity, 'value' | 'unit'>, unit: string | null): number {
  return convert(q.value, q.unit, unit) ?? q.value;
}
