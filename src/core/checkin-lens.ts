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
  /**
   * True when another objective held a KR of the same text too when the ref was made: once the
   * ref's objective is renamed or gone, a KR of that text elsewhere may be that other one's, so
   * none is taken for the ref's.
   */
  shared?: boolean;
}

/** The KR a reference finds, or why none: no KR reads its text any more, or several do. */
export type KeyResultMatch = { kr: KeyResult } | { kr?: undefined; problem: 'gone' | 'ambiguous' };

/**
 * The KR a reference names in a (possibly newer) model, found by its identity: the one KR whose
 * text is the reference's under an objective of the reference's title, wherever it moved. VS Code
 * keeps clicking old lenses for a moment after an edit, so a lens's line may name another KR by
 * then (a check-in line added above it, an objective inserted before). While an objective of that
 * title exists, a KR of the same text under another objective is never taken for it (its own KR was
 * edited or removed: gone); only when no objective has the title any more (renamed) may the KR be
 * found under another title, and then only if no other objective had that text when the ref was made.
 * Several KRs, or none: refused, never a guess.
 */
export function findKeyResult(doc: OkrDocument, ref: KeyResultRef): KeyResultMatch {
  let found = doc.objectives.flatMap((o) => o.keyResults.filter((kr) => kr.text === ref.text).map((kr) => ({ o, kr })));
  const title = ref.objectiveTitle;
  if (title !== undefined) {
    const own = found.filter(({ o }) => o.title === title);
    if (own.length > 0 || ref.shared || doc.objectives.some((o) => o.title === title)) found = own;
  }
  if (found.length === 1) return { kr: found[0]!.kr };
  return { problem: found.length === 0 ? 'gone' : 'ambiguous' };
}

/** The identity of the `k`th KR of the `o`th objective, which `findKeyResult` finds again in a newer model. */
export function keyResultRef(doc: OkrDocument, o: number, k: number): KeyResultRef {
  const objective = doc.objectives[o]!;
  const text = objective.keyResults[k]!.text;
  const shared = doc.objectives.some((other, i) => i !== o && other.keyResults.some((kr) => kr.text === text));
  return { objective: o, kr: k, text, objectiveTitle: objective.title, ...(shared ? { shared } : {}) };
}

/** `findKeyResult`'s KR, or undefined when there is none or more than one. */
export function keyResultByRef(doc: OkrDocument, ref: KeyResultRef): KeyResult | undefined {
  return findKeyResult(doc, ref).kr;
}

export function keyResultLenses(doc: OkrDocument, t: Translate = english): KeyResultLensData[] {
  const out: KeyResultLensData[] = [];
  // How many objectives hold each KR text (`shared` when several do), counted once for all lenses.
  const holders = new Map<string, number>();
  for (const objective of doc.objectives) for (const text of new Set(objective.keyResults.map((kr) => kr.text))) holders.set(text, (holders.get(text) ?? 0) + 1);
  doc.objectives.forEach((objective, o) =>
    objective.keyResults.forEach((kr, i) => {
      const range = { start: kr.range.start, end: kr.range.start };
      const ref: KeyResultRef = { objective: o, kr: i, text: kr.text, objectiveTitle: objective.title };
      if (holders.get(kr.text)! > 1) ref.shared = true;
      if (isMilestone(kr)) out.push({ range, title: kr.checked ? t('Mark not done') : t('Mark done'), line: kr.range.start.line, done: !kr.checked, ref });
      else out.push({ range, title: t('Check in'), line: kr.range.start.line, ref });
    }),
  );
  return out;
}
