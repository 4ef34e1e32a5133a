// Committed and aspirational OKRs are graded differently (1.0 expected vs about 0.7 is success).
import { defineRule, quote } from '../helpers';
import { insertObjectiveMetadata } from '../insert';

export default defineRule(
  {
    id: 'objective-missing-type',
    description: 'Objectives should say whether they are committed or aspirational (`Type:`)',
    category: 'objective',
    scope: 'objective',
    defaultSeverity: 'off',
    strictSeverity: 'info',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    const fileType = doc.frontmatter?.entries.find((e) => e.key.toLowerCase() === 'type')?.value;
    if (fileType === 'committed' || fileType === 'aspirational') return;
    for (const objective of doc.objectives) {
      if (objective.type) continue;
      const at = insertObjectiveMetadata(objective, text, lines);
      report({
        message: t('Objective has no type: say whether {0} is committed (1.0 expected) or aspirational (0.7 is success)', quote(objective.title)),
        range: objective.titleRange,
        fixes: [
          { title: t('Mark as committed'), edits: [{ range: at.range, newText: `${at.prefix}Type: committed${at.suffix}` }] },
          { title: t('Mark as aspirational'), edits: [{ range: at.range, newText: `${at.prefix}Type: aspirational${at.suffix}` }] },
        ],
      });
    }
  },
);
