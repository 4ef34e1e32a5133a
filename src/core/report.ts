// The quarter report: a JSON structure other tools rely on (`okr report --format json`) and a
// readable Markdown summary with text progress bars. Pure: the date is a parameter.
import type { CheckIn, Cycle, IsoDate, KeyResult, Objective, OkrDocument } from './model';
import { expectedProgress, keyResultStatus, objectiveStatus, statusAt, statusLabel } from './status';
import type { Grade } from './status';
import { formatAmount, progressBar as editorProgressBar, quantityText, relativeChange, roundShown } from './present';
import { absoluteTarget } from './progress';

export interface ReportCheckIn {
  date: IsoDate | null;
  value: number | null;
  unit: string | null;
  confidence: number | null;
  note: string;
  /** 1-based. */
  line: number;
}

export interface ReportKeyResult {
  id: string;
  text: string;
  /** 1-based line of the KR text. */
  line: number;
  kind: KeyResult['kind'];
  direction: KeyResult['direction'];
  comparator: KeyResult['comparator'];
  baseline: number | null;
  /** The baseline's own unit (`days` in `from 5 days to 12 hours`, where `unit` is `h`). */
  baselineUnit: string | null;
  /** The baseline as written (`5 days`). */
  baselineText: string | null;
  target: number | null;
  /** True when `target` is relative to the baseline (`by 25%`, `2x`). */
  targetRelative: boolean;
  /** The target's own unit (`%` in `by 25%`, `x` in `2x`), which differs from `unit` for relative targets. */
  targetUnit: string | null;
  /** The target as written (`12 hours`, `25%`, `half`). */
  targetText: string | null;
  /** The target's value: `target` itself, or for a relative target the value computed from the
   * baseline (400 for `by half from 800`), in the baseline's unit; null when it cannot be computed. */
  absoluteTarget: number | null;
  current: number | null;
  /** The current value's own unit (`h` in a check-in `36 hours`). */
  currentUnit: string | null;
  /** The current value as written (`36 hours`). */
  currentText: string | null;
  /** The metric's unit (the target's, else the baseline's or the current value's). Progress converts
   * baseline, target and current to one unit when they are of one family (ms…weeks, B…TB). */
  unit: string | null;
  progress: number | null;
  /** Why progress is unknown, else null. */
  progressReason: string | null;
  /** `on-track` / `at-risk` / `behind` while the cycle runs, `not-started`, or the grade band after the end. */
  status: string | null;
  grade: Grade | null;
  confidence: number | null;
  owner: string | null;
  deadline: IsoDate | null;
  checked: boolean | null;
  checkins: ReportCheckIn[];
}

export interface ReportObjective {
  id: string;
  title: string;
  line: number;
  owner: string | null;
  type: Objective['type'];
  /** The `Aligns:` references as written (`company#o2`). */
  aligns: string[];
  weight: number;
  /** Titles of the enclosing groups (teams, areas), outermost first. */
  group: string[];
  progress: number | null;
  status: string | null;
  grade: Grade | null;
  keyResults: ReportKeyResult[];
}

export interface ReportFile {
  file: string;
  title: string | null;
  cycle: { label: string; start: IsoDate; end: IsoDate } | null;
  /** Elapsed share of the cycle at the report date (0–1), or null without a cycle. */
  expected: number | null;
  progress: number | null;
  status: string | null;
  objectives: ReportObjective[];
  /** Parse problems (invalid frontmatter, cycle, check-in dates), with 1-based lines. */
  problems: { code: string; message: string; line: number }[];
}

export interface Report {
  /** The date the statuses were computed for. */
  date: IsoDate;
  files: ReportFile[];
}

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 1000) / 1000);
/** `13.2`, not `13.200000000000001` (12 grown by 10%). */
const withoutFloatNoise = (n: number | null): number | null => (n === null ? null : Number(n.toPrecision(12)));

