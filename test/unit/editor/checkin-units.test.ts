import assert from 'node:assert/strict';
import { checkInUnitMismatch } from '../../../src/core/checkin';
import { parseOkr } from '../../../src/core/parse';

// OKR: Check In warns (without refusing) when the value typed cannot be in the key result's unit:
// '34 days' on a KR in '$' was written, and progress read it as $34 (0%, behind).
function kr(text: string) {
  const doc = parseOkr(`# T\n\n## O1: Win\n\n- KR1: ${text}\n`);
  const found = doc.objectives[0]?.keyResults[0];
  assert.ok(found, text);
  return found;
}

describe('checkInUnitMismatch (Check In: a value in another unit than the KR)', () => {
  it('names both units when they cannot be the same measure', () => {
    assert.deepEqual(checkInUnitMismatch(kr('Grow net new ARR from $0 to $1.2M'), '34 days'), { typed: 'days', expected: '$' });
    assert.deepEqual(checkInUnitMismatch(kr('Reduce p95 API latency from 480 ms to 250 ms'), '40%'), { typed: '%', expected: 'ms' });
    assert.deepEqual(checkInUnitMismatch(kr('Raise trial-to-paid conversion from 12% to 18%'), '3 GB'), { typed: 'GB', expected: '%' });
  });

  it('accepts the same unit, a unit that converts, and a bare number', () => {
    const cycle = kr('Reduce the sales cycle from 45 days to 30 days');
    for (const value of ['35 days', '5 weeks', '800 h', '35', '  36 days ']) assert.equal(checkInUnitMismatch(cycle, value), null, value);
    assert.equal(checkInUnitMismatch(kr('Grow net new ARR from $0 to $1.2M'), '$0.55M'), null);
    assert.equal(checkInUnitMismatch(kr('Grow net new ARR from $0 to $1.2M'), '0.55M'), null);
  });

  it('says nothing where the KR has no unit or a counted one', () => {
    assert.equal(checkInUnitMismatch(kr('Increase paying mid-market accounts from 140 to 200'), '172 days'), null);
    assert.equal(checkInUnitMismatch(kr('Migrate 12 services to Kubernetes (now 7)'), '8 teams'), null);
    assert.equal(checkInUnitMismatch(kr('Launch the new pricing page'), '50%'), null);
  });
});
