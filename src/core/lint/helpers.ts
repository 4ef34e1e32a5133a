// Small helpers shared by the rules: rule definition, ranges inside a span, quoting.
import type { OkrDocument, Range } from '../model';
import type { LineIndex } from '../text';
import { withoutTrailingOwners } from './kr';
import type { Rule, RuleContext, RuleMeta, RuleSplit } from './types';

export const DOCS_BASE = 'https://github.com/okr-markdown/okr-markdown/blob/main/docs/rules/';

/** Declares a rule: metadata first, then the check (the docs url follows from the id). */
export function defineRule<O extends object>(
  meta: Omit<RuleMeta<O>, 'docsUrl'>,
  check: (context: RuleContext<O>) => void,
): Rule<O> {
  return { meta: { ...meta, docsUrl: `${DOCS_BASE}${meta.id}.md` }, check };
}

/**
 * Declares a document-scope rule by its incremental form (see `RuleSplit`): its `check` runs the
 * objective part over every objective, then the merge, exactly as the incremental linter does.
 */
export function defineSplitRule<O extends object, F>(meta: Omit<RuleMeta<O>, 'docsUrl'>, split: RuleSplit<O, F>): Rule<O> {
  return {
    meta: { ...meta, docsUrl: `${DOCS_BASE}${meta.id}.md` },
    split,
    check(context) {
      const { doc, text } = context;
      const spans = doc.objectives.map((_, i) => objectiveSpan(doc, i, text.length));
      const facts = spans.map((span, i) => split.objective({ ...context, doc: objectiveView(doc, i, span), span }));
      split.merge({ ...context, spans }, facts, new Map());
    },
  };
}

/** Offsets `[start, end)` of a part of the text. */
export interface TextSpan {
  start: number;
  end: number;
}

/**
 * An objective's own part of the text: from its heading to the next objective's heading, or to the
 * end of the text. The spans of a document's objectives tile the text from its first objective on.
 */
export function objectiveSpan(doc: OkrDocument, i: number, textLength: number): TextSpan {
  const next = doc.objectives[i + 1];
  return { start: doc.objectives[i]!.range.start.offset, end: next ? next.range.start.offset : textLength };
}

/** The parse problems that start in `[start, end)`. */
export function problemsIn(doc: OkrDocument, start: number, end: number): OkrDocument['problems'] {
  if (doc.problems.length === 0) return doc.problems;
  return doc.problems.filter((p) => p.range.start.offset >= start && p.range.start.offset < end);
}

/**
 * Where objective `i`'s text ends for the incremental linter's cache: its span's end, or its own
 * range's end when that is further (a nested objective starts inside it).
 */
export function objectiveExtent(doc: OkrDocument, i: number, span: TextSpan): number {
  return Math.max(doc.objectives[i]!.range.end.offset, span.end);
}

/**
 * The document as the objective-scope rules and split rules' objective parts see objective `i`:
 * only that objective, and the parse problems that start in its extent.
 */
export function objectiveView(doc: OkrDocument, i: number, span: TextSpan): OkrDocument {
  return { ...doc, objectives: [doc.objectives[i]!], problems: problemsIn(doc, span.start, objectiveExtent(doc, i, span)) };
}

/** The range of `[from, to)` characters inside a range that starts at `base` (same line or not). */
export function subRange(lines: LineIndex, base: Range, from: number, to: number): Range {
  return lines.range(base.start.offset + from, base.start.offset + to);
}

/** `'Improve onboarding'`, shortened to a readable length. */
export function quote(text: string, max = 60): string {
  // Trailing owners (`@omar`) are not part of what is being judged.
  const t = withoutTrailingOwners(text.replace(/\s+/g, ' ').trim());
  return `'${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}'`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Lower-case, punctuation-free, single-spaced text for comparisons. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`~]/g, '')
    .replace(/[^\p{L}\p{N}%$.]+/gu, ' ')
    .replace(/\.(?=\s|$)/g, '')
    .trim();
}
