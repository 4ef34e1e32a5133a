// Recognises the measurable parts of a key result's text: baseline → target, current value,
// score, deadline, owners, confidence, unit, and from them the kind and direction.
// Pure and position-aware: every part carries its range in the whole document.
//
// The text is read in passes. Each pass finds one kind of phrase (an owner, a confidence, a
// deadline, a current value, …) and blanks it out of a working copy (same length, so offsets
// stay valid), so a later pass never reads `0.6` in `confidence 0.6` as a target.
import type { Comparator, Confidence, Cycle, Deadline, Direction, Mention, Quantity, Range } from './model';
import { LineIndex } from './text';
import { DATE_EXPRESSION_PATTERN, resolveDate } from './cycle';
import { unitFamily } from './units';

/** Where the analysed text sits in the whole document; ranges are computed through it. */
export interface TextLocation {
  index: LineIndex;
  /** Offset of the analysed text's first character in `index.text`. */
  offset: number;
}

export interface KeyResultTextAnalysis {
  /** `milestone` is decided by the caller (a checkbox); the text alone gives metric, threshold or unmeasured. */
  kind: 'metric' | 'threshold' | 'unmeasured';
  direction: Direction | null;
  comparator: Comparator | null;
  baseline: Quantity | null;
  target: Quantity | null;
  current: Quantity | null;
  score: number | null;
  unit: string | null;
  deadline: Deadline | null;
  owners: Mention[];
  confidence: Confidence | null;
  weight: number;
}

export interface AnalyseOptions {
  /** Resolves `by Dec 15` and `by end of quarter`. */
  cycle?: Pick<Cycle, 'start' | 'end'> | null;
}

export interface CheckInTextAnalysis {
  value: Quantity | null;
  confidence: Confidence | null;
  note: string;
}

// ---------------------------------------------------------------------------------------------
// Units

/** Unit words after a number, normalised. Longest spellings first so the alternation prefers them. */
const UNIT_WORDS: [string, string][] = [
  ['percentage points', 'pp'], ['percent', '%'], ['%', '%'], ['‰', '‰'], ['pp', 'pp'], ['bps', 'bps'],
  ['points', 'points'], ['point', 'points'], ['pts', 'points'], ['pt', 'points'],
  ['x', 'x'], ['×', 'x'],
  ['milliseconds', 'ms'], ['millisecond', 'ms'], ['ms', 'ms'],
  ['seconds', 's'], ['second', 's'], ['secs', 's'], ['sec', 's'], ['s', 's'],
  ['minutes', 'min'], ['minute', 'min'], ['mins', 'min'], ['min', 'min'],
  ['hours', 'h'], ['hour', 'h'], ['hrs', 'h'], ['hr', 'h'], ['h', 'h'],
  ['days', 'days'], ['day', 'days'], ['d', 'days'],
  ['weeks', 'weeks'], ['week', 'weeks'], ['wks', 'weeks'], ['wk', 'weeks'],
  ['months', 'months'], ['month', 'months'],
  ['years', 'years'], ['year', 'years'], ['yrs', 'years'],
  ['TB', 'TB'], ['GB', 'GB'], ['MB', 'MB'], ['KB', 'KB'],
  ['terabytes', 'TB'], ['gigabytes', 'GB'], ['megabytes', 'MB'], ['kilobytes', 'KB'], ['bytes', 'B'], ['byte', 'B'],
  ['USD', '$'], ['EUR', '€'], ['GBP', '£'],
];
const UNIT_MAP = new Map(UNIT_WORDS.map(([k, v]) => [k.toLowerCase(), v]));