function checkinReport(c: CheckIn): ReportCheckIn {
  return { date: c.date, value: c.value?.value ?? null, unit: c.value?.unit ?? null, confidence: c.confidence?.value ?? null, note: c.note, line: c.range.start.line + 1 };
}

function keyResultReport(kr: KeyResult, objective: Objective, cycle: Cycle | null, date: IsoDate): ReportKeyResult {
  const status = keyResultStatus(kr, cycle, date, objective.type);
  return {
    id: kr.id,
    text: kr.text,
    line: kr.textRange.start.line + 1,
    kind: kr.kind,
    direction: kr.direction,
    comparator: kr.comparator,
    baseline: kr.baseline?.value ?? null,
    baselineUnit: kr.baseline?.unit ?? null,
    baselineText: kr.baseline ? quantityText(kr.baseline) : null,
    target: kr.target?.value ?? null,
    targetRelative: kr.target?.relative ?? false,
    targetUnit: kr.target?.unit ?? null,
    targetText: kr.target ? quantityText(kr.target) : null,
    absoluteTarget: withoutFloatNoise(absoluteTarget(kr)),
    current: kr.current?.value ?? null,
    currentUnit: kr.current?.unit ?? null,
    currentText: kr.current ? quantityText(kr.current) : null,
    unit: kr.unit,
    progress: round(kr.progress),
    progressReason: kr.progressReason,
    status: statusLabel(status),
    grade: status?.grade ?? null,
    confidence: kr.confidence?.value ?? null,
    owner: kr.owners[0]?.name ?? null,
    deadline: kr.deadline?.date ?? null,
    checked: kr.checked,
    checkins: kr.checkins.map(checkinReport),
  };
}

function objectiveReport(o: Objective, cycle: Cycle | null, date: IsoDate): ReportObjective {
  const status = objectiveStatus(o, cycle, date);
  return {
    id: o.id,
    title: o.title,
    line: o.titleRange.start.line + 1,
    owner: o.owner?.name ?? null,
    type: o.type,
    aligns: o.aligns.map((a) => a.raw),
    weight: o.weight,
    group: o.groupPath,
    progress: round(o.progress),
    status: statusLabel(status),
    grade: status?.grade ?? null,
    keyResults: o.keyResults.map((kr) => keyResultReport(kr, o, cycle, date)),
  };
}

export function buildFileReport(file: string, doc: OkrDocument, date: IsoDate): ReportFile {
  const cycle = doc.cycle;
  return {
    file,
    title: doc.title?.text ?? null,
    cycle: cycle ? { label: cycle.label, start: cycle.start, end: cycle.end } : null,
    expected: round(expectedProgress(cycle, date)),
    progress: round(doc.progress),
    status: statusLabel(statusAt(doc.progress, cycle, date)),
    objectives: doc.objectives.map((o) => objectiveReport(o, cycle, date)),
    problems: doc.problems.map((p) => ({ code: p.code, message: p.message, line: p.range.start.line + 1 })),
  };
}

