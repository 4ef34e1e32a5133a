// The "5-4 rule": at most 4 key results per objective keeps the objective focused.
import { defineRule, plural, quote } from '../helpers';

export default defineRule(
  {
    id: 'objective-too-many-key-results',
    description: 'Objectives should have at most `max` key results (the 5-4 rule)',
    category: 'objective',
    scope: 'objective',
    defaultSeverity: 'warning',
    fixable: false,
    options: { max: { type: 'integer', minimum: 1, description: 'Most key results an objective may have.' } },
    defaults: { max: 4 },
  },
  ({ doc, options, report }) => {
    const max = Number(options.max);
    for (const objective of doc.objectives) {
      const n = objective.keyResults.length;
      if (n <= max) continue;
      const extra = objective.keyResults.slice(max);
      report({
        message: `Objective has too many key results: ${quote(objective.title)} has ${n}, expected at most ${max}; keep the ones that matter most`,
        range: objective.titleRange,
        related: extra.map((kr, i) => ({ message: `Key result ${max + i + 1} of ${plural(n, 'key result')}`, range: kr.textRange })),
      });
    }
  },
);
