// An objective with no key result cannot be measured at all.
// Objectives in the model with no KR, and labelled objective headings (`## O1: …`) that the
// parser did not make objectives (it may require a KR list for an unlabelled heading).
import type { LineIndex } from '../../text';
import type { OkrDocument } from '../../model';
import type { Translate } from '../../translate';
import { defineSplitRule, quote } from '../helpers';
import type { Report } from '../types';
import { insertAfterObjectiveHeader } from '../insert';

const LABELLED = /^(#{1,6})[ \t]+((?:\*\*|__)?\s*(?:objective\s*\d+|obj\.?\s*\d+|o\s?\d+)\s*(?:\*\*|__)?\s*[:.)\-–—]\s*(.*?))[ \t#]*$/i;

interface BareObjective {
  title: string;
  titleStart: number;
  titleEnd: number;
  /** Offset where a KR list can go: after the heading and the `Key: value` lines under it. */
  insertAt: number;
  /** Whether the line after `insertAt` is blank (or the end of the text). */
  blankAfter: boolean;
}

/** Whether the line in `[start, end)` starts with `#`, or has a backtick or tilde after at most 3 whitespace characters. */
function mayMatter(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 35 /* # */) return true;
  for (let i = start; i < end && i <= start + 3; i++) {
    const ch = text[i]!;
    if (ch === '`' || ch === '~') return true;
    if (!/\s/.test(ch)) return false;
  }
  return false;
}

/** What a scan of some lines found: bare headings, the fence open after the lines, and whether it read lines after them. */
interface Scan {
  /** Offsets relative to the scan's `base`. */
  bare: BareObjective[];
  fence: string | null;
  readsPast: boolean;
}

/**
 * Labelled headings in lines `[from, to)` that are not objective headings (`known`), with a fence
 * (`` ` `` or `~`) open before them or not. Offsets in the result are relative to `base`.
 */
function scan(lines: LineIndex, from: number, to: number, openFence: string | null, known: (line: number) => boolean, base: number): Scan {
  const out: BareObjective[] = [];
  let fence = openFence;
  let furthest = to - 1;
  const source = lines.text;
  for (let line = from; line < to; line++) {
    // Only lines that may open or close a fence or be a heading matter: skip the rest without
    // slicing them.
    if (!mayMatter(source, lines.lineStarts[line]!, lines.lineEnd(line))) continue;
    const text = lines.lineText(line);
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (fence !== null || known(line)) continue;
    const m = LABELLED.exec(text);
    if (!m) continue;
    const start = lines.lineStarts[line]! + text.indexOf(m[2]!);
    // Metadata lines (`Owner: @alice`) directly under the heading, after one blank line.
    let last = line;
    let next = line + 1;
    if (next < lines.lineCount && lines.lineText(next).trim() === '') next++;
    while (next < lines.lineCount && /^[A-Za-z][\w -]{0,30}:\s+\S/.test(lines.lineText(next))) last = next++;
    const insertAt = lines.lineEnd(last);
    const after = last + 1;
    furthest = Math.max(furthest, next, after);
    out.push({
      title: m[3] || m[2]!,
      titleStart: start - base,
      titleEnd: start + m[2]!.length - base,
      insertAt: insertAt - base,
      blankAfter: after >= lines.lineCount || lines.lineText(after).trim() === '',
    });
  }
  return { bare: out, fence, readsPast: furthest >= to && to < lines.lineCount };
}

/**
 * Where the parser stopped reading: a file past its read limit (parse.ts's `MAX_TEXT_LENGTH`) is read
 * up to a line break, and the rest, to the end of the text, is the `too-large` problem's range (the
 * same code's other problems, a file nested too deep or one that failed to parse, end elsewhere or
 * are empty). A heading past it is not a bare objective: the parser never saw its key results (a
 * 1.2 MB file gave ~1,400 false reports).
 */
function readEnd(doc: OkrDocument, text: string): number {
  for (const p of doc.problems) {
    if (p.code === 'too-large' && p.range.end.offset === text.length && p.range.start.offset < text.length) return p.range.start.offset;
  }
  return text.length;
}

/** How many lines the parser read, when it stopped at `end`. */
function readLineCount(lines: LineIndex, end: number): number {
  return end < lines.text.length ? lines.positionAt(end).line : lines.lineCount;
}

