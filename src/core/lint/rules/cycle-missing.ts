// Dates, progress by time and deadlines all need to know the cycle (quarter, half, year).
import { defineRule } from '../helpers';
import { eolAt } from '../insert';
import { copyRange } from '../../shift';

export default defineRule(
  {
    id: 'cycle-missing',
    description: 'A file should name its cycle (`cycle: 2026-Q4` in the front matter, or in the H1)',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: true,
    options: {},
    defaults: {},
  },
  ({ doc, text, lines, t, report }) => {
    if (doc.cycle) return;
    // An invalid cycle value is frontmatter-invalid's finding.
    if (doc.problems.some((p) => p.code === 'cycle-invalid')) return;
    if (doc.objectives.length === 0 && !doc.frontmatter && !doc.title) return;
    // New lines take the ending of the line they go next to (a mixed CRLF/LF file keeps each part as it was).
    const fm = doc.frontmatter;
    let fix;
    if (fm) {
      // Before the closing fence, ended like the front matter line above it.
      const closing = lines.lineStarts[fm.range.end.line]!;
      const eol = eolAt(lines, closing - 1);
      fix = { title: t('Add a cycle to the front matter'), snippet: true, edits: [{ range: lines.range(closing, closing), newText: `cycle: \${1:2026-Q4}${eol}` }] };
    } else {
      const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const eol = eolAt(lines, at);
      fix = { title: t('Add front matter with a cycle'), snippet: true, edits: [{ range: lines.range(at, at), newText: `---${eol}cycle: \${1:2026-Q4}${eol}---${eol}${eol}` }] };
    }
    // A copy: the incremental cache moves the model's own ranges in place on the next edit.
    const range = fm ? fm.range : doc.title ? copyRange(doc.title.range) : lines.range(0, lines.lineEnd(0));
    report({
      message: t("No cycle: say which quarter (or half, or year) these OKRs are for, with 'cycle: 2026-Q4' in the front matter or in the title"),
      range: fm ? lines.range(fm.range.start.offset, lines.lineEnd(fm.range.start.line)) : range,
      fixes: [fix],
    });
  },
);
