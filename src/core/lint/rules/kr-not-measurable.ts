// "It is not a key result unless it has a number": a KR needs a checkable target.
import { escapeSnippet } from '../../edits';
import { defineRule, quote } from '../helpers';
import { keyResults, wordingEnd, wordingOf } from '../kr';
import { placeholdersIn } from '../placeholders';
import type { Translate } from '../../translate';
import type { Fix } from '../types';
import type { Wording } from '../wording';

/** `'Q4' is a period`: why a number in the text is not a target (one whole phrase per reason, for translators). */
function notATarget(context: string, reason: string | null, t: Translate): string {
  switch (reason) {
    case 'a date': return t("'{0}' is a date", context);
    case 'a period': return t("'{0}' is a period", context);
    case 'a year': return t("'{0}' is a year", context);
    case 'a name': return t("'{0}' is a name", context);
    case 'part of a name': return t("'{0}' is part of a name", context);
    case 'a version': return t("'{0}' is a version", context);
    case 'an ordinal': return t("'{0}' is an ordinal", context);
    case 'part of the metric name': return t("'{0}' is part of the metric name", context);
    case 'a description': return t("'{0}' is a description", context);
    // A reason wording.ts adds later (a unit test lists the reasons it gives and expects a case for each).
    default: return t("'{0}' is {1}", context, reason ?? '');
  }
}

function why(w: Wording, text: string, t: Translate): string {
  const message = sentence(w, text, t);
  const notTargets = [...new Map(w.numbers.filter((n) => !n.target).map((n) => [n.context, notATarget(n.context, n.reason, t)])).values()];
  return notTargets.length ? t('{0} ({1}, not a target)', message, notTargets.slice(0, 2).join(', ')) : message;
}

/** Verbs of being: the state after them, not the verb, is what is vague. */
const STATE_VERB = /^(?:be|stay|remain|become)$/;
/** Beginning or keeping up a habit: the habit, not the words after it, is what has no end (`Keep shipping small improvements`). */
const HABIT_VERB = /^(?:keep|start|begin)$/;

/** The direction a direction verb moves its amount in (any form: `reducing`, `halved`); null when it says none alone. */
function directionOf(word: string): 'Increase' | 'Reduce' | null {
  if (/^(?:increas|rais|grow|boost|expand|maximi[sz]|lengthen|doubl|tripl)/.test(word)) return 'Increase';
  if (/^(?:decreas|reduc|cut|lower|minimi[sz]|shorten|halv|drop)/.test(word)) return 'Reduce';
  return null;
}

/**
 * The verbs a fix may put in the KR verb's place. Never the opposite of a direction the KR states (`Reduce churn` is
 * not `Increase churn`), judged by the verb word (`Keep reducing` reads `reduce`); none for a verb whose object is no
 * amount (`Clean up the codebase`, `Level up our skills`, `Elevate the brand`: 'Increase the codebase' means nothing)
 * or when a particle follows the span (`Speed up deploys`, `Cut back on travel`), which would be left dangling.
 */
function replacementVerbs(word: string, verbClass: Wording['verbClass'], after: string): string[] {
  if (/^[ \t]+(?:up|down|out|back|over|off|on)\b/i.test(after)) return [];
  if (verbClass === 'direction') {
    const direction = directionOf(word);
    return direction ? [direction] : [];
  }
  if (/\s/.test(word) || /^(?:elevate|uplevel|up-level|uplift)$/.test(word)) return [];
  return ['Increase', 'Reduce'];
}

