// Size limit for OKR files in the editor (setting `okr.maxFileSizeKB`): past it the extension says
// so once and leaves the file alone (no parse, lint, completions, hover, outline or panel entry)
// instead of stalling the extension host. The CLI has no limit: CI may lint any file.
// Pure: the host passes the setting's raw value and the text's length.
import type { ParseProblem } from './model';
import type { LineIndex } from './text';
import { english, translatable, type Translate } from './translate';

/** Default of `okr.maxFileSizeKB`. */
export const DEFAULT_MAX_FILE_SIZE_KB = 2048;

/**
 * The limit in characters (UTF-16 code units, ≈ bytes for the mostly-ASCII OKR files) for a raw
 * setting value: a finite number > 0 is KB (×1024), 0 means no limit (Infinity), anything else
 * (missing, negative, a string) falls back to the default.
 */
export function maxFileSizeChars(settingKB: unknown): number {
  if (settingKB === 0) return Number.POSITIVE_INFINITY;
  const kb = typeof settingKB === 'number' && Number.isFinite(settingKB) && settingKB > 0 ? settingKB : DEFAULT_MAX_FILE_SIZE_KB;
  return Math.floor(kb * 1024);
}

/** True when a text of this length is past the limit (a raw `okr.maxFileSizeKB` value). */
export function isTooLarge(textLength: number, settingKB: unknown): boolean {
  return textLength > maxFileSizeChars(settingKB);
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

/** The one message the editor shows for a file past the limit (in `t`'s language). */
export function tooLargeMessage(fileName: string, textLength: number, settingKB: unknown, t: Translate = english): string {
  const limit = maxFileSizeChars(settingKB);
  return t(
    'OKR Markdown: {0} is {1}, over the {2} limit (okr.maxFileSizeKB), so OKR features are off for it. Raise the setting, or lint it with the okr CLI.',
    fileName,
    formatSize(textLength),
    formatSize(limit),
  );
}

// --- Nesting limit ---------------------------------------------------------------------------
// remark (micromark) is superlinear in container nesting: 500 nested list levels (260 KB) take
// ~18 s, far below the size limit, on the thread that runs the editor. Real OKR files nest three
// or four levels (KR → check-in → note); 10 is already unusual. Past MAX_NESTING_DEPTH a file is
// not parsed at all (one clear problem instead), in the editor and the CLI alike. 64 leaves every
// plausible hand-written file alone (six times the deepest real nesting) and bounds remark's cost:
// its extra work grows with lines × depth, and 64 levels of 500-character items parse in ~0.4 s on
// a loaded machine (16: 0.05 s, 128: 0.7 s, 256: 3.3 s).

/** Deepest container nesting (list items and block quotes) parsed; deeper files are refused. */
export const MAX_NESTING_DEPTH = 64;

/**
 * The deepest container nesting of a Markdown text, by a linear scan of its lines: every `>`
 * quote marker on a line counts one (also after a list marker), and list items nest as CommonMark nests them (an item whose
 * marker is at or past the content column of the open item above is inside it; `- - - x` is three
 * on one line). An estimate on the safe side for lazy continuations and code blocks, never a parse.
 * Stops counting once past `stopAfter` (the caller's bound), so junk costs no more than one pass.
 */
export function nestingDepth(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  if (typeof text !== 'string') return 0;
  let max = 0;
  // Content columns of the open list items (outermost first), on the current quote level.
  const items: number[] = [];
  let lineStart = 0;
  const length = text.length;
  while (lineStart <= length) {
    let lineEnd = lineStart;
    while (lineEnd < length) {
      const c = text.charCodeAt(lineEnd);
      if (c === 10 || c === 13) break;
      lineEnd++;
    }
    let i = lineStart;
    let column = 0;
    let quotes = 0;
    // Leading whitespace and `>` markers (each may be followed by one optional space).
    for (;;) {
      const c = text.charCodeAt(i);
      if (i < lineEnd && (c === 32 || c === 9)) {
        column = c === 9 ? column + 4 - (column % 4) : column + 1;
        i++;
      } else if (i < lineEnd && c === 62 /* > */) {
        quotes++;
        i++;
        column = 0;
        if (text.charCodeAt(i) === 32 && i < lineEnd) i++;
      } else break;
    }
    if (i < lineEnd) {
      // A non-blank line closes the items it is not indented into.
      while (items.length > 0 && items[items.length - 1]! > column) items.pop();
      // List markers and quote markers, possibly several on one line (`- > - x`).
      for (;;) {
        let j = i;
        const c = text.charCodeAt(j);
        if (c === 62 /* > */) {
          quotes++;
          i++;
          column++;
          while (i < lineEnd && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
            i++;
            column++;
          }
          if (i >= lineEnd) break;
          continue;
        }
        if (c === 45 || c === 42 || c === 43 /* - * + */) j++;
        else {
          while (j < lineEnd && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
          if (j === i || (text.charCodeAt(j) !== 46 && text.charCodeAt(j) !== 41) /* . ) */) break;
          j++;
        }
        const after = text.charCodeAt(j);
        if (j < lineEnd && after !== 32 && after !== 9) break;
        const markerColumn = column + (j - i);
        let spaces = 0;
        while (j < lineEnd && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) && spaces < 5) {
          j++;
          spaces++;
        }
        const contentColumn = markerColumn + (spaces === 0 || spaces > 4 ? 1 : spaces);
        items.push(contentColumn);
        i = j;
        column = contentColumn;
        if (i >= lineEnd) break;
      }
    }
    const depth = quotes + items.length;
    if (depth > max) {
      max = depth;
      if (max > stopAfter) return max;
    }
    if (lineEnd >= length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return max;
}

/** True when a text nests deeper than MAX_NESTING_DEPTH (then it is not parsed). */
export function isTooDeep(text: string): boolean {
  return nestingDepth(text, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH;
}

/** The message template of the nesting problem (a `too-large` parse problem). */
export const TOO_DEEP_TEMPLATE =
  'Lists or block quotes are nested more than {0} levels deep (from line {1}), so the file was not read as OKRs: flatten the nesting.';

/**
 * The parse problem for a text nested past MAX_NESTING_DEPTH, on the first line that goes past it;
 * null for every other text. parseOkr and the incremental cache call it before parsing.
 */
export function nestingProblem(text: string, lines: LineIndex): ParseProblem | null {
  if (!isTooDeep(text)) return null;
  // The line where the depth first passes the bound: the prefix up to it is the first that does.
  let low = 0;
  let high = lines.lineCount - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (nestingDepth(text.slice(0, lines.lineEnd(mid)), MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) high = mid;
    else low = mid + 1;
  }
  return {
    // The literal (not TOO_DEEP_TEMPLATE) so scripts/l10n.ts collects it; a test keeps them equal.
    ...translatable('Lists or block quotes are nested more than {0} levels deep (from line {1}), so the file was not read as OKRs: flatten the nesting.', String(MAX_NESTING_DEPTH), String(low + 1)),
    code: 'too-large',
    range: lines.range(lines.lineStarts[low]!, lines.lineEnd(low)),
  };
}

/** Whether a parse problem is the nesting problem (the editor announces it once, like the size limit). */
export function isNestingProblem(problem: ParseProblem): boolean {
  return problem.code === 'too-large' && problem.template === TOO_DEEP_TEMPLATE;
}
