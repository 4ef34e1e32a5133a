// Objectives are short and memorable: about 70 characters is a common ceiling.
import { defineRule } from '../helpers';

export default defineRule(
  {
    id: 'objective-too-long',
    description: 'Objective titles should be at most `max` characters',
    category: 'objective',
    scope: 'objective',
    defaultSeverity: 'warning',
    fixable: false,
    options: { max: { type: 'integer', minimum: 10, description: 'Longest objective title, in characters.' } },
    defaults: { max: 70 },
  },
  ({ doc, options, lines, t, report }) => {
    const max = Number(options.max);
    for (const objective of doc.objectives) {
      const length = [...objective.title].length;
      if (length <= max) continue;
      // Point at the part past the limit so the editor shows where to cut.
      const cut = objective.title.length - [...objective.title].slice(max).join('').length;
      const start = objective.titleRange.start.offset + cut;
      report({
        message: t('Objective is too long: {0} characters, expected at most {1}; keep the objective to one memorable line and move detail into key results', length, max),
        range: lines.range(start, Math.max(start, objective.titleRange.end.offset)),
        subject: objective.title,
      });
    }
  },
);
