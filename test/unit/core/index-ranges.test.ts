// A workspace index entry outlives the model it was built from: the incremental cache moves that
// model's positions in place on the next edit, so the entry must hold ranges of its own, else it
// shows a mix of moved and stale positions until the index refreshes.
import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../../src/core/incremental';
import { indexFile } from '../../../src/core/workspace';

const text = ['---', 'cycle: 2026-Q4', '---', '', '# Team OKRs', '', '## O1: Grow revenue', '', 'Owner: @a', 'Aligns: company#o1', '', '- KR1: Increase ARR from 1 to 2', '', '## O2: Keep customers', '', 'Owner: @b', 'Aligns: company#o2', '', '- KR1: Reduce churn from 5% to 3%', ''].join('\n');

describe('workspace index entries keep their own ranges', () => {
  it('do not move when the cache moves the model after an edit above them', () => {
    const cache = new IncrementalDocument();
    const model = cache.update(text);
    const entry = indexFile('file:///okr.md', 'okr.md', model);
    const before = JSON.stringify(entry);
    // Typing in O1's KR moves O2 (and everything after the edit) in place.
    const edited = text.replace('from 1 to 2', 'from 1 to 20');
    const next = cache.update(edited);
    assert.equal(next.objectives[1]!.titleRange.start.offset, model.objectives[1]!.titleRange.start.offset, 'the cache moved O2 in place (same objects)');
    assert.equal(JSON.stringify(entry), before);
    assert.equal(entry.objectives[1]!.titleRange.start.offset, text.indexOf('Keep customers'));
    assert.equal(entry.alignments[1]!.ref.range.start.offset, text.indexOf('company#o2'));
  });
});
