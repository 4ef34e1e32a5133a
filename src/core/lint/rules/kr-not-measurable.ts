// "It is not a key result unless it has a number": a KR needs a checkable target.
import { escapeSnippet } from '../../edits';
import { defineRule, quote } from '../helpers';
import { keyResults, wordingEnd, wordingOf } from '../kr';
import type { Fix } from '../types';
import type { Wording } from '../wording';

function why(w: Wording, text: string): string {
  const q = quote(text);
  const vague = [...new Set(w.vagueWords.map((v) => v.word.toLowerCase()))];
  const notTargets = [...new Map(w.numbers.filter((n) => !n.target).map((n) => [n.context, `'${n.context}' is ${n.reason}`])).values()];
  const tail = notTargets.length ? ` (${notTargets.slice(0, 2).join(', ')}, not a target)` : '';
  if (w.placeholder) return `KR is not measurable: ${q} is a question or placeholder with nothing to check${tail}`;
  if (w.verbClass === 'direction') return `KR has no target: ${q} says what to change but not by how much${tail}`;
  if (w.verbClass === 'vague') return `KR has no target: ${q} says what to change but not by how much; '${w.verb!.word}' is vague${tail}`;
  if (w.verbClass === 'ongoing') return `KR is not measurable: ${q} describes ongoing activity ('${w.verb!.word}') with no count or end state${tail}`;
  if (vague.length) return `KR is not measurable: ${q} relies on vague words (${vague.slice(0, 3).join(', ')}) with no number to check${tail}`;
  if (w.unboundedPlural) return `KR is not measurable: ${q} does not say how many${tail}`;
  return `KR is not measurable: ${q} has no number, threshold or done-criterion${tail}`;
}

export default defineRule(
  {
    id: 'kr-not-measurable',
    description: 'Key results need a checkable target: a number, a threshold or a clear done-criterion',
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, report }) => {
    for (const { kr } of keyResults(doc)) {
      // A checkbox is a declared milestone (done or not).
      if (kr.checked !== null) continue;
      // The wording analysis decides (the parser also reads `SOC 2` or `the 2 new AEs` as targets).
      const w = wordingOf(kr, text);
      if (w.measurable) continue;
      const end = wordingEnd(kr, text);
      const at = lines.range(end, end);
      const fixes: Fix[] = [
        { title: "Add 'from ‹baseline› to ‹target›'", snippet: true, edits: [{ range: at, newText: ' from ${1:baseline} to ${2:target}' }] },
      ];
      if (w.verb && (w.verbClass === 'vague' || w.verbClass === 'direction')) {
        const verbRange = lines.range(kr.textRange.start.offset + w.verb.start, kr.textRange.start.offset + w.verb.end);
        const original = text.slice(verbRange.start.offset, verbRange.end.offset);
        const capital = /^[A-Z]/.test(original);
        for (const verb of ['Increase', 'Reduce']) {
          if (verb.toLowerCase() === original.toLowerCase()) continue;
          fixes.push({
            title: `Use '${verb}' and add 'from ‹baseline› to ‹target›'`,
            snippet: true,
            edits: [
              { range: verbRange, newText: escapeSnippet(capital ? verb : verb.toLowerCase()) },
              { range: at, newText: ' from ${1:baseline} to ${2:target}' },
            ],
          });
        }
      }
      report({ message: why(w, kr.text), range: kr.textRange, fixes, subject: kr.text });
    }
  },
);
