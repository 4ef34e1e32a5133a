import assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/completions';
import { cursorAt } from './helpers';

// A KR template typed into an objective whose KRs are all labelled (`KR1:`, `KR2:`) got no label,
// so the list read 'KR1: …', 'KR2: …', 'Increase …' (found in the QA pass of a new file from
// OKR: New OKR File, whose KRs are labelled).
function templates(marked: string): string[] {
  const c = cursorAt(marked);
  return completionsAt({ doc: c.doc, lines: c.lines, offset: c.offset, today: '2026-11-21', triggerCharacter: ' ' })
    .filter((i) => i.kind === 'snippet')
    .map((i) => i.insertText);
}

const HEAD = '---\nquarter: 2026-Q4\n---\n\n# T\n\n## O1: Win the mid-market\n\nOwner: @maya\n\n';

describe('KR templates follow the objective\'s KR labels', () => {
  it('label the new KR with the next number where every KR is labelled', () => {
    const items = templates(`${HEAD}- KR1: Increase ARR from $1M to $2M\n- KR2: Reduce churn from 5% to 3%\n- ‸\n`);
    assert.equal(items.length, 3);
    assert.ok(items[0]!.startsWith('KR3: ${1|Increase,Reduce|}'), items[0]);
    assert.ok(items[1]!.startsWith('KR3: Keep '), items[1]);
    assert.ok(items[2]!.startsWith('[ ] KR3: '), items[2]);
    const checkbox = templates(`${HEAD}- KR1: Increase ARR from $1M to $2M\n- [ ] ‸\n`);
    assert.equal(checkbox.length, 1);
    assert.ok(checkbox[0]!.startsWith('KR2: ${1:'), checkbox[0]);
  });

  it('follow the highest label, not the count', () => {
    const items = templates(`${HEAD}- KR1: Increase ARR from $1M to $2M\n- KR4: Reduce churn from 5% to 3%\n- ‸\n`);
    assert.ok(items[0]!.startsWith('KR5: '), items[0]);
  });

  it('add no label where the KRs have none, some lack one, or one is typed already', () => {
    for (const marked of [
      `${HEAD}- Increase ARR from $1M to $2M\n- ‸\n`,
      `${HEAD}- KR1: Increase ARR from $1M to $2M\n- Reduce churn from 5% to 3%\n- ‸\n`,
      `${HEAD}- KR1: Increase ARR from $1M to $2M\n- KR2: ‸\n`,
      `${HEAD}- ‸\n`,
    ]) {
      const items = templates(marked);
      assert.ok(items.length > 0, marked);
      for (const text of items) assert.ok(!/KR\d+: /.test(text), `${JSON.stringify(marked)} -> ${text}`);
    }
  });
});
