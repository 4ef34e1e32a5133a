// Glob matching in bounded time, for every glob a workspace brings with it: lint `ignores` (a
// config file comes with any cloned repository) and the `okr.files` setting (workspace settings
// do too). One dialect for both. picomatch compiles a glob to a backtracking RegExp that
// multiplies the work by a name's length for each `*` in it (`*a*a*a*a*b` took 2.5 s on one
// 60-character name). Here brace groups are expanded first (their number bounded); each
// alternative is matched name by name, `*` within a name and `**` across names by wildcard
// matching that remembers only the last star, so one alternative costs at most about (path length
// × its length) steps for each `**` in it, plus one, however many `*` it has.
//
// The dialect: `*`, `?`, `[…]` (with `!` or `^` to negate, ranges, POSIX classes) within a name,
// `**` as a whole name for any number of names, `{a,b}` groups (nested), `\` escapes. Wildcards
// match names starting with `.` (picomatch's `dot: true`) but never `.`, `..` or an empty name.
// Extglobs (`@(a|b)`) are not supported: callers find them with `extglobIn` and refuse them.
// Pure: no node, no DOM.
import type { Translate } from './translate';

/**
 * Bounds on a list of user globs (lint `ignores`, the `okr.files` setting), which come with a
 * cloned repository: with them, matching one path against the whole list stays cheap.
 */
export const GLOB_LIMITS = {
  /** Characters in one pattern. */
  length: 1000,
  /** Patterns in one list (a config file, the editor's settings). */
  patterns: 500,
  /** Alternatives one pattern's brace groups expand to (`{a,b}/{c,d}` is 4). */
  alternatives: 256,
  /** Characters of all the alternatives of one list's patterns together. */
  expandedLength: 20_000,
} as const;

/** Why a pattern of a list is not used: the limit of GLOB_LIMITS it passes (its key), or extglob syntax. */
export type GlobRefusal =
  | { reason: 'extglob'; extglob: string }
  | { reason: 'length'; length: number }
  | { reason: 'patterns' }
  /** `count` is null past `ALTERNATIVES_COUNTED` (they are not counted further). */
  | { reason: 'alternatives'; count: number | null }
  | { reason: 'expandedLength'; total: number };

/** A pattern of a list as checked: its brace alternatives when it is used, else why not. */
export type GlobCheck = { alternatives: string[]; refusal?: undefined } | { alternatives?: undefined; refusal: GlobRefusal };

/** How far a pattern's alternatives are counted, for a message that says how many there are. */
export const ALTERNATIVES_COUNTED = 1_000_000;

/**
 * Checks a list of user globs (lint `ignores`, the `okr.files` setting) against GLOB_LIMITS, in
 * order, for each: extglob syntax, its length, the number of patterns used before it, its brace
 * alternatives, and the characters of all the alternatives used so far with its own. A pattern
 * that fails a check is refused alone (the message should name it and the limit:
 * `globRefusalMessage`); the ones after it are checked as if it were not in the list. With
 * `negatable`, a leading `!` (lint ignores' re-include) is not part of the glob that is expanded.
 */
export function checkGlobList(patterns: readonly string[], options: { negatable?: boolean } = {}): GlobCheck[] {
  let used = 0;
  let expandedLength = 0;
  return patterns.map((pattern): GlobCheck => {
    const extglob = extglobIn(pattern);
    if (extglob !== null) return { refusal: { reason: 'extglob', extglob } };
    if (pattern.length > GLOB_LIMITS.length) return { refusal: { reason: 'length', length: pattern.length } };
    if (used >= GLOB_LIMITS.patterns) return { refusal: { reason: 'patterns' } };
    const sequence = readBraces(options.negatable ? pattern.replace(/^!/, '') : pattern);
    const count = countAlternatives(sequence, ALTERNATIVES_COUNTED);
    if (count > GLOB_LIMITS.alternatives) return { refusal: { reason: 'alternatives', count: count > ALTERNATIVES_COUNTED ? null : count } };
    const alternatives = expandSequence(sequence);
    const total = expandedLength + alternatives.reduce((n, a) => n + a.length, 0);
    if (total > GLOB_LIMITS.expandedLength) return { refusal: { reason: 'expandedLength', total } };
    used++;
    expandedLength = total;
    return { alternatives };
  });
}

