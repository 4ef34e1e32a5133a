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
  ({ doc, t, report }) => {
    const cycle = doc.cycle;
    if (!cycle) return;
    for (const { kr } of keyResults(doc)) {
      const date = kr.deadline?.date;
      if (!kr.deadline || !date) continue;
      if (date >= cycle.start && date <= cycle.end) continue;
      // A custom cycle's label already is its dates (`2026-11-01..2027-01-31`): say them once.
      const span = `${cycle.start}..${cycle.end}`;
      const before = date < cycle.start;
      const message =
        cycle.label === span
          ? before
            ? t('Deadline outside the cycle: {0} ({1}) is before the cycle {2} to {3}', kr.deadline.raw, date, cycle.start, cycle.end)
            : t('Deadline outside the cycle: {0} ({1}) is after the cycle {2} to {3}', kr.deadline.raw, date, cycle.start, cycle.end)
          : before
            ? t('Deadline outside the cycle: {0} ({1}) is before {2} ({3} to {4})', kr.deadline.raw, date, cycle.label, cycle.start, cycle.end)
            : t('Deadline outside the cycle: {0} ({1}) is after {2} ({3} to {4})', kr.deadline.raw, date, cycle.label, cycle.start, cycle.end);
      report({
        message,
        range: kr.deadline.range,
        related: cycle.range ? [{ message: t('The cycle {0}', cycle.label), range: cycle.range }] : undefined,
        subject: kr.text,
      });
    }
  },
);
