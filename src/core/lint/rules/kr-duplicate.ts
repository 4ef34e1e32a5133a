// The same KR twice is a copy-paste slip, or one objective's KR measured twice.
import { defineRule, normaliseText, quote } from '../helpers';
import { itemLines, keyResults } from '../kr';
import type { Range } from '../../model';

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
  ({ doc, lines, report }) => {
    const seen = new Map<string, { range: Range; objective: string }>();
    for (const { kr, objective } of keyResults(doc)) {
      const key = normaliseText(kr.text.replace(/(?:\s+@[\w.-]+)+\s*$/, ''));
      if (key.length < 3) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { range: kr.textRange, objective: objective.title });
        continue;
      }
      const item = itemLines(kr, lines);
      report({
        message: `Duplicate KR: ${quote(kr.text)} already appears${first.objective === objective.title ? ' in this objective' : ` under ${quote(first.objective, 40)}`}`,
        range: kr.textRange,
        related: [{ message: 'First occurrence', range: first.range }],
        fixes: kr.checkins.length ? [] : [{ title: 'Remove the duplicate', edits: [{ range: lines.range(item.start, item.end), newText: '' }] }],
        tags: ['unnecessary'],
        subject: kr.text,
      });
    }
  },
);
