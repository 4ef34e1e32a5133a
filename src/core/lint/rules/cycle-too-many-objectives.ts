// Focus: 3–5 objectives per cycle; more and none of them gets done.
import { defineSplitRule } from '../helpers';
import type { Range } from '../../model';
import { copyRange } from '../../shift';
import type { RelatedLocation } from '../types';

/** The same positions (a copy against the model's range it was made from). */
function samePlace(a: Range, b: Range): boolean {
  return (
    a.start.offset === b.start.offset &&
    a.end.offset === b.end.offset &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

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
      // Copies of the titles' ranges: the cache moves the model's in place on the next edit, and a
      // diagnostic the editor still holds must not move with them. The last call's list is reused
      // while it names the same places, so a keystroke does not make hundreds of locations again.
      let related = memo.get('related') as RelatedLocation[] | undefined;
      if (!related || related.length !== n - max - 1 || related.some((r, k) => r.message !== another || !samePlace(r.range, doc.objectives[max + 1 + k]!.titleRange))) {
        related = doc.objectives.slice(max + 1).map((o) => ({ message: another, range: copyRange(o.titleRange) }));
        memo.set('related', related);
      }
      report({
        message: t('Too many objectives: {0} in this cycle, expected at most {1}; a team that focuses on everything focuses on nothing', n, max),
        range: copyRange(first.titleRange),
        related,
      });
    },
  },
);
