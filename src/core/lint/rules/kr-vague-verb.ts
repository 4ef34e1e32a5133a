// "Improve NPS from 30 to 45" is measurable, but "Increase" says which way the number moves.
import { defineRule } from '../helpers';
import { keyResults, wordingOf } from '../kr';
import type { Fix } from '../types';

const DOWNWARD = /\b(?:latency|time|times|cost|costs|churn|errors?|bugs?|defects?|incidents?|complaints?|tickets?|lag|downtime|outages?|spend|waste|debt|failures?|crash(?:es)?|p\d\d|mttr|cycle time|lead time|attrition|bounce rate|returns?)\b/i;

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
      const fromTo = /\bfrom\s+[$€£]?([\d.,]+)\D{0,12}?\s+to\s+[$€£]?([\d.,]+)/i.exec(kr.text);
      // Which way, from the strongest evidence: the numbers (baseline → target), then a comparator (`under`, `above`),
      // then a metric that falls when it gets better (`churn`, `latency`). The parser's direction alone is not evidence
      // here: it reads the vague verb itself (`improve` → increase), so `Improve churn to 3%` would get `Increase`.
      let direction: typeof kr.direction = null;
      if (kr.baseline && kr.target && !kr.target.relative && kr.baseline.value !== kr.target.value) direction = kr.target.value > kr.baseline.value ? 'increase' : 'decrease';
      if (!direction && fromTo) {
        const a = Number(fromTo[1]!.replace(/,/g, ''));
        const b = Number(fromTo[2]!.replace(/,/g, ''));
        if (Number.isFinite(a) && Number.isFinite(b) && a !== b) direction = b > a ? 'increase' : 'decrease';
      }
      if (!direction && kr.comparator) direction = kr.comparator.startsWith('<') ? 'decrease' : 'increase';
      if (!direction && DOWNWARD.test(text.slice(kr.textRange.start.offset + w.verb.end, kr.textRange.end.offset))) direction = 'decrease';
      if (!direction) direction = kr.direction;
      const cased = (v: string): string => (/^[A-Z]/.test(original) ? v : v.toLowerCase());
      const fixes: Fix[] = (['increase', 'decrease'] as const).map((d) => ({
        title: d === 'increase' ? t("Use 'Increase'") : t("Use 'Reduce'"),
        preferred: direction === d,
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
