// Check-ins make the trend: a bad date, an out-of-order entry or one outside the cycle distorts it.
import { CALENDAR_DATE_PATTERN, isoDate } from '../../cycle';
import type { KeyResult, Objective } from '../../model';
import { retranslate } from '../../translate';
import { defineSplitRule, quote } from '../helpers';
import type { Report, RuleContext } from '../types';

export default defineSplitRule(
  {
    id: 'checkin-invalid',
    description: 'Check-ins need valid dates, in order, inside the cycle',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  {
    // Each objective's check-ins and the parse problems in its span (problems at its check-ins are
    // not checked again); cached with the objective.
    objective: ({ doc, text, lines, span, t, report }) => {
      const reported = new Set<number>();
      for (const problem of doc.problems) {
        if (problem.code !== 'checkin-invalid') continue;
        reported.add(problem.range.start.offset);
        if (problem.range.start.offset >= span.start && problem.range.start.offset < span.end) report({ message: retranslate(t, problem), range: problem.range });
      }
      const cycle = doc.cycle;
      for (const kr of doc.objectives[0]!.keyResults) {
        let previous = null as string | null;
        for (const checkin of kr.checkins) {
          if (reported.size > 0 && (reported.has(checkin.dateRange.start.offset) || reported.has(checkin.range.start.offset))) continue;
          if (!checkin.date) {
            report({ message: t("Invalid check-in date: '{0}' is not a date (expected YYYY-MM-DD)", checkin.dateRaw), range: checkin.dateRange });
            continue;
          }
          if (previous && checkin.date < previous) {
            report({ message: t('Check-in out of order: {0} comes after {1}; list check-ins oldest first', checkin.date, previous), range: checkin.dateRange });
          } else if (previous && checkin.date === previous) {
            report({ message: t('Duplicate check-in date: {0} appears twice for this KR', checkin.date), range: checkin.dateRange });
          }
          if (cycle && (checkin.date < cycle.start || checkin.date > cycle.end)) {
            report({
              message:
                checkin.date < cycle.start
                  ? t('Check-in outside the cycle: {0} is before {1} ({2} to {3})', checkin.date, cycle.label, cycle.start, cycle.end)
                  : t('Check-in outside the cycle: {0} is after {1} ({2} to {3})', checkin.date, cycle.label, cycle.start, cycle.end),
              range: checkin.dateRange,
            });
          }
          if (previous === null || checkin.date > previous) previous = checkin.date;
        }
      }
      const objective = doc.objectives[0]!;
      for (const kr of objective.keyResults) unreadCheckins(kr, objective, text, lines, t, report);
    },
    // The parse problems in no objective's span: before the first objective (or without objectives).
    merge: ({ doc, text, t, report }) => {
      const first = doc.objectives[0]?.range.start.offset ?? text.length;
      for (const problem of doc.problems) {
        if (problem.code !== 'checkin-invalid') continue;
        if (problem.range.start.offset < first || problem.range.start.offset >= text.length) report({ message: retranslate(t, problem), range: problem.range });
      }
    },
  },
);

/**
 * A word people put before a check-in's date: `Check-in 2026-11-01: 36 hours`, `Update: Nov 7 - 150`.
 * Deliberately a short list: `Due 2026-12-15: …` or `Target …` are not check-ins.
 */
const LEAD = '(?:check[- ]?in|update[ds]?|status(?:\\s+update)?|progress|current|actual|as\\s+of|on|week\\s+of|snapshot|measured|reading)';

/**
 * A nested item that looks like a check-in: an optional lead word, a date (possibly in brackets),
 * then `:` / `-` (or the closing bracket) and a number. Groups: 1 lead, 2 opening bracket,
 * 3 date, 4 closing bracket.
 */
const LOOKS_LIKE_CHECKIN = new RegExp(
  `^(?:(${LEAD})\\s*:?\\s+)?([([])?` +
    `(\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}|\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})?|\\d{1,2}/\\d{1,2}(?:/\\d{4}|/\\d{2})?|${CALENDAR_DATE_PATTERN})` +
    `([)\\]])?\\s*[:\\-\u2013\u2014]?\\s*(?=[-+~\u2248]?[$\u20ac\u00a3]?\\d)`,
  'i',
);

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+([^\r\n]*)/;

/**
 * Reports the nested items directly under a KR that look like a check-in but are not read as one
 * (`- Check-in 2026-11-01: 36 hours`, `- (2026-11-07) 150`, `- 07.11.: 150`). The date must come
 * first (after at most a lead word), so notes that merely mention a date are left alone.
 */
function unreadCheckins(
  kr: KeyResult,
  objective: Objective,
  text: string,
  lines: RuleContext<object>['lines'],
  t: RuleContext<object>['t'],
  report: (r: Report) => void,
): void {
  const lineEnd = text.indexOf('\n', kr.range.start.offset);
  if (lineEnd < 0 || lineEnd >= kr.range.end.offset) return;
  const from = lineEnd + 1;
  const body = text.slice(from, kr.range.end.offset);
  const items: { start: number; indent: number; content: string; contentStart: number }[] = [];
  let fence = false;
  for (const m of body.matchAll(/^[^\n]*/gm)) {
    if (/^\s*(?:```|~~~)/.test(m[0])) fence = !fence;
    if (fence) continue;
    const item = LIST_ITEM.exec(m[0]);
    if (!item) continue;
    const start = from + m.index! + item[1]!.length;
    items.push({ start, indent: item[1]!.replace(/\t/g, '    ').length, content: item[2]!, contentStart: from + m.index! + item[0].length - item[2]!.length });
  }
  if (items.length === 0) return;
  // Directly under the KR: the least indented items of its body.
  const direct = Math.min(...items.map((i) => i.indent));
  const read = new Set(kr.checkins.map((c) => c.range.start.offset));
  for (const item of items) {
    if (item.indent !== direct || read.has(item.start)) continue;
    if (objective.initiatives.some((i) => item.start >= i.range.start.offset && item.start < i.range.end.offset)) continue;
    const m = LOOKS_LIKE_CHECKIN.exec(item.content);
    if (!m) continue;
    const [prefix, lead, open, raw, close] = m as unknown as [string, string | undefined, string | undefined, string, string | undefined];
    // Brackets must pair: `(2026-11-07) 150`, `[Nov 7] 150`.
    if (Boolean(open) !== Boolean(close) || (open === '(' && close !== ')') || (open === '[' && close !== ']')) continue;
    // Without a lead word or brackets, only the dotted day-month form is not read by the parser.
    if (!lead && !open && !/^\d{1,2}\.\d{1,2}\./.test(raw)) continue;
    // Without brackets, a `:` or a dash must separate the date from the value.
    const afterDate = prefix.slice(prefix.lastIndexOf(raw) + raw.length);
    if (!close && !/[:\-\u2013\u2014]/.test(afterDate)) continue;
    if (!plausibleNumericDate(raw)) continue;
    const dateEnd = item.contentStart + prefix.trimEnd().replace(/[:\-\u2013\u2014]$/, '').trimEnd().length;
    const range = lines.range(item.contentStart, dateEnd);
    const what = quote(item.content);
    const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(raw);
    const date = iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
    if (date) {
      report({
        message: t("Check-in not read: {0} — write it as '- {1}: …' (the date first, then a colon)", what, date),
        range,
        subject: item.content,
        fixes: [
          {
            title: t("Write the date first: '{0}: '", date),
            preferred: true,
            edits: [{ range: lines.range(item.contentStart, item.contentStart + prefix.length), newText: `${date}: ` }],
          },
        ],
      });
    } else if (/^\d{1,2}\/\d{1,2}/.test(raw)) {
      report({
        message: t("Check-in not read: {0} — write it as '- YYYY-MM-DD: …' (the date first, then a colon); '{1}' could be month/day or day/month, so it is not rewritten", what, raw),
        range,
        subject: item.content,
      });
    } else {
      report({ message: t("Check-in not read: {0} — write it as '- YYYY-MM-DD: …' (the date first, then a colon)", what), range, subject: item.content });
    }
  }
}

/** `07.11.` and `11/07` only when the numbers can be a day and a month. */
function plausibleNumericDate(raw: string): boolean {
  const dotted = /^(\d{1,2})\.(\d{1,2})\./.exec(raw);
  if (dotted) return inRange(Number(dotted[1]), 31) && inRange(Number(dotted[2]), 12);
  const slashed = /^(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(raw);
  if (slashed) {
    const a = Number(slashed[1]);
    const b = Number(slashed[2]);
    return inRange(a, 31) && inRange(b, 31) && (a <= 12 || b <= 12);
  }
  return true;
}

function inRange(n: number, max: number): boolean {
  return n >= 1 && n <= max;
}
