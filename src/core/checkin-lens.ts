// The per-KR check-in CodeLens as data: one lens on the first line of each key result, titled
// "Check in", or "Mark done" / "Mark not done" on a milestone (a checkbox without a number), with
// the arguments of the Check In command that acts on that KR. One pass over the model's KRs: the
// editor asks on every change, from the model the other features share.
import { isMilestone } from './checkin';
import type { OkrDocument, Range } from './model';
import { english, type Translate } from './translate';

export interface KeyResultLensData {
  /** Where the lens sits: the start of the KR's item (its first line). */
  range: Range;
  title: string;
  /** The Check In command's `line` (0-based, the KR's first line). */
  line: number;
  /** For a milestone: what the lens marks it (`true` done, `false` not done); absent for a value check-in. */
  done?: boolean;
}

export function keyResultLenses(doc: OkrDocument, t: Translate = english): KeyResultLensData[] {
  const out: KeyResultLensData[] = [];
  for (const objective of doc.objectives) {
    for (const kr of objective.keyResults) {
      const range = { start: kr.range.start, end: kr.range.start };
      if (isMilestone(kr)) out.push({ range, title: kr.checked ? t('Mark not done') : t('Mark done'), line: kr.range.start.line, done: !kr.checked });
      else out.push({ range, title: t('Check in'), line: kr.range.start.line });
    }
  }
  return out;
}
