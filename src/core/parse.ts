// okr.md → OkrDocument. remark (with frontmatter and GFM) parses the Markdown; this module reads
// meaning into the tree: groups, objectives, metadata, key results, check-ins, initiatives.
// The builder is a pure function of (mdast nodes with positions, the text, a LineIndex, a base
// offset), so a section parsed on its own can be built and its ranges land in the whole text.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { toString } from 'mdast-util-to-string';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Code, Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Yaml } from 'mdast';
import type {
  AlignmentRef,
  CheckIn,
  Cycle,
  Frontmatter,
  Group,
  HtmlComment,
  Initiative,
  KeyResult,
  Mention,
  MetaEntry,
  Objective,
  ObjectiveType,
  OkrDocument,
  ParseProblem,
  Range,
  Span,
} from './model';
import { LineIndex } from './text';
import { isPlaceholderOwner, readOwners } from './owners';
import { CALENDAR_DATE_PATTERN, findCycleInText, isoDate, parseCycle, resolveDate } from './cycle';
import { analyseCheckInText, analyseKeyResultText, type KeyResultTextAnalysis } from './quantities';
import { applyProgress } from './progress';
import { slugify, uniqueSlug } from './slug';
import { translatable } from './translate';
import { nestingProblem } from './limits';
import { splitBlocks, type SectionStart } from './sections';

export interface ParseOptions {
  /** Month (1–12) in which the fiscal year starts, for `FY27-Q1`. Default 1. */
  fiscalYearStartMonth?: number;
  /** A cycle to use when neither the frontmatter nor the H1 names one (e.g. from settings). */
  defaultCycle?: string;
  /** Texts longer than this are parsed up to it (at a line break) with a `too-large` problem. Default `MAX_TEXT_LENGTH`. */
  maxLength?: number;
}

/** Longer texts are parsed up to this many characters (at a line break), with a `too-large` problem. */
export const MAX_TEXT_LENGTH = 1_000_000;

// What unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm) parses with
// (remark-parse is a call to fromMarkdown with the plugins' extensions), without the plugins'
// Markdown serialisers (mdast-util-to-markdown), which nothing here uses: ~35 KB less bundle.
// test/unit/parse.remark.test.ts checks the trees equal remark's.
//
// GFM is five parts, each a micromark syntax extension and its fromMarkdown half, listed in the
// order micromark-extension-gfm's `gfm()` and mdast-util-gfm's `gfmFromMarkdown()` combine them
// (constructs on one character are tried in that order). A part whose syntax cannot occur in a text
// only costs time there: micromark tries the autolink-literal constructs at every letter and digit
// (an e-mail may start there) and the table at every line, the autolink transform runs four regular
// expressions over every text node. So each text is parsed with the parts it may need
// (`gfmPartsFor`); the tree is the one all five give (the property tests in
// test/unit/parse.gfm-parts.test.ts hold it to remark-gfm's).
const GFM_PARTS = [
  { syntax: gfmAutolinkLiteral(), tree: gfmAutolinkLiteralFromMarkdown() },
  { syntax: gfmFootnote(), tree: gfmFootnoteFromMarkdown() },
  { syntax: gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown() },
  { syntax: gfmTable(), tree: gfmTableFromMarkdown() },
  { syntax: gfmTaskListItem(), tree: gfmTaskListItemFromMarkdown() },
];
/** Bits of `gfmPartsFor`'s answer, one per entry of GFM_PARTS. */
export const GFM_AUTOLINK_LITERAL = 1;
export const GFM_FOOTNOTE = 2;
export const GFM_STRIKETHROUGH = 4;
export const GFM_TABLE = 8;
export const GFM_TASK_LIST_ITEM = 16;
export const GFM_ALL = 31;

/** A parser per set of GFM parts, made on first use. */
const parsers: ((text: string) => Root)[] = [];

/** remark with frontmatter and the given GFM parts (bits as above). */
export function parseWithGfmParts(text: string, parts: number): Root {
  let parse = parsers[parts];
  if (!parse) {
    const chosen = GFM_PARTS.filter((_, i) => parts & (1 << i));
    const extensions = [frontmatter(['yaml']), ...chosen.map((p) => p.syntax)];
    const mdastExtensions = [frontmatterFromMarkdown(['yaml']), ...chosen.map((p) => p.tree)];
    parse = parsers[parts] = (t: string): Root => fromMarkdown(t, { extensions, mdastExtensions });
  }
  return parse(text);
}

/** remark alone on the whole text, with all of GFM: no block reuse, nothing kept (the benchmark's "remark parse"). */
export function remarkParse(text: string): Root {
  return parseWithGfmParts(text, GFM_ALL);
}

/** What may start an autolink literal (micromark's constructs or the transform over text nodes):
 * `http`, `www` (any case), an e-mail's `@` (EMAIL_START), or a character reference (`&#64;`,
 * `&commat;`, `&#x77;`: decoded in text nodes, any character). Letters are never split by an escape
 * (only punctuation is escaped), so a text with none of these gets no autolink. */
const AUTOLINK_START = /http|www|&(?:#|[a-z][a-z\d]*;)/gi;
/** An e-mail's `@` after an ASCII word character, `+`, `-`, `.` or a backslash (`a\@b.co` is the
 * text `a@b.co`). Tested on its own: in AUTOLINK_START's alternatives a `www` or `http` match would
 * consume the character before the `@` (`(www@b.co`, `<http@b.co`). */
const EMAIL_START = /[\w+\-.\\]@/;
/** An autolink in a text node of the tree parsed without the autolink part: where a literal would
 * start (micromark's tokens start where the text would, and `http://`, `www.` hold no character that
 * starts anything else, so they stay in one text node), or an `@` opening a text node (after
 * emphasis closed by `_`, an e-mail's character: `_a_@b.co`). */
const AUTOLINK_IN_TEXT = /https?:\/\/|www\.|[\w+\-.]@|^@/i;
/** Only `[` followed by a space, tab, line ending or x starts a task-list check. */
const TASK_LIST_START = /\[[ \t\r\nxX]/;
/** A table's delimiter row holds `|`, or an alignment colon next to a dash. */
const TABLE_START = /[|]|:-|-:/;

/**
 * The GFM parts whose syntax may occur in `text`: footnotes need `[^`, strikethrough `~`, tables
 * `|`, `:-` or `-:`, task lists `[` and a space or x, autolink literals AUTOLINK_START. `check` is
 * set when the text may hold an autolink only where it would not be one (`http` or `www` right after
 * `(` or `<`: a link's destination, `<https://…>`; a character reference): then parse without it
 * and look for one in the tree's text (`treeMayAutolink`), which is cheaper than the part.
 */
export function gfmPartsFor(text: string): { parts: number; check: boolean } {
  let parts = 0;
  let check = false;
  AUTOLINK_START.lastIndex = 0;
  if (EMAIL_START.test(text)) parts |= GFM_AUTOLINK_LITERAL;
  else for (let m = AUTOLINK_START.exec(text); m; m = AUTOLINK_START.exec(text)) {
    const first = m[0].charCodeAt(0);
    const before = text.charCodeAt(m.index - 1);
    if (first === 38 /* & */ || before === 40 /* ( */ || before === 60 /* < */) {
      check = true;
    } else {
      parts |= GFM_AUTOLINK_LITERAL;
      check = false;
      break;
    }
  }
  if (text.includes('[^')) parts |= GFM_FOOTNOTE;
  if (text.includes('~')) parts |= GFM_STRIKETHROUGH;
  if (TABLE_START.test(text)) parts |= GFM_TABLE;
  if (TASK_LIST_START.test(text)) parts |= GFM_TASK_LIST_ITEM;
  return { parts, check };
}

/** Whether a tree parsed without the autolink-literal part has text where one may be. (Not inside a
 * link: micromark makes no literal inside a bracket that may still close a link, nor inside `<…>`,
 * and the transform skips links.) */
export function treeMayAutolink(node: Nodes): boolean {
  if (node.type === 'text') return AUTOLINK_IN_TEXT.test(node.value);
  if (node.type === 'link' || node.type === 'linkReference') return false;
  if ('children' in node) for (const child of node.children) if (treeMayAutolink(child)) return true;
  return false;
}

/** remark with frontmatter and GFM, the parts `text` may need: the tree of all five parts. */
function markdownTree(text: string): Root {
  const { parts, check } = gfmPartsFor(text);
  const tree = parseWithGfmParts(text, parts);
  return check && treeMayAutolink(tree) ? parseWithGfmParts(text, parts | GFM_AUTOLINK_LITERAL) : tree;
}

export interface MarkdownOptions {
  /**
   * Re-use the blocks of the previous `reuse` call's text and keep this text's blocks for the next
   * such call (below). Only the incremental cache's re-parse of an edited section asks for it: the
   * block scan and the kept copy cost every other parse (opening a file, the CLI) ~2% for nothing.
   */
  reuse?: boolean;
}

/** Parses Markdown into mdast (offsets relative to `text`). */
export function parseMarkdown(text: string, options: MarkdownOptions = {}): Root {
  if (typeof text !== 'string') text = String(text ?? '');
  if (!options.reuse) {
    // Neither reads nor replaces what the last `reuse` call kept.
    reusedLength = 0;
    return markdownTree(text);
  }
  // (Sections are what the incremental cache re-parses; a whole big text is parsed once.)
  const blocks = text.length <= MAX_REUSE_LENGTH ? splitBlocks(text) : [];
  let tree: Root | null = null;
  reusedLength = 0;
  // (The same text again is parsed again: the incremental cache never asks for that, benchmarks do.)
  if (blocks.length > 1 && previousParse && previousParse.text !== text) {
    try {
      tree = reuseBlocks(text, blocks, previousParse);
    } catch {
      tree = null;
    }
  }
  if (!tree) {
    reusedLength = 0;
    tree = markdownTree(text);
  }
  previousParse = null;
  if (blocks.length > 1 && plainRoot(tree)) {
    // A copy (the caller may move the returned tree's positions in place), and where each block was.
    const copy = shifted(tree, 0, 0);
    const kept = new Map<string, KeptBlock>();
    let child = 0;
    blocks.forEach((b, i) => {
      const to = blocks[i + 1]?.offset ?? text.length;
      const first = child;
      while (child < copy.children.length && copy.children[child]!.position!.start.offset! < to) child++;
      const key = blockKey(text, b.offset, to);
      if (!kept.has(key)) kept.set(key, { offset: b.offset, line: b.line, first, end: child });
    });
    previousParse = { text, tree: copy, blocks: kept };
  }
  return tree;
}

// Re-parsing an edited text (the incremental cache re-parses the section an edit is in, on every
// keystroke) costs remark on the whole section. parseMarkdown with `reuse` keeps the last text's tree by
// top-level blocks (sections.ts's `splitBlocks`: cuts that remark parses the same on their own as in
// place, a block that is not the last followed by a sentinel `#` line) and, when the next text shares
// blocks with it, runs remark only from the first block it does not know to the last one (one run:
// remark's set-up costs ~0.1 ms a call) and copies the others' nodes, moved. Only the previous `reuse`
// call's text is kept, so a text is never served from a cache it did not just replace, and the result is the tree
// remark gives for the whole text (test/unit/parse.remark.test.ts compares them after edits).

/** A block of the previous text: where it was, and its top-level nodes' range in the kept tree. */
interface KeptBlock {
  offset: number;
  line: number;
  first: number;
  end: number;
}

/** Longer texts are neither split into blocks nor kept. */
const MAX_REUSE_LENGTH = 100_000;

let previousParse: { text: string; tree: Root; blocks: Map<string, KeptBlock> } | null = null;
let reusedLength = 0;

/** How many characters of the last `parseMarkdown` text were not parsed again but copied from the
 * text before it (for tests and the benchmark). */
export function lastMarkdownReuse(): number {
  return reusedLength;
}

/** A block's text, and whether it ends the text (then it is parsed without the sentinel). */
function blockKey(text: string, from: number, to: number): string {
  return (to === text.length ? '1' : '0') + text.slice(from, to);
}

/** The tree of `text` from the previous one's blocks and one remark run over the others; null when
 * no block is known (or the run's sentinel did not close it as expected). */
function reuseBlocks(text: string, blocks: readonly SectionStart[], previous: NonNullable<typeof previousParse>): Root | null {
  const n = blocks.length;
  const to = (i: number): number => blocks[i + 1]?.offset ?? text.length;
  const known = blocks.map((b, i) => previous.blocks.get(blockKey(text, b.offset, to(i))));
  let lo = 0;
  while (lo < n && known[lo]) lo++;
  let hi = n;
  while (hi > lo && known[hi - 1]) hi--;
  if (lo === 0 && hi === n) return null;
  const children: RootContent[] = [];
  let end: Root['position'];
  const copy = (i: number): void => {
    const k = known[i]!;
    const moved = shifted({ ...previous.tree, children: previous.tree.children.slice(k.first, k.end) }, blocks[i]!.line - k.line, blocks[i]!.offset - k.offset);
    children.push(...moved.children);
    reusedLength += to(i) - blocks[i]!.offset;
    end = moved.position;
  };
  for (let i = 0; i < lo; i++) copy(i);
  if (lo < hi) {
    const from = blocks[lo]!.offset;
    const last = hi === n;
    const run = markdownTree(text.slice(from, to(hi - 1)) + (last ? '' : '#'));
    if (!plainRoot(run)) return null;
    if (!last) {
      const sentinel = run.children.pop();
      if (sentinel?.type !== 'heading' || sentinel.position?.start.offset !== to(hi - 1) - from) return null;
    }
    const moved = shifted(run, blocks[lo]!.line, from);
    children.push(...moved.children);
    end = moved.position;
  }
  for (let i = hi; i < n; i++) copy(i);
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: end!.end } };
}

