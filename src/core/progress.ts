// Progress: a separate pass over an assembled model (parse, or sections stitched together after
// an incremental re-parse). KR progress from its numbers, then weighted means up the tree.
import type { Comparator, Direction, Group, KeyResult, Objective, OkrDocument } from './model';
import type { Translate } from './translate';
import { convert, valueIn } from './units';

export interface ProgressResult {
  /** 0–1, or null when it cannot be computed. */
  progress: number | null;
  /** Why `progress` is null, else null. */
  reason: string | null;
}

const clamp01 = (n: number): number => (n < 0 ? 0 : n > 1 ? 1 : n);

export function compare(value: number, comparator: Comparator, limit: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= limit;
    case '>':
      return value > limit;
    case '<=':
      return value <= limit;
    case '<':
      return value < limit;
  }
}

/**
 * The absolute target of a KR, in `targetUnit(kr)`: a relative target (`by 25%`, `2x`, `by 2 hours`)
 * needs the baseline, and is computed in the baseline's unit.
 */
export function absoluteTarget(kr: Pick<KeyResult, 'target' | 'baseline' | 'direction'>): number | null {
  const { target, baseline } = kr;
  if (!target) return null;
  if (!target.relative) return target.value;
  if (!baseline) return null;
  const sign = kr.direction === 'decrease' ? -1 : 1;
  // A factor of 0 or less (`by 0x`) names no value to reach (dividing by it would give Infinity).
  if (target.unit === 'x') return !(target.value > 0) ? null : kr.direction === 'decrease' ? baseline.value / target.value : baseline.value * target.value;
  if (target.unit === '%') return baseline.value * (1 + (sign * target.value) / 100);
  // `by 12 hours` from `3 days`: the change in the baseline's unit.
  return baseline.value + sign * valueIn(target, baseline.unit);
}

/**
 * The unit `absoluteTarget` is in, which the progress arithmetic converts the baseline and the
 * current value to: the target's own unit, or the baseline's for a relative target, else the KR's.
 */
export function targetUnit(kr: Pick<KeyResult, 'target' | 'baseline' | 'unit'>): string | null {
  const own = kr.target && !kr.target.relative ? kr.target.unit : (kr.baseline?.unit ?? null);
  return own ?? kr.unit;
}

/**
 * The direction the numbers give when baseline and target are in different units of one family
 * (`from 5 days to 12 hours` decreases although 12 > 5), else null: then the parser's direction
 * (from the numbers as written, the verb or the comparator) stands.
 */
export function convertedDirection(kr: Pick<KeyResult, 'target' | 'baseline'>): Direction | null {
  const { target, baseline } = kr;
  if (!target || !baseline || target.relative || target.unit === baseline.unit) return null;
  const from = convert(baseline.value, baseline.unit, target.unit);
  if (from === null || from === target.value) return null;
  return target.value > from ? 'increase' : 'decrease';
}

/**
 * A KR's progress: an explicit score wins; a milestone is 0 or 1; a threshold is 1 when the current
 * value satisfies it, else 0; a metric is `(current − baseline) / (target − baseline)` clamped to 0–1
 * (an increase without a baseline counts from 0). Unknown, with a reason, when it cannot be computed.
 * Baseline, target and current convert to one unit first when they are of one family (units.ts).
 */
export function keyResultProgress(kr: KeyResult): ProgressResult {
  if (kr.score !== null) return { progress: clamp01(kr.score), reason: null };
  switch (kr.kind) {
    case 'milestone':
      return { progress: kr.checked ? 1 : 0, reason: null };
    case 'unmeasured':
      return kr.checked === true ? { progress: 1, reason: null } : { progress: null, reason: 'not measurable: no target number' };
    case 'threshold': {
      if (!kr.target) return { progress: null, reason: 'no target' };
      if (!kr.current) return { progress: null, reason: 'no current value' };
      const comparator = kr.comparator ?? (kr.direction === 'decrease' ? '<=' : '>=');
      const unit = targetUnit(kr);
      return { progress: compare(valueIn(kr.current, unit), comparator, kr.target.value) ? 1 : 0, reason: null };
    }
    case 'metric': {
      if (!kr.target) return { progress: null, reason: 'no target' };
      const target = absoluteTarget(kr);
      if (target === null) return { progress: null, reason: kr.baseline ? 'no target value' : 'relative target without a baseline' };
      if (!kr.current) return kr.checked === true ? { progress: 1, reason: null } : { progress: null, reason: 'no current value' };
      const unit = targetUnit(kr);
      let baseline = kr.baseline ? valueIn(kr.baseline, unit) : null;
      if (baseline === null) {
        if (kr.direction === 'decrease') return { progress: null, reason: 'no baseline for a decrease' };
        baseline = 0;
      }
      const current = valueIn(kr.current, unit);
      if (target === baseline) {
        const met = kr.direction === 'decrease' ? current <= target : current >= target;
        return { progress: met ? 1 : 0, reason: null };
      }
      return { progress: clamp01((current - baseline) / (target - baseline)), reason: null };
    }
  }
}

/**
 * A `progressReason` (English, from `keyResultProgress`) in `t`'s language: one template per reason,
 * so the bundle has them (a unit test checks every reason above has a case).
 */
export function progressReasonText(reason: string, t: Translate): string {
  switch (reason) {
    case 'not measurable: no target number': return t('not measurable: no target number');
    case 'no target': return t('no target');
    case 'no current value': return t('no current value');
    case 'relative target without a baseline': return t('relative target without a baseline');
    case 'no target value': return t('no target value');
    case 'no baseline for a decrease': return t('no baseline for a decrease');
    default: return reason;
  }
}

/** Weighted mean of the items whose progress is known; null when none is. */
export function weightedMean(items: readonly { progress: number | null; weight: number }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const item of items) {
    if (item.progress === null || !(item.weight > 0)) continue;
    sum += item.progress * item.weight;
    weights += item.weight;
  }
  return weights > 0 ? sum / weights : null;
}

export function objectiveProgress(objective: Objective): number | null {
  return weightedMean(objective.keyResults);
}

function groupObjectives(group: Group): Objective[] {
  return [...group.objectives, ...group.groups.flatMap(groupObjectives)];
}

function applyGroup(group: Group): void {
  for (const child of group.groups) applyGroup(child);
  group.progress = weightedMean(groupObjectives(group));
}

/**
 * Fills in `progress` (and `progressReason`) on every KR, objective, group and the document, in
 * place, and returns the same document. Safe to rerun after the model was assembled or edited.
 */
export function applyProgress(doc: OkrDocument): OkrDocument {
  for (const objective of doc.objectives) {
    for (const kr of objective.keyResults) {
      // The parser compares the numbers as written; across units of one family only converted
      // numbers tell the direction.
      kr.direction = convertedDirection(kr) ?? kr.direction;
      const result = keyResultProgress(kr);
      kr.progress = result.progress;
      kr.progressReason = result.reason;
    }
    objective.progress = objectiveProgress(objective);
  }
  for (const group of doc.groups) applyGroup(group);
  doc.progress = weightedMean(doc.objectives);
  return doc;
}
