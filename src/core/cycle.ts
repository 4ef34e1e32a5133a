// Cycles (a quarter, a half, a year or explicit dates) and the calendar helpers the core needs.
// Dates are `YYYY-MM-DD` strings; arithmetic goes through UTC day numbers, never the clock.
import type { Cycle, CycleKind, IsoDate } from './model';

export interface CycleOptions {
  /** Month (1–12) in which the fiscal year starts; `FY27` is the fiscal year that ends in 2027. Default 1. */
  fiscalYearStartMonth?: number;
}

/** A cycle without its provenance (`source`, `range`), as parsed from a value. */
export type CycleSpan = Pick<Cycle, 'label' | 'kind' | 'start' | 'end'>;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Matches an English month name or abbreviation (`Sep`, `Sept.`, `September`). */
export const MONTH_PATTERN = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** 1–12 for a month name or abbreviation, else null. */
export function monthNumber(name: string): number | null {
  const i = MONTHS.indexOf(name.toLowerCase().replace(/\.$/, '').slice(0, 3));
  return i < 0 ? null : i + 1;
}

// ---------------------------------------------------------------------------------------------
// Calendar helpers

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Days since 1970-01-01 of a valid ISO date, else null. */
export function dayNumber(date: IsoDate): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(y, mo, d)) return null;
  return Date.UTC(y, mo - 1, d) / 86_400_000;
}