/** Things people count in KRs; singular forms normalise to the plural. */
const COUNT_NOUNS = [
  'users', 'customers', 'teams', 'accounts', 'signups', 'sign-ups', 'leads', 'deals', 'tickets', 'bugs', 'incidents',
  'requests', 'orders', 'downloads', 'installs', 'visits', 'visitors', 'sessions', 'subscribers', 'members', 'articles',
  'posts', 'services', 'deploys', 'deployments', 'releases', 'hires', 'engineers', 'partners', 'clients', 'stores',
  'merchants', 'pages', 'features', 'integrations', 'reviews', 'calls', 'meetings', 'demos', 'trials', 'apps',
  'countries', 'languages', 'repos', 'repositories', 'pipelines', 'tests', 'outages', 'pages', 'videos', 'episodes',
  'interviews', 'candidates', 'opportunities', 'contracts', 'seats', 'licenses', 'projects', 'workshops', 'courses',
  'students', 'patients', 'sellers', 'buyers', 'creators', 'developers', 'contributors', 'stars', 'mentions', 'backlinks',
  'people', 'employees', 'nps', 'mau', 'dau', 'wau', 'arr', 'mrr',
];
const NOUN_PATTERN = COUNT_NOUNS.map((n) => (n.endsWith('s') && !['nps', 'people'].includes(n) ? `${n.slice(0, -1)}s?` : n)).join('|');

function normaliseUnit(raw: string): string {
  const lower = raw.toLowerCase();
  const known = UNIT_MAP.get(lower);
  if (known) return known;
  if (['nps', 'mau', 'dau', 'wau', 'arr', 'mrr'].includes(lower)) return lower.toUpperCase();
  if (lower === 'people') return lower;
  return lower.endsWith('s') ? lower : `${lower}s`;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_PATTERN = [...UNIT_WORDS.map(([k]) => k)].sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * A number as written in a KR, with its currency, multiplier and unit. Not preceded by a letter or
 * digit (so `p95`, `Q4`, `KR2`, `v1.2` are not quantities) and not followed by one.
 */
const QUANTITY_SOURCE =
  `(?<![\\p{L}\\p{N}_.,/#\\\\-])` +
  `(?<cur>[$€£¥])?\\s?` +
  `(?<sign>[-−+])?` +
  `(?<num>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)` +
  `(?:\\s?(?<mult>thousand|million|billion|bn|mn|[kmb])(?![\\p{L}\\p{N}]))?` +
  `(?:\\s?(?<unit>${UNIT_PATTERN})(?![\\p{L}\\p{N}]))?` +
  `(?:\\s(?<noun>${NOUN_PATTERN})(?![\\p{L}\\p{N}]))?` +
  `(?![\\p{L}\\p{N}])`;

const MULTIPLIERS: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };

// A capital `B` after a number is either billions (`$800B`, `2B users`) or bytes (`a bundle under
// 800 B`, `from 2 KB to 800 B`). The number itself decides first: a currency (`$800B`, `USD 800B`)
// or a counted noun (`2B users`) makes billions. Then a data size elsewhere in the text (`2 KB`,
// `bytes`) means bytes. Otherwise the word about money (a currency, `revenue`, `GMV`…) or about
// sizes (`bundle`, `size`, `payload`, `memory`…) nearest to the number decides, since it is the
// one most likely to name what is measured (`Reduce the sales page bundle from 1200 B to 800 B`:
// bundle; `Grow bundle revenue to 800 B`: revenue), and a money word right before a size word makes
// a money figure (`market size`). With neither it stays billions: in an OKR a bare `1B` is far more
// often a scale (`Reach 1B`, `1B cache misses`) than a file size. A lowercase `b` is always
// billions (`$5b`; as a size it would be bits).
const DATA_SIZE = /(?<![\p{L}\p{N}])\d+(?:\.\d+)?\s?(?:[KMGT]B|(?:kilo|mega|giga|tera)?bytes?)(?![\p{L}\p{N}])/iu;
const MONEY_WORDS = 'USD|EUR|GBP|JPY|CHF|dollars?|euros?|pounds?|revenue|sales|GMV|ARR|MRR|bookings|valuation|market|funding|spend|profit|earnings|turnover';
const MONEY_OR_SIZE = new RegExp(
  `(?<money>[$€£¥]|\\b(?:${MONEY_WORDS})\\b)|\\b(?:bundles?|sizes?|payloads?|memory|heap|RAM|disk|storage|footprint|binar(?:y|ies)|gzip(?:ped)?|minified|bandwidth|artifacts?|weight)\\b`,
  'giu',
);
const B_NUMBER = /\d\s?B\b/;
/** A money word right before a size word (`market size`): the words of `MONEY_WORDS`. */
const MONEY_BEFORE = new RegExp(`\\b(?:${MONEY_WORDS})\\s+$`, 'i');

