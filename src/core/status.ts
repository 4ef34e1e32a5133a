// Status against time. While a cycle runs, progress is compared with the elapsed share of the
// cycle (on track / at risk / behind); once it has ended, progress is a grade with the usual
// bands and the committed (1.0 expected) vs aspirational (0.7 is success) reading.
// The date is always a parameter: the core never reads the clock.
import type { Cycle, IsoDate, KeyResult, Objective, ObjectiveType } from './model';
import { dayNumber } from './cycle';

export type RunningStatus = 'on-track' | 'at-risk' | 'behind';
export type CyclePhase = 'not-started' | 'running' | 'ended';
/** 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green (on scores rounded to one decimal). */
export type GradeBand = 'red' | 'yellow' | 'green';
/**
 * committed: `met` (1.0) or `missed`; aspirational: `success` (0.7 or more) or `short`;
 * unknown type: read like aspirational, by the band.
 */
export type GradeVerdict = 'met' | 'missed' | 'success' | 'short';

export interface Grade {
  /** The score rounded to one decimal, as OKR grades are given. */
  score: number;
  band: GradeBand;
  type: ObjectiveType | null;
  verdict: GradeVerdict;
}

export interface StatusResult {
  phase: CyclePhase;
  /** Elapsed share of the cycle (or of the time to the KR's deadline), 0–1. */
  expected: number;
  /** While running: how progress compares with `expected`; null when progress is unknown or not running. */
  status: RunningStatus | null;
  /** After the end: the grade; null when progress is unknown or not ended. */
  grade: Grade | null;
}

type Span = Pick<Cycle, 'start' | 'end'>;

/** Within this much of the expected progress a KR is on track; within `AT_RISK_GAP` at risk; else behind. */
export const ON_TRACK_GAP = 0.1;
export const AT_RISK_GAP = 0.3;
/** A check-in confidence below this turns "on track" into "at risk". */
export const LOW_CONFIDENCE = 0.4;

export function cyclePhase(cycle: Span, date: IsoDate): CyclePhase | null {
  if (dayNumber(date) === null || dayNumber(cycle.start) === null || dayNumber(cycle.end) === null) return null;
  if (date < cycle.start) return 'not-started';
  if (date > cycle.end) return 'ended';
  return 'running';
}

/**
 * The elapsed share of the cycle at the start of `date`: 0 on the first day, just under 1 on the
 * last, 1 after the end. Null when the cycle or the date is invalid.
 */
export function expectedProgress(cycle: Span | null, date: IsoDate): number | null {
  if (!cycle) return null;
  const start = dayNumber(cycle.start);
  const end = dayNumber(cycle.end);
  const today = dayNumber(date);
  if (start === null || end === null || today === null || end < start) return null;
  const total = end - start + 1;
  return Math.max(0, Math.min(1, (today - start) / total));
}

/** How progress compares with the expected progress. */
export function runningStatus(progress: number | null, expected: number, options: { confidence?: number | null; milestone?: boolean } = {}): RunningStatus | null {
  if (progress === null) return null;
  let status: RunningStatus;
  if (options.milestone && progress < 1) {
    // A milestone is all or nothing: not done is fine early, worrying late.
    status = expected < 0.5 ? 'on-track' : expected < 0.9 ? 'at-risk' : 'behind';
  } else {
    const gap = expected - progress;
    status = gap <= ON_TRACK_GAP ? 'on-track' : gap <= AT_RISK_GAP ? 'at-risk' : 'behind';
  }
  if (status === 'on-track' && progress < 1 && options.confidence != null && options.confidence < LOW_CONFIDENCE) status = 'at-risk';
  return status;
}

export function gradeBand(score: number): GradeBand {
  const s = roundScore(score);
  return s <= 0.3 ? 'red' : s <= 0.6 ? 'yellow' : 'green';
}

export function roundScore(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 10) / 10;
}

export function grade(score: number, type: ObjectiveType | null): Grade {
  const s = roundScore(score);
  const verdict: GradeVerdict = type === 'committed' ? (s >= 1 ? 'met' : 'missed') : s >= 0.7 ? 'success' : 'short';
  return { score: s, band: gradeBand(s), type, verdict };
}

/** Status of any progress value in a cycle at a date; `deadline` shortens the span (a KR due before the end). */
export function statusAt(
  progress: number | null,
  cycle: Span | null,
  date: IsoDate,
  options: { type?: ObjectiveType | null; confidence?: number | null; milestone?: boolean; deadline?: IsoDate | null } = {},
): StatusResult | null {
  if (!cycle) return null;
  const phase = cyclePhase(cycle, date);
  if (!phase) return null;
  let span: Span = cycle;
  if (options.deadline && options.deadline >= cycle.start && options.deadline < cycle.end) span = { start: cycle.start, end: options.deadline };
  const expected = expectedProgress(span, date) ?? 0;
  if (phase === 'ended') return { phase, expected: 1, status: null, grade: progress === null ? null : grade(progress, options.type ?? null) };
  if (phase === 'not-started') return { phase, expected: 0, status: null, grade: null };
  return { phase, expected, status: runningStatus(progress, expected, options), grade: null };
}

export function keyResultStatus(kr: KeyResult, cycle: Span | null, date: IsoDate, type: ObjectiveType | null = null): StatusResult | null {
  return statusAt(kr.progress, cycle, date, {
    type,
    confidence: kr.confidence?.value ?? null,
    milestone: kr.kind === 'milestone',
    deadline: kr.deadline?.date ?? null,
  });
}

export function objectiveStatus(objective: Objective, cycle: Span | null, date: IsoDate): StatusResult | null {
  const result = statusAt(objective.progress, cycle, date, { type: objective.type });
  if (result?.status === 'on-track') {
    // One KR behind makes the objective at risk even when the mean looks fine.
    const krs = objective.keyResults.map((kr) => keyResultStatus(kr, cycle, date, objective.type)?.status);
    if (krs.includes('behind')) result.status = 'at-risk';
  }
  return result;
}

/**
 * One word for a status, as the report prints it: the running status, `not-started`, or the grade
 * band (`green` / `yellow` / `red`) after the end; null when unknown.
 */
export function statusLabel(result: StatusResult | null): RunningStatus | GradeBand | 'not-started' | null {
  if (!result) return null;
  if (result.phase === 'not-started') return 'not-started';
  if (result.phase === 'ended') return result.grade?.band ?? null;
  return result.status;
}