/** A root with nothing but its type, children and position. (GFM's task-list handler can set
 * `checked` on the root for odd input: such a tree is neither kept nor pieced together.) */
function plainRoot(root: Root): boolean {
  return Object.keys(root).length === 3; // type, children, position
}

/** A deep copy of mdast (nodes, their `data`, a table's `align`) with every position moved by lines
 * and offsets (blocks start at line starts: columns stay). */
function shifted<T>(value: T, dLine: number, dOffset: number): T {
  if (Array.isArray(value)) return value.map((v) => shifted(v, dLine, dOffset)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = value[key] as { line: number; column: number; offset: number };
    out[key] = (key === 'start' || key === 'end') && v && typeof v.line === 'number' ? { line: v.line + dLine, column: v.column, offset: v.offset + dOffset } : shifted(v, dLine, dOffset);
  }
  return out as T;
}

/** Parses an okr.md. Never throws: what it cannot understand becomes a `ParseProblem` or notes. */
export function parseOkr(text: string, options: ParseOptions = {}): OkrDocument {
  if (typeof text !== 'string') text = String(text ?? '');
  const index = new LineIndex(text);
  const problems: ParseProblem[] = [];
  // micromark drops a leading BOM from its offsets: parse without it and shift back by one.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const max = options.maxLength ?? MAX_TEXT_LENGTH;
  let end = text.length;
  if (end > max) {
    const cut = text.lastIndexOf('\n', max);
    end = cut > 0 ? cut + 1 : max;
    problems.push({
      code: 'too-large',
      ...translatable('The file is too large ({0} characters); only the first {1} were read.', String(text.length), String(end)),
      range: index.range(end, text.length),
    });
  }
  // remark is superlinear in nesting depth: a file nested past the bound is not parsed (limits.ts).
  const deep = nestingProblem(text, index);
  if (deep) {
    const doc = emptyDocument(index);
    doc.problems.push(...problems, deep);
    return doc;
  }
  const ctx: BuildContext = { text, index, base, options };
  try {
    const tree = parseMarkdown(text.slice(base, end));
    const doc = buildDocument(tree.children, ctx);
    doc.problems.unshift(...problems);
    return applyProgress(doc);
  } catch (error) {
    // A bug of ours must not take the editor down: an empty model with the reason.
    const message = error instanceof Error ? error.message : String(error);
    const doc = emptyDocument(index);
    doc.problems.push(...problems, { ...translatable('The file could not be parsed: {0}', message), code: 'too-large', range: index.range(0, 0) });
    return doc;
  }
}

function emptyDocument(index: LineIndex): OkrDocument {
  return { frontmatter: null, cycle: null, title: null, groups: [], objectives: [], comments: [], problems: [], progress: null, lineCount: index.lineCount };
}

export interface BuildContext {
  /** The whole document. */
  text: string;
  index: LineIndex;
  /** Added to every mdast offset (a BOM, or the start of a section parsed on its own). */
  base: number;
  options: ParseOptions;
  /** KR and check-in text analyses kept from an earlier build (the incremental cache's rebuild of one
   * objective passes it; see incremental.ts). */
  analyses?: AnalysisMemo;
}

/** `analyse()`'s result for `text` at `offset`, or a copy of an earlier call's for the same text, moved there. */
export interface AnalysisMemo {
  get<T extends object>(kind: string, text: string, offset: number, analyse: () => T): T;
}

/** Builds the model (without progress: see `applyProgress`) from top-level mdast nodes. */
export function buildDocument(nodes: readonly RootContent[], ctx: BuildContext): OkrDocument {
  const doc = emptyDocument(ctx.index);
  const b = new Builder(ctx, doc.problems);
  const first = nodes[0];
  if (first && first.type === 'yaml') doc.frontmatter = b.frontmatter(first);
  const firstH1 = nodes.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (firstH1) doc.title = b.headingTitle(firstH1);
  doc.cycle = b.cycle(doc.frontmatter, doc.title);
  b.cycleForDates = doc.cycle;
  doc.comments = b.comments(nodes);
  const { groups, objectives } = b.structure(nodes);
  doc.groups = groups;
  doc.objectives = objectives;
  return doc;
}

// ---------------------------------------------------------------------------------------------

type Role = 'objective' | 'group' | 'key-results' | 'initiatives' | 'key-result' | 'other';

interface Section {
  /** Index of the marker node in `nodes`. */
  at: number;
  node: Heading | Paragraph;
  /** Heading depth; bold `**Objective 1:**` paragraphs count as 7 (below every heading). */
  level: number;
  plain: string;
  /** Source offsets of the title text (heading content). */
  titleStart: number;
  titleEnd: number;
  /** Nodes between this marker and the next one. */
  direct: RootContent[];
  /** Offset where the whole section ends (last node before the next marker of the same or higher level). */
  end: number;
  parent: Section | null;
  children: Section[];
  /** `Key results` / `Initiatives` sub-headings (or following sibling headings) that belong to this section. */
  attached: Section[];
  /** Lists (one run, see layout()) whose items are objectives with nested KRs (`- Objective: … / - KR1: …`); the section is then a group. */
  itemObjectives: List[] | null;
  /** Check-ins indented into code blocks inside that run (see strayItems). */
  itemStrays: Code[];
  role: Role;
}