/** A pattern as a message quotes it: short, on one line. */
export function quotedPattern(pattern: string): string {
  const oneLine = pattern.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return `'${oneLine.length > 80 ? `${oneLine.slice(0, 77)}…` : oneLine}'`;
}

/** What to tell the author of a refused pattern of lint `ignores` or of the `okr.files` setting. */
export function globRefusalMessage(t: Translate, list: 'ignores' | 'okr.files', pattern: string, refusal: GlobRefusal): string {
  const quoted = quotedPattern(pattern);
  const one = list === 'ignores' ? t('Ignore pattern') : t('okr.files pattern');
  const all = list === 'ignores' ? t('ignore patterns') : t('okr.files patterns');
  switch (refusal.reason) {
    case 'extglob':
      return t('{0} is extglob syntax, which {1} do not support; list the alternatives as patterns of their own or in a brace group. The pattern is not used', quotedPattern(refusal.extglob), all);
    case 'length':
      return t('{0} {1} has {2} characters; at most {3}. It is not used', one, quoted, refusal.length, GLOB_LIMITS.length);
    case 'patterns':
      return t('More than {0} {1}; {2} is not used', GLOB_LIMITS.patterns, all, quoted);
    case 'alternatives':
      return t('{0} {1} has {2} alternatives (each brace group multiplies them); at most {3}. It is not used', one, quoted, refusal.count === null ? t('more than {0}', ALTERNATIVES_COUNTED) : String(refusal.count), GLOB_LIMITS.alternatives);
    case 'expandedLength':
      return t('With {0}, the {1} have {2} characters in all, brace groups expanded; at most {3}. It is not used', quoted, all, refusal.total, GLOB_LIMITS.expandedLength);
  }
}

/** The first extglob group (`@(`, `+(`, `!(`, `*(`, `?(` up to its `)`) in a pattern, or null. */
export function extglobIn(pattern: string): string | null {
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (pattern[i + 1] === '(' && '@+!*?'.includes(c)) {
      let depth = 0;
      for (let j = i + 1; j < pattern.length; j++) {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '(') depth++;
        else if (pattern[j] === ')' && --depth === 0) return pattern.slice(i, j + 1);
      }
      return pattern.slice(i);
    }
  }
  return null;
}

/** A pattern read for brace expansion: literal text and groups (each a list of alternatives). */
export type BraceSequence = (string | BraceSequence[])[];

/**
 * Reads the brace groups of a pattern in one pass. A group is a `{…}` with a comma at its top
 * level; `{a}` and an unclosed `{` are literal text, as in picomatch and the shell. Escapes stay in
 * the text (the name matcher reads them).
 */
export function readBraces(pattern: string): BraceSequence {
  const close = new Map<number, number>();
  const commas = new Map<number, number[]>();
  const open: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === ',' && open.length) {
      const start = open[open.length - 1]!;
      commas.set(start, [...(commas.get(start) ?? []), i]);
    } else if (c === '}' && open.length) close.set(open.pop()!, i);
  }
  const read = (from: number, to: number): BraceSequence => {
    const out: BraceSequence = [];
    let text = '';
    for (let i = from; i < to; i++) {
      const end = close.get(i);
      const split = commas.get(i);
      if (pattern[i] === '\\') {
        text += pattern.slice(i, i + 2);
        i++;
      } else if (end !== undefined && split) {
        if (text) out.push(text);
        text = '';
        const bounds = [i, ...split, end];
        out.push(bounds.slice(1).map((b, k) => read(bounds[k]! + 1, b)));
        i = end;
      } else text += pattern[i];
    }
    if (text) out.push(text);
    return out;
  };
  return read(0, pattern.length);
}

