// Check-ins make the trend: a bad date, an out-of-order entry or one outside the cycle distorts it.
import { retranslate } from '../../translate';
import { defineSplitRule } from '../helpers';

export default defineSplitRule(
  {
    id: 'checkin-invalid',
    description: 'Check-ins need valid dates, in order, inside the cycle',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  {
    // Each objective's check-ins and the parse problems in its span (problems at its check-ins are
    // not checked again); cached with the objective.
    objective: ({ doc, span, t, report }) => {
      const reported = new Set<number>();
      for (const problem of doc.problems) {
        if (problem.code !== 'checkin-invalid') continue;
        reported.add(problem.range.start.offset);
        if (problem.range.start.offset >= span.start && problem.range.start.offset < span.end) report({ message: retranslate(t, problem), range: problem.range });
      }
      const cycle = doc.cycle;
      for (const kr of doc.objectives[0]!.keyResults) {
        let previous = null as string | null;
        for (const checkin of kr.checkins) {
          if (reported.size > 0 && (reported.has(checkin.dateRange.start.offset) || reported.has(checkin.range.start.offset))) continue;
          if (!checkin.date) {
            report({ message: t("Invalid check-in date: '{0}' is not a date (expected YYYY-MM-DD)", checkin.dateRaw), range: checkin.dateRange });
            continue;
          }
          if (previous && checkin.date < previous) {
            report({ message: t('Check-in out of order: {0} comes after {1}; list check-ins oldest first', checkin.date, previous), range: checkin.dateRange });
          } else if (previous && checkin.date === previous) {
            report({ message: t('Duplicate check-in date: {0} appears twice for this KR', checkin.date), range: checkin.dateRange });
          }
          if (cycle && (checkin.date < cycle.start || checkin.date > cycle.end)) {
            report({
              message:
                checkin.date < cycle.start
                  ? t('Check-in outside the cycle: {0} is before {1} ({2} to {3})', checkin.date, cycle.label, cycle.start, cycle.end)
                  : t('Check-in outside the cycle: {0} is after {1} ({2} to {3})', checkin.date, cycle.label, cycle.start, cycle.end),
              range: checkin.dateRange,
            });
          }
          if (previous === null || checkin.date > previous) previous = checkin.date;
        }
      }
    },
    // The parse problems in no objective's span: before the first objective (or without objectives).
    merge: ({ doc, text, t, report }) => {
      const first = doc.objectives[0]?.range.start.offset ?? text.length;
      for (const problem of doc.problems) {
        if (problem.code !== 'checkin-invalid') continue;
        if (problem.range.start.offset < first || problem.range.start.offset >= text.length) report({ message: retranslate(t, problem), range: problem.range });
      }
    },
  },
);
