// A current value past the target (done? raise the bar) or behind the baseline (moving the wrong way).
import type { KeyResult, Quantity } from '../../model';
import type { Translate } from '../../translate';
import { convert } from '../../units';
import { defineRule } from '../helpers';
import { isAmount, keyResults } from '../kr';

/** What is wrong with the current value; `mild` when it is past the target (good news to act on). */
function wrongSide(kr: KeyResult, t: Translate): { message: string; mild: boolean } | null {
  const { baseline, target, current } = kr;
  if (!target || !current || target.relative) return null;
  // Compared in the target's unit (36 hours against 5 days → 12 hours); units that do not convert
  // (different families, unknown) say nothing about the side. A bare number is in the KR's unit.
  const inTarget = (q: Quantity): number | null => (q.unit && target.unit ? convert(q.value, q.unit, target.unit) : q.value);
  const c = inTarget(current);
  if (c === null) return null;
  const goal = target.value;
  const base = baseline ? inTarget(baseline) : null;
  if (kr.comparator) {
    const ok = kr.comparator === '>=' ? c >= goal : kr.comparator === '<=' ? c <= goal : kr.comparator === '>' ? c > goal : c < goal;
    return ok ? null : { message: t('Current value out of range: current {0} breaks the threshold ({1} {2})', current.raw, kr.comparator, target.raw), mild: false };
  }
  const direction = kr.direction ?? (base !== null ? (goal > base ? 'increase' : goal < base ? 'decrease' : null) : null);
  if (!direction) return null;
  if (direction === 'increase' && c > goal) return { message: t('Current value out of range: current {0} is already past the target {1}: mark it done or raise the target', current.raw, target.raw), mild: true };
  if (direction === 'decrease' && c < goal) return { message: t('Current value out of range: current {0} is already below the target {1}: mark it done or lower the target', current.raw, target.raw), mild: true };
  if (baseline && base !== null && direction === 'increase' && c < base) return { message: t('Current value out of range: current {0} is below the baseline {1}: the KR is moving the wrong way', current.raw, baseline.raw), mild: false };
  if (baseline && base !== null && direction === 'decrease' && c > base) return { message: t('Current value out of range: current {0} is above the baseline {1}: the KR is moving the wrong way', current.raw, baseline.raw), mild: false };
  return null;
}

export default defineRule(
  {
    id: 'kr-current-out-of-range',
    description: 'The current value of a key result should lie between its baseline and its target',
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, text, t, report }) => {
    for (const { kr } of keyResults(doc)) {
      if (!isAmount(kr, text, kr.target) || (kr.baseline && !isAmount(kr, text, kr.baseline))) continue;
      const problem = wrongSide(kr, t);
      if (!problem || !kr.current) continue;
      report({
        message: problem.message,
        // Past the target is good news to act on, not a problem: one step quieter.
        mild: problem.mild,
        range: kr.current.range,
        related: kr.target ? [{ message: t('The target'), range: kr.target.range }] : undefined,
        subject: kr.text,
      });
    }
  },
);