const KEY_RESULTS_TITLE = /^(?:key[\s-]*results?|krs?|results)\s*:?$/i;
const INITIATIVES_TITLE = /^(?:initiatives?|projects?|work|tasks|activities)\s*:?$/i;
/** Headings that name prose sections, never objectives even when they hold a list. */
const NOTES_TITLE = /^(?:notes?|context|background|risks?(?: and [\w ]+)?|dependencies|learnings|retro(?:spective)?|lessons(?: learned)?|check[\s-]?ins?|updates?|changelog|links|references|resources|glossary|faq|summary|how to [\w ]+|table of contents|contents|out of scope|non[\s-]goals|assumptions|open questions)\s*:?$/i;
/** A bold objective marker at the start of a paragraph: `**Objective 1:** Grow revenue`, `**O2 – Ship**`. */
const BOLD_OBJECTIVE = /^(\*\*|__)\s*(?:objective\s*\d*|o\d+)\b/i;
const OBJECTIVE_PREFIX = /^(?:\*\*|__)?\s*(?:(objective)\s*(\d+)?|(obj\.?)\s*(\d+)|(o)\s?(\d+))\s*(?:\*\*|__)?\s*(?:[:.)\-–—]\s*|\s+(?=\S)|$)(?:\*\*|__)?\s*/i;
const KR_LABEL = /^(?:\*\*|__)?\s*(KR\s*[-#]?\s*\d+(?:\.\d+)?)\s*(?:\*\*|__)?\s*(?:[:.)\-–—]\s*|\s+|$)(?:\*\*|__)?\s*/i;
const FENCE = /^[ \t]*(?:```|~~~)/;
const LABEL_PARAGRAPH = /^[\p{L}\p{N} /&'-]{1,40}:?$/u;

class Builder {
  cycleForDates: Cycle | null = null;
  private readonly objectiveIds = new Set<string>();
  private readonly groupIds = new Set<string>();

  constructor(
    private readonly ctx: BuildContext,
    private readonly problems: ParseProblem[],
  ) {}

  /** A text analysis, through the context's memo when it has one. */
  private analysed<T extends object>(kind: string, text: string, offset: number, analyse: () => T): T {
    return this.ctx.analyses ? this.ctx.analyses.get(kind, text, offset, analyse) : analyse();
  }

  // --- positions -------------------------------------------------------------------------------

  start(node: Nodes): number {
    return (node.position?.start.offset ?? 0) + this.ctx.base;
  }

  end(node: Nodes): number {
    return (node.position?.end.offset ?? 0) + this.ctx.base;
  }

  range(startOffset: number, endOffset: number): Range {
    return this.ctx.index.range(startOffset, endOffset);
  }

  nodeRange(node: Nodes): Range {
    return this.range(this.start(node), this.end(node));
  }

  source(startOffset: number, endOffset: number): string {
    return this.ctx.text.slice(startOffset, endOffset);
  }

  /** Shrinks [start, end) to exclude surrounding whitespace. */
  trim(start: number, end: number): [number, number] {
    const t = this.ctx.text;
    while (start < end && /\s/.test(t[start]!)) start++;
    while (end > start && /\s/.test(t[end - 1]!)) end--;
    return [start, end];
  }

  // --- frontmatter and cycle -------------------------------------------------------------------

  frontmatter(node: Yaml): Frontmatter {
    const { index } = this.ctx;
    const start = this.start(node);
    const end = this.end(node);
    const firstLine = index.positionAt(start).line;
    const lastLine = index.positionAt(end).line;
    const contentStart = index.lineStarts[firstLine + 1] ?? end;
    const contentEnd = lastLine - 1 > firstLine ? index.lineEnd(lastLine - 1) : contentStart;
    const raw = this.source(contentStart, Math.max(contentStart, contentEnd));
    const fm: Frontmatter = { range: this.range(start, end), raw, entries: [], owner: null, team: null, parent: null };
    let yamlDoc;
    try {
      // `owner: @maya` is what people write, but YAML reserves a leading `@`: read it as text.
      // The placeholder has the same length, so every offset stays right.
      const lenient = raw.replace(/^(\s*(?:-[ \t]+)?[^:#\r\n]*:[ \t]+|\s*-[ \t]+)@/gm, `$1${AT}`);
      // logLevel 'error': yaml's warnings (a collection as a key) would go to process.emitWarning, i.e. the CLI's stderr.
      yamlDoc = parseDocument(lenient, { prettyErrors: false, logLevel: 'error', customTags: withBinaryAsText });
    } catch (error) {
      this.problems.push({ ...translatable('Invalid YAML front matter: {0}', String(error)), code: 'frontmatter-invalid', range: fm.range });
      return fm;
    }
    for (const err of yamlDoc.errors) {
      const [a, b] = err.pos ?? [0, raw.length];
      const from = contentStart + Math.min(a, raw.length);
      const to = contentStart + Math.min(Math.max(b, a + 1), raw.length);
      this.problems.push({ ...translatable('Invalid YAML front matter: {0}', err.message.split('\n')[0]!), code: 'frontmatter-invalid', range: this.range(from, Math.max(from, to)) });
    }
    const contents = yamlDoc.contents;
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return fm;
    if (!isMap(contents)) {
      if (yamlDoc.errors.length === 0)
        this.problems.push({ ...translatable('The front matter should be `key: value` pairs.'), code: 'frontmatter-invalid', range: this.range(contentStart, contentStart + raw.length) });
      return fm;
    }
    let js: Record<string, unknown> = {};
    let collectionKeyValues: unknown[] | null = null;
    try {
      const value = restoreAt(yamlDoc.toJS({ maxAliasCount: 100 }) as unknown);
      if (value && typeof value === 'object') js = value as Record<string, unknown>;
      // yaml's object names a collection key with its stringifier (`[ a, b ]`), not as the entry's
      // key (`["a","b"]`): read those entries' values from a Map (its keys are the JS values), in
      // order. Only when the counts agree (an alias or a merge can add object keys): else by name.
      const collectionKeys = contents.items.filter((pair) => isCollectionNode(pair.key)).length;
      if (collectionKeys > 0) {
        const asMap = yamlDoc.toJS({ maxAliasCount: 100, mapAsMap: true }) as unknown;
        const values = asMap instanceof Map ? [...asMap].filter(([k]) => isObjectKey(k)).map(([, v]) => restoreAt(plainJs(v))) : [];
        if (values.length === collectionKeys) collectionKeyValues = values;
      }
    } catch (error) {
      // yaml's toJS throws on a document it parsed (aliases past maxAliasCount, a billion laughs):
      // every value is then unknown, so say so rather than read them all as null.
      const reason = error instanceof Error ? error.message : String(error);
      this.problems.push({ ...translatable('Invalid YAML front matter: {0}', reason), code: 'frontmatter-invalid', range: this.range(contentStart, contentStart + raw.length) });
    }
    let collectionKeyAt = 0;
    for (const pair of contents.items) {
      const keyNode = pair.key as { value?: unknown; range?: [number, number, number] } | null;
      const valueNode = pair.value as { range?: [number, number, number] } | null;
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : String(keyNode ?? '');
      const keyRange = keyNode?.range ? this.range(contentStart + keyNode.range[0], contentStart + keyNode.range[1]) : null;
      const valueRange = valueNode?.range ? this.range(contentStart + valueNode.range[0], contentStart + valueNode.range[1]) : null;
      const value = isCollectionNode(keyNode) && collectionKeyValues ? collectionKeyValues[collectionKeyAt++] : js[key];
      fm.entries.push({ key, value: value ?? null, keyRange, valueRange });
    }
    const text = (key: string): string | null => {
      const v = fm.entries.find((e) => e.key.toLowerCase() === key)?.value;
      return typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
    };
    fm.owner = text('owner')?.replace(/^@/, '') ?? null;
    fm.team = text('team');
    fm.parent = text('parent');
    return fm;
  }

  headingTitle(node: Heading): Span {
    const [start, end] = this.headingContent(node);
    return { text: toString(node).trim(), range: this.range(start, end) };
  }

  /** Source offsets of a heading's text (without `#` marks and closing sequence). */
  headingContent(node: Heading): [number, number] {
    const kids = node.children;
    if (kids.length === 0) return [this.end(node), this.end(node)];
    return this.trim(this.start(kids[0]!), this.end(kids[kids.length - 1]!));
  }

  cycle(fm: Frontmatter | null, title: Span | null): Cycle | null {
    const options = this.ctx.options;
    const entry = fm?.entries.find((e) => /^(quarter|cycle|period|half|okr[-_ ]?cycle)$/i.test(e.key));
    if (entry) {
      const span = parseCycle(entry.value, options);
      if (span) return { ...span, source: 'frontmatter', range: entry.valueRange ?? entry.keyRange };
      // `quarter:` with nothing after it is YAML null: say it is empty rather than `Unrecognised quarter null`.
      const empty = entry.value === null || entry.value === undefined || (typeof entry.value === 'string' && !entry.value.trim());
      this.problems.push({
        code: 'cycle-invalid',
        ...(empty
          ? translatable("The front matter's {0} is empty: expected e.g. 2026-Q4, Q4 2026, FY27-Q1, 2026-H2 or {start: 2026-10-01, end: 2026-12-31}.", entry.key)
          : translatable('Unrecognised {0} {1}: expected e.g. 2026-Q4, Q4 2026, FY27-Q1, 2026-H2 or {start: 2026-10-01, end: 2026-12-31}.', entry.key, String(JSON.stringify(entry.value)))),
        range: entry.valueRange ?? entry.keyRange ?? fm!.range,
      });
    }
    if (title) {
      const found = findCycleInText(title.text, options);
      if (found) return { ...found.cycle, source: 'heading', range: title.range };
    }
    if (options.defaultCycle) {
      const span = parseCycle(options.defaultCycle, options);
      if (span) return { ...span, source: 'option', range: null };
    }
    return null;
  }

  // --- comments --------------------------------------------------------------------------------

  comments(nodes: readonly RootContent[]): HtmlComment[] {
    const out: HtmlComment[] = [];
    const visit = (node: Nodes): void => {
      if (node.type === 'html') {
        const start = this.start(node);
        const src = this.source(start, this.end(node));
        for (const m of src.matchAll(/<!--([\s\S]*?)-->/g)) {
          out.push({ text: m[1]!.trim(), range: this.range(start + m.index!, start + m.index! + m[0].length) });
        }
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    for (const node of nodes) visit(node);
    return out;
  }

  // --- structure -------------------------------------------------------------------------------

  structure(nodes: readonly RootContent[]): { groups: Group[]; objectives: Objective[] } {
    const sections = this.sections(nodes);
    this.classify(sections);
    const objectives: Objective[] = [];
    const groups: Group[] = [];
    const groupOf = new Map<Section, Group>();
    for (const section of sections) {
      if (section.role === 'group') {
        const group = this.group(section);
        groupOf.set(section, group);
        const parent = this.nearestGroup(section);
        if (parent) groupOf.get(parent)!.groups.push(group);
        else groups.push(group);
      }
      if (section.itemObjectives) {
        for (const { item, extra, strays } of this.objectiveItems(section.itemObjectives, section.itemStrays)) {
          const objective = this.itemObjective(item, section, extra, strays);
          if (!objective) continue;
          objectives.push(objective);
          const owner = section.role === 'group' ? section : this.nearestGroup(section);
          if (owner) groupOf.get(owner)!.objectives.push(objective);
        }
      } else if (section.role === 'objective') {
        const objective = this.objective(section);
        objectives.push(objective);
        const parent = this.nearestGroup(section);
        if (parent) groupOf.get(parent)!.objectives.push(objective);
      }
    }
    return { groups, objectives };
  }

  /**
   * The objective items of a run of lists, each with what Markdown split off it: items indented to
   * its content after a comment at column 0 (`  - KR2` under `- O1: …`: CommonMark ends the outer
   * list at the comment and starts a new one, so `KR2` would be an objective), as lists of their own,
   * and the check-ins indented into code blocks after it.
   */
  private objectiveItems(lists: readonly List[], strays: readonly Code[]): { item: ListItem; extra: List[]; strays: Code[] }[] {
    const out: { item: ListItem; extra: List[]; strays: Code[] }[] = [];
    for (const list of lists) {
      let split: ListItem[] = [];
      for (const item of list.children) {
        const previous = out[out.length - 1];
        if (previous && ((list !== lists[0] && this.column(item) >= this.contentColumn(previous.item)) || this.nestsShort(item, previous.item) || this.checkinAfterKeyResults(item, previous))) {
          split.push(item);
          continue;
        }
        if (split.length) previous!.extra.push(this.listOf(list, split));
        split = [];
        out.push({ item, extra: [], strays: [] });
      }
      if (split.length) out[out.length - 1]!.extra.push(this.listOf(list, split));
    }
    for (const stray of strays) {
      let owner = out[0];
      for (const entry of out) if (this.start(entry.item) < this.start(stray)) owner = entry;
      owner?.strays.push(stray);
    }
    return out;
  }

  /**
   * Whether an item is indented under an objective item, though short of its text: `  - KR1: …`
   * under `1. O1: …` (text in column 3) is a list of its own to Markdown, but at least two columns
   * past the objective's marker (as under `- `) it is nested to the user, as a check-in short of its
   * KR's text is (assembleObjective). Not an item labelled as an objective (`  2. O2: …`), nor under
   * an item labelled `KR1:` (key results, not objectives).
   */
  private nestsShort(item: ListItem, objective: ListItem): boolean {
    const col = this.column(item);
    if (col < this.column(objective) + 2 || col >= this.contentColumn(objective)) return false;
    const text = (i: ListItem): string => {
      const para = i.children[0];
      return para?.type === 'paragraph' ? this.source(this.start(para), this.end(para)) : '';
    };
    const label = OBJECTIVE_PREFIX.exec(text(item));
    return !(label && (label[2] || label[4] || label[6])) && !KR_LABEL.test(text(objective));
  }

  /**
   * Whether an item at an objective's own column is a check-in (`- 2026-10-02: 45` after `- O1: …`
   * and its `  - KR1: …`): never an objective; it goes with the objective's KRs, where
   * assembleObjective makes it the last KR's check-in and reports its indentation.
   */
  private checkinAfterKeyResults(item: ListItem, objective: { item: ListItem; extra: List[] }): boolean {
    return this.isCheckinItem(item, true) && !this.isCheckinItem(objective.item) && (objective.extra.length > 0 || objective.item.children.some((c) => c.type === 'list'));
  }

  /** A list of some of `list`'s items (positions from the first to the last). */
  private listOf(list: List, items: ListItem[]): List {
    const position = { start: items[0]!.position!.start, end: items[items.length - 1]!.position!.end };
    return { type: 'list', ordered: list.ordered, start: list.start, spread: false, children: items, position };
  }

  private nearestGroup(section: Section): Section | null {
    for (let p = section.parent; p; p = p.parent) if (p.role === 'group') return p;
    return null;
  }

  private sections(nodes: readonly RootContent[]): Section[] {
    const markers: Section[] = [];
    nodes.forEach((node, at) => {
      let level: number;
      let titleStart: number;
      let titleEnd: number;
      if (node.type === 'heading') {
        level = node.depth;
        [titleStart, titleEnd] = this.headingContent(node);
      } else if (node.type === 'paragraph' && BOLD_OBJECTIVE.test(this.source(this.start(node), this.end(node)))) {
        level = 7;
        [titleStart, titleEnd] = this.trim(this.start(node), this.end(node));
      } else return;
      markers.push({ at, node, level, plain: toString(node).trim().replace(/\s+/g, ' '), titleStart, titleEnd, direct: [], end: this.end(node), parent: null, children: [], attached: [], itemObjectives: null, itemStrays: [], role: 'other' });
    });
    const stack: Section[] = [];
    markers.forEach((section, i) => {
      const nextAt = markers[i + 1]?.at ?? nodes.length;
      section.direct = nodes.slice(section.at + 1, nextAt);
      let j = i + 1;
      while (j < markers.length && markers[j]!.level > section.level) j++;
      const lastAt = (markers[j]?.at ?? nodes.length) - 1;
      section.end = Math.max(this.end(section.node), this.end(nodes[lastAt]!));
      while (stack.length && stack[stack.length - 1]!.level >= section.level) stack.pop();
      section.parent = stack[stack.length - 1] ?? null;
      section.parent?.children.push(section);
      stack.push(section);
    });
    return markers;
  }

  private classify(sections: Section[]): void {
    const owners = new Map<Section, Section>();
    const special = (s: Section): Role | null => {
      if (s.node.type !== 'heading') return null;
      const plain = stripMarks(s.plain);
      if (KEY_RESULTS_TITLE.test(plain)) return 'key-results';
      if (INITIATIVES_TITLE.test(plain)) return 'initiatives';
      const label = KR_LABEL.exec(this.source(s.titleStart, s.titleEnd));
      return label && label[0].length < s.titleEnd - s.titleStart ? 'key-result' : null;
    };
    sections.forEach((s, i) => {
      const role = special(s);
      if (!role) return;
      // It belongs to the heading it sits under, or to the sibling heading right before it
      // (`## O1 …` then `## Initiatives`), or to whatever that sibling belongs to.
      let owner: Section | null = s.parent;
      for (let j = i - 1; j >= 0; j--) {
        const prev = sections[j]!;
        if (prev.level > s.level) continue;
        if (prev.level === s.level && prev.parent === s.parent) owner = owners.get(prev) ?? (special(prev) ? null : prev);
        break;
      }
      if (!owner) return;
      owners.set(s, owner);
      s.role = role;
      owner.attached.push(s);
    });
    for (const s of sections) {
      if (s.role !== 'other') continue;
      if (s.node.type === 'heading' && (NOTES_TITLE.test(stripMarks(s.plain)) || special(s))) continue;
      const { krLists: run, strays } = this.layout(s);
      const list = run[0];
      if (!list) {
        if (s.attached.some((a) => a.role === 'key-result')) s.role = 'objective';
        continue;
      }
      if (this.isObjectiveList(run, s)) {
        s.itemObjectives = run;
        s.itemStrays = strays;
        s.role = 'group';
      } else s.role = 'objective';
    }
    const hasObjective = (s: Section): boolean => s.children.some((c) => c.role === 'objective' || c.itemObjectives !== null || hasObjective(c));
    // A heading that says it is an objective (`O1:`, `Objective 2 -`) or carries objective metadata
    // (`Owner:`, `Type:`, `Aligns:`) is one even before it has key results, unless objectives sit below it.
    for (const s of sections) {
      if (s.role !== 'other' || s.node.type !== 'heading' || hasObjective(s)) continue;
      if (this.declaresObjective(s)) s.role = 'objective';
    }
    for (const s of sections) if (s.role === 'other' && hasObjective(s)) s.role = 'group';
    for (const s of sections) if (s.itemObjectives && s.role === 'group' && s.parent === null && s.level === 1 && s === sections[0] && !sections.some((o) => o !== s && o.level === 1 && o.role === 'group')) s.role = 'other';
    // The document's first H1 is its title, not a group, unless several H1s group objectives.
    const h1Groups = sections.filter((s) => s.level === 1 && s.role === 'group');
    if (h1Groups.length === 1 && sections[0] === h1Groups[0]) h1Groups[0]!.role = 'other';
  }

  /**
   * Whether a run of lists holds objectives (items with nested KR lists) rather than key results: its
   * first list's items, with what Markdown split off them (`objectiveItems`: `  - KR1` after a
   * comment at column 0 under `- O1: …` is nested to the user).
   */
  private isObjectiveList(run: readonly List[], section: Section): boolean {
    const first = run[0]!;
    const entries = this.objectiveItems(run, []).filter((e) => first.children.includes(e.item) && e.item.children[0]?.type === 'paragraph');
    const nested = (e: { item: ListItem; extra: List[] }): ListItem[] => [...e.item.children.filter((c): c is List => c.type === 'list').slice(0, 1), ...e.extra].flatMap((l) => l.children);
    const items = entries.map((e) => e.item);
    const withNested = entries.filter((e) => nested(e).length > 0);
    if (items.length === 0 || withNested.length === 0) return false;
    const text = (item: ListItem): string => this.source(this.start(item.children[0]!), this.end(item.children[0]!));
    const labelled = items.some((item) => {
      const m = OBJECTIVE_PREFIX.exec(text(item));
      return m !== null && (m[1] !== undefined || m[3] !== undefined || m[6] !== undefined) && /\S/.test(text(item).slice(m[0].length));
    });
    if (labelled) return true;
    const subItems = withNested.flatMap((e) => nested(e).filter((k) => k.children[0]?.type === 'paragraph'));
    if (subItems.some((k) => /^(?:\*\*|__)?\s*KR\s*[-#]?\s*\d*(?:\.\d+)?\s*(?:\*\*|__)?\s*[:.)\-–—]/i.test(text(k)))) return true;
    return section.node.type === 'heading' && /\b(objectives|okrs?)\b/i.test(section.plain) && withNested.length === items.length && !subItems.some((k) => CHECKIN_DATE.test(text(k)));
  }

  private declaresObjective(section: Section): boolean {
    const source = this.source(section.titleStart, section.titleEnd);
    const prefix = OBJECTIVE_PREFIX.exec(source);
    if (prefix && (prefix[2] || prefix[4] || prefix[6])) return true;
    const first = section.direct[0];
    if (first?.type !== 'paragraph') return false;
    return (this.metaEntries(first) ?? []).some((e) => /^(owner|type|aligns?|weight)$/i.test(e.key));
  }

  /** The nodes that make up an objective's body: its own, plus those under `Key results` / `Initiatives` sub-headings. */
  private body(section: Section): { node: RootContent; via: Role | null }[] {
    const out: { node: RootContent; via: Role | null }[] = section.direct.map((node) => ({ node, via: null }));
    for (const child of section.attached) {
      if (child.role === 'key-results' || child.role === 'initiatives') {
        out.push({ node: child.node as RootContent, via: child.role });
        for (const node of child.direct) out.push({ node, via: child.role });
      }
    }
    return out;
  }

  /**
   * Splits an objective's body into metadata paragraphs, the KR lists and the initiatives. The KR
   * lists are one run: CommonMark ends a list at an HTML comment at column 0 (an
   * `okr-lint-disable-next-line` directive between two KRs), at a change of bullet (`-` → `*`) and
   * at an ordered list after a bullet list; lists separated only by such comments and blank lines
   * are still one list of key results to the user.
   */
  private layout(section: Section): { meta: Paragraph[]; krLists: List[]; strays: Code[]; initiatives: { intro: RootContent | null; list: List }[] } {
    const meta: Paragraph[] = [];
    const krLists: List[] = [];
    const strays: Code[] = [];
    // Where the KR run's last list or comment ends, -1 when no run is open (see runThrough).
    let runEnd = -1;
    const initiatives: { intro: RootContent | null; list: List }[] = [];
    let label: { node: RootContent; kind: 'kr' | 'initiatives' | 'other' } | null = null;
    for (const { node, via } of this.body(section)) {
      // A comment (a directive between two KRs) neither ends the KR run nor separates `Initiatives:` or
      // `Key results:` from its list; it does end what another label (`Aligns:`) introduced.
      // So does a fenced code block right after the run (an example query between two KRs), blank lines or not.
      // (While the run is open no label is pending, so only a comment can end one here.)
      const next = this.extendRun(runEnd, node, krLists, strays);
      if (next !== null) {
        runEnd = next;
        if (label?.kind === 'other') label = null;
        continue;
      }
      const afterStray = strays.length > 0 && runEnd === this.end(strays[strays.length - 1]!) ? this.listAfterCode(node) : null;
      if (afterStray) {
        krLists.push(afterStray);
        runEnd = this.end(afterStray);
        continue;
      }
      runEnd = -1;
      if (node.type === 'heading') {
        label = { node, kind: via === 'initiatives' ? 'initiatives' : via === 'key-results' ? 'kr' : 'other' };
        continue;
      }
      if (node.type === 'paragraph') {
        const plain = stripMarks(toString(node).trim());
        if (LABEL_PARAGRAPH.test(plain) && (plain.endsWith(':') || /^(\*\*|__)/.test(this.source(this.start(node), this.end(node))))) {
          const kind = INITIATIVES_TITLE.test(plain) ? 'initiatives' : KEY_RESULTS_TITLE.test(plain) ? 'kr' : 'other';
          label = { node, kind };
          continue;
        }
        if (krLists.length === 0 && via === null && this.metaEntries(node)) meta.push(node);
        label = null;
        continue;
      }
      if (detailsKind(node) === 'initiatives') {
        label = { node, kind: 'initiatives' };
        continue;
      }
      if (node.type === 'list') {
        const kind = label?.kind ?? (via === 'initiatives' ? 'initiatives' : 'kr');
        if (kind === 'initiatives') initiatives.push({ intro: label?.node ?? null, list: node });
        else if (kind === 'kr' && krLists.length === 0 && node.children.some((item) => item.children[0]?.type === 'paragraph')) {
          krLists.push(node);
          runEnd = this.end(node);
        }
        label = null;
        continue;
      }
      label = null;
    }
    return { meta, krLists, strays, initiatives };
  }

  // --- groups and objectives -------------------------------------------------------------------

  private group(section: Section): Group {
    return {
      id: uniqueSlug(section.plain, this.groupIds, 'group'),
      title: section.plain,
      titleRange: this.range(section.titleStart, section.titleEnd),
      headingRange: this.nodeRange(section.node),
      range: this.range(this.start(section.node), section.end),
      depth: Math.min(section.level, 6),
      groups: [],
      objectives: [],
      progress: null,
    };
  }

  /** Label, title and id from a heading's (or marker's) text; `firstLine` keeps only the first line, without emphasis. */
  private objectiveHead(titleStart0: number, titleEnd0: number, plain: string, firstLine: boolean): { id: string; slug: string; label: string | null; title: string; titleRange: Range } {
    const titleSource = this.source(titleStart0, titleEnd0);
    const prefix = OBJECTIVE_PREFIX.exec(titleSource);
    let label: string | null = null;
    let number: string | null = null;
    let titleStart = titleStart0;
    let title = plain;
    if (prefix && (prefix[2] || prefix[4] || prefix[6] || /[:.)\-–—]/.test(prefix[0]))) {
      number = prefix[2] ?? prefix[4] ?? prefix[6] ?? null;
      const word = prefix[1] ? 'Objective' : prefix[3] ? 'Obj' : 'O';
      label = number ? (word === 'O' ? `O${number}` : `${word} ${number}`) : word;
      titleStart = titleStart0 + prefix[0].length;
      const plainPrefix = OBJECTIVE_PREFIX.exec(plain);
      title = plainPrefix ? plain.slice(plainPrefix[0].length) : plain;
    }
    let [tStart, tEnd] = this.trim(titleStart, titleEnd0);
    if (firstLine) {
      const firstBreak = this.source(tStart, tEnd).search(/\r?\n|\r/);
      if (firstBreak >= 0) [tStart, tEnd] = this.trim(tStart, tStart + firstBreak);
      title = title.split(/\n/)[0]!;
      while (/^[*_]/.test(this.source(tStart, tStart + 1)) && tStart < tEnd) tStart++;
      while (/[*_]$/.test(this.source(tEnd - 1, tEnd)) && tEnd > tStart) tEnd--;
    }
    title = stripMarks(title).trim() || plain;
    const slug = slugify(title) || 'objective';
    const id = uniqueSlug(number ? `o${number}` : slug, this.objectiveIds, 'objective');
    return { id, slug, label, title, titleRange: this.range(tStart, tEnd) };
  }

  private objective(section: Section): Objective {
    const head = this.objectiveHead(section.titleStart, section.titleEnd, section.plain, section.node.type === 'paragraph');
    const layout = this.layout(section);
    return this.assembleObjective(head, {
      headingRange: section.node.type === 'heading' ? this.nodeRange(section.node) : this.range(section.titleStart, head.titleRange.end.offset),
      range: this.range(this.start(section.node), section.end),
      depth: section.level <= 6 ? section.level : Math.min(6, (section.parent?.level ?? 0) + 1),
      metadata: layout.meta.flatMap((p) => this.metaEntries(p) ?? []),
      krLists: layout.krLists,
      strays: layout.strays,
      krHeadings: section.attached.filter((a) => a.role === 'key-result'),
      initiatives: layout.initiatives,
      groupPath: this.groupPath(section),
    });
  }

  /** An objective written as a list item, its key results nested under it. */
  private itemObjective(item: ListItem, section: Section, extra: readonly List[] = [], outerStrays: readonly Code[] = []): Objective | null {
    const para = item.children[0];
    if (!para || para.type !== 'paragraph') return null;
    const [pStart, pEnd] = this.trim(this.start(para), this.end(para));
    const firstLine = toString(para).trim().split(/\r?\n|\r/)[0]!.replace(/\s+/g, ' ');
    const head = this.objectiveHead(pStart, pEnd, firstLine, true);
    const metadata: MetaEntry[] = [];
    const lineBreak = this.source(pStart, pEnd).search(/\r?\n|\r/);
    if (lineBreak >= 0) metadata.push(...(this.metaEntriesAt(pStart + lineBreak, pEnd) ?? []));
    const krLists: List[] = [];
    // Where the KR run's last list or comment ends, -1 when no run is open (as in layout()).
    let runEnd = -1;
    const strays: Code[] = [];
    const initiatives: { intro: RootContent | null; list: List }[] = [];
    let intro: RootContent | null = null;
    for (const child of [...item.children.slice(1), ...extra]) {
      // A list split off the item (`extra`) lies after the comments that split it, outside the item.
      const next = this.extendRun(runEnd, child, krLists, strays, runEnd >= 0 && extra.includes(child as List));
      if (next !== null) {
        runEnd = next;
        continue;
      }
      runEnd = -1;
      if (detailsKind(child) === 'initiatives') intro = child;
      else if (child.type === 'paragraph') {
        if (INITIATIVES_TITLE.test(stripMarks(toString(child).trim()))) intro = child;
        else metadata.push(...(this.metaEntries(child) ?? []));
      } else if (child.type === 'list') {
        if (intro) initiatives.push({ intro, list: child });
        else if (krLists.length === 0) {
          krLists.push(child);
          runEnd = this.end(child);
        }
        intro = null;
      }
    }
    strays.push(...outerStrays);
    const depth = Math.min(6, (section.level <= 6 ? section.level : 6) + 1);
    // The objective runs to the last of what Markdown split off it.
    const end = Math.max(this.end(item), ...extra.map((l) => this.end(l)), ...outerStrays.map((c) => this.end(c)));
    return this.assembleObjective(head, {
      headingRange: this.range(pStart, lineBreak >= 0 ? pStart + lineBreak : pEnd),
      range: this.range(this.start(item), end),
      depth,
      metadata,
      krLists,
      strays,
      krHeadings: [],
      initiatives,
      groupPath: section.role === 'group' ? [...this.groupPath(section), section.plain] : this.groupPath(section),
    });
  }

  private assembleObjective(
    head: { id: string; slug: string; label: string | null; title: string; titleRange: Range },
    body: { headingRange: Range; range: Range; depth: number; metadata: MetaEntry[]; krLists: List[]; strays: Code[]; krHeadings: Section[]; initiatives: { intro: RootContent | null; list: List }[]; groupPath: string[] },
  ): Objective {
    const { metadata, krLists } = body;
    const firstList = krLists[0];
    const lastList = krLists[krLists.length - 1];
    const keyResults: KeyResult[] = [];
    const initiatives: Initiative[] = [];
    let initiativesRange: Range | null = null;
    const addInitiatives = (list: List, from: number): void => {
      for (const item of list.children) initiatives.push(this.initiative(item));
      const start = initiativesRange ? Math.min(initiativesRange.start.offset, from) : from;
      const end = initiativesRange ? Math.max(initiativesRange.end.offset, this.end(list)) : this.end(list);
      initiativesRange = this.range(start, end);
    };
    let n = 0;
    const entries: { item: ListItem; para: Paragraph; more: ListItem[] }[] = [];
    for (const krList of krLists) {
      for (const item of krList.children) {
        const previous = entries[entries.length - 1];
        // An item indented to the previous KR's content (past its marker), after a comment at column 0,
        // is that KR's (`  - 2026-11-01: 45` under `- KR1`): Markdown ended the KR's item at the comment.
        // So is an item indented past the KR's marker but short of its content, which Markdown reads as
        // the next item or a list of its own (`   - 2026-10-02: 40` or `   - context: …` under `10. …`,
        // whose text starts in column 4): a user wrote it under the KR, so it is never a key result
        // (unless labelled `KR2:`); a check-in stays a check-in in any order with sub-points.
        const col = this.column(item);
        const content = previous ? this.contentColumn(previous.item) : 0;
        if (previous && ((krList !== firstList && col >= content) || (col > this.column(previous.item) && (this.isCheckinItem(item) || (col < content && !KR_LABEL.test(toString(item))))))) {
          previous.more.push(item);
          continue;
        }
        // A check-in at the KR's own column (`- 2026-10-02: 40` right under `- KR1: …`) is the KR above's
        // too, never a key result; Markdown shows it as an item of its own, so it is reported with the
        // indentation that nests it. It must report a number: a dated item without one (`- 2026-10-15:
        // beta live`) is a milestone KR as likely as a note, and under a KR that is itself a date the
        // items are a timeline of key results.
        if (previous && this.isCheckinItem(item, true) && !this.isCheckinItem(previous.item) && this.takesCheckin(previous.item, previous.para) && !this.numberedMilestone(item, previous.item)) {
          previous.more.push(item);
          this.reportUnnested(item, previous.item, previous.more[previous.more.length - 2] ?? previous.item);
          continue;
        }
        const para = item.children[0];
        if (!para || para.type !== 'paragraph') continue;
        if (INITIATIVES_TITLE.test(stripMarks(toString(para).trim()))) {
          for (const child of item.children) if (child.type === 'list') addInitiatives(child, this.start(item));
          continue;
        }
        entries.push({ item, para, more: [] });
      }
    }
    for (const { item, para, more } of entries) keyResults.push(this.keyResult(item, para, ++n, more));
    for (const stray of body.strays) this.reportStray(stray, entries.filter((e) => this.start(e.item) < this.start(stray)).pop()?.item ?? null);
    for (const heading of body.krHeadings) keyResults.push(this.headingKeyResult(heading, ++n));
    let keyResultsRange: Range | null = firstList && lastList ? this.range(this.start(firstList), this.end(lastList)) : null;
    const lastHeading = body.krHeadings[body.krHeadings.length - 1];
    if (lastHeading) {
      const first = firstList ? this.start(firstList) : this.start(body.krHeadings[0]!.node);
      keyResultsRange = this.range(first, Math.max(lastHeading.end, lastList ? this.end(lastList) : 0));
    }
    for (const block of body.initiatives) addInitiatives(block.list, block.intro ? this.start(block.intro) : this.start(block.list));

    const find = (re: RegExp): MetaEntry | undefined => metadata.find((e) => re.test(e.key));
    const ownerEntry = find(/^(owner|owners|dri|lead|responsible|accountable)$/i);
    const typeEntry = find(/^(type|kind|category|commitment)$/i);
    const weightEntry = find(/^weight$/i);
    const weight = weightEntry ? Number.parseFloat(weightEntry.value) : NaN;
    return {
      ...head,
      headingRange: body.headingRange,
      range: body.range,
      depth: body.depth,
      metadata,
      owner: ownerEntry ? this.mention(ownerEntry) : null,
      type: typeEntry ? objectiveType(typeEntry.value) : null,
      aligns: metadata.filter((e) => /^(aligns?|aligns? (to|with)|aligned (to|with)|supports|contributes to|parent)$/i.test(e.key)).flatMap((e) => this.alignments(e)),
      weight: Number.isFinite(weight) && weight > 0 ? weight : 1,
      keyResults,
      keyResultsRange,
      initiatives,
      initiativesRange,
      progress: null,
      groupPath: body.groupPath,
    };
  }

  private groupPath(section: Section): string[] {
    const path: string[] = [];
    for (let p = section.parent; p; p = p.parent) if (p.role === 'group') path.unshift(p.plain);
    return path;
  }

  /**
   * One node of an objective's body read against its KR run, the same way in `layout()` and
   * `itemObjective()`: a comment or fence the run bridges, a list that continues it (or that
   * `joins` says belongs to it), a stray block of check-ins. Returns the run's new end, the list or
   * block taken into `krLists` / `strays`; null when the node is not part of the run.
   */
  private extendRun(runEnd: number, node: RootContent, krLists: List[], strays: Code[], joins = false): number | null {
    if (this.bridges(runEnd, node)) return this.runThrough(runEnd, node);
    if (node.type === 'list' && (joins || this.continuesRun(runEnd, node, krLists))) {
      krLists.push(node);
      return this.end(node);
    }
    if (this.strayItems(runEnd, node)) {
      strays.push(node);
      return this.end(node);
    }
    return null;
  }

  /** Whether a node is one `runThrough` reads: a comment, a `<details>` tag around KRs or check-ins, or a fenced code block after a KR. */
  private bridges(runEnd: number, node: RootContent): boolean {
    return isHtmlComment(node) || detailsKind(node) === 'bridge' || (runEnd >= 0 && node.type === 'code' && FENCE.test(this.source(this.start(node), this.end(node))));
  }

  /**
   * Where a run of KR lists stands after a comment: an `okr-lint-` directive belongs to the next KR
   * whatever blank lines surround it (the run goes on from the line after it, as if it touched the
   * next list), and so does a fenced code block (an example between two KRs) and a `<details>` tag
   * (`<details><summary>Check-ins</summary>` … `</details>`: a collapsed part of the list); another comment
   * continues the run only when no blank line separates it from the run (`- KR2` / blank /
   * `<!-- ideas, not agreed -->` / `- Hire…` is a different list); -1 closes it.
   */
  private runThrough(runEnd: number, comment: RootContent): number {
    if (runEnd < 0) return -1;
    const end = this.end(comment);
    if (/^<!--\s*okr-lint-|^[ \t]*(?:```|~~~|<\/?details\b)/i.test(this.source(this.start(comment), end))) return this.source(end, end + 2).startsWith('\r\n') ? end + 2 : end + 1;
    return this.blankLineBetween(runEnd, this.start(comment)) ? -1 : end;
  }

  /**
   * Whether a node is items a user indented too far to be items: after a comment at column 0 that
   * ended the list, a check-in indented 4 spaces (`    - 2026-10-02: 40` under `- KR1`) is an
   * indented code block to Markdown. Such a block right after the run (no blank line) does not end
   * it: the key results after it are still key results. What it holds is not read (the Markdown
   * preview shows it as code too); its check-ins are reported (`reportStray`).
   */
  private strayItems(runEnd: number, node: RootContent): node is Code {
    if (node.type !== 'code' || runEnd < 0 || this.blankLineBetween(runEnd, this.start(node))) return false;
    if (FENCE.test(this.source(this.start(node), this.end(node)))) return false;
    return ITEM_START.test(node.value);
  }

  /**
   * micromark reads `2. Raise NPS` right after an indented code block as a paragraph (CommonMark,
   * markdown-it and so the preview read a list starting at 2: only a paragraph keeps a list not
   * starting at 1 from interrupting it). After a stray code block (`strayItems`) such a paragraph is
   * read as the list it is, so the numbered KRs after a check-in indented into code still count.
   * The text is parsed alone, with a definition for each reference the paragraph resolved
   * (`[the plan][plan]`, `[^1]`), so its references read as in the document.
   */
  private listAfterCode(node: RootContent): List | null {
    if (node.type !== 'paragraph' || node.position?.start.column !== 1) return null;
    let src = this.source(this.start(node), this.end(node));
    if (!/^\d{1,9}[.)][ \t]/.test(src)) return null;
    const refs = (n: { type: string; label?: string | null; identifier?: string; children?: unknown[] }): void => {
      if (n.type.endsWith('Reference')) src += `\n\n[${n.type === 'footnoteReference' ? '^' : ''}${n.label ?? n.identifier}]: x`;
      (n.children as (typeof n)[] | undefined)?.forEach(refs);
    };
    refs(node);
    const tree = parseMarkdown(src);
    const list = tree.children[0];
    if (list?.type !== 'list' || tree.children.slice(1).some((c) => !c.type.endsWith('efinition'))) return null;
    return shifted(list, node.position.start.line - 1, node.position.start.offset!);
  }

  /** Reports the check-ins of a stray code block (`strayItems`), with where to indent them: `kr` is the key result above it. */
  private reportStray(code: Code, kr: ListItem | null): void {
    const from = this.start(code);
    const src = this.source(from, this.end(code));
    // Under the KR's text, but less than 4 spaces past the code block's own column (the comment's):
    // 4 are code again. Short of the KR's text, a check-in still counts (see assembleObjective).
    const want = kr ? Math.min(this.contentColumn(kr), this.visualColumn(from) + 3) : null;
    // Right after a fenced code block (the other block a run reads across: runThrough), not a comment.
    const { index } = this.ctx;
    const afterFence = /^[ \t]*(?:```|~~~)[ \t]*$/.test(index.lineText(index.positionAt(from).line - 1));
    for (const m of src.matchAll(/^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+([^\r\n]*?))[ \t]*$/gm)) {
      if (!checkinDate(m[3]!)) continue;
      const start = from + m.index! + m[1]!.length;
      const line = m[2]!;
      const indent = String(this.visualColumn(start));
      this.problems.push({
        code: 'checkin-invalid',
        ...(afterFence
          ? want === null
            ? translatable("Check-in not read: '{0}' is indented {1} spaces after a fenced code block, so Markdown reads it as a code block; indent it under its key result's text, less than 4 spaces past the fence.", line, indent)
            : translatable("Check-in not read: '{0}' is indented {1} spaces after a fenced code block, so Markdown reads it as a code block; indent it {2} spaces, under its key result's text.", line, indent, String(want))
          : want === null
          ? translatable("Check-in not read: '{0}' is indented {1} spaces after a comment, so Markdown reads it as a code block; indent it under its key result's text, less than 4 spaces past the comment.", line, indent)
          : translatable("Check-in not read: '{0}' is indented {1} spaces after a comment, so Markdown reads it as a code block; indent it {2} spaces, under its key result's text.", line, indent, String(want))),
        range: this.range(start, start + line.length),
      });
    }
  }

  /**
   * Reports a check-in written at its key result's column (read as that key result's: see
   * assembleObjective), with the indentation that nests it: under the key result's text, and less
   * than 4 spaces after a line at column 0 other than an item (a comment: 4 are code there).
   */
  private reportUnnested(item: ListItem, kr: ListItem, before: ListItem): void {
    const start = this.start(item);
    // A line at column 0 between them (a comment, the end of a fence) ends every list: 4 spaces after it are code.
    const split = /[\r\n][^ \t\r\n]/.test(this.source(this.end(before), this.lineStartOf(start)));
    const line = this.source(start, this.ctx.index.lineEnd(this.ctx.index.positionAt(start).line)).trimEnd();
    const want = split ? Math.min(this.contentColumn(kr), 3) : this.contentColumn(kr);
    this.problems.push({
      code: 'checkin-invalid',
      ...translatable("Check-in '{0}' is not indented under its key result, so Markdown shows it as an item of its own; it is read as a check-in of the key result above: indent it {1} spaces, under that key result's text.", line, String(want)),
      range: this.range(start, start + line.length),
    });
  }

  /** The offset where the line holding `offset` starts. */
  private lineStartOf(offset: number): number {
    const { index } = this.ctx;
    return index.lineStarts[index.positionAt(offset).line]!;
  }

  /** How many columns a run of spaces and tabs takes from column 0 (tabs stop every 4, as in CommonMark). */
  private indentWidth(whitespace: string): number {
    let width = 0;
    for (const c of whitespace) width = c === '\t' ? width + 4 - (width % 4) : width + 1;
    return width;
  }

  /** The column of an offset on its line (tabs stop every 4 columns, as CommonMark counts them). */
  private visualColumn(offset: number): number {
    return this.indentWidth(this.ctx.text.slice(this.lineStartOf(offset), offset));
  }

  /** The column where a list item's marker is. */
  private column(item: ListItem): number {
    return this.visualColumn(this.start(item));
  }

  /**
   * The column where a list item's content starts, which an item nested in it must reach: after the
   * marker and the 1–4 spaces after it (one column after the marker when there are none, or 5 or
   * more: then the content is an indented code block).
   */
  private contentColumn(item: ListItem): number {
    const start = this.start(item);
    const marker = /^(?:[-*+]|\d{1,9}[.)])/.exec(this.source(start, start + 11));
    const afterMarker = this.column(item) + (marker ? marker[0].length : 1);
    if (!marker) return afterMarker + 1;
    const spaces = /^[ \t]*/.exec(this.source(start + marker[0].length, start + marker[0].length + 16))![0];
    const rest = this.source(start + marker[0].length + spaces.length, start + marker[0].length + spaces.length + 1);
    const lineStart = this.lineStartOf(start);
    const width = this.indentWidth(this.ctx.text.slice(lineStart, start + marker[0].length + spaces.length)) - afterMarker;
    return afterMarker + (width >= 1 && width <= 4 && rest !== '' && rest !== '\n' && rest !== '\r' ? width : 1);
  }

  /**
   * Whether a list item reads as a check-in (`- 2026-10-02: 40`); `withValue`: one that reports a
   * value (`2026-11-30: Launch v2 publicly` or `Q4 retro done` does not: a digit is not a value).
   */
  private isCheckinItem(item: ListItem, withValue = false): boolean {
    const rest = this.checkinRest(item);
    return rest !== null && (!withValue || analyseCheckInText(rest).value !== null);
  }

  /** The text after a check-in item's date, or null when the item does not start with one. */
  private checkinRest(item: ListItem): string | null {
    const para = item.children[0];
    if (!para || para.type !== 'paragraph') return null;
    const [start, end] = this.trim(this.start(para), this.end(para));
    const src = this.source(start, end);
    const m = checkinDate(src);
    return m === null ? null : src.slice(m[0].length);
  }

  /**
   * Whether a key result can take a check-in written at its own column: it has a target or a current
   * value. A checkbox milestone (`- [ ] Beta shipped`) or an unmeasured one (`- Beta ready`) cannot:
   * a dated item after it is the next key result (a milestone with a date), not its progress.
   */
  private takesCheckin(item: ListItem, para: Paragraph): boolean {
    if (typeof item.checked === 'boolean') return false;
    const [start, end] = this.trim(this.start(para), this.end(para));
    const analysis = analyseKeyResultText(this.source(start, end));
    return analysis.target !== null || analysis.current !== null;
  }

  /**
   * Whether a numbered dated item continues its key results' numbering (`2. 2026-11-30: 100 paying
   * customers` right after `1. …`) with more than a value: a key result of its own. A bare check-in
   * (`2. 2026-10-02: 40`, a confidence at most) stays the check-in of the key result above.
   */
  private numberedMilestone(item: ListItem, previous: ListItem): boolean {
    const n = /^(\d{1,9})[.)]/.exec(this.source(this.start(item), this.start(item) + 11));
    const p = /^(\d{1,9})[.)]/.exec(this.source(this.start(previous), this.start(previous) + 11));
    if (!n || !p || Number(n[1]) !== Number(p[1]) + 1) return false;
    const rest = this.checkinRest(item);
    return rest !== null && /\p{L}{2,}/u.test(analyseCheckInText(rest).note);
  }

  /**
   * Whether a list joins the open KR run ending at `runEnd`: with no blank line between; or, right
   * after a list of the run, across blank lines, a list indented past the marker of the item above
   * (`  - 2026-10-02: 40` under `1. …`, short of its text: a list of its own to Markdown, nested to
   * the user), and the list that such a list interrupted when it goes on (`2. …` at `1.`'s column,
   * the same kind of marker), which Markdown would have continued had the indented one nested.
   */
  private continuesRun(runEnd: number, list: List, run: readonly List[]): boolean {
    if (runEnd < 0) return false;
    if (!this.blankLineBetween(runEnd, this.start(list))) return true;
    const last = run[run.length - 1];
    const first = list.children[0];
    if (!last || !first || runEnd !== this.end(last)) return false;
    // The run's last list at its own column (not indented under an item).
    const base = this.column(run[0]!.children[0]!);
    let outer = last;
    for (let i = run.length - 1; i >= 0 && this.column(run[i]!.children[0]!) > base; i--) outer = run[i - 1] ?? outer;
    const col = this.column(first);
    if (col > this.column(outer.children[outer.children.length - 1]!)) return true;
    return outer !== last && col === this.column(outer.children[0]!) && list.ordered === outer.ordered && this.marker(first) === this.marker(outer.children[0]!);
  }

  /** A list item's bullet (`-`, `*`, `+`) or, for a numbered item, its delimiter (`.`, `)`). */
  private marker(item: ListItem): string {
    const m = /^(?:([-*+])|\d{1,9}([.)]))/.exec(this.source(this.start(item), this.start(item) + 11));
    return m ? (m[1] ?? m[2]!) : '';
  }

  /** Whether a blank line lies between two offsets (lists separated by one are not one run of KRs).
   * (A `\r\n` is one line ending, not a `\r` and a `\n` around an empty line.) */
  private blankLineBetween(from: number, to: number): boolean {
    return /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)/.test(this.source(from, Math.max(from, to)));
  }

  /** `Key: value` pairs of a metadata paragraph, or null when it is prose. */
  metaEntries(node: Paragraph): MetaEntry[] | null {
    return this.metaEntriesAt(this.start(node), this.end(node));
  }

  /** `Key: value` pairs of the source between two offsets, or null when it is not made only of them. */
  metaEntriesAt(start: number, end: number): MetaEntry[] | null {
    const src = this.source(start, end);
    const entries: MetaEntry[] = [];
    const segment = /[^\r\n·|]+/g;
    for (const m of src.matchAll(segment)) {
      const seg = m[0];
      if (!seg.trim()) continue;
      const pair = /^(\s*)(?:\*\*|__|\*|_)?([A-Za-z][A-Za-z0-9 _-]{0,24}?)(?:\*\*|__|\*|_)?\s*:\s*(?:\*\*|__)?\s*(\S.*?)\s*$/.exec(seg);
      if (!pair || pair[3]!.startsWith('//') || pair[2]!.trim().split(/\s+/).length > 3) return null;
      const keyStart = start + m.index! + pair[1]!.length + seg.slice(pair[1]!.length).indexOf(pair[2]!);
      const keyEnd = keyStart + pair[2]!.trimEnd().length;
      const valueStart = start + m.index! + seg.lastIndexOf(pair[3]!);
      const valueEnd = valueStart + pair[3]!.length;
      entries.push({
        key: pair[2]!.trim(),
        value: pair[3]!.replace(/^(\*\*|__)|(\*\*|__)$/g, '').trim(),
        keyRange: this.range(keyStart, keyEnd),
        valueRange: this.range(valueStart, valueEnd),
        range: this.range(start + m.index! + pair[1]!.length, valueEnd),
      });
    }
    return entries.length ? entries : null;
  }

  /** The objective's owner: the first of those its `Owner:` value names (owners.ts: `@Ana Lima` is one). */
  private mention(entry: MetaEntry): Mention {
    return this.owners(entry.valueRange.start.offset, entry.valueRange.end.offset)[0] ?? { name: entry.value, range: entry.valueRange };
  }

  /** The owners an `Owner:` value between `start` and `end` names, each with the range it is written in (`@` included). */
  private owners(start: number, end: number): Mention[] {
    return readOwners(this.source(start, end)).map((o) => ({ name: o.name, range: this.range(start + o.start, start + o.end) }));
  }

  private alignments(entry: MetaEntry): AlignmentRef[] {
    const start = entry.valueRange.start.offset;
    const src = this.source(start, entry.valueRange.end.offset);
    const out: AlignmentRef[] = [];
    for (const m of src.matchAll(/[^,;\s][^,;]*/g)) {
      let raw = m[0].trim();
      let at = start + m.index!;
      const link = /\]\(([^)\s]+)\)/.exec(raw);
      if (link) {
        at += raw.indexOf(link[1]!);
        raw = link[1]!;
      } else raw = raw.replace(/^[`*_]+|[`*_]+$/g, '');
      if (!raw) continue;
      const hash = raw.lastIndexOf('#');
      const target = hash >= 0 ? raw.slice(0, hash) || null : null;
      const objective = hash >= 0 ? raw.slice(hash + 1) : raw;
      const srcAt = this.source(at, at + m[0].length).indexOf(raw);
      const s = at + Math.max(0, srcAt);
      out.push({ raw, target, objective, range: this.range(s, s + raw.length) });
    }
    return out;
  }

  // --- key results -----------------------------------------------------------------------------

  /** A KR list item; `more`: items of its own that Markdown split off (see assembleObjective). */
  private keyResult(item: ListItem, para: Paragraph, position: number, more: ListItem[] = []): KeyResult {
    const [pStart, paraEnd] = this.trim(this.start(para), this.end(para));
    let pEnd = paraEnd;
    const details: RootContent[] = item.children.slice(1);
    const lazy = this.lazyCheckins(para, pStart, pEnd);
    let plain: string | undefined;
    if (lazy) {
      pEnd = lazy.textEnd;
      plain = lazy.plain;
      details.unshift(lazy.list);
    }
    if (more.length) details.push({ type: 'list', ordered: false, spread: false, children: more });
    const range = more.length ? this.range(this.start(item), this.end(more[more.length - 1]!)) : this.nodeRange(item);
    return this.buildKeyResult(para, pStart, pEnd, details, range, typeof item.checked === 'boolean' ? item.checked : null, position, plain);
  }

  /**
   * Check-ins that Markdown reads as more lines of the KR's text: under `100. ` the text starts in
   * column 5, and a check-in indented 4 spaces (`    - 2026-10-02: 40`) can neither nest (short of
   * the text) nor start a list (4 spaces), so it continues the paragraph. Such a line never starts a
   * list in a paragraph otherwise, so from the first one on the lines are the KR's check-ins (as
   * items: each item-shaped line starts one), and the text ends before it. Null when there is none.
   */
  private lazyCheckins(para: Paragraph, pStart: number, pEnd: number): { textEnd: number; plain: string; list: List } | null {
    const src = this.source(pStart, pEnd);
    const line = /(?:\r\n|\r|\n)([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)([^\r\n]*)/g;
    let cut = -1;
    for (let m = line.exec(src); m; m = line.exec(src)) {
      if (checkinDate(m[3]!.trim())) {
        cut = m.index;
        break;
      }
    }
    if (cut < 0) return null;
    const items: ListItem[] = [];
    const point = (offset: number): { line: number; column: number; offset: number } => {
      const p = this.ctx.index.positionAt(offset);
      return { line: p.line + 1, column: p.character + 1, offset: offset - this.ctx.base };
    };
    for (const m of src.slice(cut).matchAll(/[^\r\n]+/g)) {
      const at = pStart + cut + m.index!;
      const item = /^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)/.exec(m[0]);
      const [, end] = this.trim(at, at + m[0].length);
      const last = items[items.length - 1];
      if (!item && last) {
        // A line of the item before (lazy again).
        last.position!.end = point(end);
        last.children[0]!.position!.end = point(end);
        continue;
      }
      if (!item) continue;
      const itemStart = at + item[1]!.length;
      const contentStart = itemStart + item[2]!.length;
      const text = { type: 'text' as const, value: this.source(contentStart, end), position: { start: point(contentStart), end: point(end) } };
      items.push({ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: [text], position: { start: point(contentStart), end: point(end) } }], position: { start: point(itemStart), end: point(end) } });
    }
    const [, textEnd] = this.trim(pStart, pStart + cut);
    const kept = (this.source(pStart, pStart + cut).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
    const plain = toString(para).split(/\r\n|\r|\n/).slice(0, kept).join(' ');
    return { textEnd, plain, list: { type: 'list', ordered: false, spread: false, children: items, position: { start: point(pStart + cut), end: items[items.length - 1]!.position!.end } } };
  }

  /** A KR written as a heading (`### KR1: …`) under its objective, details and check-ins below it. */
  private headingKeyResult(section: Section, position: number): KeyResult {
    return this.buildKeyResult(section.node as Heading, section.titleStart, section.titleEnd, section.direct, this.range(this.start(section.node), section.end), null, position);
  }

  private buildKeyResult(textNode: Paragraph | Heading, pStart: number, pEnd: number, details: readonly RootContent[], range: Range, checked: boolean | null, position: number, plainText?: string): KeyResult {
    const para = textNode;
    const src = this.source(pStart, pEnd);
    const labelMatch = KR_LABEL.exec(src);
    const label = labelMatch ? labelMatch[1]!.replace(/[\s#-]+/g, '').toUpperCase() : null;
    const textStart = pStart + (labelMatch ? labelMatch[0].length : 0);
    let plain = (plainText ?? toString(para)).replace(/\s+/g, ' ').trim();
    if (labelMatch) {
      const plainLabel = KR_LABEL.exec(plain);
      if (plainLabel) plain = plain.slice(plainLabel[0].length);
    }
    const text = this.source(textStart, pEnd);
    const analysis = this.withProperties(
      this.analysed('kr', text, textStart, () => analyseKeyResultText(text, { index: this.ctx.index, offset: textStart }, { cycle: this.cycleForDates })),
      details,
    );
    const checkins = this.checkins(details, analysis.unit);
    const withValue = newestCheckIn(checkins.filter((c) => c.value));
    const withConfidence = newestCheckIn(checkins.filter((c) => c.confidence));
    const current = analysis.current ?? withValue?.value ?? null;
    let direction = analysis.direction;
    const target = analysis.target;
    if (!direction && current && target && !target.relative && current.value !== target.value) direction = current.value > target.value ? 'decrease' : 'increase';
    return {
      id: label ? label.toLowerCase() : `kr-${position}`,
      label,
      text: plain,
      textRange: this.range(textStart, pEnd),
      range,
      kind: checked !== null && analysis.kind === 'unmeasured' ? 'milestone' : analysis.kind,
      direction,
      comparator: analysis.comparator,
      baseline: analysis.baseline,
      target: analysis.target,
      current,
      currentSource: analysis.current ? 'text' : current ? 'checkin' : null,
      score: analysis.score,
      unit: analysis.unit ?? current?.unit ?? null,
      deadline: analysis.deadline,
      owners: analysis.owners,
      confidence: analysis.confidence ?? withConfidence?.confidence ?? null,
      checked,
      checkins,
      weight: analysis.weight,
      progress: null,
      progressReason: null,
    };
  }

  /**
   * Fills what the KR text leaves open from nested `Key: value` items, as templates write them:
   * `- Baseline: 30`, `- Target: 45`, `- Current: 38`, `- Owner: @bob`, `- Due: Dec 15`, `- Confidence: 0.6`.
   */
  private withProperties(analysis: KeyResultTextAnalysis, details: readonly RootContent[]): KeyResultTextAnalysis {
    const merged = { ...analysis, owners: [...analysis.owners] };
    const spans: [number, number][] = [];
    for (const child of details) {
      if (child.type === 'list') {
        for (const sub of child.children) {
          const para = sub.children[0];
          if (para && para.type === 'paragraph') spans.push(this.trim(this.start(para), this.end(para)));
        }
      } else if (child.type === 'paragraph') {
        // Each line of a paragraph under the KR: `Current: 15`.
        const start = this.start(child);
        for (const m of this.source(start, this.end(child)).matchAll(/[^\r\n]+/g)) spans.push(this.trim(start + m.index!, start + m.index! + m[0].length));
      }
    }
    {
      for (const [start, end] of spans) {
        const source = this.source(start, end);
        if (!KR_PROPERTY.test(source)) continue;
        const a = this.analysed('kr', source, start, () => analyseKeyResultText(source, { index: this.ctx.index, offset: start }, { cycle: this.cycleForDates }));
        merged.baseline ??= a.baseline;
        if (!merged.target && a.target) {
          merged.target = a.target;
          merged.kind = a.kind;
          merged.comparator = a.comparator;
        }
        merged.current ??= a.current;
        merged.score ??= a.score;
        merged.deadline ??= a.deadline;
        merged.confidence ??= a.confidence;
        // `- Owner: @Ana Lima` names one owner, as `Owner:` under an objective does (the KR text's own `@ana` is one word).
        const ownerValue = OWNER_PROPERTY.exec(source);
        // A placeholder (`- Owner: TBD`, `?`, `‹owner›`) names nobody: kr-missing-owner still asks for one.
        // The value ends at a `·` or `|` before another property (`- Owner: @cy · Confidence: 0.7`), as in metaEntries.
        const ownerEnd = ownerValue ? start + ownerValue[0].length + (/[·|]/.exec(source.slice(ownerValue[0].length))?.index ?? end - start - ownerValue[0].length) : end;
        if (merged.owners.length === 0) merged.owners.push(...(ownerValue ? this.owners(start + ownerValue[0].length, ownerEnd).filter((o) => !isPlaceholderOwner(o.name)) : a.owners));
      }
    }
    if (merged.target && merged.baseline && !merged.target.relative && merged.baseline.value !== merged.target.value && merged.kind === 'metric') {
      merged.direction = merged.target.value > merged.baseline.value ? 'increase' : 'decrease';
    }
    merged.unit ??= (merged.target && !merged.target.relative ? merged.target.unit : null) ?? merged.baseline?.unit ?? merged.current?.unit ?? null;
    return merged;
  }

  /** `unit` is the KR's: it tells a check-in's `800 B` (bytes or billions) when the check-in alone cannot. */
  private checkins(details: readonly RootContent[], unit: string | null): CheckIn[] {
    const out: CheckIn[] = [];
    for (const child of details) {
      if (child.type !== 'list') continue;
      for (const sub of child.children) {
        const para = sub.children[0];
        if (!para || para.type !== 'paragraph') continue;
        const checkin = this.checkin(sub, para, unit);
        if (checkin) out.push(checkin);
      }
    }
    return out;
  }

  private checkin(item: ListItem, para: Paragraph, unit: string | null): CheckIn | null {
    const [pStart, pEnd] = this.trim(this.start(para), this.end(para));
    const src = this.source(pStart, pEnd);
    const m = checkinDate(src);
    if (!m) return null;
    const dateRaw = m[2]!;
    const dateStart = pStart + m[1]!.length;
    const dateRange = this.range(dateStart, dateStart + dateRaw.length);
    let date = resolveDate(dateRaw, this.cycleForDates);
    const us = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(dateRaw);
    if (us) {
      const year = us[3] ? (us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3])) : this.cycleForDates ? Number(this.cycleForDates.start.slice(0, 4)) : NaN;
      date = isoDate(year, Number(us[1]), Number(us[2]));
    }
    if (!date) {
      this.problems.push({
        code: 'checkin-invalid',
        ...(this.cycleForDates || /\d{4}/.test(dateRaw)
          ? translatable('Check-in date "{0}" is not a valid date (expected YYYY-MM-DD).', dateRaw)
          : translatable('Check-in date "{0}" has no year and the file names no cycle (write YYYY-MM-DD).', dateRaw)),
        range: dateRange,
      });
    }
    const restStart = pStart + m[0].length;
    const restText = this.source(restStart, pEnd);
    const rest = this.analysed(`checkin ${unit}`, restText, restStart, () => analyseCheckInText(restText, { index: this.ctx.index, offset: restStart }, unit));
    return { date, dateRaw, dateRange, value: rest.value, confidence: rest.confidence, note: rest.note, range: this.nodeRange(item) };
  }

  private initiative(item: ListItem): Initiative {
    const para = item.children[0];
    const text = para ? toString(para).replace(/\s+/g, ' ').trim() : toString(item).trim();
    return { text, range: this.nodeRange(item), checked: typeof item.checked === 'boolean' ? item.checked : null };
  }
}

