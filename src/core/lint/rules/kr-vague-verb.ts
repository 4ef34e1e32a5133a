// "Improve NPS from 30 to 45" is measurable, but "Increase" says which way the number moves.
import { defineRule } from '../helpers';
import { keyResults, wordingOf } from '../kr';
import type { Fix } from '../types';
import { convertedDirection } from '../../progress';

// Metrics that fall when they get better, read at the metric's head noun only (the last word before the target:
// `p95 latency`, `cycle time`), so a modifier does not decide (`crash-free sessions`, `cost savings`, `defect detection rate`).
const DOWNWARD_HEAD = /^(?:latency|time|times|cost|costs|churn|errors?|bugs?|defects?|incidents?|complaints?|tickets?|lag|downtime|outages?|spend|waste|debt|failures?|crash(?:es)?|p\d\d|mttr|attrition|returns)$/i;
// A rate is read by the word before it: `error rate`, `bounce rate` fall; `fix rate`, `detection rate` rise.
const DOWNWARD_RATE = /^(?:error|bounce|churn|failure|defect|crash|attrition|cancellation|abandonment|return|refund|complaint|incident)$/i;

/** 'decrease' when the metric's head noun falls as it gets better, else null (no guess). */
function headGuess(after: string): 'decrease' | null {
  // The metric: the words after the verb up to the first number, punctuation or target word.
  const phrase = /^[\s\p{L}\p{N}'’-]*?(?=\s+(?:to|from|by|below|under|above|over|within|at|of|for|per|in|across|with|on|spent)\b|\s*[$€£(,;:]|\s+\d|$)/iu.exec(after)?.[0] ?? '';
  const rest = after.slice(phrase.length);
  // `time on site`, `time spent in the app`: the time is engagement, not a wait.
  if (/^\s+(?:on|spent|in)\b/i.test(rest)) return null;
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  const head = words.at(-1) ?? '';
  if (DOWNWARD_HEAD.test(head)) return 'decrease';
  if (/^rates?$/i.test(head) && words.length >= 2 && DOWNWARD_RATE.test(words.at(-2)!)) return 'decrease';
  return null;
}

export default defineRule(
  {
    id: 'kr-vague-verb',
    description: "Measurable key results should say which way the number moves ('Increase', 'Reduce') instead of 'Improve'",
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'hint',
    strictSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    for (const { kr } of keyResults(doc)) {
      const w = wordingOf(kr, text);
      // Only measurable KRs: an unmeasurable one is kr-not-measurable's finding (also when the parser found a number the
      // wording does not count, as in a status note: `Improve site speed (Completed, now 25% faster)`).
      if (!w.verb || w.verbClass !== 'vague' || !w.measurable || !(w.hasTarget || kr.target)) continue;
      const range = lines.range(kr.textRange.start.offset + w.verb.start, kr.textRange.start.offset + w.verb.end);
      const original = text.slice(range.start.offset, range.end.offset);
      // Which way, from the strongest evidence: the numbers (baseline → target, compared only in one unit or converted
      // within a unit family: `from 1.2 s to 800 ms` falls), then a comparator (`under`, `above`). Only these make a fix
      // preferred (`--fix` applies it). A metric that falls when it gets better (`churn`, `p95 latency`) is a guess: named
      // in the message and offered first, never preferred. The parser's direction alone is not evidence here: it reads
      // the vague verb itself (`improve` → increase) or a word such as `faster`.
      let direction: typeof kr.direction = null;
      let sure = false;
      const { baseline, target } = kr;
      if (baseline && target && !target.relative) {
        if (baseline.unit === target.unit) direction = baseline.value === target.value ? null : target.value > baseline.value ? 'increase' : 'decrease';
        else direction = convertedDirection(kr);
        sure = direction !== null;
      }
      // A comparator the parser read, or one written before the target number (`above 40%`, `under 2 minutes`).
      const written = /\b(?:(above|over|at least|more than)|(below|under|at most|less than|fewer than))\s+[$€£]?\d/i.exec(kr.text);
      if (!direction && (kr.comparator || written)) {
        direction = (kr.comparator ? kr.comparator.startsWith('<') : !!written![2]) ? 'decrease' : 'increase';
        sure = true;
      }
      if (!direction) direction = headGuess(text.slice(kr.textRange.start.offset + w.verb.end, kr.textRange.end.offset));
      const cased = (v: string): string => (/^[A-Z]/.test(original) ? v : v.toLowerCase());
      const fixes: Fix[] = (['increase', 'decrease'] as const).map((d) => ({
        title: d === 'increase' ? t("Use 'Increase'") : t("Use 'Reduce'"),
        preferred: sure && direction === d,
        edits: [{ range, newText: cased(d === 'increase' ? 'Increase' : 'Reduce') }],
      }));
      if (direction === 'decrease') fixes.reverse();
      report({
        message:
          direction === 'decrease'
            ? t("Vague verb: '{0}' does not say which way the number should move; use 'Reduce'", original)
            : direction === 'increase'
              ? t("Vague verb: '{0}' does not say which way the number should move; use 'Increase'", original)
              : t("Vague verb: '{0}' does not say which way the number should move; use 'Increase' or 'Reduce'", original),
        range,
        fixes,
        subject: kr.text,
      });
    }
  },
);
