// The same KR twice is a copy-paste slip, or one objective's KR measured twice.
import { defineRule, normaliseText, quote } from '../helpers';
import { itemLines } from '../kr';
import type { Range } from '../../model';

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

export default defineRule(
  {
    id: 'kr-duplicate',
    description: 'Key results should not repeat within a file',
    category: 'key-result',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, lines, t, report }) => {
    const seen = new Map<string, { range: Range; objective: string }>();
    // Plain loops, not `keyResults(doc)`: this rule runs over the whole file on every edit.
    for (const objective of doc.objectives) for (const kr of objective.keyResults) {
      const key = keyOf(kr.text);
      if (key.length < 3) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { range: kr.textRange, objective: objective.title });
        continue;
      }
      const item = itemLines(kr, lines);
      report({
        message:
          first.objective === objective.title
            ? t('Duplicate KR: {0} already appears in this objective', quote(kr.text))
            : t('Duplicate KR: {0} already appears under {1}', quote(kr.text), quote(first.objective, 40)),
        range: kr.textRange,
        related: [{ message: t('First occurrence'), range: first.range }],
        fixes: kr.checkins.length ? [] : [{ title: t('Remove the duplicate'), edits: [{ range: lines.range(item.start, item.end), newText: '' }] }],
        tags: ['unnecessary'],
        subject: kr.text,
      });
    }
  },
);
