import assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/completions';
import { scaffoldOkrFile } from '../../../src/core/scaffold';
import { cursorAt, workspaceOf } from './helpers';

// A file made by OKR: New OKR File without okr.defaultOwner says `Owner: @‹owner›` until someone
// fills it in; the placeholder is not a person to offer as an owner.
describe('owner completions skip the scaffold placeholder @‹owner›', () => {
  const scaffold = scaffoldOkrFile({ today: '2026-11-21', which: 'next' }).text;
  const OTHER = '---\nquarter: 2026-Q4\n---\n\n# Team\n\n## O1: Win small businesses\n\nOwner: @kim\n\n- KR1: Raise NPS from 30 to 45 @lee\n';

  function owners(marked: string, files: Record<string, string>): string[] {
    const c = cursorAt(marked);
    return completionsAt({ doc: c.doc, lines: c.lines, offset: c.offset, today: '2026-11-21', fileName: 'new.okr.md', workspace: workspaceOf(files), triggerCharacter: '@' })
      .filter((i) => i.kind === 'user')
      .map((i) => i.label);
  }

  it('the scaffold still has the placeholder owner', () => {
    assert.ok(scaffold.includes('Owner: @‹owner›'));
  });

  it('not from another file of the workspace', () => {
    const labels = owners('---\nquarter: 2026-Q4\n---\n\n# New\n\n## O1: Delight admins\n\nOwner: @‸\n', { 'other.okr.md': OTHER, '2027-q1.okr.md': scaffold });
    assert.deepEqual(labels.sort(), ['@kim', '@lee']);
  });

  it('not from the file being edited', () => {
    const marked = `${scaffold}\n## O2: Delight admins\n\nOwner: @‸\n`;
    const labels = owners(marked, { 'other.okr.md': OTHER });
    assert.deepEqual(labels.sort(), ['@kim', '@lee']);
  });
});
