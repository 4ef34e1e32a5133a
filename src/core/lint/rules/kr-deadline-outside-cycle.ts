// A KR is time-bound by its cycle: a deadline outside it belongs to another cycle.
import { defineRule } from '../helpers';
import { keyResults } from '../kr';

export default defineRule(
  {
    id: 'kr-deadline-outside-cycle',
    description: "Key result deadlines should fall inside the file's cycle",
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, report }) => {
    const cycle = doc.cycle;
    if (!cycle) return;
    for (const { kr } of keyResults(doc)) {
      const date = kr.deadline?.date;
      if (!kr.deadline || !date) continue;
      if (date >= cycle.start && date <= cycle.end) continue;
      // A custom cycle's label already is its dates (`2026-11-01..2027-01-31`): say them once.
      const span = `${cycle.start}..${cycle.end}`;
      const cycleName = cycle.label === span ? `the cycle ${cycle.start} to ${cycle.end}` : `${cycle.label} (${cycle.start} to ${cycle.end})`;
      report({
        message: `Deadline outside the cycle: ${kr.deadline.raw} (${date}) is ${date < cycle.start ? 'before' : 'after'} ${cycleName}`,
        range: kr.deadline.range,
        related: cycle.range ? [{ message: `The cycle ${cycle.label}`, range: cycle.range }] : undefined,
        subject: kr.text,
      });
    }
  },
);
