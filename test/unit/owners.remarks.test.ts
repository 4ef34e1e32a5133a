// A remark after an owner may hold separators (rev-m): `@bo (lead, since Q3)` is bo, not bo and
// `since Q3)`; `@ana — PM, growth` is ana. `:` right after a name and `/` before a new `@` end it.
// A KR's `- Owner:` item ends at a `·` or `|` before another property.
import assert from 'node:assert/strict';
import { readOwners } from '../../src/core/owners';
import { parseOkr } from '../../src/core/parse';

const names = (value: string): string[] => readOwners(value).map((o) => o.name);

describe('owner remarks holding separators', () => {
  for (const [value, want] of [
    ['@bo (lead, since Q3)', ['bo']],
    ['Ana Lima (PM, growth)', ['Ana Lima']],
    ['@ana (PM; interim), @bo', ['ana', 'bo']],
    ['@ana [interim, 50%] and Bo Chen', ['ana', 'Bo Chen']],
    ['@ana — PM, growth', ['ana']],
    ['@ana – PM, growth, @bo', ['ana', 'bo']],
    ['@ana:', ['ana']],
    ['@ana/@bo', ['ana', 'bo']],
    ['@ana / @bo', ['ana', 'bo']],
    ['@ana, @bo (QA)', ['ana', 'bo']],
    ['Ana Lima, Bo', ['Ana Lima', 'Bo']],
  ] as const) {
    it(`'${value}' names ${want.join(' and ')}`, () => {
      assert.deepEqual(names(value), want);
      // Each owner's span starts at its name (offsets into the value).
      for (const o of readOwners(value)) assert.ok(value.slice(o.start, o.end).replace(/^@/, '').startsWith(o.name), value);
    });
  }

  it('objective and KR owner items read them the same; a KR item ends at `·` or `|`', () => {
    const text = '## O1: Grow\n\nOwner: @bo (lead, since Q3)\n\n- KR1: Grow signups from 10 to 20\n  - Owner: @cy · Confidence: 0.7\n- KR2: Cut churn from 5% to 3%\n  - Owner: @ana (PM, growth) | Due: Dec 15\n';
    const o = parseOkr(text).objectives[0]!;
    assert.equal(o.owner?.name, 'bo');
    assert.deepEqual(o.keyResults.map((k) => k.owners.map((m) => m.name)), [['cy'], ['ana']]);
    assert.equal(text.slice(o.keyResults[0]!.owners[0]!.range.start.offset, o.keyResults[0]!.owners[0]!.range.end.offset), '@cy');
  });
});
