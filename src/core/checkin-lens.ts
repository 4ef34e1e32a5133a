// The per-KR check-in CodeLens as data: one lens on the first line of each key result, titled
// "Check in", or "Mark done" / "Mark not done" on a milestone (a checkbox without a number), with
// the arguments of the Check In command that acts on that KR. One pass over the model's KRs: the
// editor asks on every change, from the model the other features share.
import { isMilestone } from './checkin';
import type { KeyResult, OkrDocument, Range } from './model';
import { english, type Translate } from './translate';

export interface KeyResultLensData {
  /** Where the lens sits: the start of the KR's item (its first line). */
  range: Range;
  title: string;
  /** The Check In command's `line` (0-based, the KR's first line). */
  line: number;
  /** For a milestone: what the lens marks it (`true` done, `false` not done); absent for a value check-in. */
  done?: boolean;
  /** The KR's identity (objective and KR index, its text), to find it again once the lens is stale. */
  ref: KeyResultRef;
}

export interface KeyResultRef {
  objective: number;
  kr: number;
  text: string;
}

/**
 * The KR a reference names in a (possibly newer) model: the same place and the same text, else
 * undefined. VS Code keeps clicking old lenses for a moment after an edit, so a lens's line may
 * name another KR by then (a check-in line added above it).
 */
export function keyResultByRef(doc: OkrDocument, ref: KeyResultRef): KeyResult | undefined {
  const kr = doc.objectives[ref.objective]?.keyResults[ref.kr];
  return kr && kr.text === ref.text ? kr : undefined;
}

export function keyResultLenses(doc: OkrDocument, t: Translate = english): KeyResultLensData[] {
  const out: KeyResultLensData[] = [];
  doc.objectives.forEach((objective, o) =>
    objective.keyResults.forEach((kr, i) => {
      const range = { start: kr.range.start, end: kr.range.start };
      const ref = { objective: o, kr: i, text: kr.text };
      if (isMilestone(kr)) out.push({ range, title: kr.checked ? t('Mark not done') : t('Mark done'), line: kr.range.start.line, done: !kr.checked, ref });
      else out.push({ range, title: t('Check in'), line: kr.range.start.line, ref });
    }),
  );
  return out;
}
