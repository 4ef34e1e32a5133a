// Without a starting value, progress toward a target cannot be computed.
import { defineRule, quote } from '../helpers';
import { isAmount, keyResults } from '../kr';
import { hasPlaceholder } from '../placeholders';
import type { Fix } from '../types';

export default defineRule(
  {
    id: 'kr-missing-baseline',
    description: 'Metric key results need a baseline (a starting value) so progress can be computed',
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'info',
    strictSeverity: 'warning',
    fixable: true,
    options: {
      increases: { type: 'boolean', description: 'Also report increases with an absolute target (their progress then counts from 0).' },
    },
    defaults: { increases: false },
  },
  ({ doc, text, lines, options, t, report }) => {
    for (const { kr } of keyResults(doc)) {
      // Thresholds (stay above/below) and milestones need no baseline.
      if (kr.kind !== 'metric' || !kr.target || kr.baseline || kr.comparator || kr.checked !== null) continue;
      // `from ‹baseline›` left in a template is kr-not-measurable's 'fill in' finding.
      if (hasPlaceholder(kr.text)) continue;
      if (!isAmount(kr, text, kr.target)) continue;
      // Progress counts an increase from 0 when there is no baseline; a relative target (`by 25%`) or a
      // decrease (`Reduce latency to 300 ms`) cannot be measured at all without one.
      const decrease = kr.direction === 'decrease';
      if (!kr.target.relative && !decrease && !options.increases) continue;
      const fixes: Fix[] = [];
      const before = text.slice(Math.max(kr.textRange.start.offset, kr.target.range.start.offset - 4), kr.target.range.start.offset);
      const to = /\bto\s+$/i.exec(before);
      if (to) {
        const at = kr.target.range.start.offset - before.length + to.index;
        fixes.push({ title: t("Add 'from ‹baseline›'"), snippet: true, edits: [{ range: lines.range(at, at), newText: 'from ${1:baseline} ' }] });
      }
      report({
        message:
          kr.target.relative || decrease
            ? t('KR has no baseline: progress toward {0} in {1} cannot be computed without a starting value', kr.target.raw, quote(kr.text, 50))
            : t('KR has no baseline: progress toward {0} in {1} counts from 0; write where it starts', kr.target.raw, quote(kr.text, 50)),
        range: kr.target.range,
        fixes,
        subject: kr.text,
      });
    }
  },
);
