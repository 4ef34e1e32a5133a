// "Maintain", "continue", "keep": business as usual makes a weak objective; OKRs are for change.
import { defineRule, quote } from '../helpers';

const BAU = /^\s*(maintain|maintaining|continue|continuing|keep|keeping|sustain|sustaining|preserve|support ongoing|business as usual|bau\b|carry on|stay)\b/i;

export default defineRule(
  {
    id: 'objective-business-as-usual',
    description: "Objectives should describe a change, not business as usual ('maintain', 'continue', 'keep')",
    category: 'objective',
    scope: 'objective',
    defaultSeverity: 'info',
    strictSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    for (const objective of doc.objectives) {
      const source = text.slice(objective.titleRange.start.offset, objective.titleRange.end.offset);
      const m = BAU.exec(source);
      if (!m) continue;
      const start = objective.titleRange.start.offset + m.index + (m[0].length - m[0].trimStart().length);
      report({
        message: t("Objective reads as business as usual: '{0}' in {1} keeps things as they are; OKRs describe a change (track steady-state health as a KPI)", m[1]!, quote(objective.title)),
        range: lines.range(start, start + m[1]!.length),
        subject: objective.title,
      });
    }
  },
);
