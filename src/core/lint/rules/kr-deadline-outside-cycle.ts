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
      report({
        message: `Deadline outside the cycle: ${kr.deadline.raw} (${date}) is ${date < cycle.start ? 'before' : 'after'} ${cycle.label} (${cycle.start} to ${cycle.end})`,
        range: kr.deadline.range,
        related: cycle.range ? [{ message: `The cycle ${cycle.label}`, range: cycle.range }] : undefined,
        subject: kr.text,
      });
    }
  },
);
