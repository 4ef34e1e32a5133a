// A current value past the target (done? raise the bar) or behind the baseline (moving the wrong way).
import type { KeyResult } from '../../model';
import { defineRule } from '../helpers';
import { isAmount, keyResults } from '../kr';

function wrongSide(kr: KeyResult): string | null {
  const { baseline, target, current } = kr;
  if (!target || !current || target.relative) return null;
  if (current.unit && target.unit && current.unit !== target.unit) return null;
  const c = current.value;
  const t = target.value;
  if (kr.comparator) {
    const ok = kr.comparator === '>=' ? c >= t : kr.comparator === '<=' ? c <= t : kr.comparator === '>' ? c > t : c < t;
    return ok ? null : `current ${current.raw} breaks the threshold (${kr.comparator} ${target.raw})`;
  }
  const direction = kr.direction ?? (baseline ? (t > baseline.value ? 'increase' : t < baseline.value ? 'decrease' : null) : null);
  if (!direction) return null;
  if (direction === 'increase' && c > t) return `current ${current.raw} is already past the target ${target.raw}: mark it done or raise the target`;
  if (direction === 'decrease' && c < t) return `current ${current.raw} is already below the target ${target.raw}: mark it done or lower the target`;
  if (baseline && direction === 'increase' && c < baseline.value) return `current ${current.raw} is below the baseline ${baseline.raw}: the KR is moving the wrong way`;
  if (baseline && direction === 'decrease' && c > baseline.value) return `current ${current.raw} is above the baseline ${baseline.raw}: the KR is moving the wrong way`;
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
  ({ doc, text, report }) => {
    for (const { kr } of keyResults(doc)) {
      if (!isAmount(kr, text, kr.target) || (kr.baseline && !isAmount(kr, text, kr.baseline))) continue;
      const problem = wrongSide(kr);
      if (!problem || !kr.current) continue;
      report({
        message: `Current value out of range: ${problem}`,
        // Past the target is good news to act on, not a problem: one step quieter.
        mild: / past the target | below the target /.test(problem),
        range: kr.current.range,
        related: kr.target ? [{ message: 'The target', range: kr.target.range }] : undefined,
        subject: kr.text,
      });
    }
  },
);
