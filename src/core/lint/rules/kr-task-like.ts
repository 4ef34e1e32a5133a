// KRs are outcomes, not tasks: "Launch X" is an initiative that serves a KR.
import { defineRule, quote } from '../helpers';
import { moveToInitiatives } from '../insert';
import { afterListMarker, itemLines, keyResults, wordingOf } from '../kr';
import { hasPlaceholder } from '../placeholders';
import type { Fix } from '../types';

export default defineRule(
  {
    id: 'kr-task-like',
    description: 'Key results should measure an outcome, not describe an activity or output',
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      milestones: { type: 'boolean', description: 'Also report milestone KRs (a single deliverable, done or not) — one step quieter.' },
    },
    defaults: { milestones: true },
  },
  ({ doc, text, lines, options, t, report }) => {
    for (const { kr, objective } of keyResults(doc)) {
      // A checkbox KR is a milestone the author chose deliberately; a template to fill in is kr-not-measurable's.
      if (kr.checked !== null || hasPlaceholder(kr.text)) continue;
      const w = wordingOf(kr, text);
      if (!w.taskLike) continue;
      const single = w.milestone && !w.hasTarget && w.measurable;
      if (single && options.milestones === false) continue;
      const verb = w.verb && (w.verbClass === 'activity' || w.verbClass === 'ongoing') ? w.verb.word : null;
      const message = single
        ? verb
          ? t('KR is a milestone: {0} is checkable but describes an output ({1}), not the outcome it should cause', quote(kr.text), verb)
          : t('KR is a milestone: {0} is checkable but describes an output, not the outcome it should cause', quote(kr.text))
        : verb
          ? t('KR looks like a task: {0} describes an activity or output ({1}), not an outcome; move it to Initiatives and measure the change it should bring', quote(kr.text), verb)
          : t('KR looks like a task: {0} describes an activity or output, not an outcome; move it to Initiatives and measure the change it should bring', quote(kr.text));

      const fixes: Fix[] = [];
      if (kr.checkins.length === 0) {
        // The KR's own source text (emphasis and links kept), without its `KR1:` label.
        const own = text.slice(kr.textRange.start.offset, kr.textRange.end.offset).trim();
        const edits = moveToInitiatives(objective, kr, own, itemLines(kr, lines), text, lines);
        if (edits.length) fixes.push({ title: t('Move to Initiatives'), edits });
      }
      const marker = afterListMarker(text, kr);
      if (marker !== null) {
        fixes.push({ title: t('Mark as a milestone (- [ ])'), preferred: single, edits: [{ range: lines.range(marker, marker), newText: '[ ] ' }] });
      }
      report({ message, range: kr.textRange, fixes, mild: single, subject: kr.text });
    }
  },
);
