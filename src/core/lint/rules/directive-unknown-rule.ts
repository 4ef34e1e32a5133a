// An inline directive (`<!-- okr-lint-disable-next-line kr-not-measureable -->`) that names a rule
// id we do not have disables nothing, silently: the finding the person meant to silence stays, and
// they cannot tell why. Say so on the id, with the nearest real id and a fix that writes it (as
// ESLint's "Definition for rule … was not found").
//
// Reported under its own id, so the misspelt id can never silence the report about itself: the
// directive only disables the (unknown) id it names. `okr-lint-disable directive-unknown-rule`,
// a bare `okr-lint-disable` or the rule's setting do silence it.
import type { Range } from '../../model';
import { parseDirective } from '../directives';
import { defineRule } from '../helpers';
import { ruleById, rules } from './index';

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, previous2[j - 2]! + 1);
      row.push(d);
    }
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The known rule id nearest to an unknown one, when it is close enough to be the one meant: at
 * most a quarter of the id's length in edits (and at least 2), compared case-insensitively.
 * Ties go to the earlier rule in `known`.
 */
export function suggestRuleId(unknown: string, known: readonly string[]): string | null {
  const wanted = unknown.toLowerCase();
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const id of known) {
    // Long junk is compared with nothing: the distance alone rules it out.
    if (Math.abs(id.length - wanted.length) > limit) continue;
    const d = editDistance(wanted, id);
    if (d < bestDistance) {
      bestDistance = d;
      best = id;
    }
  }
  return best !== null && bestDistance <= limit ? best : null;
}

export default defineRule(
  {
    id: 'directive-unknown-rule',
    description: 'Inline `okr-lint-…` directives should name rules that exist',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    if (doc.comments.length === 0) return;
    const known = rules.map((r) => r.meta.id);
    for (const comment of doc.comments) {
      const directive = parseDirective(comment);
      if (!directive || directive.rules.length === 0) continue;
      // Where the comment's text sits in the document (the model keeps it without `<!--` `-->`).
      const raw = text.slice(comment.range.start.offset, comment.range.end.offset);
      const at = raw.indexOf(comment.text);
      directive.rules.forEach((id, i) => {
        if (ruleById(id)) return;
        const offsets = directive.ruleOffsets[i]!;
        const range: Range =
          at >= 0 ? lines.range(comment.range.start.offset + at + offsets.start, comment.range.start.offset + at + offsets.end) : comment.range;
        const suggestion = suggestRuleId(id, known);
        const kind = `okr-lint-${directive.kind}`;
        report({
          message: suggestion
            ? t("Unknown rule '{0}' in {1}, so it disables nothing; did you mean '{2}'?", id, kind, suggestion)
            : t("Unknown rule '{0}' in {1}, so it disables nothing; the rule ids are listed in docs/rules", id, kind),
          range,
          subject: id,
          ...(suggestion && at >= 0 ? { fixes: [{ title: t("Replace '{0}' with '{1}'", id, suggestion), edits: [{ range, newText: suggestion }] }] } : {}),
        });
      });
    }
  },
);