export function fromDayNumber(day: number): IsoDate {
  const d = new Date(day * 86_400_000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` when the parts form a real date, else null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  return isValidDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

export function isIsoDate(value: string): boolean {
  return dayNumber(value) !== null;
}

export function addDays(date: IsoDate, days: number): IsoDate | null {
  const n = dayNumber(date);
  return n === null ? null : fromDayNumber(n + days);
}

/** `b − a` in days, or null when either date is invalid. */
export function daysBetween(a: IsoDate, b: IsoDate): number | null {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === null || y === null ? null : y - x;
}

/** First day of the month `months` after year/month (month 1–12). */
function monthStart(year: number, month: number, months = 0): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The span of `count` months starting at year/month. */
function monthsSpan(year: number, month: number, count: number): { start: IsoDate; end: IsoDate } {
  const s = monthStart(year, month);
  const e = monthStart(year, month, count - 1);
  return { start: isoDate(s.year, s.month, 1)!, end: isoDate(e.year, e.month, daysInMonth(e.year, e.month))! };
}

// ---------------------------------------------------------------------------------------------
// Cycle values

function fullYear(raw: string): number {
  const n = Number(raw);
  return raw.length <= 2 ? 2000 + n : n;
}

function fiscalStart(fy: number, options: CycleOptions): { year: number; month: number } {
  const m = clampMonth(options.fiscalYearStartMonth);
  // FY27 is the fiscal year that ends in 2027: with a January start it is calendar 2027.
  return { year: m === 1 ? fy : fy - 1, month: m };
}

function clampMonth(m: number | undefined): number {
  return m !== undefined && Number.isInteger(m) && m >= 1 && m <= 12 ? m : 1;
}

function periodSpan(year: number, month: number, period: 'Q' | 'H' | null, n: number): { start: IsoDate; end: IsoDate } | null {
  if (period === 'Q') return n >= 1 && n <= 4 ? monthsSpan(year, month + (n - 1) * 3 - 0, 3) : null;
  if (period === 'H') return n >= 1 && n <= 2 ? monthsSpan(year, month + (n - 1) * 6, 6) : null;
  return monthsSpan(year, month, 12);
}

const YEAR = '(\\d{4})';
const FY = 'FY\\s?(\\d{2}|\\d{4})';
const PERIOD = '([QH])\\s?([1-4])';
/** Cycle tokens, tried in order; each yields { fiscal, year, period, n } from its groups. */
const CYCLE_FORMS: { re: RegExp; read: (m: RegExpExecArray) => [fiscal: boolean, year: string, period: string | undefined, n: string | undefined] }[] = [
  { re: new RegExp(`${FY}[\\s\\-–—/_]*${PERIOD}`, 'i'), read: (m) => [true, m[1]!, m[2], m[3]] },
  { re: new RegExp(`${PERIOD}[\\s\\-–—/_,]*${FY}`, 'i'), read: (m) => [true, m[3]!, m[1], m[2]] },
  { re: new RegExp(`${YEAR}[\\s\\-–—/_]*${PERIOD}`, 'i'), read: (m) => [false, m[1]!, m[2], m[3]] },
  { re: new RegExp(`${PERIOD}[\\s\\-–—/_,']*${YEAR}`, 'i'), read: (m) => [false, m[3]!, m[1], m[2]] },
  { re: new RegExp(`${PERIOD}\\s?'(\\d{2})`, 'i'), read: (m) => [false, m[3]!, m[1], m[2]] },
  { re: new RegExp(FY, 'i'), read: (m) => [true, m[1]!, undefined, undefined] },
];
// Each form as a whole value (parseCycle) and inside a heading (findCycleInText), built once: a
// RegExp made per call costs more than matching these short texts.
const CYCLE_FORMS_WHOLE = CYCLE_FORMS.map((form) => new RegExp(`^(?:${form.re.source})$`, 'i'));
const CYCLE_FORMS_IN_TEXT = CYCLE_FORMS.map((form) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${form.re.source})(?![\\p{L}\\p{N}])`, 'iu'));

function spanFromParts(fiscal: boolean, yearRaw: string, periodRaw: string | undefined, nRaw: string | undefined, options: CycleOptions): CycleSpan | null {
  const year = fullYear(yearRaw);
  const period = periodRaw ? (periodRaw.toUpperCase() as 'Q' | 'H') : null;
  const n = nRaw ? Number(nRaw) : 0;
  const origin = fiscal ? fiscalStart(year, options) : { year, month: 1 };
  const span = periodSpan(origin.year, origin.month, period, n);
  if (!span) return null;
  const prefix = fiscal ? `FY${pad(year % 100)}` : String(year);
  const label = period ? `${prefix}-${period}${n}` : prefix;
  const kind: CycleKind = period === 'Q' ? 'quarter' : period === 'H' ? 'half' : 'year';
  return { label, kind, ...span };
}

/**
 * Parses a cycle value: `2026-Q4`, `Q4 2026`, `FY27-Q1`, `2026-H2`, `H2 2026`, `2026`, `FY27`,
 * `2026-10-01..2026-12-31` (also ` to ` or ` – `), or an object `{ start, end }`. Null when invalid.
 */
export function parseCycle(value: unknown, options: CycleOptions = {}): CycleSpan | null {
  if (value instanceof Date) return null;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const start = dateValue(o['start']);
    const end = dateValue(o['end']);
    return customSpan(start, end);
  }
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  const range = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|–|—|to|-)\s*(\d{4}-\d{2}-\d{2})$/i.exec(s);
  if (range) return customSpan(range[1]!, range[2]!);
  if (/^\d{4}$/.test(s)) return spanFromParts(false, s, undefined, undefined, options);
  for (let i = 0; i < CYCLE_FORMS.length; i++) {
    const m = CYCLE_FORMS_WHOLE[i]!.exec(s);
    if (m) return spanFromParts(...CYCLE_FORMS[i]!.read(m), options);
  }
  return null;
}

function dateValue(v: unknown): string | null {
  if (typeof v === 'string') return v.trim();
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

function customSpan(start: string | null, end: string | null): CycleSpan | null {
  if (!start || !end || !isIsoDate(start) || !isIsoDate(end) || daysBetween(start, end)! < 0) return null;
  return { label: `${start}..${end}`, kind: 'custom', start, end };
}

/** Finds a cycle named inside a heading (`Platform OKRs — Q4 2026`), with its position in the text. */
export function findCycleInText(text: string, options: CycleOptions = {}): { cycle: CycleSpan; index: number; length: number } | null {
  for (let i = 0; i < CYCLE_FORMS.length; i++) {
    const m = CYCLE_FORMS_IN_TEXT[i]!.exec(text);
    if (!m) continue;
    const cycle = spanFromParts(...CYCLE_FORMS[i]!.read(m), options);
    if (cycle) return { cycle, index: m.index, length: m[0].length };
  }
  // A bare year names a yearly cycle (`Company OKRs 2026`).
  const year = /(?<![\p{L}\p{N}-])(20\d{2})(?![\p{L}\p{N}]|-\d)/u.exec(text);
  if (year) return { cycle: spanFromParts(false, year[1]!, undefined, undefined, options)!, index: year.index, length: year[0].length };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Date expressions in KRs and check-ins

/**
 * A month and day without a year, placed in the cycle; when it falls outside, in the year that
 * puts it nearest the cycle (`Jan 15` in Q4 2026 is two weeks after it, not nine months before).
 */
function placeMonthDay(month: number, day: number, cycle: Pick<Cycle, 'start' | 'end'> | null): IsoDate | null {
  if (!cycle) return null;
  const startYear = Number(cycle.start.slice(0, 4));
  const endYear = Number(cycle.end.slice(0, 4));
  for (let y = startYear; y <= endYear; y++) {
    const d = isoDate(y, month, day);
    if (d && d >= cycle.start && d <= cycle.end) return d;
  }
  let best: IsoDate | null = null;
  let bestDistance = Infinity;
  for (let y = startYear - 1; y <= endYear + 1; y++) {
    const d = isoDate(y, month, day);
    if (!d) continue;
    const distance = d < cycle.start ? daysBetween(d, cycle.start) : daysBetween(cycle.end, d);
    if (distance !== null && distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

/** A calendar date as people write it: `2026-12-15`, `2026/12/15`, `Dec 15`, `15 December 2026`. */
export const CALENDAR_DATE_PATTERN =
  `(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}` +
  `|${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?` +
  `|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}(?:,?\\s+\\d{4})?)`;

/** A calendar date or a date relative to the cycle (`end of quarter`, `EOQ`, `mid-quarter`). */
export const DATE_EXPRESSION_PATTERN =
  `(?:${CALENDAR_DATE_PATTERN}` +
  `|(?:the\\s+)?(?:end|middle|mid|start)(?:\\s+of|-)\\s*(?:the\\s+)?(?:quarter|cycle|half|year|q[1-4]|h[12])` +
  `|eo[qy]|end-of-(?:quarter|cycle|year))`;

/** `Dec 15`, `December 15th, 2026`; `15 Dec`, `15th December 2026` (built once, not per call). */
const MONTH_DAY = new RegExp(`^(${MONTH_PATTERN}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`, 'i');
const DAY_MONTH = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)? (${MONTH_PATTERN})(?:,? (\\d{4}))?$`, 'i');

/**
 * Resolves a date expression: `2026-12-15`, `2026/12/15`, `Dec 15`, `15 December 2026`,
 * `end of quarter` / `end of cycle` / `EOQ`, `mid-quarter`, `end of year`.
 * Month-day forms and relative forms need the cycle; null when they cannot be resolved.
 */
export function resolveDate(raw: string, cycle: Pick<Cycle, 'start' | 'end'> | null): IsoDate | null {
  const s = raw.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY.exec(s);
  if (m) {
    const month = monthNumber(m[1]!)!;
    return m[3] ? isoDate(Number(m[3]), month, Number(m[2])) : placeMonthDay(month, Number(m[2]), cycle);
  }
  m = DAY_MONTH.exec(s);
  if (m) {
    const month = monthNumber(m[2]!)!;
    return m[3] ? isoDate(Number(m[3]), month, Number(m[1])) : placeMonthDay(month, Number(m[1]), cycle);
  }
  if (!cycle) return null;
  const lower = s.toLowerCase().replace(/^the /, '');
  if (/^(eoq|end[ -]of[ -](the )?(quarter|cycle|q[1-4]|half|h[12]))$/.test(lower)) return cycle.end;
  if (/^(eoy|end[ -]of[ -](the )?year)$/.test(lower)) return isoDate(Number(cycle.end.slice(0, 4)), 12, 31);
  if (/^(start[ -]of[ -](the )?(quarter|cycle|half|q[1-4]|h[12]))$/.test(lower)) return cycle.start;
  if (/^(mid|middle)[ -](of[ -])?(the )?(quarter|cycle|half|q[1-4]|h[12])$/.test(lower)) {
    const total = daysBetween(cycle.start, cycle.end)!;
    return addDays(cycle.start, Math.floor(total / 2));
  }
  return null;
}
