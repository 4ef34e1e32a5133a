import assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/completions';
import { cursorAt, workspaceOf } from './helpers';

// An `Owner:` value reads `@Ana Lima` as one owner, but in a key result's running text a mention
// is one word (`@Ana Lima` there is `@Ana`): a name with a space is offered only where it reads whole.
describe('owner completions: names with a space only in an Owner: value', () => {
  const OTHER = '---\nquarter: 2026-Q4\n---\n\n# Team\n\n## O1: Win small businesses\n\nOwner: @Ana Lima\n\n- KR1: Raise NPS from 30 to 45 @lee\n';
  const HEAD = '---\nquarter: 2026-Q4\n---\n\n# New\n\n## O1: Delight admins\n\n';

  function owners(marked: string): string[] {
    const c = cursorAt(marked);
    return completionsAt({ doc: c.doc, lines: c.lines, offset: c.offset, today: '2026-11-22', fileName: 'new.okr.md', workspace: workspaceOf({ 'other.okr.md': OTHER }), triggerCharacter: '@' })
      .filter((i) => i.kind === 'user')
      .map((i) => i.insertText);
  }

  it('after `Owner:` (and `- Owner:` under a KR, and after a `·`), every owner', () => {
    assert.deepEqual(owners(`${HEAD}Owner: @‸\n`).sort(), ['@Ana Lima', '@lee']);
    assert.deepEqual(owners(`${HEAD}Type: committed · Owner: @‸\n`).sort(), ['@Ana Lima', '@lee']);
    assert.deepEqual(owners(`${HEAD}- KR1: Raise NPS from 30 to 45\n  - Owner: @‸\n`).sort(), ['@Ana Lima', '@lee']);
  });

  it('in a KR’s text, only one-word names', () => {
    assert.deepEqual(owners(`${HEAD}- KR1: Raise NPS from 30 to 45 @‸\n`), ['@lee']);
    assert.deepEqual(owners(`${HEAD}Owner: @lee · Notes: ask @‸\n`), ['@lee']);
  });
});
