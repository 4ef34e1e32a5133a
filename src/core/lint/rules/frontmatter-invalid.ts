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
    // The first YAML error only: the parser reports one more for every token after a stray `[`
    // or `{` (a dozen for one typo), and a cycle read from such a wreck is noise, not a finding.
    const yamlError = doc.problems.find((p) => p.code === 'frontmatter-invalid');
    if (yamlError) {
      report({ message: retranslate(t, yamlError), range: yamlError.range });
      return;
    }
    for (const problem of doc.problems) {
      if (problem.code === 'cycle-invalid') report({ message: retranslate(t, problem), range: problem.range });
    }
  },
);
