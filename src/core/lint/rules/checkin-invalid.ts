// Check-ins make the trend: a bad date, an out-of-order entry or one outside the cycle distorts it.
import { defineRule } from '../helpers';

export default defineRule(
  {
    id: 'checkin-invalid',
    description: 'Check-ins need valid dates, in order, inside the cycle',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, report }) => {
    const reported = new Set<number>();
    for (const problem of doc.problems) {
      if (problem.code !== 'checkin-invalid') continue;
      reported.add(problem.range.start.offset);
      report({ message: problem.message, range: problem.range });
    }
    const cycle = doc.cycle;
    // Plain loops, not `keyResults(doc)`: this rule runs over the whole file on every edit.
    for (const objective of doc.objectives) for (const kr of objective.keyResults) {
      let previous = null as string | null;
      for (const checkin of kr.checkins) {
        if (reported.has(checkin.dateRange.start.offset) || reported.has(checkin.range.start.offset)) continue;
        if (!checkin.date) {
          report({ message: `Invalid check-in date: '${checkin.dateRaw}' is not a date (expected YYYY-MM-DD)`, range: checkin.dateRange });
          continue;
        }
        if (previous && checkin.date < previous) {
          report({ message: `Check-in out of order: ${checkin.date} comes after ${previous}; list check-ins oldest first`, range: checkin.dateRange });
        } else if (previous && checkin.date === previous) {
          report({ message: `Duplicate check-in date: ${checkin.date} appears twice for this KR`, range: checkin.dateRange });
        }
        if (cycle && (checkin.date < cycle.start || checkin.date > cycle.end)) {
          report({
            message: `Check-in outside the cycle: ${checkin.date} is ${checkin.date < cycle.start ? 'before' : 'after'} ${cycle.label} (${cycle.start} to ${cycle.end})`,
            range: checkin.dateRange,
          });
        }
        if (previous === null || checkin.date > previous) previous = checkin.date;
      }
    }
  },
);
