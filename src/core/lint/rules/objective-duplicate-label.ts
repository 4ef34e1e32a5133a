// Two objectives labelled `O1`: `Aligns: file#o1` and the tree can only mean the first.
import { defineSplitRule, quote } from '../helpers';
import type { Fix } from '../types';
import { copyRange } from '../../shift';
import { KeyOccurrences, objectiveOf } from '../occurrences';

const NO_KEYS: readonly string[] = [];

function numberOf(label: string): number | null {
  const m = /(\d+)\s*$/.exec(label);
  return m ? Number(m[1]) : null;
}

/** An objective's label as the rule compares it (`o1`), and its number. */
interface Label {
  key: string;
  n: number | null;
}

export default defineSplitRule(
  {
    id: 'objective-duplicate-label',
    description: 'Objective labels (`O1`, `Objective 2`) must be unique within a file',
    category: 'objective',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  {
    // The label's comparison key and number, cached with the objective.
    objective: ({ doc }): Label | null => {
      const label = doc.objectives[0]!.label;
      return label ? { key: label.toLowerCase().replace(/\s+/g, ''), n: numberOf(label) } : null;
    },
    // The labels' occurrences are kept in the memo between lints and patched with the objectives
    // whose facts changed; the numbers in use are gathered only when there is a duplicate.
    merge: ({ doc, text, lines, t, report }, facts, memo) => {
      let occurrences = memo.get('occurrences') as KeyOccurrences<Label | null> | undefined;
      if (!occurrences) memo.set('occurrences', (occurrences = new KeyOccurrences<Label | null>((f) => (f ? [f.key] : NO_KEYS))));
      occurrences.update(facts);
      const repeats = occurrences.repeats();
      if (repeats.length === 0) return;
      const used = new Set<number>();
      for (const f of facts) if (f && f.n !== null) used.add(f.n);
      for (const { code, first } of repeats) {
        const i = objectiveOf(code);
        const f = facts[i]!;
        const earlierIndex = objectiveOf(first);
        const objective = doc.objectives[i]!;
        const label = objective.label!;
        // Copies: the cache moves the model's ranges in place on the next edit.
        const earlier = { title: doc.objectives[earlierIndex]!.title, range: copyRange(doc.objectives[earlierIndex]!.headingRange) };
        const fixes: Fix[] = [];
        // Where the label is written in the heading line, to renumber it.
        const line = text.slice(objective.headingRange.start.offset, objective.headingRange.end.offset);
        const at = line.indexOf(label);
        const n = f.n;
        if (at >= 0 && n !== null) {
          let next = 1;
          while (used.has(next)) next++;
          used.add(next);
          const labelStart = objective.headingRange.start.offset + at;
          const numberStart = labelStart + label.length - String(n).length;
          fixes.push({
            title: t('Renumber as {0}', `${label.slice(0, label.length - String(n).length)}${next}`),
            edits: [{ range: lines.range(numberStart, labelStart + label.length), newText: String(next) }],
          });
        }
        report({
          message: t("Duplicate objective label: '{0}' is already used by {1}; references to it can only mean the first", label, quote(earlier.title, 40)),
          range: copyRange(objective.headingRange),
          related: [{ message: t("First '{0}'", label), range: earlier.range }],
          fixes,
          subject: objective.title,
        });
      }
    },
  },
);
