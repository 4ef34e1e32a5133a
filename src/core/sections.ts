// A cheap line scanner that finds where an okr.md can be cut into sections that remark parses
// the same on their own as inside the whole text: before an ATX heading in column 0 that
// remark sees as a top-level heading. The incremental cache (incremental.ts) parses each
// section once and reuses it while its text is unchanged.
//
// It must never cut where remark would not see a top-level heading. CommonMark facts it relies on:
// - A `#` heading in column 0 closes every open container (list item, block quote): it is never a
//   lazy continuation line. Only a fenced code block or an HTML block at the top level, or the
//   frontmatter, can swallow it; a fence or HTML block inside a container is closed by it.
// - Fences and HTML blocks (types 1–6) are never lazy continuation lines either, so one whose
//   indent is below the open list item's content column is at the top level.
// - Link reference and footnote definitions act across the whole document (a `[label]` anywhere
//   becomes a link only when defined somewhere): a text with `]:` is never cut.
// Where it cannot tell (a line that may be a lazy continuation, an HTML line that may be a
// paragraph's continuation, a tab after a list marker), it follows every possibility at once and
// cuts only where all of them agree. Being unsure only costs speed: fewer, larger sections.

/** Where a section starts: a line start (offset in the scanned text, 0-based line). */
export interface SectionStart {
  offset: number;
  line: number;
}

/** Scanner state at a line boundary. `o`: outside fences and HTML blocks, `item` = content column of
 * the open top-level list item (−1 when none); `f`: in a top-level fence; `h`: in an HTML block. */
type State =
  | { mode: 'o'; item: number }
  | { mode: 'f'; char: number; length: number }
  | { mode: 'h'; kind: number };

const OUTSIDE: State = { mode: 'o', item: -1 };

function key(s: State): string {
  return s.mode === 'o' ? `o${s.item}` : s.mode === 'f' ? `f${s.char}:${s.length}` : `h${s.kind}`;
}

const HTML_1 = /^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i;
const HTML_1_END = /<\/(?:script|pre|style|textarea)>/i;
const HTML_6 =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
/** A complete open or closing tag alone on its line (CommonMark HTML block type 7), loosely: any tag-like start. */
const HTML_7 = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
const THEMATIC = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const BULLET = /^([-+*])(?=[ \t]|$)/;
const ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;

/** Leading whitespace of a line: its width in columns (tabs to the next multiple of 4) and length in characters. */
function indentation(line: string, from = 0, column = 0): { width: number; length: number; tab: boolean } {
  let width = column;
  let i = from;
  let tab = false;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) width++;
    else if (c === 9) {
      width += 4 - (width % 4);
      tab = true;
    } else break;
  }
  return { width: width - column, length: i - from, tab };
}

/** The HTML block kind (1–7) a line starts at its first non-blank character, or 0. */
function htmlStart(rest: string): number {
  if (rest.charCodeAt(0) !== 60 /* < */) return 0;
  if (HTML_1.test(rest)) return 1;
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (rest.startsWith('<![CDATA[')) return 5;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  if (HTML_6.test(rest)) return 6;
  if (HTML_7.test(rest)) return 7;
  return 0;
}

/** Whether an HTML block of kind 1–5 ends on this line (searching from `from`). */
function htmlEnds(kind: number, line: string, from = 0): boolean {
  const s = from ? line.slice(from) : line;
  switch (kind) {
    case 1:
      return HTML_1_END.test(s);
    case 2:
      return s.includes('-->');
    case 3:
      return s.includes('?>');
    case 4:
      return s.includes('>');
    case 5:
      return s.includes(']]>');
    default:
      return false;
  }
}

