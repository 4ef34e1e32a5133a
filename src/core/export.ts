// `OKR: Export Report` formats: the core report (src/core/report.ts) as Markdown, JSON, or CSV
// (one row per key result, for spreadsheets). Pure.
import { relativeChange } from './present';
import { renderMarkdownReport, type Report, type ReportKeyResult } from './report';
import { convert } from './units';

export type ExportFormat = 'markdown' | 'json' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'json', 'csv'];

/**
 * The columns. `baseline`, `target` and `current` are numbers in the `unit` column's unit, so a
 * spreadsheet can compute with them: a value written in another unit of the same family is
 * converted (`from 5 days to 12 hours`: 120, 12, `h`), as progress converts it, and a relative
 * target is the value it computes to from the baseline (`by 30% from 400`: 280; empty without a
 * baseline). The `…_text` columns (added last, so the others keep their places) say each value as
 * written (`5 days`, `12 hours`), a relative target as its change (`down 30%`, `up 25%`, `×2`).
 */
export const CSV_COLUMNS = [
  'file', 'cycle', 'objective_id', 'objective', 'objective_owner', 'objective_type', 'objective_progress', 'objective_status',
  'kr_id', 'key_result', 'kind', 'baseline', 'target', 'current', 'unit', 'progress', 'status', 'confidence', 'owner', 'deadline',
  'last_checkin', 'line', 'baseline_text', 'target_text', 'current_text',
] as const;

type Cell = string | number | boolean | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'`.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A value in the KR's unit when the two convert (as progress does), else as written: a bare number counts in the KR's unit. */
function inUnit(value: number | null, from: string | null, unit: string | null): number | null {
  if (value === null) return null;
  return from === null ? value : (convert(value, from, unit) ?? value);
}

/** A signed change (`+25%`, `−30%`) as `up 25%`, `down 30%`: a cell starting with `+` or `-` would
 * be defused with a visible quote (see csvField), and the two directions should read alike. */
function changeInWords(change: string): string {
  const sign = /^[+\-\u2212]/.exec(change)?.[0];
  return sign === undefined ? change : `${sign === '+' ? 'up' : 'down'} ${change.slice(1)}`;
}

/** baseline, target, current (in `unit`), then the values as written; see CSV_COLUMNS. */
function values(kr: ReportKeyResult): { numbers: Cell[]; texts: Cell[] } {
  const target = kr.targetRelative ? kr.absoluteTarget : inUnit(kr.target, kr.targetUnit, kr.unit);
  const targetText = kr.targetRelative && kr.target !== null ? changeInWords(relativeChange(kr.target, kr.targetUnit, kr.direction)) : kr.targetText;
  return {
    numbers: [inUnit(kr.baseline, kr.baselineUnit, kr.unit), target, inUnit(kr.current, kr.currentUnit, kr.unit)],
    texts: [kr.baselineText, targetText, kr.currentText],
  };
}

/** The report as CSV: a header row, then one row per key result (an objective without KRs gets one row). CRLF line ends. */
export function toCsv(report: Report): string {
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const f of report.files) {
    for (const o of f.objectives) {
      const objective: Cell[] = [f.file, f.cycle?.label ?? null, o.id, o.title, o.owner, o.type, o.progress, o.status ?? o.grade?.band ?? null];
      if (o.keyResults.length === 0) rows.push([...objective, ...new Array<Cell>(CSV_COLUMNS.indexOf('line') - objective.length).fill(null), o.line, null, null, null]);
      for (const kr of o.keyResults) {
        const last = kr.checkins.reduce<string | null>((latest, c) => (c.date && (!latest || c.date > latest) ? c.date : latest), null);
        const { numbers, texts } = values(kr);
        rows.push([
          ...objective,
          kr.id, kr.text, kr.kind, ...numbers, kr.unit, kr.progress, kr.status ?? kr.grade?.band ?? null,
          kr.confidence, kr.owner, kr.deadline, last, kr.line, ...texts,
        ]);
      }
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The report in a format, with the file extension and the VS Code language id to show it in. */
export function exportReport(report: Report, format: ExportFormat): { text: string; extension: string; languageId: string } {
  switch (format) {
    case 'json':
      return { text: `${JSON.stringify(report, null, 2)}\n`, extension: 'json', languageId: 'json' };
    case 'csv':
      return { text: toCsv(report), extension: 'csv', languageId: 'csv' };
    default:
      return { text: renderMarkdownReport(report), extension: 'md', languageId: 'markdown' };
  }
}
