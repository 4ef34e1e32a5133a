// One key result rarely captures an objective: 2–5 is the usual range.
import { defineRule, quote } from '../helpers';

export default defineRule(
  {
    id: 'objective-too-few-key-results',
    description: 'Objectives should have at least `min` key results',
    category: 'objective',
    scope: 'objective',
    defaultSeverity: 'info',
    strictSeverity: 'warning',
    fixable: false,
    options: { min: { type: 'integer', minimum: 1, description: 'Fewest key results an objective should have.' } },
    defaults: { min: 2 },
  },
  ({ doc, options, t, report }) => {
    const min = Number(options.min);
    for (const objective of doc.objectives) {
      const n = objective.keyResults.length;
      // No KR at all is objective-no-key-results' finding.
      if (n === 0 || n >= min) continue;
      report({
        message: t('Objective has too few key results: {0} has {1}, expected at least {2}; one number rarely captures an objective', quote(objective.title), n, min),
        range: objective.titleRange,
      });
    }
  },
);