/** The states after one line, from one state before it. */
function step(state: State, line: string, blank: boolean, previousBlank: boolean, out: State[]): void {
  if (state.mode === 'f') {
    const ind = indentation(line);
    if (ind.width <= 3) {
      const rest = line.slice(ind.length);
      let n = 0;
      while (rest.charCodeAt(n) === state.char) n++;
      if (n >= state.length && /^[ \t]*$/.test(rest.slice(n))) {
        out.push(OUTSIDE);
        return;
      }
    }
    out.push(state);
    return;
  }
  if (state.mode === 'h') {
    if (state.kind >= 6 ? blank : htmlEnds(state.kind, line)) out.push(OUTSIDE);
    else out.push(state);
    return;
  }
  // Outside fences and HTML blocks.
  if (blank) {
    out.push(state);
    return;
  }
  const ind = indentation(line);
  const item = state.item;
  if (item >= 0 && ind.width >= item) {
    // Inside the open list item: whatever it is (a nested fence, HTML, a heading), the item holds it
    // and a column-0 line closes it.
    out.push(state);
    return;
  }
  /** This line may continue a paragraph lazily inside the open item. */
  const mayBeLazy = item >= 0 && !previousBlank;
  if (ind.width >= 4) {
    // Indented code or a paragraph's continuation: nothing that can swallow a heading.
    if (mayBeLazy) out.push(state);
    out.push(OUTSIDE);
    return;
  }
  const rest = line.slice(ind.length);
  if (ATX.test(rest) || THEMATIC.test(rest) || rest.charCodeAt(0) === 62 /* > */) {
    out.push(OUTSIDE);
    return;
  }
  const fence = FENCE.exec(rest);
  if (fence && !(fence[1]!.charCodeAt(0) === 96 && fence[2]!.includes('`'))) {
    out.push({ mode: 'f', char: fence[1]!.charCodeAt(0), length: fence[1]!.length });
    return;
  }
  const html = htmlStart(rest);
  if (html >= 1 && html <= 5) {
    // Whether the end marker may overlap the start one (`<!-->`, `<?>`) is an edge case: when the
    // two readings differ, follow both.
    const opener = html === 1 ? 2 : html === 2 ? 4 : html === 5 ? 9 : 2;
    const strict = htmlEnds(html, rest, opener);
    const loose = htmlEnds(html, rest, 1);
    if (strict || loose) out.push(OUTSIDE);
    if (!strict || !loose) out.push({ mode: 'h', kind: html });
    return;
  }
  if (html === 6) {
    out.push({ mode: 'h', kind: 6 });
    return;
  }
  if (html === 7) {
    // Type 7 cannot interrupt a paragraph: it may be an HTML block or a paragraph's text.
    out.push({ mode: 'h', kind: 7 });
    if (mayBeLazy) out.push(state);
    out.push(OUTSIDE);
    return;
  }
  const bullet = BULLET.exec(rest);
  const ordered = bullet ? null : ORDERED.exec(rest);
  if (bullet || ordered) {
    const marker = (bullet ?? ordered)![0].length;
    const after = indentation(rest, marker, ind.width + marker);
    const markerEnd = ind.width + marker;
    const empty = marker + after.length >= rest.length;
    const columns = new Set<number>();
    if (empty || after.width > 4) columns.add(markerEnd + 1);
    else columns.add(markerEnd + after.width);
    if (after.tab) columns.add(markerEnd + 1);
    for (const c of columns) out.push({ mode: 'o', item: c });
    // An empty item may end at once; an item that cannot interrupt a paragraph may be its text.
    const canInterrupt = !empty && (bullet !== null || ordered![1] === '1');
    if (empty) out.push(OUTSIDE);
    if (!canInterrupt && !previousBlank) out.push(state);
    return;
  }
  // Paragraph text (or a table row, a setext underline): lazy inside the item, or closing it.
  if (mayBeLazy) out.push(state);
  out.push(OUTSIDE);
}

/** The end (offset just past the closing fence line's terminator) of YAML frontmatter as
 * remark-frontmatter reads it, 0 when the text has none, and −1 when it opens one that never
 * closes (remark then reads the rest oddly: `- item` lines stop being lists, so never cut). */
export function frontmatterEnd(text: string): number {
  const open = /^---[ \t]*(\r\n|\r|\n)/.exec(text);
  if (!open) return 0;
  const close = /(?:^|\r\n|\r|\n)---[ \t]*(\r\n|\r|\n|$)/g;
  close.lastIndex = open[0].length - open[1]!.length;
  const m = close.exec(text);
  return m ? m.index + m[0].length : -1;
}

