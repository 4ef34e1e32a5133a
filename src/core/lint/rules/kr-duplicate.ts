// The same KR twice is a copy-paste slip, or one objective's KR measured twice.
import { defineSplitRule, normaliseText, quote } from '../helpers';
import { itemLines, withoutTrailingOwners } from '../kr';
import { copyRange } from '../../shift';
import { itemOf, KeyOccurrences, objectiveOf } from '../occurrences';
import { hasPlaceholder } from '../placeholders';

/**
 * The comparison key of a KR text, memoised by the text: this rule looks across the whole file, so
 * it runs on every lint, and normalising every KR again on each keystroke was most of its cost.
 * Bounded: the memo is dropped when it reaches `MEMO_SIZE` texts.
 */
const MEMO_SIZE = 50_000;
let memo = new Map<string, string>();
function keyOf(text: string): string {
  let key = memo.get(text);
  if (key === undefined) {
    key = normaliseText(withoutTrailingOwners(text));
    if (memo.size >= MEMO_SIZE) memo = new Map();
    memo.set(text, key);
  }
  return key;
}

/** Per objective, each KR's comparison key (null when too short to compare), in KR order. */
type Keys = (string | null)[];

export default defineSplitRule(
  {
    id: 'kr-duplicate',
    description: 'Key results should not repeat within a file',
    category: 'key-result',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  {
    // The keys depend on the objective's KR texts alone: cached with the objective.
    objective: ({ doc }): Keys =>
      doc.objectives[0]!.keyResults.map((kr) => {
        // Two untouched templates (`Increase ‹metric› from ‹baseline› to ‹target›`) are not a
        // copy-paste slip: each is reported once, as a template to fill in (kr-not-measurable).
        if (hasPlaceholder(kr.text)) return null;
        const key = keyOf(kr.text);
        return key.length < 3 ? null : key;
      }),
    // The keys' occurrences are kept in the memo between lints and patched with the objectives whose
    // facts changed (after a keystroke, the edited one); the model is read only for the duplicates.
    merge: ({ doc, lines, t, report }, facts, memo) => {
      let occurrences = memo.get('occurrences') as KeyOccurrences<Keys> | undefined;
      if (!occurrences) memo.set('occurrences', (occurrences = new KeyOccurrences<Keys>((keys) => keys)));
      occurrences.update(facts);
      const repeats = occurrences.repeats();
      if (repeats.length === 0) return;
      // The messages by what they say (the same duplicates are reported again on every keystroke;
      // the memo is dropped with the translator): quoting and translating were most of the merge.
      let messages = memo.get('messages') as Map<string, string> | undefined;
      if (!messages || messages.size > 10_000) memo.set('messages', (messages = new Map()));
      const firstOccurrence = t('First occurrence');
      const removeTitle = t('Remove the duplicate');
      for (const { code, first: firstCode } of repeats) {
        const i = objectiveOf(code);
        const objective = doc.objectives[i]!;
        const kr = objective.keyResults[itemOf(code)]!;
        const firstObjective = doc.objectives[objectiveOf(firstCode)]!;
        const same = objectiveOf(firstCode) === i;
        const messageKey = same ? `=${kr.text}` : `${firstObjective.title.length}:${firstObjective.title}${kr.text}`;
        let message = messages.get(messageKey);
        if (message === undefined) {
          message = same
            ? t('Duplicate KR: {0} already appears in this objective', quote(kr.text))
            : t('Duplicate KR: {0} already appears under {1}', quote(kr.text), quote(firstObjective.title, 40));
          messages.set(messageKey, message);
        }
        const item = itemLines(kr, lines);
        report({
          message,
          // Copies: the cache moves the model's ranges in place on the next edit.
          range: copyRange(kr.textRange),
          related: [{ message: firstOccurrence, range: copyRange(firstObjective.keyResults[itemOf(firstCode)]!.textRange) }],
          fixes: kr.checkins.length ? [] : [{ title: removeTitle, edits: [{ range: lines.range(item.start, item.end), newText: '' }] }],
          tags: ['unnecessary'],
          subject: kr.text,
        });
      }
    },
  },
);
