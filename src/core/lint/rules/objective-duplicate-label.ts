// Two objectives labelled `O1`: `Aligns: file#o1` and the tree can only mean the first.
import { defineSplitRule, quote } from '../helpers';
import type { Fix } from '../types';
import { copyRange } from '../../shift';

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
    merge: ({ doc, text, lines, t, report }, facts) => {
      const used = new Set<number>();
      for (const f of facts) if (f && f.n !== null) used.add(f.n);
      const first = new Map<string, number>();
      for (let i = 0; i < facts.length; i++) {
        const f = facts[i];
        if (!f) continue;
        const earlierIndex = first.get(f.key);
        if (earlierIndex === undefined) {
          first.set(f.key, i);
          continue;
        }
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