/** Line terminator at `i` (length 0 when none). */
function eolLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 13) return text.charCodeAt(i + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

export interface ScanOptions {
  /** Offset of the line to start at (a line start). */
  offset: number;
  /** Its 0-based line number. */
  line: number;
  /**
   * Called at each cut found after `offset`; returning true stops the scan there (the caller knows
   * the rest: an old cut at the same place in unchanged text).
   */
  stop?: (offset: number, line: number) => boolean;
  /**
   * Also cut between top-level blocks: before a column-0 line that follows a blank line, where every
   * reading is outside fences and HTML blocks and the line reads the same at a text's start
   * (`blockLineStart`). For `splitBlocks`.
   */
  blocks?: boolean;
}

export interface ScanResult {
  /** Cuts found after the starting line, in order. */
  starts: SectionStart[];
  /** The cut where `stop` returned true (included in `starts`), else null. */
  stoppedAt: SectionStart | null;
}

/**
 * Scans from a line where the scanner's state is "outside everything" (the text's start after its
 * frontmatter, or a cut: a top-level heading line) and returns the cuts after it.
 */
export function scanSections(text: string, options: ScanOptions): ScanResult {
  const starts: SectionStart[] = [];
  let states: State[] = [OUTSIDE];
  let previousBlank = false;
  let line = options.line;
  let i = options.offset;
  const n = text.length;
  while (i < n) {
    // One line: [i, lineEnd) plus its terminator.
    let lineEnd = i;
    while (lineEnd < n) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    const next = lineEnd + eolLength(text, lineEnd);
    const first = text.charCodeAt(i);
    if (first === 35 /* # */ && i > options.offset && states.every((s) => s.mode === 'o')) {
      const content = text.slice(i, Math.min(lineEnd, i + 8));
      if (ATX.test(content)) {
        const start = { offset: i, line };
        starts.push(start);
        if (options.stop?.(i, line)) return { starts, stoppedAt: start };
        states = [OUTSIDE];
        previousBlank = false;
        i = next;
        line++;
        continue;
      }
    }
    const text_ = text.slice(i, lineEnd);
    const blank = /^[ \t]*$/.test(text_);
    if (options.blocks && previousBlank && i > options.offset && states.every((s) => s.mode === 'o') && blockLineStart(text_, states)) {
      // After a blank line, with no fence or HTML block open in any reading, a column-0 line starts
      // a top-level block: no paragraph is open, so it is no lazy continuation, and it is not
      // indented, so it closes an open list item (unless it is another item of its list: see
      // blockLineStart). What remark sees from there on depends on nothing before it.
      const start = { offset: i, line };
      starts.push(start);
      if (options.stop?.(i, line)) return { starts, stoppedAt: start };
      states = [OUTSIDE];
    }
    if (states.length === 1 && states[0]!.mode === 'o' && states[0]!.item < 0 && (blank || (first !== 32 && first !== 9 && first !== 60 && first !== 96 && first !== 126 && !(first >= 48 && first <= 57) && first !== 45 && first !== 43 && first !== 42))) {
      // Fast path: plain text outside everything stays outside (headings, quotes, breaks included).
      previousBlank = blank;
    } else {
      const after: State[] = [];
      for (const s of states) step(s, text_, blank, previousBlank, after);
      const seen = new Set<string>();
      states = after.filter((s) => {
        const k = key(s);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      previousBlank = blank;
    }
    if (next === i) break;
    i = next;
    line++;
  }
  return { starts, stoppedAt: null };
}

/**
 * Whether a line after a blank line, outside fences and HTML blocks in every reading, may start a
 * block that remark parses the same on its own: not blank or indented, not a heading (cut anyway),
 * not a BOM (micromark drops one at the start of a text) and not `---` (frontmatter at the start of
 * a text). When no list item is open (`states`), a list item only if it could interrupt a paragraph
 * (a bullet or `1.` with content): micromark reads the line after indented code and blank lines as
 * if it might continue a paragraph, so `2. two` or an empty `-` there is paragraph text, while on
 * its own it starts a list. While a list item may be open, only a line that closes it and starts no
 * list item or block of its own: not a list marker (another item of the list), a quote, a fence,
 * HTML, a table row or a bracket.
 */
function blockLineStart(line: string, states: readonly State[]): boolean {
  if (/^(?:[\s#\uFEFF]|---|$)/.test(line)) return false;
  if (states.every((s) => s.mode === 'o' && s.item < 0)) return !/^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(line) || /^(?:[-+*]|1[.)])[ \t]+\S/.test(line);
  return !/^[-+*<>[`|~\d]/.test(line);
}

/** Counts line terminators in text[from, to). */
export function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lines++;
    else if (c === 13) {
      lines++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return lines;
}

/** Chunk size for the comparisons below: long enough that the native comparison dominates. */
const CHUNK = 1024;

/** How many characters `a` and `b` have in common at their start. Compares chunks with `===`
 * (a native memory comparison of two slices) before single characters. */
export function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters `a` and `b` have in common at their end, at most `max`. */
export function commonSuffixLength(a: string, b: string, max = Math.min(a.length, b.length)): number {
  const n = Math.max(0, Math.min(max, a.length, b.length));
  let i = 0;
  while (i + CHUNK <= n && a.slice(a.length - i - CHUNK, a.length - i) === b.slice(b.length - i - CHUNK, b.length - i)) i += CHUNK;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Whether the text may hold a link reference or footnote definition (then it is never cut). */
export function mayDefine(text: string): boolean {
  return text.includes(']:');
}

/** Where to cut a whole text: always `{0, 0}` first, then one start per independent section. */
export function splitSections(text: string, blocks?: boolean): SectionStart[] {
  const starts: SectionStart[] = [{ offset: 0, line: 0 }];
  // (Blocks: micromark drops a leading BOM from its offsets, so the cuts would not be remark's.)
  if (mayDefine(text) || (blocks && text.charCodeAt(0) === 0xfeff)) return starts;
  const fm = frontmatterEnd(text);
  if (fm < 0) return starts;
  const line = fm ? countLines(text, 0, fm) : 0;
  // A frontmatter ending without a terminator ends the text.
  if (fm && eolLength(text, fm - 1) === 0) return starts;
  starts.push(...scanSections(text, { offset: fm, line: fm ? line : 0, blocks }).starts);
  return starts;
}

/**
 * Where a text can be cut into blocks that remark parses the same on their own (a block that is
 * not the last followed by a sentinel `#` line, as `incremental.ts` parses sections) as inside the
 * text: `{0, 0}` first, then the section cuts and the cuts between top-level blocks
 * (`ScanOptions.blocks`). Only `{0, 0}` when the text may define links or footnotes, starts with a
 * BOM, or its frontmatter does not close or ends the text.
 */
export function splitBlocks(text: string): SectionStart[] {
  return splitSections(text, true);
}
