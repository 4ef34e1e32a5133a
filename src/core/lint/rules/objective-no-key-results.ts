// An objective with no key result cannot be measured at all.
import { defineRule, quote } from '../helpers';
import { insertAfterObjectiveHeader } from '../insert';

export default defineRule(
  {
    id: 'objective-no-key-results',
    description: 'Objectives must have at least one key result',
    category: 'objective',
    defaultSeverity: 'warning',
    strictSeverity: 'error',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, report }) => {
    for (const objective of doc.objectives) {
      if (objective.keyResults.length > 0) continue;
      const at = insertAfterObjectiveHeader(objective, text, lines);
      report({
        message: `Objective has no key results: ${quote(objective.title)} cannot be measured; add 2–4 key results`,
        range: objective.titleRange,
        fixes: [
          {
            title: 'Add a key result',
            snippet: true,
            edits: [{ range: at.range, newText: `${at.prefix}- \${1:Increase metric} from \${2:baseline} to \${3:target}${at.suffix}` }],
          },
        ],
      });
    }
  },
);