/** True when a bare capital `B` after the number at `at` (by default the first such number) in
 * `text` means bytes (see above). */
export function bReadsAsBytes(text: string, at: number = text.search(B_NUMBER)): boolean {
  if (DATA_SIZE.test(text)) return true;
  if (at < 0) at = 0;
  let best = Infinity;
  let bytes = false;
  MONEY_OR_SIZE.lastIndex = 0;
  for (let m = MONEY_OR_SIZE.exec(text); m; m = MONEY_OR_SIZE.exec(text)) {
    const end = m.index + m[0].length;
    const distance = end <= at ? at - end : Math.max(0, m.index - at);
    // On a tie money wins, as billions is the default reading.
    if (distance < best || (distance === best && m.groups!['money'] !== undefined)) {
      best = distance;
      // A size word with a money word right before it is a money figure (`market size`).
      bytes = m.groups!['money'] === undefined && !MONEY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    }
  }
  return bytes;
}

interface Found {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  raw: string;
  relative: boolean;
}

// Built once: a RegExp made per call (a KR is analysed several times per parse) cost more than
// matching with it (the 2 KB source is hashed for V8's cache). For the same reason the global ones
// are run with `exec` from lastIndex 0 rather than `matchAll`, which clones its RegExp on every
// call; nothing they call matches with them again, and neither matches the empty string.
// `Scanner.take` uses non-global ones, so sharing those is safe too.
// QUANTITY's groups are read by number (1 cur, 2 sign, 3 num, 4 mult, 5 unit, 6 noun: the order of the
// names in QUANTITY_SOURCE): V8 makes a `groups` object for every match of a RegExp with named groups
// (a few per cent of the KR analysis, for nothing).
const QUANTITY = new RegExp(QUANTITY_SOURCE.replace(/\(\?<\w+>/g, '('), 'giu');
const DIGIT = /\d/;
const CURRENT_VALUE = new RegExp(
  `(?:\\b(?:now|currently|current(?:ly)?(?: value)?|today|actual|so far|at present|presently|is at|sits at|we are at|we're at)\\s*(?:[:=]|is|at)?\\s*)(${QUANTITY_SOURCE.replace(/\(\?<\w+>/g, '(')})`,
  'iu',
);
const DEADLINE = new RegExp(`(?:\\b(?:by|before|until|till|due(?:\\s+(?:by|on))?|deadline|no later than|on)\\s*:?\\s+)(${DATE_EXPRESSION_PATTERN})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Every quantity in `text`, with offsets relative to it. `bytes` says how a bare capital `B` reads
 * (bytes or billions) when the caller knows better than `text` (a check-in under a KR in KB, the
 * current value cut out of a longer KR); by default `text` decides (`bReadsAsBytes`).
 */
export function findQuantities(text: string, bytes?: boolean): Found[] {
  const out: Found[] = [];
  // Every quantity has a digit (`num`).
  if (!DIGIT.test(text)) return out;
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const cur = m[1];
    const sign = m[2];
    const num = m[3]!;
    const mult = m[4];
    const unitWord = m[5];
    const noun = m[6];
    let raw = m[0];
    let start = m.index!;
    if (/^\s/.test(raw)) {
      const trimmed = raw.trimStart();
      start += raw.length - trimmed.length;
      raw = trimmed;
    }
    let value = Number(num.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (sign === '-' || sign === '−') value = -value;
    let unit: string | null = null;
    if (mult) {
      // `5m` is five minutes, `$5m` and `5M` are five million.
      if (mult === 'm' && !cur && !unitWord && !noun) unit = 'min';
      else if (mult === 'B' && !cur && !unitWord && !noun && !/\b(?:USD|EUR|GBP|JPY|CHF)\s*$/i.test(text.slice(Math.max(0, start - 5), start)) && (bytes ?? bReadsAsBytes(text, start))) unit = 'B';
      else value *= MULTIPLIERS[mult.toLowerCase()]!;
    }
    if (cur) unit = cur;
    else if (unitWord) unit = normaliseUnit(unitWord);
    // A counted noun names the unit but is not part of the number's text (`200` in `200 users`);
    // a singular noun after another number is an adjective (`12 customer case studies`).
    if (noun) {
      raw = raw.slice(0, raw.length - noun.length).trimEnd();
      const plural = /s$/i.test(noun) || ['people', 'nps', 'mau', 'dau', 'wau', 'arr', 'mrr'].includes(noun.toLowerCase());
      if (!unit && (plural || value === 1)) unit = normaliseUnit(noun);
    }
    // Round away floating noise from multipliers (1.2 × 1e6).
    value = Number(value.toPrecision(12));
    out.push({ start, end: start + raw.length, value, unit, raw, relative: unit === 'x' });
  }
  return out;
}

const WORD_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, once: 1, twice: 2,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(?<lead>a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\\s+(?<scale>hundred|thousand|million|billion)|(?<word>${Object.keys(WORD_NUMBERS).join('|')}))(?![\\p{L}\\p{N}-])` +
    `(?:\\s(?<unit>${UNIT_WORDS.map(([k]) => k).filter((k) => k.length > 2).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}]))?`,
  'giu',
);

/** Numbers written as words: `five teams`, `ten hours`, `one million followers`, `twice as many`, `zero P0 bugs`. */
export function findNumberWords(text: string): Found[] {
  const out: Found[] = [];
  NUMBER_WORD.lastIndex = 0;
  for (let m = NUMBER_WORD.exec(text); m; m = NUMBER_WORD.exec(text)) {
    const g = m.groups!;
    const start = m.index!;
    const word = (g['word'] ?? '').toLowerCase();
    const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
    const after = text.slice(start + m[0].length, start + m[0].length + 12).toLowerCase();
    // `one` and `once` are mostly articles and frequencies ("in one place", "once per week"): they
    // count only after a comparator or with a unit ("at least one", "one day").
    if ((word === 'one' || word === 'once') && !g['unit'] && !/\b(at least|at most|only|exactly|more than|fewer than|less than|to|from|reach|hit)\s*$/.test(before)) continue;
    const value = g['scale'] ? (WORD_NUMBERS[g['lead']!.toLowerCase()] ?? 1) * SCALES[g['scale'].toLowerCase()]! : WORD_NUMBERS[word]!;
    let unit = g['unit'] ? normaliseUnit(g['unit']) : null;
    if (word === 'twice' && /^\s*as\b/.test(after)) unit = 'x';
    out.push({ start, end: start + m[0].length, value, unit, raw: m[0], relative: unit === 'x' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Phrases

const DECREASE_VERBS = /\b(reduce[sd]?|reducing|decrease[sd]?|decreasing|cut(?:ting|s)?|lower(?:ed|ing|s)?|drop(?:ped|s)?|shrink|halve[sd]?|minimi[sz]e[sd]?|shorten(?:ed|s)?|eliminate[sd]?|slash(?:ed)?|trim(?:med)?|bring down|brought down|down from|decline|fewer|less|faster|speed up)\b/i;
const INCREASE_VERBS = /\b(increase[sd]?|increasing|grow(?:s|n|ing)?|raise[sd]?|boost(?:ed|s)?|improve[sd]?|double[sd]?|triple[sd]?|reach(?:es|ed)?|hit|achieve[sd]?|expand(?:ed|s)?|gain(?:ed|s)?|add(?:ed|s)?|acquire[sd]?|sign(?:ed|s)?|win|won|get|onboard(?:ed)?|convert(?:ed)?|close[sd]?|generate[sd]?|hire[sd]?|recruit(?:ed)?|publish(?:ed)?|up from|more|higher)\b/i;
const STAY_VERBS = /\b(stay(?:s|ing)?|keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|remain(?:s|ing)?|hold(?:s|ing)?|sustain(?:s|ed)?|never (?:drop|fall|exceed|go)|at all times|every (?:week|month|day)|or better|or (?:less|more|fewer|lower|higher))\b/i;

const COMPARATOR_BEFORE =
  /(at least|no less than|minimum(?: of)?|min\.?|≥|>=|⩾|above|over|more than|greater than|exceeding|beyond|at most|no more than|maximum(?: of)?|max\.?|≤|<=|⩽|below|under|less than|fewer than|within|>|<)\s*$/i;

function comparatorOf(word: string): Comparator {
  const w = word.toLowerCase();
  if (w === '>') return '>';
  if (w === '<') return '<';
  return /^(at most|no more than|maximum|max|≤|<=|⩽|below|under|less than|fewer than|within)/.test(w) ? '<=' : '>=';
}

const CONFIDENCE = /\b(?:confidence|conf\.?)\s*(?:[:=]|is|of|at)?\s*(\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*\/\s*10\b|\d+(?:\.\d+)?|high|medium|low)/i;
const CONFIDENCE_FRACTION = /(?<![\d/.])(\d{1,2}(?:\.\d)?)\s*\/\s*10(?![\d/])/;

function confidenceValue(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (s === 'high') return 0.8;
  if (s === 'medium') return 0.5;
  if (s === 'low') return 0.2;
  const frac = /^(\d+(?:\.\d+)?)\s*\/\s*10$/.exec(s);
  if (frac) return Number(frac[1]) / 10;
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(s);
  if (pct) return Number(pct[1]) / 100;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return n <= 1 ? n : n <= 10 ? n / 10 : n <= 100 ? n / 100 : null;
}

// Global RegExps run with `exec` from lastIndex 0 on a string that does not change while they run (see
// QUANTITY): `matchAll` clones its RegExp on every call, which cost more than the matching on a KR's
// text (NOT_QUANTITIES: ~2 µs a KR against ~0.6 µs). None matches the empty string.
/** Links' targets and bare URLs (`](…)`, `<http…>`, `http://…`): they need `](` or `http`. */
const LINK_OR_URL = /\]\([^)]*\)|<https?:[^>]*>|https?:\/\/\S+/g;
/** An `@owner` mention. */
const OWNER = /(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.-]*[\p{L}\p{N}_])?)/gu;
/** Dates, cycle names and versions (`Release 2.0`, `v3`, `1.4.2`, `2.0 released`) are not quantities. */
const NOT_QUANTITIES =
  /\b\d{4}-\d{1,2}-\d{1,2}\b|\b(?:in|during|for|of|since|until)\s+(?:19|20)\d{2}\b|\b(?:v|ver\.?|version|release|releases|rel\.?)\s?\d+(?:\.\d+)*\b|\b\d+\.\d+\.\d+\b|\b(?:SOC|ISO|PCI|IEC|Type|Tier|Level|Phase|Step|Stage|Sev|P|Series|Gen|Wave|Sprint|Week|Day|Chapter|Section|Part|Round|No\.?|Python|Web|Java|HTTP|IPv|Windows|macOS|iOS|Android|Node|Vue|Angular|React|Rails|PHP|Postgres|PostgreSQL|MySQL|Ubuntu|Debian|Swift|Kotlin|Ruby|Perl|Scala|Go|Terraform|Kubernetes|Wave)\s?\d+\b(?!\s*%)|\b\d+(?:\.\d+)+(?=\s+(?:version|release[sd]?|launch(?:ed)?|ship(?:ped)?|is out|goes live|GA)\b)/gi;

/** A working copy of a text in which found phrases are blanked out. */
class Scanner {
  work: string;
  private readonly at: TextLocation;

  constructor(readonly text: string, at: TextLocation | undefined) {
    this.at = at ?? { index: new LineIndex(text), offset: 0 };
    // Links' targets and bare URLs hold numbers that mean nothing here.
    this.work = text;
    if (text.includes('](') || text.includes('http')) {
      LINK_OR_URL.lastIndex = 0;
      for (let m = LINK_OR_URL.exec(text); m; m = LINK_OR_URL.exec(text)) this.mask(m.index, m.index + m[0].length);
    }
  }

  mask(start: number, end: number): void {
    this.work = this.work.slice(0, start) + ' '.repeat(end - start) + this.work.slice(end);
  }

  range(start: number, end: number): Range {
    return this.at.index.range(this.at.offset + start, this.at.offset + end);
  }

  quantity(f: Found, relative = f.relative): Quantity {
    return { value: f.value, unit: f.unit, raw: f.raw, range: this.range(f.start, f.end), relative };
  }

  /** First match of `re` in the working copy, blanked out; the match and the offset of group 1. */
  take(re: RegExp): { m: RegExpExecArray; start: number; end: number; groupStart: number } | null {
    const m = re.exec(this.work);
    if (!m) return null;
    const start = m.index;
    const end = start + m[0].length;
    const groupStart = m[1] !== undefined ? start + m[0].indexOf(m[1]) : start;
    this.mask(start, end);
    return { m, start, end, groupStart };
  }

  confidence(): Confidence | null {
    const found = this.take(CONFIDENCE) ?? this.take(CONFIDENCE_FRACTION);
    if (!found) return null;
    const value = confidenceValue(found.m[1]!);
    if (value === null) return null;
    const raw = this.text.slice(found.start, found.end).trimEnd();
    return { value, raw, range: this.range(found.start, found.start + raw.length) };
  }
}

/** Analyses one KR's text. When `at` is omitted the text is its own document (ranges from 0). */
export function analyseKeyResultText(text: string, at?: TextLocation, options: AnalyseOptions = {}): KeyResultTextAnalysis {
  const s = new Scanner(text, at);

  const owners: Mention[] = [];
  // (Matched in the text as it was before the loop masks what it finds, as matchAll did.)
  const beforeOwners = s.work;
  if (beforeOwners.includes('@')) {
    OWNER.lastIndex = 0;
    for (let m = OWNER.exec(beforeOwners); m; m = OWNER.exec(beforeOwners)) {
      owners.push({ name: m[1]!, range: s.range(m.index, m.index + m[0].length) });
      s.mask(m.index, m.index + m[0].length);
    }
  }

  let weight = 1;
  const w = s.take(/\(?\bweight\s*[:=]?\s*(\d+(?:\.\d+)?)\s*\)?/i);
  if (w && Number(w.m[1]) > 0) weight = Number(w.m[1]);

  const confidence = s.confidence();

  let score: number | null = null;
  const sc = s.take(/\b(?:score[ds]?|graded?)\s*(?:[:=]|of)?\s*(\d*\.?\d+)\s*(%)?/i);
  if (sc) {
    const n = Number(sc.m[1]);
    score = sc.m[2] ? n / 100 : n <= 1 ? n : n <= 10 ? n / 10 : n / 100;
  } else {
    const pr = s.take(/\bprogress\s*(?:[:=]|of|at)?\s*(\d*\.?\d+)\s*(%)?/i) ?? s.take(/(?<![\d.])(\d+(?:\.\d+)?)\s*(%)\s+(?:done|complete(?:d)?|finished)\b/i);
    if (pr) {
      const n = Number(pr.m[1]);
      score = pr.m[2] || n > 1 ? n / 100 : n;
    }
  }
  if (score !== null) score = Math.max(0, Math.min(1, score));

  const deadline = takeDeadline(s, options.cycle ?? null);
  // Dates, cycle names and versions are not quantities (each needs a digit).
  const beforeNotQuantities = s.work;
  if (DIGIT.test(beforeNotQuantities)) {
    NOT_QUANTITIES.lastIndex = 0;
    for (let m = NOT_QUANTITIES.exec(beforeNotQuantities); m; m = NOT_QUANTITIES.exec(beforeNotQuantities)) s.mask(m.index, m.index + m[0].length);
  }

  let current: Quantity | null = null;
  const cur = s.take(CURRENT_VALUE);
  if (cur) {
    const f = findQuantities(s.text.slice(cur.groupStart, cur.end).padStart(cur.end, ' '), bReadsAsBytes(s.work, cur.groupStart))[0];
    if (f) current = s.quantity(f, false);
  }

  const qs = [...findQuantities(s.work), ...findNumberWords(s.work)].sort((a, b) => a.start - b.start);
  const lead = (f: Found): string => s.work.slice(Math.max(0, f.start - 40), f.start);
  let baseline: Found | null = null;
  let target: Found | null = null;
  let relativeTarget = false;
  let comparator: Comparator | null = null;

  for (const f of qs) {
    if (!baseline && /\b(?:baseline|base|was|starting (?:at|from)|start(?:ing)? point)\s*[:=]?\s*$/i.test(lead(f))) baseline = f;
    else if (!target && /\b(?:target|goal)\s*[:=]?\s*$/i.test(lead(f))) target = f;
  }
  if (!target) {
    for (let i = 0; i + 1 < qs.length; i++) {
      const a = qs[i]!;
      const b = qs[i + 1]!;
      const gap = s.work.slice(a.end, b.start);
      const from = /\bfrom\s*$/i.test(lead(a));
      // `from 30% of users to 45%`: after `from`, a few words may sit between the two numbers.
      if (/^\s*(?:→|->|=>|⟶|➝|➔|to|till|until)\s*$/i.test(gap) || (from && /^\s*[-–—]\s*$/.test(gap)) || (from && /^\s+(?:[\p{L}-]+\s+){1,4}to\s+$/iu.test(gap))) {
        baseline ??= a;
        target = b;
        break;
      }
    }
  }
  if (!baseline) baseline = qs.find((f) => f !== target && /\bfrom\s*$/i.test(lead(f))) ?? null;
  const free = (f: Found): boolean => f !== baseline && f !== target;
  // `80% of calls within 10 days`: the share is the target, the time is its condition.
  if (!target) target = qs.find((f) => free(f) && f.unit === '%' && /^\s+of\b/i.test(s.work.slice(f.end, f.end + 5)) && !/\bby\s*$/i.test(lead(f))) ?? null;
  for (const f of qs) {
    if (f === baseline) continue;
    const m = COMPARATOR_BEFORE.exec(lead(f));
    if (m && (!target || target === f)) {
      comparator = comparatorOf(m[1]!);
      target = f;
      break;
    }
  }
  if (!target) target = qs.find((f) => free(f) && /\b(?:to|reach(?:es|ing)?|hit|achieve|at)\s*$/i.test(lead(f))) ?? null;
  if (!target) {
    target = qs.find((f) => free(f) && /\bby\s*$/i.test(lead(f))) ?? null;
    if (target) relativeTarget = true;
  }
  if (!target) target = qs.find((f) => free(f) && f.unit === 'x') ?? null;
  let synthetic: Quantity | null = null;
  if (!target) {
    const m = /\b(double|triple|quadruple|halve|half|cut in half)\b/i.exec(s.work);
    if (m) {
      const word = m[1]!.toLowerCase();
      const value = word === 'triple' ? 3 : word === 'quadruple' ? 4 : 2;
      synthetic = { value, unit: 'x', raw: m[0], range: s.range(m.index, m.index + m[0].length), relative: true };
    }
  }
  if (!target && !synthetic) {
    target = qs.find(free) ?? null;
    if (target && isBareChange(s.work, target)) relativeTarget = true;
  }

  let targetQ: Quantity | null = synthetic ?? (target ? s.quantity(target, target.relative || relativeTarget) : null);
  const baselineQ = baseline && baseline !== target ? s.quantity(baseline, false) : null;

  // Direction: the numbers, else the verb, else the comparator.
  let direction: Direction | null = null;
  if (baselineQ && targetQ && !targetQ.relative && baselineQ.value !== targetQ.value) direction = targetQ.value > baselineQ.value ? 'increase' : 'decrease';
  else if (DECREASE_VERBS.test(s.work) || (synthetic && /halve|half/i.test(synthetic.raw))) direction = 'decrease';
  else if (INCREASE_VERBS.test(s.work)) direction = 'increase';
  else if (comparator) direction = comparator.startsWith('<') ? 'decrease' : 'increase';
  else if (targetQ && targetQ.relative) direction = 'increase';

  const changeVerb = DECREASE_VERBS.test(s.work) || INCREASE_VERBS.test(s.work);
  let kind: KeyResultTextAnalysis['kind'] = 'unmeasured';
  if (targetQ) {
    const threshold = STAY_VERBS.test(s.work) || (comparator !== null && !baselineQ && !changeVerb);
    kind = threshold && !targetQ.relative ? 'threshold' : 'metric';
  }
  if (kind === 'threshold') comparator ??= direction === 'decrease' ? '<=' : '>=';
  else comparator = null;
  if (!targetQ) targetQ = null;

  if (!direction && current && targetQ && !targetQ.relative && current.value !== targetQ.value) direction = current.value > targetQ.value ? 'decrease' : 'increase';
  // A relative target's unit (`by 25%`, `2x`) is not the metric's unit.
  const unit = (targetQ && !targetQ.relative ? targetQ.unit : null) ?? baselineQ?.unit ?? current?.unit ?? null;

  return { kind, direction, comparator, baseline: baselineQ, target: targetQ, current, score, unit, deadline, owners, confidence, weight };
}

// A bare percentage after a change verb and a metric that is not itself a percentage is a change:
// `Reduce tickets 50%`, `Grow revenue 30%`, `Cut cloud costs 20%` mean by 50%, 30%, 20%. Only
// clear cases turn relative: the verb moves something (not `reach`, `hit`), the words between
// verb and number name a count or an amount, and none of them names a rate or share. `Increase
// conversion 2%` or `Reduce churn 5%` could mean a change or a level (or points), so they stay as
// written (a target of 2%, 5%), as does anything with `to` / `at` / a comparator before the number.
const CHANGE_VERB = /\b(?:reduc(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|shrink(?:s|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|minimi[sz](?:e[sd]?|ing)|increas(?:e[sd]?|ing)|grow(?:s|ing)?|rais(?:e[sd]?|ing)|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?|lift(?:s|ed|ing)?)\s+/giu;
const AMOUNT_METRIC = new RegExp(
  `\\b(?:${NOUN_PATTERN.replace(/\|nps\b/, '')}|revenue|sales|costs?|spend(?:ing)?|expenses?|time|times|latency|duration|volume|backlog|traffic|usage|throughput|load|errors?|complaints?|churned|spam|waste|emissions|headcount|inventory|bookings|pipeline|gmv)\\b`,
  'iu',
);
const RATE_METRIC = /\b(?:rates?|ratios?|shares?|percent(?:age)?s?|conversions?|churn|retention|uptime|availability|coverage|margins?|accuracy|precision|utili[sz]ation|ctr|adoption|penetration|satisfaction|csat|nps|completion|attendance|occupancy|bounce|sla|slo|compliance|engagement|win|yield|score)\b|%/iu;

function isBareChange(work: string, target: Found): boolean {
  if (target.unit !== '%' || STAY_VERBS.test(work)) return false;
  let metric: string | null = null;
  for (const m of work.slice(0, target.start).matchAll(CHANGE_VERB)) metric = work.slice(m.index + m[0].length, target.start);
  if (metric === null || !/^[\p{L}\p{N}' -]{2,60}$/u.test(metric.trim()) || metric.trim().split(/\s+/).length > 6) return false;
  return AMOUNT_METRIC.test(metric) && !RATE_METRIC.test(metric);
}

function takeDeadline(s: Scanner, cycle: Pick<Cycle, 'start' | 'end'> | null): Deadline | null {
  const found = s.take(DEADLINE) ?? s.take(/(?<![\d-])(\d{4}-\d{1,2}-\d{1,2})(?![\d-])/);
  if (!found) return null;
  const raw = s.text.slice(found.start, found.end);
  const expr = s.text.slice(found.groupStart, found.end);
  return { date: resolveDate(expr, cycle), raw, range: s.range(found.start, found.end) };
}

/**
 * Analyses what follows a check-in's date: `140, confidence 0.6 — blocked on infra`. `keyResultUnit`
 * (the KR's unit, when known) says how a bare `800 B` reads: bytes under a KR in KB…TB, billions
 * under one in another unit, else as the check-in's own text says.
 */
export function analyseCheckInText(text: string, at?: TextLocation, keyResultUnit: string | null = null): CheckInTextAnalysis {
  const s = new Scanner(text, at);
  const confidence = s.confidence();
  // The value is the first quantity, when it comes before any prose.
  const first = findQuantities(s.work, keyResultUnit === null ? undefined : unitFamily(keyResultUnit) === 'data')[0];
  let value: Quantity | null = null;
  if (first && !/[\p{L}]{3,}/u.test(s.work.slice(0, first.start).replace(/\b(?:now|at|value|current(?:ly)?|is)\b/gi, ''))) {
    value = s.quantity(first, false);
    s.mask(first.start, first.end);
  }
  const note = s.work
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.—–|-]+|[\s,;:—–|-]+$/g, '')
    .replace(/^(?:now|at|value|current(?:ly)?|is)\b[\s,;:—–-]*/i, '')
    .trim();
  return { value, confidence, note };
}
