import assert from 'node:assert/strict';
import { clearWordingCache, wordingOfText } from '../../../src/core/lint/kr';

describe('wording cache (lint/kr.ts)', () => {
  it('reuses a KR text’s analysis until cleared, then analyses it afresh to the same result', () => {
    const text = 'Increase week-1 retained trial teams from 35% to 50%';
    const first = wordingOfText(text);
    assert.equal(wordingOfText(text), first, 'cached by the text');
    clearWordingCache();
    const again = wordingOfText(text);
    assert.notEqual(again, first, 'a new analysis after clearing');
    assert.deepEqual(again, first);
  });
});