export function buildReport(files: readonly { file: string; doc: OkrDocument }[], date: IsoDate): Report {
  return { date, files: files.map(({ file, doc }) => buildFileReport(file, doc, date)) };
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** `██████░░░░` for 0.6 (the editor's bar); `··········` when unknown, so it reads apart from 0%. */
export function progressBar(progress: number | null, width = 10): string {
  return progress === null ? '·'.repeat(width) : editorProgressBar(progress, width);
}

export function percent(progress: number | null): string {
  return progress === null ? '—' : `${Math.round(progress * 100)}%`;
}

const STATUS_WORDS: Record<string, string> = {
  'on-track': 'on track',
  'at-risk': 'at risk',
  behind: 'behind',
  'not-started': 'not started',
  green: 'green',
  yellow: 'yellow',
  red: 'red',
};

function statusText(status: string | null, g: Grade | null): string {
  if (g) return `graded ${g.score.toFixed(1)} (${g.band}, ${g.verdict})`;
  return status ? STATUS_WORDS[status] ?? status : '';
}

/**
 * `5 days → 12 hours, now 36 hours`: each number as written. A relative target shows the value it
 * computes to and the change (`400 → 200 (÷2)` for `by half from 400`), or only the change without a
 * baseline (`+25%`), as hover and panel do (present.ts).
 */
function krNumbers(kr: ReportKeyResult): string {
  // A bare number is in the KR's unit, as it always printed (`now 12 customers`, `€800k → €1.2M`).
  const shown = (text: string | null, value: number | null, unit: string | null): string => (text !== null && unit !== null ? text : formatAmount(value, unit ?? kr.unit));
  let target: string;
  if (kr.targetRelative && kr.target !== null) {
    const change = relativeChange(kr.target, kr.targetUnit, kr.direction);
    target = kr.absoluteTarget !== null ? `${formatAmount(roundShown(kr.absoluteTarget), kr.baselineUnit ?? kr.unit)} (${change})` : change;
  } else target = shown(kr.targetText, kr.target, kr.targetUnit);
  const from = kr.baseline !== null ? `${shown(kr.baselineText, kr.baseline, kr.baselineUnit)} → ` : '';
  const symbols: Record<string, string> = { '>=': '≥', '<=': '≤', '>': 'above', '<': 'below' };
  const comparator = kr.kind === 'threshold' && kr.comparator ? `${symbols[kr.comparator]} ` : '';
  return `${from}${comparator}${target}, now ${shown(kr.currentText, kr.current, kr.currentUnit)}`;
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** A readable quarter summary: one section per file, objectives with bars, KRs with their numbers. */
export function renderMarkdownReport(report: Report): string {
  const out: string[] = [`# OKR report — ${report.date}`, ''];
  for (const f of report.files) {
    const cycle = f.cycle ? `${f.cycle.label} (${f.cycle.start} → ${f.cycle.end})` : 'no cycle';
    out.push(`## ${escapeInline(f.title ?? f.file)}`, '');
    out.push(`\`${f.file}\` · ${cycle}${f.expected !== null ? ` · ${percent(f.expected)} of the cycle elapsed` : ''}`, '');
    out.push(`**Overall** \`${progressBar(f.progress)}\` ${percent(f.progress)}${f.status ? ` · ${statusText(f.status, null)}` : ''}`, '');
    if (f.objectives.length === 0) out.push('_No objectives found._', '');
    let group = '';
    for (const o of f.objectives) {
      const path = o.group.join(' › ');
      if (path && path !== group) out.push(`### ${escapeInline(path)}`, '');
      group = path;
      const facts = [o.owner ? `@${o.owner}` : null, o.type, o.aligns.length ? `aligns ${o.aligns.join(', ')}` : null].filter(Boolean).join(' · ');
      out.push(`**${escapeInline(o.title)}** \`${progressBar(o.progress)}\` ${percent(o.progress)}${o.status || o.grade ? ` · ${statusText(o.status, o.grade)}` : ''}`);
      if (facts) out.push(`<br>${escapeInline(facts)}`);
      out.push('');
      for (const kr of o.keyResults) {
        const numbers = kr.kind === 'metric' || kr.kind === 'threshold' ? ` (${krNumbers(kr)})` : '';
        const why = kr.progress === null && kr.progressReason ? ` — ${kr.progressReason}` : '';
        const status = kr.status || kr.grade ? ` · ${statusText(kr.status, kr.grade)}` : '';
        out.push(`- \`${progressBar(kr.progress)}\` ${percent(kr.progress).padStart(4)} ${escapeInline(kr.text)}${escapeInline(numbers)}${status}${why}`);
      }
      out.push('');
    }
    if (f.problems.length) {
      out.push('Problems:', '');
      for (const p of f.problems) out.push(`- line ${p.line}: ${escapeInline(p.message)}`);
      out.push('');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

