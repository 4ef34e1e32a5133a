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
  /** The objective's title: tells KRs of the same text under different objectives apart (absent in older arguments). */
  objectiveTitle?: string;
}

/** The KR a reference finds, or why none: no KR reads its text any more, or several do. */
export type KeyResultMatch = { kr: KeyResult } | { kr?: undefined; problem: 'gone' | 'ambiguous' };

/**
 * The KR a reference names in a (possibly newer) model, found by its identity: the one KR whose
 * text is the reference's (under an objective of the same title, when several objectives have
 * one), wherever it moved. VS Code keeps clicking old lenses for a moment after an edit, so a lens's
 * line may name another KR by then (a check-in line added above it, an objective inserted before).
 * Several KRs of that text, or none: refused, never a guess.
 */
export function findKeyResult(doc: OkrDocument, ref: KeyResultRef): KeyResultMatch {
  let found = doc.objectives.flatMap((o) => o.keyResults.filter((kr) => kr.text === ref.text).map((kr) => ({ o, kr })));
  if (found.length > 1 && ref.objectiveTitle !== undefined) {
    const titled = found.filter(({ o }) => o.title === ref.objectiveTitle);
    if (titled.length > 0) found = titled;
  }
  if (found.length === 1) return { kr: found[0]!.kr };
  return { problem: found.length === 0 ? 'gone' : 'ambiguous' };
}

/** `findKeyResult`'s KR, or undefined when there is none or more than one. */
export function keyResultByRef(doc: OkrDocument, ref: KeyResultRef): KeyResult | undefined {
  return findKeyResult(doc, ref).kr;
}

export function keyResultLenses(doc: OkrDocument, t: Translate = english): KeyResultLensData[] {
  const out: KeyResultLensData[] = [];
  doc.objectives.forEach((objective, o) =>
    objective.keyResults.forEach((kr, i) => {
      const range = { start: kr.range.start, end: kr.range.start };
      const ref = { objective: o, kr: i, text: kr.text, objectiveTitle: objective.title };
      if (isMilestone(kr)) out.push({ range, title: kr.checked ? t('Mark not done') : t('Mark done'), line: kr.range.start.line, done: !kr.checked, ref });
      else out.push({ range, title: t('Check in'), line: kr.range.start.line, ref });
    }),
  );
  return out;
}
