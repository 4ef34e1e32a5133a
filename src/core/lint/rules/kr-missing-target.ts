// A baseline or a current value without a target: the KR says where it starts, not where to go.
import { defineRule, quote } from '../helpers';
import { isAmount, keyResults } from '../kr';
import { hasPlaceholder } from '../placeholders';

export default defineRule(
  {
    id: 'kr-missing-target',
    description: 'Key results with a baseline or current value need a target to reach',
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    for (const { kr } of keyResults(doc)) {
      // A template's `to ‹target›` is kr-not-measurable's 'fill in' finding.
      if (kr.target || kr.comparator || kr.checked !== null || hasPlaceholder(kr.text)) continue;
      const known = kr.baseline ?? (kr.currentSource === 'text' ? kr.current : null);
      if (!known || !isAmount(kr, text, known)) continue;
      const at = known.range.end.offset;
      report({
        message: t('KR has no target: {0} starts from {1} but does not say where to go', quote(kr.text), known.raw),
        range: kr.textRange,
        fixes: [{ title: t("Add 'to ‹target›'"), snippet: true, edits: [{ range: lines.range(at, at), newText: ' to ${1:target}' }] }],
        subject: kr.text,
      });
    }
  },
);
