// Two objectives labelled `O1`: `Aligns: file#o1` and the tree can only mean the first.
import { defineRule, quote } from '../helpers';
import type { Fix } from '../types';

export default defineRule(
  {
    id: 'objective-duplicate-label',
    description: 'Objective labels (`O1`, `Objective 2`) must be unique within a file',
    category: 'objective',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    const numberOf = (label: string): number | null => {
      const m = /(\d+)\s*$/.exec(label);
      return m ? Number(m[1]) : null;
    };
    const used = new Set(doc.objectives.map((o) => (o.label ? numberOf(o.label) : null)).filter((n): n is number => n !== null));
    const first = new Map<string, { title: string; range: typeof doc.objectives[number]['titleRange'] }>();
    for (const objective of doc.objectives) {
      if (!objective.label) continue;
      const key = objective.label.toLowerCase().replace(/\s+/g, '');
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { title: objective.title, range: objective.headingRange });
        continue;
      }
      const fixes: Fix[] = [];
      // Where the label is written in the heading line, to renumber it.
      const line = text.slice(objective.headingRange.start.offset, objective.headingRange.end.offset);
      const at = line.indexOf(objective.label);
      const n = numberOf(objective.label);
      if (at >= 0 && n !== null) {
        let next = 1;
        while (used.has(next)) next++;
        used.add(next);
        const labelStart = objective.headingRange.start.offset + at;
        const numberStart = labelStart + objective.label.length - String(n).length;
        fixes.push({
          title: t('Renumber as {0}', `${objective.label.slice(0, objective.label.length - String(n).length)}${next}`),
          edits: [{ range: lines.range(numberStart, labelStart + objective.label.length), newText: String(next) }],
        });
      }
      report({
        message: t("Duplicate objective label: '{0}' is already used by {1}; references to it can only mean the first", objective.label, quote(earlier.title, 40)),
        range: objective.headingRange,
        related: [{ message: t("First '{0}'", objective.label), range: earlier.range }],
        fixes,
        subject: objective.title,
      });
    }
  },
);
