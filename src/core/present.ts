// How progress and status read in the editor (hover, CodeLens, outline, status bar): one wording,
// shared, so the same KR never says "on track" in one place and "at risk" in another.
import type { Cycle, Direction, IsoDate, KeyResult, Objective, OkrDocument, Quantity } from './model';
import { daysBetween } from './cycle';
import { absoluteTarget, targetUnit } from './progress';
import { expectedProgress, objectiveStatus, type StatusResult } from './status';
import { english, type Translate } from './translate';

/** `62%`, or `–` when unknown. */
export function percent(progress: number | null): string {
  return progress === null || Number.isNaN(progress) ? '–' : `${Math.round(Math.max(0, Math.min(1, progress)) * 100)}%`;
}

/** A text progress bar: `██████░░░░` (10 cells by default); all light cells when unknown. */
export function progressBar(progress: number | null, width = 10): string {
  const filled = progress === null || Number.isNaN(progress) ? 0 : Math.round(Math.max(0, Math.min(1, progress)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** A short status phrase: `on track`, `at risk`, `behind`, `not started`, or a grade `0.7 (green)`. */
export function statusText(result: StatusResult | null, t: Translate = english): string | null {
  if (!result) return null;
  if (result.phase === 'not-started') return t('not started');
  if (result.phase === 'ended') {
    if (!result.grade) return t('ended');
    const verdict = { met: t('met'), missed: t('missed'), success: t('success'), short: t('short of target') }[result.grade.verdict];
    return t('graded {0} ({1})', result.grade.score.toFixed(1), verdict);
  }
  switch (result.status) {
    case 'on-track':
      return t('on track');
    case 'at-risk':
      return t('at risk');
    case 'behind':
      return t('behind');
    default:
      return null;
  }
}

/** A number with a normalised unit, as the report prints it: `$1.2M`, `25%`, `2x`, `300 ms`, `200 users`; `?` when unknown. */
export function formatAmount(value: number | null, unit: string | null): string {
  if (value === null || Number.isNaN(value)) return '?';
  if (unit === '$' || unit === '€' || unit === '£') {
    const abs = Math.abs(value);
    const n = abs >= 1e9 ? `${Number((value / 1e9).toPrecision(4))}B` : abs >= 1e6 ? `${Number((value / 1e6).toPrecision(4))}M` : abs >= 1e4 ? `${Number((value / 1e3).toPrecision(4))}k` : String(value);
    return `${unit}${n}`;
  }
  const n = String(value);
  if (unit === '%' || unit === 'x') return `${n}${unit}`;
  return unit ? `${n} ${unit}` : n;
}

/** A quantity as the author wrote it (`5 days`, `$1.2M`), with a counted noun the raw text leaves out (`200 users`). */
export function quantityText(q: Pick<Quantity, 'raw' | 'unit'>): string {
  return q.unit && /\d$/.test(q.raw) && /^\p{L}/u.test(q.unit) ? `${q.raw} ${q.unit}` : q.raw;
}

/**
 * A relative target as a change from the baseline, the same everywhere: `+25%` / `−50%` for
 * `by 25%` / `by 50%`, `×2` for `double` / `2x`, `÷2` for `halve` / `by half`, `−12 h` for `by 12 hours`.
 */
export function relativeChange(value: number, unit: string | null, direction: Direction | null): string {
  const decrease = direction === 'decrease';
  if (unit === 'x') return `${decrease ? '÷' : '×'}${value}`;
  return `${decrease ? '−' : '+'}${formatAmount(value, unit)}`;
}

/** A computed number as shown: two decimals at most (`133.33` for 400 ÷ 3), three significant digits below 1. */
export function roundShown(value: number): number {
  return Math.abs(value) >= 1 ? Math.round(value * 100) / 100 : Number(value.toPrecision(3));
}

/**
 * A KR's target as hover and panel show it: as written (`12 hours`), or for a relative target the
 * value it computes to from the baseline with the change (`200 (÷2)` for `by half from 400`), or only
 * the change when there is no baseline (`+25%`). Null without a target.
 */
export function targetText(kr: Pick<KeyResult, 'target' | 'baseline' | 'direction' | 'unit'>): string | null {
  const target = kr.target;
  if (!target) return null;
  if (!target.relative) return quantityText(target);
  const change = relativeChange(target.value, target.unit, kr.direction);
  const absolute = absoluteTarget(kr);
  return absolute === null ? change : `${formatAmount(roundShown(absolute), targetUnit(kr))} (${change})`;
}

/** The CodeLens title of an objective: `62% · on track · 3 KRs`. */
export function objectiveSummary(objective: Objective, cycle: Cycle | null, today: IsoDate, t: Translate = english): string {
  // `no progress`, as the quarter tree says, rather than a bare `–` (a new file's objectives).
  const parts = [objective.progress === null ? t('no progress') : percent(objective.progress)];
  const status = statusText(objectiveStatus(objective, cycle, today), t);
  if (status) parts.push(status);
  const n = objective.keyResults.length;
  parts.push(n === 1 ? t('1 KR') : t('{0} KRs', n));
  return parts.join(' · ');
}

export interface CycleSummary {
  label: string;
  /** Elapsed share of the cycle, 0–1. */
  elapsed: number;
  /** Days from today to the last day of the cycle (0 on the last day, negative after). */
  daysLeft: number;
  /** Days from today to the first day of the cycle (positive before it starts). */
  daysToStart: number;
  phase: 'not-started' | 'running' | 'ended';
  /** The file's rolled-up progress. */
  progress: number | null;
}

/** What the status bar shows about a file's cycle at a date; null when the file names no cycle. */
export function cycleSummary(doc: OkrDocument, today: IsoDate): CycleSummary | null {
  const cycle = doc.cycle;
  if (!cycle) return null;
  const elapsed = expectedProgress(cycle, today);
  const daysLeft = daysBetween(today, cycle.end);
  const daysToStart = daysBetween(today, cycle.start);
  if (elapsed === null || daysLeft === null || daysToStart === null) return null;
  const phase = today < cycle.start ? 'not-started' : today > cycle.end ? 'ended' : 'running';
  return { label: cycle.label, elapsed, daysLeft, daysToStart, phase, progress: doc.progress };
}

/**
 * Escapes text so Markdown shows it literally, also inside a table cell. Inline syntax is escaped
 * everywhere; block syntax (`#`, `-`, `+`, `1.`) only where it would start a block, so dates and
 * numbers stay readable in the source.
 */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()<>|~&$]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
  return inline.replace(/^(\s*)([#+\-=]|\d+(?=[.)]))/, (_whole, space: string, mark: string) => (/\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`));
}

/** The status bar's words for a file at a date: `2026-Q4 · 62% done · 40 days left`, and a longer tooltip. */
export function cycleStatusText(doc: OkrDocument, today: IsoDate, t: Translate = english): { text: string; tooltip: string } {
  const progress = percent(doc.progress);
  const summary = cycleSummary(doc, today);
  if (!summary) {
    return {
      text: doc.progress === null ? t('no progress') : t('{0} done', progress),
      tooltip:
        doc.progress === null
          ? t('OKRs: no progress. This file names no cycle (add `quarter: 2026-Q4` to its front matter). Click to show the quarter tree.')
          : t('OKRs {0} done. This file names no cycle (add `quarter: 2026-Q4` to its front matter). Click to show the quarter tree.', progress),
    };
  }
  let when: string;
  if (summary.phase === 'not-started') when = summary.daysToStart === 1 ? t('starts tomorrow') : t('starts in {0} days', summary.daysToStart);
  else if (summary.phase === 'ended') when = t('ended');
  else if (summary.daysLeft === 0) when = t('last day');
  else if (summary.daysLeft === 1) when = t('1 day left');
  else when = t('{0} days left', summary.daysLeft);
  return {
    text: `${summary.label} · ${doc.progress === null ? t('no progress') : t('{0} done', progress)} · ${when}`,
    tooltip:
      doc.progress === null
        ? t('Cycle {0}: {1} of the time gone, {2}. OKRs: no progress. Click to show the quarter tree.', summary.label, percent(summary.elapsed), when)
        : t('Cycle {0}: {1} of the time gone, {2}. OKRs {3} done. Click to show the quarter tree.', summary.label, percent(summary.elapsed), when, progress),
  };
}
