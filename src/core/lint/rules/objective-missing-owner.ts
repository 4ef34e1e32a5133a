// Every objective has one owner who answers for it.
import { defineRule, quote } from '../helpers';
import { insertObjectiveMetadata } from '../insert';

export default defineRule(
  {
    id: 'objective-missing-owner',
    description: 'Objectives should name one owner (`Owner: @name`)',
    category: 'objective',
    scope: 'objective',
    defaultSeverity: 'info',
    strictSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    // An owner in the front matter owns every objective of the file.
    if (doc.frontmatter?.owner) return;
    for (const objective of doc.objectives) {
      if (objective.owner) continue;
      const at = insertObjectiveMetadata(objective, text, lines);
      report({
        message: t('Objective has no owner: {0} needs one person who answers for it', quote(objective.title)),
        range: objective.titleRange,
        fixes: [{ title: t('Add an owner'), snippet: true, edits: [{ range: at.range, newText: `${at.prefix}Owner: @\${1:name}${at.suffix}` }] }],
      });
    }
  },
);