/** A nested `- Owner: …` / `- DRI: …` item under a KR, up to its value. */
const OWNER_PROPERTY = /^(?:\*\*|__)?\s*(?:owners?|dri)\s*(?:\*\*|__)?\s*:\s*/i;
/** A nested `Key: value` item that describes its KR. */
const KR_PROPERTY = /^(?:\*\*|__)?\s*(?:baseline|base|start(?:ing value)?|target|goal|current(?: value)?|now|actual|owners?|dri|confidence|due|deadline|by|score|progress)\s*(?:\*\*|__)?\s*:/i;

const CHECKIN_DATE = new RegExp(`^((?:\\*\\*|__|\\*|_|\`)?)(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|${CALENDAR_DATE_PATTERN})(?:\\*\\*|__|\\*|_|\`)?(?:\\s*[:\\-–—|,]\\s*|\\s+|$)`, 'i');

/** A check-in's date at the start of an item's text (`2026-11-07: 150`), or null. */
function checkinDate(src: string): RegExpExecArray | null {
  const m = CHECKIN_DATE.exec(src);
  if (!m) return null;
  // `10/12 services migrated` is a fraction, not a date: a bare m/d needs a separator after it.
  if (/^\d{1,2}\/\d{1,2}$/.test(m[2]!) && !/[:\-–—|]/.test(m[0].slice(m[1]!.length + m[2]!.length))) return null;
  return m;
}

