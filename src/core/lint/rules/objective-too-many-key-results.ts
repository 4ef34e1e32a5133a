// The "5-4 rule": at most 4 key results per objective keeps the objective focused.
import { defineRule, quote } from '../helpers';

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
  ({ doc, options, t, report }) => {
    const max = Number(options.max);
    for (const objective of doc.objectives) {
      const n = objective.keyResults.length;
      if (n <= max) continue;
      const extra = objective.keyResults.slice(max);
      report({
        message: t('Objective has too many key results: {0} has {1}, expected at most {2}; keep the ones that matter most', quote(objective.title), n, max),
        range: objective.titleRange,
        related: extra.map((kr, i) => ({ message: n === 1 ? t('Key result {0} of {1} key result', max + i + 1, n) : t('Key result {0} of {1} key results', max + i + 1, n), range: kr.textRange })),
      });
    }
  },
);
