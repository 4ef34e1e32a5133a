// Some teams give every KR an owner as well as the objective (off unless configured or `strict`).
import { defineRule, quote } from '../helpers';
import { keyResults, wordingEnd } from '../kr';

export default defineRule(
  {
    id: 'kr-missing-owner',
    description: 'Key results should name an owner (`@name`)',
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'off',
    strictSeverity: 'info',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    for (const { kr } of keyResults(doc)) {
      if (kr.owners.length > 0 || /(?:^|\s)@[\w.-]+/.test(kr.text)) continue;
      const end = Math.max(wordingEnd(kr, text), kr.textRange.end.offset);
      report({
        message: t('KR has no owner: {0} names nobody who answers for it', quote(kr.text)),
        range: kr.textRange,
        fixes: [{ title: t('Add an owner'), snippet: true, edits: [{ range: lines.range(end, end), newText: ' @${1:name}' }] }],
        subject: kr.text,
      });
    }
  },
);