/** How many alternatives a sequence expands to, counted no further than `limit + 1`. */
export function countAlternatives(sequence: BraceSequence, limit: number): number {
  let n = 1;
  for (const part of sequence) {
    if (typeof part === 'string') continue;
    let sum = 0;
    for (const alternative of part) sum = Math.min(limit + 1, sum + countAlternatives(alternative, limit));
    n = Math.min(limit + 1, n * sum);
  }
  return n;
}

export function expandSequence(sequence: BraceSequence): string[] {
  let out = [''];
  for (const part of sequence) {
    if (typeof part === 'string') out = out.map((prefix) => prefix + part);
    else {
      const alternatives = part.flatMap(expandSequence);
      out = out.flatMap((prefix) => alternatives.map((a) => prefix + a));
    }
  }
  return out;
}

/**
 * A pattern's brace groups expanded (`{a,b}/x` → `a/x`, `b/x`), or null past `limit`
 * alternatives; the work is linear in the pattern plus the output.
 */
export function expandBraces(pattern: string, limit: number): string[] | null {
  const sequence = readBraces(pattern);
  return countAlternatives(sequence, limit) > limit ? null : expandSequence(sequence);
}

/** One character of a name pattern: `?` is ANY; a class lists characters and ranges. */
const ANY = 0;
const STAR = 1;
interface CharClass {
  negated: boolean;
  chars: string;
  ranges: string[];
}
type NameToken = string | typeof ANY | typeof STAR | CharClass;
/** A name pattern (a literal is kept as text), or GLOBSTAR: `**`, any number of names. */
const GLOBSTAR = 2;
type Segment = string | NameToken[] | typeof GLOBSTAR;

const POSIX_CLASSES: Record<string, string[]> = {
  alpha: ['az', 'AZ'],
  digit: ['09'],
  alnum: ['az', 'AZ', '09'],
  upper: ['AZ'],
  lower: ['az'],
  xdigit: ['09', 'af', 'AF'],
  space: [' ', '\t', '\n', '\r', '\v', '\f'].map((c) => c + c),
  word: ['az', 'AZ', '09', '__'],
};

/** `[…]` at `start`: the class and the index after it, or null when it does not close. */
function charClass(name: string, start: number): { token: CharClass; next: number } | null {
  let i = start + 1;
  const token: CharClass = { negated: false, chars: '', ranges: [] };
  if (name[i] === '!' || name[i] === '^') {
    token.negated = true;
    i++;
  }
  for (let first = true; i < name.length; first = false) {
    let c = name[i]!;
    if (c === ']' && !first) return { token, next: i + 1 };
    const posix = c === '[' ? /^\[:([a-z]+):\]/.exec(name.slice(i)) : null;
    if (posix && POSIX_CLASSES[posix[1]!]) {
      token.ranges.push(...POSIX_CLASSES[posix[1]!]!);
      i += posix[0].length;
      continue;
    }
    if (c === '\\' && i + 1 < name.length) c = name[++i]!;
    if (name[i + 1] === '-' && i + 2 < name.length && name[i + 2] !== ']') {
      let hi = name[i + 2]!;
      let skip = 3;
      if (hi === '\\' && i + 3 < name.length) {
        hi = name[i + 3]!;
        skip = 4;
      }
      token.ranges.push(c + hi);
      i += skip;
      continue;
    }
    token.chars += c;
    i++;
  }
  return null;
}

function compileName(name: string): Segment {
  if (name === '**') return GLOBSTAR;
  const tokens: NameToken[] = [];
  let literal = true;
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (c === '\\' && i + 1 < name.length) tokens.push(name[++i]!);
    else if (c === '*') {
      literal = false;
      if (tokens[tokens.length - 1] !== STAR) tokens.push(STAR);
    } else if (c === '?') {
      literal = false;
      tokens.push(ANY);
    } else if (c === '[' && charClass(name, i)) {
      const { token, next } = charClass(name, i)!;
      literal = false;
      tokens.push(token);
      i = next - 1;
    } else tokens.push(c);
  }
  return literal ? (tokens as string[]).join('') : tokens;
}

