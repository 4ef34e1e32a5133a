// Focus: 3–5 objectives per cycle; more and none of them gets done.
import { defineSplitRule } from '../helpers';
import type { Range } from '../../model';
import { copyRange } from '../../shift';
import type { RelatedLocation } from '../types';

/**
 * How many objectives past the first one over the limit are listed one by one as related
 * locations. Beyond that a list says nothing more (a file of 1,000 objectives would list 994): the
 * last related location is then the last objective, with how many more there are.
 */
export const LISTED = 10;

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

/** A related location: the one of `kept` when it says the same at the same place (copies never move), else a new one with a copy of `range`. */
function location(kept: RelatedLocation | undefined, message: string, range: Range): RelatedLocation {
  return kept && kept.message === message && samePlace(kept.range, range) ? kept : { message, range: copyRange(range) };
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
      const objectives = doc.objectives;
      const n = objectives.length;
      if (n <= max) return;
      const first = objectives[max]!;
      // The others past the limit: each listed while they are few, else the next LISTED and the last
      // one, which says how many are not listed (itself included).
      const others = n - max - 1;
      const listed = others <= LISTED + 1 ? others : LISTED;
      const another = t('Another objective past the limit');
      // Copies of the titles' ranges: the cache moves the model's in place on the next edit, and a
      // diagnostic the editor still holds must not move with them. The last call's locations are
      // reused where they name the same places (often all but the last one, below an edit), and its
      // list as a whole when nothing changed.
      const kept = (memo.get('related') as RelatedLocation[] | undefined) ?? [];
      const related: RelatedLocation[] = new Array<RelatedLocation>(listed < others ? listed + 1 : listed);
      let changed = kept.length !== related.length;
      for (let k = 0; k < listed; k++) {
        const r = location(kept[k], another, objectives[max + 1 + k]!.titleRange);
        if (r !== kept[k]) changed = true;
        related[k] = r;
      }
      if (listed < others) {
        const rest = location(kept[listed], t('{0} more objectives past the limit, this last one included', others - listed), objectives[n - 1]!.titleRange);
        if (rest !== kept[listed]) changed = true;
        related[listed] = rest;
      }
      if (changed) memo.set('related', related);
      report({
        message: t('Too many objectives: {0} in this cycle, expected at most {1}; a team that focuses on everything focuses on nothing', n, max),
        range: copyRange(first.titleRange),
        related: changed ? related : kept,
      });
    },
  },
);
