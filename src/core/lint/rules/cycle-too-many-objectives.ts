// Focus: 3–5 objectives per cycle; more and none of them gets done.
import { defineSplitRule } from '../helpers';
import type { RelatedLocation } from '../types';

export default defineSplitRule(
  {
    id: 'cycle-too-many-objectives',
    description: 'A file (one cycle of one team) should have at most `max` objectives',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: false,
    options: { max: { type: 'integer', minimum: 1, description: 'Most objectives per file.' } },
    defaults: { max: 5 },
  },
  {
    objective: () => null,
    merge: ({ doc, options, t, report }, _facts, memo) => {
      const max = Number(options.max);
      const n = doc.objectives.length;
      if (n <= max) return;
      const first = doc.objectives[max]!;
      // One message for every objective past the limit (a file of 1,000 objectives lists 995).
      const another = t('Another objective past the limit');
      // The last call's list while it names the same ranges (the cache moves the ranges of the
      // objectives it keeps in place), so a keystroke does not make hundreds of locations again.
      let related = memo.get('related') as RelatedLocation[] | undefined;
      if (!related || related.length !== n - max - 1 || related.some((r, k) => r.message !== another || r.range !== doc.objectives[max + 1 + k]!.titleRange)) {
        related = doc.objectives.slice(max + 1).map((o) => ({ message: another, range: o.titleRange }));
        memo.set('related', related);
      }
      report({
        message: t('Too many objectives: {0} in this cycle, expected at most {1}; a team that focuses on everything focuses on nothing', n, max),
        range: first.titleRange,
        related,
      });
    },
  },
);
