// The same KR twice is a copy-paste slip, or one objective's KR measured twice.
import { defineSplitRule, normaliseText, quote } from '../helpers';
import { itemLines } from '../kr';
import { copyRange } from '../../shift';
import { itemOf, KeyOccurrences, objectiveOf } from '../occurrences';

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
    key = normaliseText(text.replace(/(?:\s+@[\w.-]+)+\s*$/, ''));
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
        const key = keyOf(kr.text);
        return key.length < 3 ? null : key;
      }),
    // The keys' occurrences are kept in the memo between lints and patched with the objectives whose
    // facts changed (after a keystroke, the edited one); the model is read only for the duplicates.
    merge: ({ doc, lines, t, report }, facts, memo) => {
      let occurrences = memo.get('occurrences') as KeyOccurrences<Keys> | undefined;
      if (!occurrences) memo.set('occurrences', (occurrences = new KeyOccurrences<Keys>((keys) => keys)));
      occurrences.update(facts);
      for (const { code, first: firstCode } of occurrences.repeats()) {
        const i = objectiveOf(code);
        const objective = doc.objectives[i]!;
        const kr = objective.keyResults[itemOf(code)]!;
        const firstObjective = doc.objectives[objectiveOf(firstCode)]!;
        // Copies: the cache moves the model's ranges in place on the next edit.
        const first = { range: copyRange(firstObjective.keyResults[itemOf(firstCode)]!.textRange), objective: firstObjective.title };
        const item = itemLines(kr, lines);
        report({
          message:
            objectiveOf(firstCode) === i
              ? t('Duplicate KR: {0} already appears in this objective', quote(kr.text))
              : t('Duplicate KR: {0} already appears under {1}', quote(kr.text), quote(first.objective, 40)),
          range: copyRange(kr.textRange),
          related: [{ message: t('First occurrence'), range: first.range }],
          fixes: kr.checkins.length ? [] : [{ title: t('Remove the duplicate'), edits: [{ range: lines.range(item.start, item.end), newText: '' }] }],
          tags: ['unnecessary'],
          subject: kr.text,
        });
      }
    },
  },
);
