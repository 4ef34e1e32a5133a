// What the quarter tree shows about time: expected progress today, status or grade, bands, days.
// A thin adapter over the core's rules (./status.ts), reduced to what the view needs: a key to
// filter on, a label to read and a tone to colour, so the tree, the CLI report and the status bar
// always agree.
import { dayNumber } from './cycle';
import type { Cycle, IsoDate, KeyResult, Objective } from './model';
import { gradeBand, keyResultStatus, objectiveStatus, statusAt, type StatusResult } from './status';
import { english, type Translate } from './translate';

/** The scoring bands: 0.0–0.3 low (red), 0.4–0.6 mid (yellow), 0.7–1.0 high (green). */
export type Band = 'low' | 'mid' | 'high';

export interface StatusInfo {
  /** Machine key (what `status:` filters on): `on-track`, `at-risk`, `behind`, `not-started`, or
   * after the cycle the grade's verdict `met`, `missed`, `success`, `short`. */
  key: string;
  /** What a person reads: `on track`, `at risk`, `met (1.0)`, … */
  label: string;
  /** Which colour family the view uses. */
  tone: 'good' | 'warn' | 'bad' | 'none';
}

/** Where progress should be today (0–1) and how it compares. */
export interface Timing {
  expected: number | null;
  status: StatusInfo | null;
}

export function progressBand(progress: number | null): Band | null {
  if (progress === null || Number.isNaN(progress)) return null;
  const band = gradeBand(progress);
  return band === 'red' ? 'low' : band === 'yellow' ? 'mid' : 'high';
}

/** Whole days from `from` to `to` (negative when `to` is earlier); 0 when a date is invalid. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? 0 : Math.round(b - a);
}

function running(status: string, t: Translate): StatusInfo | null {
  switch (status) {
    case 'on-track': return { key: 'on-track', label: t('on track'), tone: 'good' };
    case 'at-risk': return { key: 'at-risk', label: t('at risk'), tone: 'warn' };
    case 'behind': return { key: 'behind', label: t('behind'), tone: 'bad' };
    default: return null;
  }
}

function gradeLabel(verdict: string, score: string, t: Translate): string {
  switch (verdict) {
    case 'met': return t('met ({0})', score);
    case 'missed': return t('missed ({0})', score);
    case 'success': return t('success ({0})', score);
    case 'short': return t('short ({0})', score);
    default: return `${verdict} (${score})`;
  }
}

/** The view's reading of a core status result; labels in `t`'s language (the keys stay English). */
export function describeStatus(result: StatusResult | null, t: Translate = english): StatusInfo | null {
  if (!result) return null;
  if (result.phase === 'not-started') return { key: 'not-started', label: t('not started'), tone: 'none' };
  if (result.phase === 'ended') {
    const g = result.grade;
    if (!g) return null;
    const good = g.verdict === 'met' || g.verdict === 'success';
    const tone = good ? 'good' : g.band === 'red' ? 'bad' : 'warn';
    return { key: g.verdict, label: gradeLabel(g.verdict, g.score.toFixed(1), t), tone };
  }
  return result.status ? running(result.status, t) : null;
}

function timing(result: StatusResult | null, t: Translate): Timing {
  return { expected: result ? result.expected : null, status: describeStatus(result, t) };
}

export function keyResultTiming(kr: KeyResult, objective: Objective, cycle: Cycle | null, today: IsoDate, t: Translate = english): Timing {
  return timing(keyResultStatus(kr, cycle, today, objective.type), t);
}

export function objectiveTiming(objective: Objective, cycle: Cycle | null, today: IsoDate, t: Translate = english): Timing {
  return timing(objectiveStatus(objective, cycle, today), t);
}

/** For a group, a file or the whole tree: plain progress against the cycle. */
export function progressTiming(progress: number | null, cycle: Cycle | null, today: IsoDate, t: Translate = english): Timing {
  return timing(statusAt(progress, cycle, today), t);
}
