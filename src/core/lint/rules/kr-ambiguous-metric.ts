// "1 million users": all-time, registered, weekly active? An unqualified count of people is a trap.
import { defineRule, quote } from '../helpers';
import { keyResults } from '../kr';

const PEOPLE = /\b(\d[\d.,]*\s*[kmb]?\+?|one|a|ten|a hundred|a thousand|a million)\s+(users|customers|members|visitors|people|subscribers|accounts)\b/i;
const QUALIFIED = /\b(?:active|paying|paid|weekly|monthly|daily|new|registered|retained|returning|signed[- ]up|total|cumulative|all[- ]time|unique|trial|enterprise|self[- ]serve|mau|wau|dau|per (?:day|week|month)|a (?:day|week|month))\b/i;

export default defineRule(
  {
    id: 'kr-ambiguous-metric',
    description: "Counts of users or customers should say which ones (active, paying, new, weekly…)",
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'hint',
    strictSeverity: 'info',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, lines, t, report }) => {
    for (const { kr } of keyResults(doc)) {
      const m = PEOPLE.exec(kr.text);
      if (!m || QUALIFIED.test(kr.text)) continue;
      const start = kr.textRange.start.offset + m.index;
      report({
        message: t('Ambiguous metric: {0} in {1} does not say which {2} count (active, paying, new, all-time…)', quote(m[0]), quote(kr.text, 40), m[2]!),
        range: lines.range(start, start + m[0].length),
        subject: kr.text,
      });
    }
  },
);