/** A line that starts a list item (after its indentation). */
const ITEM_START = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Stands for a leading `@` in YAML values while parsing (a private-use character). */
const AT = '\uE000';

/**
 * yaml's `!!binary` decodes with Buffer in its node build (lenient, a Buffer) and with atob in its
 * browser build, which the extension bundles use (strict: `Invalid character` on base64url, a
 * Uint8Array). Read it in every build as its base64 text, whitespace removed: the same model and
 * problems in the CLI, the editor and the web. The custom tag replaces the 1.1 schema's own
 * (a schema's tags come before the custom ones, and the first match wins).
 */
const BINARY_TAG = 'tag:yaml.org,2002:binary';
function withBinaryAsText<T extends string | { tag: string }>(tags: T[]): (T | { tag: string; identify: () => boolean; resolve: (s: string) => string })[] {
  return [{ tag: BINARY_TAG, identify: () => false, resolve: (s: string) => s.replace(/\s+/g, '') }, ...tags.filter((t) => t !== 'binary' && (typeof t === 'string' || t.tag !== BINARY_TAG))];
}

/** A yaml collection node (a map, sequence, set…): it has `items`. */
function isCollectionNode(node: unknown): boolean {
  return !!node && typeof node === 'object' && Array.isArray((node as { items?: unknown }).items);
}