function sentence(w: Wording, text: string, t: Translate): string {
  const q = quote(text);
  const vague = [...new Set(w.vagueWords.map((v) => v.word.toLowerCase()))];
  if (w.placeholder) return t('KR is not measurable: {0} is a question or placeholder with nothing to check', q);
  // `Research and write blog posts`: what decided it is the missing count, whatever the first verb is.
  // (`Address open support escalations`: an item verb with an open set; how many, not how long, is what is missing.)
  if (w.basis === 'unbounded-plural' || (w.basis === 'ongoing' && w.unboundedPlural)) return t('KR is not measurable: {0} does not say how many', q);
  // (`KR has no target` is kr-missing-target's finding, a baseline without a target: these say what is missing instead.)
  // `Make time for learning`, `Make space for innovation`: an amount with no way to go, only no size.
  if (w.basis === 'direction' && w.verbClass !== 'direction' && w.vagueWords.length === 0 && /^(?:make|find|carve|set|free|block|protect)$/.test(w.verb?.word ?? '')) return t('KR is not measurable: {0} does not say how much', q);
  if (w.verbClass === 'direction' && w.verb) return t("KR is not measurable: {0} says which way ('{1}') but not how far", q, w.verb.word);
  if (w.verbClass === 'direction' || (w.basis === 'direction' && w.vagueWords.length === 0)) return t('KR is not measurable: {0} says which way but not how far', q);
  // `Be more data-driven`: 'be' is the stance, the vague words are what carry it.
  if ((w.verbClass === 'vague' || w.basis === 'vague') && w.verb && STATE_VERB.test(w.verb.word)) {
    const others = vague.filter((v) => v !== w.verb!.word);
    if (others.length) return t('KR is not measurable: {0} relies on vague words ({1}) with no number to check', q, others.slice(0, 3).join(', '));
    return t("KR is not measurable: {0} describes a state to be in ('{1}') with nothing that says when it holds", q, w.verb!.word);
  }
  if (w.verbClass === 'vague') return t("KR is not measurable: {0} says what to change but not by how much; '{1}' is vague", q, w.verb!.word);
  // `Ensure a smooth migration`, `Position us as the leading …`: the vague words decided it or say what the stance is,
  // whatever the verb's class.
  if ((w.basis === 'vague-words' || (w.basis === 'ongoing' && !w.unboundedPlural && !HABIT_VERB.test(w.verb?.word ?? ''))) && vague.length) return t('KR is not measurable: {0} relies on vague words ({1}) with no number to check', q, vague.slice(0, 3).join(', '));
  // `Lay the groundwork for …`: effort promised, named by its phrase.
  if (w.basis === 'ongoing' && w.ongoingWord) return t("KR is not measurable: {0} describes ongoing activity ('{1}') with no count or end state", q, w.ongoingWord);
  if (w.verbClass === 'ongoing' || (w.basis === 'ongoing' && w.verb)) return t("KR is not measurable: {0} describes ongoing activity ('{1}') with no count or end state", q, w.verb!.word);
  if (vague.length) return t('KR is not measurable: {0} relies on vague words ({1}) with no number to check', q, vague.slice(0, 3).join(', '));
  if (w.basis === 'ongoing-words' && w.ongoingWord) return t("KR is not measurable: {0} describes ongoing activity ('{1}') with no count or end state", q, w.ongoingWord);
  if (w.unboundedPlural) return t('KR is not measurable: {0} does not say how many', q);
  if (w.basis === 'open-scope') return t('KR is not measurable: {0} does not say which part or how much of it', q);
  if (w.basis === 'metric-only') return t('KR is not measurable: {0} names a metric but no value for it to reach', q);
  if (w.basis === 'area') return t('KR is not measurable: {0} names an area, with no number, threshold or done-criterion', q);
  return t('KR is not measurable: {0} has no number, threshold or done-criterion', q);
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
    options: {
      possible: {
        type: 'boolean',
        description: "Also report key results that are possibly unmeasurable: a bare label of common nouns ('Keyboard shortcuts', 'Dark mode for the dashboard') may name a feature or only a theme — one step quieter.",
      },
    },
    defaults: { possible: false },
  },
  ({ doc, text, lines, options, t, report }) => {
    for (const { kr } of keyResults(doc)) {
      // A template left unfilled (`Increase ‹metric› from ‹baseline› to ‹target›`, a milestone's
      // `‹Milestone reached›` too): what it needs is its placeholders filled in, whatever else the
      // words would say (`by 2027-03-31` is no target either). The one finding for it; the other
      // key-result rules pass over it (placeholders.ts).
      const holes = placeholdersIn(kr.text, t);
      if (holes.length) {
        report({ message: t('KR is a template: fill in {0}', holes.slice(0, 4).join(', ')), range: kr.textRange, subject: kr.text });
        continue;
      }
      // A checkbox is a declared milestone (done or not).
      if (kr.checked !== null) continue;
      // The wording analysis decides (the parser also reads `SOC 2` or `the 2 new AEs` as targets).
      const w = wordingOf(kr, text);
      if (w.measurable && !(options.possible === true && w.borderline)) continue;
      const end = wordingEnd(kr, text);
      const at = lines.range(end, end);
      const fixes: Fix[] = [
        { title: t("Add 'from ‹baseline› to ‹target›'"), snippet: true, edits: [{ range: at, newText: ' from ${1:baseline} to ${2:target}' }] },
      ];
      if (w.verb && (w.verbClass === 'vague' || w.verbClass === 'direction')) {
        const verbRange = lines.range(kr.textRange.start.offset + w.verb.start, kr.textRange.start.offset + w.verb.end);
        const original = text.slice(verbRange.start.offset, verbRange.end.offset);
        const capital = /^[A-Z]/.test(original);
        for (const verb of replacementVerbs(w.verb.word, w.verbClass, text.slice(verbRange.end.offset))) {
          if (verb.toLowerCase() === original.toLowerCase()) continue;
          fixes.push({
            title: verb === 'Increase' ? t("Use 'Increase' and add 'from ‹baseline› to ‹target›'") : t("Use 'Reduce' and add 'from ‹baseline› to ‹target›'"),
            snippet: true,
            edits: [
              { range: verbRange, newText: escapeSnippet(capital ? verb : verb.toLowerCase()) },
              { range: at, newText: ' from ${1:baseline} to ${2:target}' },
            ],
          });
        }
      }
      if (w.measurable) {
        // The opt-in reading: said as a possibility, one step quieter than a KR that is surely unmeasurable (error →
        // warning, warning → info).
        // No fix: 'from ‹baseline› to ‹target›' after a label (`Dark mode for the dashboard from … to …`) makes no sense; what
        // is missing is when the feature counts as shipped, which only the author can say. (At info or hint the mild
        // finding keeps the same severity: there is no quieter one.)
        report({ message: t('KR may not be measurable: {0} is a label that names no number, threshold or done-state; if it is a feature, say when it counts as shipped', quote(kr.text)), range: kr.textRange, mild: true, subject: kr.text });
        continue;
      }
      report({ message: why(w, kr.text, t), range: kr.textRange, fixes, subject: kr.text });
    }
  },
);
