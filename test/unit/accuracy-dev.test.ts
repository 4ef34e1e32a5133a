// `npm run accuracy -- --dev` must never read a test record: it keeps a record only when its own split
// and its source group's frozen split both say `dev`.
import assert from 'node:assert/strict';
import { devRecords } from '../../scripts/accuracy';
import type { KeyResultRecord } from '../accuracy/splits';

const record = (text: string, split: 'dev' | 'test', source: string): KeyResultRecord => ({ text, measurable: true, taskLike: false, split, source, note: '' });

describe('accuracy script: the dev-only mode', () => {
  const records = [
    record('a dev KR', 'dev', 'acme/okrs/OKR.md'),
    record('a test KR', 'test', 'globex/okrs/OKR.md'),
    record('a record that says dev in a test group', 'dev', 'globex/handbook/okrs.md'),
    record('a dev KR from a group not frozen yet', 'dev', 'https://new.example.com/okrs'),
    record('a hand-written KR', 'dev', 'hand-written'),
  ];
  const frozen = { acme: 'dev', globex: 'test', 'hand-written': 'dev' };

  it('keeps only records whose split and frozen group are both dev', () => {
    assert.deepEqual(devRecords(records, frozen).map((r) => r.text), ['a dev KR', 'a hand-written KR']);
  });
  it('keeps nothing when no group is frozen', () => assert.deepEqual(devRecords(records, {}), []));
});