/** A key of yaml's `mapAsMap` output that a collection gave (an array, a Map or a Set). */
function isObjectKey(key: unknown): boolean {
  return typeof key === 'object' && key !== null && !(key instanceof Date);
}

/** yaml's `mapAsMap` output with its Maps as objects, keyed as the entries are (`["a","b"]` for a collection, '' for null). */
function plainJs(value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k === null ? '' : isObjectKey(k) ? JSON.stringify(plainJs(k)) : String(k), plainJs(v)]));
  if (Array.isArray(value)) return value.map(plainJs);
  return value;
}

function restoreAt(value: unknown): unknown {
  if (typeof value === 'string') return value.split(AT).join('@');
  if (Array.isArray(value)) return value.map(restoreAt);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, restoreAt(v)]));
  }
  return value;
}

function newestCheckIn(checkins: readonly CheckIn[]): CheckIn | null {
  let best: CheckIn | null = null;
  for (const c of checkins) {
    if (!c.date) continue;
    if (!best || c.date >= best.date!) best = c;
  }
  return best;
}

/** Removes emphasis marks and a trailing colon, for classifying labels. */
/** Whether a node is only HTML comments (an `okr-lint-…` directive): it ends a Markdown list but not a run of KRs. */
function isHtmlComment(node: RootContent): boolean {
  return node.type === 'html' && /^\s*<!--/.test(node.value) && node.value.replace(/<!--[^]*?-->/g, '').trim() === '';
}