/** Labelled objective headings that the model has no objective for, in the part of the text the parser read. */
export function bareObjectives(doc: OkrDocument, lines: LineIndex): BareObjective[] {
  const known = new Set(doc.objectives.map((o) => o.headingRange.start.line));
  const firstLine = doc.frontmatter ? doc.frontmatter.range.end.line + 1 : 0;
  return scan(lines, firstLine, readLineCount(lines, readEnd(doc, lines.text)), null, (line) => known.has(line), 0).bare;
}

/** An objective's part of the bare-heading scan: its span's lines, scanned once per fence state they may start in. */
interface SpanScans {
  /** The span's length when the scans were made (they hold for the same text). */
  length: number;
  /** Whether the objective's heading starts its first line (so spans cut at line starts). */
  lineStart: boolean;
  scans: Map<string | null, Scan>;
}

export default defineSplitRule(
  {
    id: 'objective-no-key-results',
    description: 'Objectives must have at least one key result',
    category: 'objective',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    fixable: true,
    options: {},
    defaults: {},
  },
  {
    objective: ({ doc, text, lines, span, t, report }): SpanScans => {
      const o = doc.objectives[0]!;
      // (An objective whose part of the text runs into the unread rest may have key results there.)
      if (o.keyResults.length === 0 && readEnd(doc, text) === text.length) {
        const at = insertAfterObjectiveHeader(o, text, lines);
        reportBare(lines, t, report, { title: o.title, titleStart: o.titleRange.start.offset, titleEnd: o.titleRange.end.offset, insertAt: at.range.start.offset, blankAfter: at.suffix === '' }, 0);
      }
      // The scan of the span's lines waits for the merge, which knows the fence open before it.
      return { length: span.end - span.start, lineStart: o.range.start.character === 0 && o.headingRange.start.line === o.range.start.line, scans: new Map() };
    },
    // Bare labelled headings: the lines before the first objective are scanned on every lint, each
    // objective's span once per fence state (cached with the objective), in order. The loop reads
    // the facts and spans, and the model only where it scans or reports.
    merge: ({ doc, text, lines, spans, t, report }, facts) => {
      const objectives = doc.objectives;
      const firstLine = doc.frontmatter ? doc.frontmatter.range.end.line + 1 : 0;
      // Spans cut at heading line starts after the front matter, or scan the whole text as one.
      if ((objectives.length > 0 && objectives[0]!.range.start.line < firstLine) || facts.some((f) => !f.lineStart)) {
        for (const bare of bareObjectives(doc, lines)) reportBare(lines, t, report, bare, 0);
        return;
      }
      const read = readEnd(doc, text);
      const readLines = readLineCount(lines, read);
      const lead = scan(lines, firstLine, objectives.length ? Math.min(objectives[0]!.range.start.line, readLines) : readLines, null, () => false, 0);
      for (const bare of lead.bare) reportBare(lines, t, report, bare, 0);
      let fence = lead.fence;
      for (let i = 0; i < facts.length; i++) {
        const f = facts[i]!;
        const { start, end } = spans[i]!;
        // (A span cut by the read limit is scanned on every lint: its scan depends on the limit too.)
        const whole = f.length === end - start && end <= read;
        let result = whole ? f.scans.get(fence) : undefined;
        if (!result) {
          const o = objectives[i]!;
          const heading = o.headingRange.start.line;
          result = scan(lines, o.range.start.line, Math.min(end < text.length ? lines.positionAt(end).line : lines.lineCount, readLines), fence, (line) => line === heading, start);
          // A scan that read the next objective's lines depends on more than this span's text.
          if (whole && !result.readsPast) f.scans.set(fence, result);
        }
        for (const bare of result.bare) reportBare(lines, t, report, bare, start);
        fence = result.fence;
      }
    },
  },
);

function reportBare(lines: LineIndex, t: Translate, report: (r: Report) => void, bare: BareObjective, base: number): void {
  const eol = lines.eol;
  report({
    message: t('Objective has no key results: {0} cannot be measured; add 2–4 key results', quote(bare.title)),
    range: lines.range(base + bare.titleStart, base + bare.titleEnd),
    fixes: [
      {
        title: t('Add a key result'),
        snippet: true,
        edits: [{ range: lines.range(base + bare.insertAt, base + bare.insertAt), newText: `${eol}${eol}- \${1:Increase metric} from \${2:baseline} to \${3:target}${bare.blankAfter ? '' : eol}` }],
      },
    ],
    subject: bare.title,
  });
}
