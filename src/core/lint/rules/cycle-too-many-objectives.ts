// Focus: 3–5 objectives per cycle; more and none of them gets done.
import { defineRule } from '../helpers';

export default defineRule(
  {
    id: 'cycle-too-many-objectives',
    description: 'A file (one cycle of one team) should have at most `max` objectives',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: false,
    options: { max: { type: 'integer', minimum: 1, description: 'Most objectives per file.' } },
    defaults: { max: 5 },
  },
  ({ doc, options, t, report }) => {
    const max = Number(options.max);
    const n = doc.objectives.length;
    if (n <= max) return;
    const first = doc.objectives[max]!;
    // One message for every objective past the limit (a file of 1,000 objectives lists 995).
    const another = t('Another objective past the limit');
    report({
      message: t('Too many objectives: {0} in this cycle, expected at most {1}; a team that focuses on everything focuses on nothing', n, max),
      range: first.titleRange,
      related: doc.objectives.slice(max + 1).map((o) => ({ message: another, range: o.titleRange })),
    });
  },
);