function matchesChar(token: NameToken, c: string): boolean {
  if (typeof token === 'string') return token === c;
  if (token === ANY) return true;
  if (token === STAR) return false;
  let inside = token.chars.includes(c);
  for (let k = 0; !inside && k < token.ranges.length; k++) inside = token.ranges[k]![0]! <= c && c <= token.ranges[k]![1]!;
  return inside !== token.negated;
}

/**
 * The linear wildcard match (greedy, backtracking only to the last wildcard): whether `items` match
 * `pattern`, where `wild` stands for any run of items and `one` tells whether another pattern element
 * matches one item. At most (items × pattern length) steps. Used for characters in a name (`*`) and
 * for names in a path (`**`).
 */
function wildcardMatch<P, I>(pattern: ArrayLike<P>, items: ArrayLike<I>, wild: P, one: (p: P, item: I) => boolean): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < items.length) {
    const element = pattern[p];
    if (p < pattern.length && element === wild) {
      starP = p++;
      starN = n;
    } else if (p < pattern.length && one(element!, items[n]!)) {
      p++;
      n++;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === wild) p++;
  return p === pattern.length;
}

/** Whether a name matches a name pattern. */
function matchName(segment: string | NameToken[], name: string): boolean {
  if (typeof segment === 'string') return segment === name;
  // As in picomatch: a wildcard matches no empty name, nor `.` or `..`.
  if (name === '' || name === '.' || name === '..') return false;
  return wildcardMatch<NameToken, string>(segment, name, STAR, matchesChar);
}

/** Whether path names match a compiled alternative: the same match one level up, `**` for `*`. */
function matchSegments(pattern: readonly Segment[], names: readonly string[]): boolean {
  return wildcardMatch<Segment, string>(pattern, names, GLOBSTAR, (segment, name) => segment !== GLOBSTAR && matchName(segment, name));
}

export type GlobMatcher = (names: readonly string[]) => boolean;

const NEVER: GlobMatcher = () => false;

export interface GlobOptions {
  /**
   * A relative alternative (one not starting with `/`) also matches at any depth, as if it began
   * with a `**` name: `.gitignore`'s rule for a pattern without a slash, and picomatch's `basename`
   * option for one name. Default true.
   */
  anyDepth?: boolean;
  /** A longer glob matches nothing. Default 6096. */
  maxLength?: number;
  /** A glob whose brace groups expand to more alternatives matches nothing. Default 512. */
  maxAlternatives?: number;
}

/** A glob compiled to a matcher of `/`-split path names; one past the limits matches nothing. */
export function compileGlob(glob: string, options: GlobOptions = {}): GlobMatcher {
  const { maxLength = 6096, maxAlternatives = 512 } = options;
  const alternatives = glob.length <= maxLength ? expandBraces(glob, maxAlternatives) : null;
  return alternatives ? compileAlternatives(alternatives, options) : NEVER;
}

/** A glob's brace alternatives (`checkGlobList`, `expandBraces`) compiled to one matcher. */
export function compileAlternatives(alternatives: readonly string[], options: { anyDepth?: boolean } = {}): GlobMatcher {
  const { anyDepth = true } = options;
  const compiled = alternatives.map((alternative) => {
    const exact = alternative.split('/').map(compileName);
    return alternative.startsWith('/') || !anyDepth ? [exact] : [exact, [GLOBSTAR, ...exact] as Segment[]];
  }).flat();
  return (names) => compiled.some((pattern) => matchSegments(pattern, names));
}

/**
 * Whether `glob` matches every path below a folder, whatever it holds: some alternative is a part
 * that matches the folder's names (or a folder's above it), then only `**` names (at least one) and at most one `*` name
 * (`vendor/**`, `archive{,/**}`, `docs/*{,/**}`, `build/**` then `*`). A walk need not read such a
 * folder. It never matches when it cannot tell (a last name of `*.draft.okr.md` matches only some
 * of the files below).
 */
