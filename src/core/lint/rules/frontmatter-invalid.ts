// The front matter must parse: a YAML error or an unreadable cycle silently drops what it says.
import { retranslate } from '../../translate';
import { defineRule } from '../helpers';

export default defineRule(
  {
    id: 'frontmatter-invalid',
    description: 'The front matter must be valid YAML with a valid cycle',
    category: 'file',
    defaultSeverity: 'error',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, t, report }) => {
    for (const problem of doc.problems) {
      if (problem.code !== 'frontmatter-invalid' && problem.code !== 'cycle-invalid') continue;
      report({ message: retranslate(t, problem), range: problem.range });
    }
  },
);
