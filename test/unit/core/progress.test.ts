import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { absoluteTarget, applyProgress, keyResultProgress, weightedMean } from '../../../src/core/progress';

const kr = (line: string, extra = '') => {
  const doc = parseOkr(`---\nquarter: 2026-Q4\n---\n## O\n- ${line}\n${extra}`);
  const k = doc.objectives[0]!.keyResults[0]!;
  return { kr: k, ...keyResultProgress(k) };
};
const near = (a: number | null, b: number) => assert.ok(a !== null && Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

describe('progress: key results', () => {
  it('metric increase: (current − baseline) / (target − baseline)', () => {
    near(kr('Grow teams from 120 to 200 (now 150)').progress, 30 / 80);
  });

  it('metric decrease', () => {
    near(kr('Cut lead time from 5 days to 1 day (currently 3 days)').progress, 0.5);
  });

  it('clamps to 0–1', () => {
    assert.equal(kr('Grow teams from 120 to 200 (now 260)').progress, 1);
    assert.equal(kr('Grow teams from 120 to 200 (now 100)').progress, 0);
  });

  it('counts an increase without a baseline from 0', () => {
    near(kr('Sign 20 customers (now 5)').progress, 0.25);
  });

  it('cannot compute a decrease without a baseline', () => {
    const r = kr('Reduce p95 latency below 300 ms (now 400 ms)');
    assert.deepEqual([r.progress, r.reason], [null, 'no baseline for a decrease']);
  });

  it('relative targets need the baseline', () => {
    near(kr('Grow revenue from $1M by 50% (now $1.25M)').progress, 0.5);
    near(kr('Double weekly signups from 100 (now 150)').progress, 0.5);
    const r = kr('Grow revenue by 25% (now $1.1M)');
    assert.deepEqual([r.progress, r.reason], [null, 'relative target without a baseline']);
    assert.equal(absoluteTarget({ target: { value: 2, unit: 'x', raw: '', range: r.kr.textRange, relative: true }, baseline: null, direction: 'increase' }), null);
  });

  it('unknown without a current value, with the reason', () => {
    const r = kr('Grow teams from 120 to 200');
    assert.deepEqual([r.progress, r.reason], [null, 'no current value']);
  });

  it('takes the current value from the newest check-in', () => {
    const r = kr('Grow teams from 100 to 200', '  - 2026-11-14: 180\n  - 2026-10-03: 120\n');
    near(r.progress, 0.8);
    assert.equal(r.kr.currentSource, 'checkin');
  });

  it('threshold: satisfied or not', () => {
    assert.equal(kr('Keep p95 latency below 300 ms (now 250 ms)').progress, 1);
    assert.equal(kr('Keep p95 latency below 300 ms (now 320 ms)').progress, 0);
    assert.equal(kr('Stay above 40 NPS (currently 42)').progress, 1);
    assert.deepEqual(kr('Availability ≥ 99.9%').reason, 'no current value');
  });

  it('milestone: 0 or 1', () => {
    assert.equal(kr('[x] Release 2.0').progress, 1);
    assert.equal(kr('[ ] Release 2.0').progress, 0);
  });

  it('explicit score or progress wins', () => {
    assert.equal(kr('Grow teams from 120 to 200 (now 200), score 0.6').progress, 0.6);
    assert.equal(kr('Migrate services, progress 40%').progress, 0.4);
    assert.equal(kr('[ ] Release 2.0, score 0.5').progress, 0.5);
  });

  it('unmeasured: unknown, with the reason', () => {
    const r = kr('Improve onboarding experience');
    assert.deepEqual([r.kr.kind, r.progress, r.reason], ['unmeasured', null, 'not measurable: no target number']);
  });
});

describe('progress: roll-up', () => {
  it('weighted mean of known values only', () => {
    assert.equal(weightedMean([]), null);
    assert.equal(weightedMean([{ progress: null, weight: 1 }]), null);
    near(weightedMean([{ progress: 1, weight: 3 }, { progress: 0, weight: 1 }, { progress: null, weight: 5 }]), 0.75);
  });

  it('objective, group and document progress roll up with weights', () => {
    const doc = parseOkr(
      [
        '# OKRs',
        '## Team A',
        '### Alpha',
        'Weight: 3',
        '- [x] Done (weight 2)',
        '- [ ] Not done',
        '- Improve things',
        '## Team B',
        '### Beta',
        '- Reach 10 users (now 5)',
        '### Gamma',
        '- Be nice',
      ].join('\n'),
    );
    const [alpha, beta, gamma] = doc.objectives;
    near(alpha!.progress, 2 / 3);
    near(beta!.progress, 0.5);
    assert.equal(gamma!.progress, null);
    assert.deepEqual(doc.groups.map((g) => g.title), ['Team A', 'Team B']);
    near(doc.groups[0]!.progress, 2 / 3);
    near(doc.groups[1]!.progress, 0.5);
    near(doc.progress, (2 / 3) * 0.75 + 0.5 * 0.25);
  });

  it('applyProgress can be rerun on an edited model', () => {
    const doc = parseOkr('## O\n- [ ] Ship it\n');
    assert.equal(doc.progress, 0);
    doc.objectives[0]!.keyResults[0]!.checked = true;
    applyProgress(doc);
    assert.equal(doc.objectives[0]!.keyResults[0]!.progress, 1);
    assert.equal(doc.progress, 1);
  });
});
