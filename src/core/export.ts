// `OKR: Export Report` formats: the core report (src/core/report.ts) as Markdown, JSON, or CSV
// (one row per key result, for spreadsheets). Pure.
import { renderMarkdownReport, type Report } from './report';

export type ExportFormat = 'markdown' | 'json' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'json', 'csv'];

export const CSV_COLUMNS = [
  'file', 'cycle', 'objective_id', 'objective', 'objective_owner', 'objective_type', 'objective_progress', 'objective_status',
  'kr_id', 'key_result', 'kind', 'baseline', 'target', 'current', 'unit', 'progress', 'status', 'confidence', 'owner', 'deadline',
  'last_checkin', 'line',
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

/** The report as CSV: a header row, then one row per key result (an objective without KRs gets one row). CRLF line ends. */
export function toCsv(report: Report): string {
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  for (const f of report.files) {
    for (const o of f.objectives) {
      const objective: Cell[] = [f.file, f.cycle?.label ?? null, o.id, o.title, o.owner, o.type, o.progress, o.status ?? o.grade?.band ?? null];
      if (o.keyResults.length === 0) rows.push([...objective, ...new Array<Cell>(CSV_COLUMNS.length - objective.length - 1).fill(null), o.line]);
      for (const kr of o.keyResults) {
        const last = kr.checkins.reduce<string | null>((latest, c) => (c.date && (!latest || c.date > latest) ? c.date : latest), null);
        rows.push([
          ...objective,
          kr.id, kr.text, kr.kind, kr.baseline, kr.target, kr.current, kr.unit, kr.progress, kr.status ?? kr.grade?.band ?? null,
          kr.confidence, kr.owner, kr.deadline, last, kr.line,
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
