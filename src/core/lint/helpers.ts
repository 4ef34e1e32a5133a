// Small helpers shared by the rules: rule definition, ranges inside a span, quoting.
import type { Range } from '../model';
import type { LineIndex } from '../text';
import type { Rule, RuleContext, RuleMeta } from './types';

export const DOCS_BASE = 'https://github.com/okr-markdown/okr-markdown/blob/main/docs/rules/';

/** Declares a rule: metadata first, then the check (the docs url follows from the id). */
export function defineRule<O extends object>(
  meta: Omit<RuleMeta<O>, 'docsUrl'>,
  check: (context: RuleContext<O>) => void,
): Rule<O> {
  return { meta: { ...meta, docsUrl: `${DOCS_BASE}${meta.id}.md` }, check };
}

/** The range of `[from, to)` characters inside a range that starts at `base` (same line or not). */
export function subRange(lines: LineIndex, base: Range, from: number, to: number): Range {
  return lines.range(base.start.offset + from, base.start.offset + to);
}

/** `'Improve onboarding'`, shortened to a readable length. */
export function quote(text: string, max = 60): string {
  // Trailing owners (`@omar`) are not part of what is being judged.
  const t = text.replace(/\s+/g, ' ').trim().replace(/(?:\s+@[\w.-]+)+$/, '');
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