export function compileFolderGlob(glob: string, options: GlobOptions = {}): GlobMatcher {
  const { anyDepth = true, maxLength = 6096, maxAlternatives = 512 } = options;
  const alternatives = glob.length <= maxLength ? expandBraces(glob, maxAlternatives) : null;
  if (!alternatives) return NEVER;
  const compiled: Segment[][] = [];
  for (const alternative of alternatives) {
    const names = alternative.split('/');
    let cut = names.length;
    let globstars = 0;
    let stars = 0;
    for (; cut > 0 && (names[cut - 1] === '**' || names[cut - 1] === '*'); cut--) {
      if (names[cut - 1] === '**') globstars++;
      else stars++;
    }
    // Every path below has at least one name: `**` names and one `*` match any of them.
    if (globstars === 0 || stars > 1) continue;
    if (cut === 0) return () => true;
    // The folder itself, or a folder above it, is the part before the `**`: the part then `**`
    // (zero or more names) matches the folder's names, one match instead of one per ancestor.
    const prefix: Segment[] = [...names.slice(0, cut).map(compileName), GLOBSTAR];
    compiled.push(prefix);
    if (!alternative.startsWith('/') && anyDepth) compiled.push([GLOBSTAR, ...prefix]);
  }
  return compiled.length ? (names) => compiled.some((pattern) => matchSegments(pattern, names)) : NEVER;
}

/**
 * Whether `glob` may match some path below a folder: false only when it certainly cannot (it names
 * another folder, or paths no deeper than this one). A walk that has ruled a folder out reads it
 * after all when a later `!pattern` may bring a file below it back.
 */
export function compileSomeBelowGlob(glob: string, options: GlobOptions = {}): GlobMatcher {
  const { anyDepth = true, maxLength = 6096, maxAlternatives = 512 } = options;
  const alternatives = glob.length <= maxLength ? expandBraces(glob, maxAlternatives) : null;
  if (!alternatives) return NEVER;
  // A relative alternative matches at any depth: anywhere.
  if (anyDepth && alternatives.some((alternative) => !alternative.startsWith('/'))) return () => true;
  const compiled = alternatives.map((alternative) => alternative.split('/').map(compileName));
  return (names) =>
    compiled.some((pattern) => {
      for (let i = 0; i < pattern.length; i++) {
        const segment = pattern[i]!;
        if (segment === GLOBSTAR || i >= names.length) return true;
        if (!matchName(segment, names[i]!)) return false;
      }
      return false;
    });
}

// Globs are shared between callers through a cache of the recently used ones (bounded: the
// oldest go first).
const globCache = new Map<string, GlobMatcher>();
const GLOB_CACHE_SIZE = 2000;

/** `compileGlob`, cached. */
export function globMatcher(glob: string, options: GlobOptions = {}): GlobMatcher {
  return cached('', glob, options, compileGlob);
}

/**
 * The matcher of folders below which `glob` matches every path (`all`: `compileFolderGlob`) or may
 * match some (`some`: `compileSomeBelowGlob`), cached. (Apart from `globMatcher`, so that a bundle
 * that walks no folders, the editor's, leaves these out.)
 */
export function folderGlobMatcher(glob: string, below: 'all' | 'some', options: GlobOptions = {}): GlobMatcher {
  return cached(below, glob, options, below === 'all' ? compileFolderGlob : compileSomeBelowGlob);
}

function cached(kind: string, glob: string, options: GlobOptions, compile: (glob: string, options: GlobOptions) => GlobMatcher): GlobMatcher {
  const key = `${kind}${options.anyDepth ?? true ? 1 : 0} ${options.maxLength ?? ''} ${options.maxAlternatives ?? ''} ${glob}`;
  let m = globCache.get(key);
  if (m) {
    // Most recently used last: the oldest go first.
    globCache.delete(key);
  } else m = compile(glob, options);
  globCache.set(key, m);
  if (globCache.size > GLOB_CACHE_SIZE) globCache.delete(globCache.keys().next().value!);
  return m;
}

/** How many compiled globs the cache holds (for tests: it stays bounded). */
export function globCacheSize(): number {
  return globCache.size;
}
