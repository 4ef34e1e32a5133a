// An objective with no key result cannot be measured at all.
// Objectives in the model with no KR, and labelled objective headings (`## O1: …`) that the
// parser did not make objectives (it may require a KR list for an unlabelled heading).
import type { LineIndex } from '../../text';
import type { OkrDocument } from '../../model';
import { defineRule, quote } from '../helpers';
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

/** Labelled objective headings that the model has no objective for. */
export function bareObjectives(doc: OkrDocument, lines: LineIndex): BareObjective[] {
  const known = new Set(doc.objectives.map((o) => o.headingRange.start.line));
  const out: BareObjective[] = [];
  let fence: string | null = null;
  const firstLine = doc.frontmatter ? doc.frontmatter.range.end.line + 1 : 0;
  const source = lines.text;
  for (let line = firstLine; line < lines.lineCount; line++) {
    // Only lines that may open or close a fence or be a heading matter: skip the rest without
    // slicing them (this rule runs over the whole file on every edit).
    if (!mayMatter(source, lines.lineStarts[line]!, lines.lineEnd(line))) continue;
    const text = lines.lineText(line);
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(text);
    if (f) {
      if (fence === null) fence = f[1]![0]!;
      else if (f[1]![0] === fence) fence = null;
      continue;
    }
    if (fence !== null || known.has(line)) continue;
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
    out.push({
      title: m[3] || m[2]!,
      titleStart: start,
      titleEnd: start + m[2]!.length,
      insertAt,
      blankAfter: after >= lines.lineCount || lines.lineText(after).trim() === '',
    });
  }
  return out;
}

export default defineRule(
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
  ({ doc, text, lines, t, report }) => {
    const eol = lines.eol;
    const found: BareObjective[] = doc.objectives
      .filter((o) => o.keyResults.length === 0)
      .map((o) => {
        const at = insertAfterObjectiveHeader(o, text, lines);
        return { title: o.title, titleStart: o.titleRange.start.offset, titleEnd: o.titleRange.end.offset, insertAt: at.range.start.offset, blankAfter: at.suffix === '' };
      });
    for (const bare of [...found, ...bareObjectives(doc, lines)]) {
      report({
        message: t('Objective has no key results: {0} cannot be measured; add 2–4 key results', quote(bare.title)),
        range: lines.range(bare.titleStart, bare.titleEnd),
        fixes: [
          {
            title: t('Add a key result'),
            snippet: true,
            edits: [{ range: lines.range(bare.insertAt, bare.insertAt), newText: `${eol}${eol}- \${1:Increase metric} from \${2:baseline} to \${3:target}${bare.blankAfter ? '' : eol}` }],
          },
        ],
        subject: bare.title,
      });
    }
  },
);
