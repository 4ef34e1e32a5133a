// Objectives are qualitative; the numbers belong in key results.
import { defineRule, quote } from '../helpers';
import { findNumbers, cleanKeyResultText } from '../wording';

const DIGIT = /\d/;

export default defineRule(
  {
    id: 'objective-has-metric',
    description: 'Objectives should be qualitative: numbers belong in key results',
    category: 'objective',
    scope: 'objective',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    for (const objective of doc.objectives) {
      const source = text.slice(objective.titleRange.start.offset, objective.titleRange.end.offset);
      // findNumbers reads digits only (`\d`), and cleaning never adds one: a title without a digit has no metric.
      if (!DIGIT.test(source)) continue;
      const numbers = findNumbers(cleanKeyResultText(source)).filter((n) => n.target);
      const first = numbers[0];
      if (!first) continue;
      // Include a unit or currency around the number (`$2M`, `40%`) in the range.
      const m = /^[$€£]?[\d.,]+\s?(?:%|[kmb]\b|x\b|ms\b|days?\b|hours?\b)?/i.exec(source.slice(Math.max(0, first.start - 1)));
      let start = first.start;
      let end = first.end;
      if (m && source[first.start - 1] && /[$€£]/.test(source[first.start - 1]!)) {
        start = first.start - 1;
        end = start + m[0].length;
      } else {
        const unit = /^\s?(?:%|[kmb]\b|x\b|ms\b|days?\b|hours?\b)/i.exec(source.slice(first.end));
        if (unit) end = first.end + unit[0].length;
      }
      const base = objective.titleRange.start.offset;
      const metric = source.slice(start, end);
      report({
        message: t("Objective has a metric: {0} contains '{1}'; keep the objective qualitative and move the number into a key result", quote(objective.title), metric),
        range: lines.range(base + start, base + end),
        subject: objective.title,
      });
    }
  },
);
