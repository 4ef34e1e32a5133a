// What the quarter tree shows about time: expected progress today, status/grade, bands, days.
// An adapter over the core's status rules, reduced to what the view needs (a key, a label, a tone).
import type { Cycle, IsoDate, ObjectiveType } from './model';

/** The scoring bands: 0.0–0.3 low (red), 0.4–0.6 mid (yellow), 0.7–1.0 high (green). */
export type Band = 'low' | 'mid' | 'high';

export interface StatusInfo {
  /** Machine key: `on-track`, `at-risk`, `behind`, or a grade after the cycle. */
  key: string;
  /** What a person reads: `on track`, `at risk`, … */
  label: string;
  /** Which colour family the view uses. */
  tone: 'good' | 'warn' | 'bad' | 'none';
}

export function progressBand(progress: number | null): Band | null {
  if (progress === null || Number.isNaN(progress)) return null;
  // Scores are read to one decimal: 0.35 counts as 0.4 (mid), 0.65 as 0.7 (high).
  const score = Math.round(progress * 10) / 10;
  return score < 0.4 ? 'low' : score < 0.7 ? 'mid' : 'high';
}

function dayNumber(date: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); 0 when a date is invalid. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? 0 : Math.round(b - a);
}

/** Share of the cycle elapsed at the end of `today` (0–1), measured to `deadline` when it is earlier. */
export function expectedAt(cycle: Cycle | null, today: IsoDate, deadline: IsoDate | null): number | null {
  if (!cycle) return null;
  const start = dayNumber(cycle.start);
  let end = dayNumber(cycle.end);
  const now = dayNumber(today);
  if (start === null || end === null || now === null) return null;
  const due = deadline ? dayNumber(deadline) : null;
  if (due !== null && due >= start && due < end) end = due;
  const total = end - start + 1;
  if (total <= 0) return null;
  return Math.min(1, Math.max(0, (now - start + 1) / total));
}

/** On track / at risk / behind while the cycle runs; a grade after it ends; null when unknown. */
export function statusAt(cycle: Cycle | null, today: IsoDate, progress: number | null, expected: number | null, type: ObjectiveType | null): StatusInfo | null {
  if (progress === null || !cycle) return null;
  if (today > cycle.end) {
    const success = type === 'committed' ? progress >= 0.999 : progress >= 0.7;
    if (success) return { key: 'achieved', label: type === 'committed' ? 'met' : 'achieved', tone: 'good' };
    const band = progressBand(progress);
    return band === 'low' ? { key: 'missed', label: 'missed', tone: 'bad' } : { key: 'partial', label: 'partly achieved', tone: 'warn' };
  }
  if (today < cycle.start) return { key: 'not-started', label: 'not started', tone: 'none' };
  if (progress >= 0.999) return { key: 'done', label: 'done', tone: 'good' };
  const want = expected ?? 0;
  if (progress >= want - 0.1) return { key: 'on-track', label: 'on track', tone: 'good' };
  if (progress >= want - 0.25) return { key: 'at-risk', label: 'at risk', tone: 'warn' };
  return { key: 'behind', label: 'behind', tone: 'bad' };
}
