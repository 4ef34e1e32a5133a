// How progress and status read in the editor (hover, CodeLens, outline, status bar): one wording,
// shared, so the same KR never says "on track" in one place and "at risk" in another.
import type { Cycle, IsoDate, Objective, OkrDocument } from './model';
import { daysBetween } from './cycle';
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

/** The CodeLens title of an objective: `62% · on track · 3 KRs`. */
export function objectiveSummary(objective: Objective, cycle: Cycle | null, today: IsoDate, t: Translate = english): string {
  const parts = [percent(objective.progress)];
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
      text: t('{0} done', progress),
      tooltip: t('OKRs {0} done. This file names no cycle (add `quarter: 2026-Q4` to its front matter). Click to show the quarter tree.', progress),
    };
  }
  let when: string;
  if (summary.phase === 'not-started') when = summary.daysToStart === 1 ? t('starts tomorrow') : t('starts in {0} days', summary.daysToStart);
  else if (summary.phase === 'ended') when = t('ended');
  else if (summary.daysLeft === 0) when = t('last day');
  else if (summary.daysLeft === 1) when = t('1 day left');
  else when = t('{0} days left', summary.daysLeft);
  return {
    text: `${summary.label} · ${t('{0} done', progress)} · ${when}`,
    tooltip: t('Cycle {0}: {1} of the time gone, {2}. OKRs {3} done. Click to show the quarter tree.', summary.label, percent(summary.elapsed), when, progress),
  };
}