/** `<details>`, `</details>` and `<summary>…</summary>` tags. */
const DETAILS_TAG = /<\/?details\b[^>]*>|<summary\b[^>]*>[^]*?<\/summary>/gi;
/**
 * Summaries of a collapsed part of a KR run: none, or one naming check-ins, updates or key results
 * (`Check-ins`, `Older updates`, `More key results`, `KRs 4–6`). Any other (`Notes from the Q3
 * review`, `Previous quarter (Q3)`, `Archive`, `Dropped KRs`, `Show more`) is notes: it ends the run.
 */
const BRIDGE_SUMMARY = /^(?:(?:more|other|remaining|all|the|weekly|monthly|older|earlier|past|previous|latest|recent|our)\s+)*(?:key[\s-]?results?|krs?|check[\s-]?ins?|updates?|progress(?:\s+updates?)?|status\s+updates?)\b(?![\s\S]*\b(?:dropped|archived?|removed|cut|cancell?ed|deprecated|abandoned|old|last (?:quarter|year|cycle)|previous (?:quarter|year|cycle))\b)[^:]*:?$/i;
const NOTES_SUMMARY = (text: string): boolean => text !== '' && !BRIDGE_SUMMARY.test(text);

/**
 * What an HTML block made only of `<details>` / `<summary>…</summary>` / `</details>` tags (and
 * comments) is to a KR run: the start or end of a collapsed part of it (`bridge`: no summary, or
 * one naming check-ins, updates or key results), an `Initiatives` summary (a label), or any other
 * summary (`Notes`, `Archive`: notes, it ends the run, as prose does); null for any other node.
 */
function detailsKind(node: RootContent): 'bridge' | 'initiatives' | 'notes' | null {
  if (node.type !== 'html' || !/<\/?details\b/i.test(node.value)) return null;
  if (node.value.replace(/<!--[^]*?-->/g, '').replace(DETAILS_TAG, '').trim() !== '') return null;
  const summary = stripMarks((/<summary\b[^>]*>([^]*?)<\/summary>/i.exec(node.value)?.[1] ?? '').replace(/<[^>]*>/g, ''));
  return INITIATIVES_TITLE.test(summary) ? 'initiatives' : NOTES_SUMMARY(summary) ? 'notes' : 'bridge';
}

function stripMarks(text: string): string {
  return text.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
}

function objectiveType(value: string): ObjectiveType | null {
  const v = value.toLowerCase();
  if (/\b(aspirational|stretch|moonshot|roofshot|ambitious)\b/.test(v)) return 'aspirational';
  if (/\b(committed|commit|commitment|operational)\b/.test(v)) return 'committed';
  return null;
}

