import assert from 'node:assert/strict';
import { analyseCheckInText, analyseKeyResultText, findQuantities } from '../../../src/core/quantities';
import { LineIndex } from '../../../src/core/text';
import type { Quantity, Range } from '../../../src/core/model';

const CYCLE = { start: '2026-10-01', end: '2026-12-31' };
const analyse = (text: string) => analyseKeyResultText(text, undefined, { cycle: CYCLE });
const src = (text: string, range: Range | undefined): string => (range ? text.slice(range.start.offset, range.end.offset) : '<none>');
const q = (text: string, quantity: Quantity | null) => (quantity ? [quantity.value, quantity.unit, src(text, quantity.range), quantity.relative] : null);

describe('quantities: number forms', () => {
  const cases: [string, number, string | null][] = [
    ['120', 120, null],
    ['100,000', 100000, null],
    ['99.5%', 99.5, '%'],
    ['$1.2M', 1200000, '$'],
    ['€500k', 500000, '€'],
    ['2.5 billion', 2.5e9, null],
    ['500 ms', 500, 'ms'],
    ['5 days', 5, 'days'],
    ['1 day', 1, 'days'],
    ['3 weeks', 3, 'weeks'],
    ['45 min', 45, 'min'],
    ['2x', 2, 'x'],
    ['10 ×', 10, 'x'],
    ['.5', 0.5, null],
    ['-3', -3, null],
    ['200 users', 200, 'users'],
    ['1 customer', 1, 'customers'],
    ['12 pp', 12, 'pp'],
    ['40 NPS', 40, 'NPS'],
  ];
  for (const [raw, value, unit] of cases) {
    it(`reads ${raw}`, () => {
      const found = findQuantities(`x ${raw} y`);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0]!.value, value);
      assert.equal(found[0]!.unit, unit);
    });
  }

  it('does not read numbers glued to letters (p95, Q4, KR2, v1.2, 3rd)', () => {
    assert.deepEqual(findQuantities('p95 Q4 KR2 v1.2 3rd H1 FY27'), []);
  });

  it('keeps a counted noun out of the number text', () => {
    const [f] = findQuantities('to 200 users');
    assert.equal(f!.raw, '200');
    assert.equal(f!.unit, 'users');
  });
});

describe('quantities: baseline → target', () => {
  it('from 120 to 200', () => {
    const t = 'Increase weekly active teams from 120 to 200 by 2026-12-15';
    const a = analyse(t);
    assert.deepEqual(q(t, a.baseline), [120, null, '120', false]);
    assert.deepEqual(q(t, a.target), [200, null, '200', false]);
    assert.equal(a.kind, 'metric');
    assert.equal(a.direction, 'increase');
    assert.equal(a.deadline?.date, '2026-12-15');
    assert.equal(src(t, a.deadline?.range), 'by 2026-12-15');
  });

  it('from 5 days to 1 day (a decrease, unit days)', () => {
    const t = 'Reduce lead time from 5 days to 1 day';
    const a = analyse(t);
    assert.deepEqual(q(t, a.baseline), [5, 'days', '5 days', false]);
    assert.deepEqual(q(t, a.target), [1, 'days', '1 day', false]);
    assert.equal(a.direction, 'decrease');
    assert.equal(a.unit, 'days');
  });

  it('100,000 → 125,000 and 3 -> 5', () => {
    const t = 'Grow MRR 100,000 → 125,000';
    assert.deepEqual([analyse(t).baseline?.value, analyse(t).target?.value], [100000, 125000]);
    assert.equal(src(t, analyse(t).target?.range), '125,000');
    assert.deepEqual([analyse('NPS 3 -> 5').baseline?.value, analyse('NPS 3 -> 5').target?.value], [3, 5]);
  });

  it('to 99.5%', () => {
    const t = 'Raise uptime to 99.5%';
    const a = analyse(t);
    assert.deepEqual(q(t, a.target), [99.5, '%', '99.5%', false]);
    assert.equal(a.baseline, null);
    assert.equal(a.unit, '%');
  });

  it('by 25% is relative', () => {
    const t = 'Increase revenue by 25%';
    const a = analyse(t);
    assert.deepEqual(q(t, a.target), [25, '%', '25%', true]);
    assert.equal(a.direction, 'increase');
    assert.equal(a.unit, null, 'a relative target does not name the metric unit');
  });

  it('2x and double are relative multipliers', () => {
    const a = analyse('2x the number of paying teams');
    assert.deepEqual([a.target?.value, a.target?.unit, a.target?.relative, a.kind], [2, 'x', true, 'metric']);
    const d = analyse('Double weekly signups');
    assert.deepEqual([d.target?.value, d.target?.relative, d.target?.raw], [2, true, 'Double']);
    const h = analyse('Cut build time in half');
    assert.deepEqual([h.target?.value, h.direction], [2, 'decrease']);
  });

  it('$1.2M with currency as unit', () => {
    const t = 'Reach $1.2M ARR';
    const a = analyse(t);
    assert.deepEqual(q(t, a.target), [1200000, '$', '$1.2M', false]);
    assert.equal(a.unit, '$');
  });

  it('500 ms and below 300 ms', () => {
    const t = 'Reduce p95 latency from 800 ms to 500 ms';
    assert.deepEqual([analyse(t).baseline?.value, analyse(t).target?.value, analyse(t).unit], [800, 500, 'ms']);
    const b = analyse('Reduce p95 latency below 300 ms');
    assert.deepEqual([b.kind, b.direction, b.target?.value], ['metric', 'decrease', 300]);
  });

  it('at least 50 (a metric with a change verb)', () => {
    const a = analyse('Sign at least 50 new customers');
    assert.deepEqual([a.kind, a.direction, a.target?.value], ['metric', 'increase', 50]);
  });

  it('≥ 99.9% alone is a threshold', () => {
    const t = 'Availability ≥ 99.9%';
    const a = analyse(t);
    assert.deepEqual([a.kind, a.comparator, a.target?.value, src(t, a.target?.range)], ['threshold', '>=', 99.9, '99.9%']);
  });

  it('stay above 40 and keep below 300 ms are thresholds', () => {
    const a = analyse('Stay above 40 NPS');
    assert.deepEqual([a.kind, a.comparator, a.target?.value, a.unit], ['threshold', '>=', 40, 'NPS']);
    const b = analyse('Keep p95 latency below 300 ms');
    assert.deepEqual([b.kind, b.comparator, b.target?.value, b.direction], ['threshold', '<=', 300, 'decrease']);
    const c = analyse('Maintain uptime at 99.9%');
    assert.deepEqual([c.kind, c.comparator], ['threshold', '>=']);
  });

  it('a lone number is the target', () => {
    const a = analyse('Hire 3 engineers');
    assert.deepEqual([a.kind, a.target?.value, a.unit, a.direction], ['metric', 3, 'engineers', 'increase']);
  });

  it('explicit baseline: and target: keywords', () => {
    const a = analyse('Churn (baseline: 4%, target: 2%)');
    assert.deepEqual([a.baseline?.value, a.target?.value, a.direction], [4, 2, 'decrease']);
  });

  it('vague and task-like text is unmeasured', () => {
    for (const t of ['Improve onboarding experience', 'Launch the new pricing page', 'Write the Q4 plan for 2026']) {
      const a = analyse(t);
      assert.equal(a.kind, 'unmeasured', t);
      assert.equal(a.target, null, t);
    }
  });

  it('ignores numbers in link targets and dates', () => {
    const a = analyse('See [dashboard](https://x.io/d/123) and grow users to 50 by 2026-11-30');
    assert.equal(a.target?.value, 50);
    assert.equal(a.deadline?.date, '2026-11-30');
  });
});

describe('quantities: current, score, deadline, owners, confidence, weight', () => {
  it('now 150, current: 150, (currently 3 days)', () => {
    const t1 = 'Grow teams from 120 to 200, now 150';
    assert.deepEqual(q(t1, analyse(t1).current), [150, null, '150', false]);
    assert.equal(analyse(t1).target?.value, 200);
    const t2 = 'Grow teams to 200 (current: 150)';
    assert.deepEqual(q(t2, analyse(t2).current), [150, null, '150', false]);
    const t3 = 'Cut onboarding to 1 day (currently 3 days)';
    const a3 = analyse(t3);
    assert.deepEqual(q(t3, a3.current), [3, 'days', '3 days', false]);
    assert.equal(a3.target?.value, 1);
    assert.equal(a3.direction, 'decrease');
  });

  it('score 0.6 and progress 60%', () => {
    assert.equal(analyse('Ship the pricing page, score 0.6').score, 0.6);
    assert.equal(analyse('Migrate services, progress 60%').score, 0.6);
    assert.equal(analyse('Migrate services (70% done)').score, 0.7);
    assert.equal(analyse('Migrate services, score 0.6').kind, 'unmeasured');
  });

  it('deadlines: by 2026-12-15, by Dec 15, by end of quarter', () => {
    const t = 'Reach 10 users by Dec 15';
    assert.deepEqual([analyse(t).deadline?.date, src(t, analyse(t).deadline?.range)], ['2026-12-15', 'by Dec 15']);
    assert.equal(analyse('Reach 10 users by end of quarter').deadline?.date, '2026-12-31');
    assert.equal(analyse('Reach 10 users by EOQ').deadline?.date, '2026-12-31');
    assert.equal(analyse('Reach 10 users by 15 November 2026').deadline?.date, '2026-11-15');
    assert.equal(analyseKeyResultText('Reach 10 users by end of quarter').deadline?.date, null, 'no cycle, no date');
    assert.equal(analyse('Reach 10 users by Dec 15').target?.value, 10, 'the day is not a target');
  });

  it('@owners', () => {
    const t = 'Reach 10 users @alice @bob.smith (mail x@y.com)';
    const a = analyse(t);
    assert.deepEqual(a.owners.map((o) => [o.name, src(t, o.range)]), [
      ['alice', '@alice'],
      ['bob.smith', '@bob.smith'],
    ]);
  });

  it('confidence 0.7, 7/10, confidence: 70%', () => {
    for (const [t, v] of [
      ['Reach 10 users, confidence 0.7', 0.7],
      ['Reach 10 users (7/10)', 0.7],
      ['Reach 10 users, confidence: 70%', 0.7],
      ['Reach 10 users, confidence 8', 0.8],
    ] as const) {
      const a = analyse(t);
      assert.equal(a.confidence?.value, v, t);
      assert.equal(a.target?.value, 10, t);
    }
    const t = 'Reach 10 users, confidence 0.7';
    assert.equal(src(t, analyse(t).confidence?.range), 'confidence 0.7');
  });

  it('(weight 2)', () => {
    const a = analyse('Reach 10 users (weight 2)');
    assert.deepEqual([a.weight, a.target?.value], [2, 10]);
    assert.equal(analyse('Reach 10 users').weight, 1);
  });

  it('ranges are relative to the given offset in the document', () => {
    const doc = 'line one\n- KR1: Grow from 1 to 9\n';
    const offset = doc.indexOf('Grow');
    const a = analyseKeyResultText(doc.slice(offset, doc.indexOf('\n', offset)), { index: new LineIndex(doc), offset });
    assert.equal(src(doc, a.target?.range), '9');
    assert.equal(a.target?.range.start.line, 1);
    assert.equal(a.target?.range.start.character, doc.indexOf('9') - doc.indexOf('- KR1'));
  });
});

describe('quantities: check-in text', () => {
  it('reads value, confidence and note', () => {
    const t = '140, confidence 0.6 — blocked on infra';
    const c = analyseCheckInText(t);
    assert.deepEqual([c.value?.value, c.confidence?.value, c.note], [140, 0.6, 'blocked on infra']);
    assert.equal(src(t, c.value?.range), '140');
  });

  it('reads units and x/10 confidence', () => {
    const c = analyseCheckInText('99.2% (8/10)');
    assert.deepEqual([c.value?.value, c.value?.unit, c.confidence?.value, c.note], [99.2, '%', 0.8, '']);
  });

  it('keeps prose-only check-ins as notes', () => {
    const c = analyseCheckInText('on track, kicked off 2 workstreams');
    assert.equal(c.value, null);
    assert.equal(c.note, 'on track, kicked off 2 workstreams');
  });
});

describe('quantities: versions are not numbers', () => {
  for (const t of ['Release 2.0', 'Ship v3 of the API', 'Upgrade to 1.4.2', '2.0 released to all customers']) {
    it(t, () => assert.equal(analyseKeyResultText(t).target, null));
  }
});

describe('quantities: names with numbers are not targets', () => {
  for (const t of ['SOC 2 Type II report issued', 'Fix every Sev 1 bug', 'Get ISO 27001 certified', 'Ship phase 2 of the migration']) {
    it(t, () => assert.equal(analyseKeyResultText(t).target, null));
  }
  it('a singular noun after a number is not the unit', () => {
    assert.equal(analyseKeyResultText('Publish 12 customer case studies').unit, null);
    assert.equal(analyseKeyResultText('Sign 1 customer').unit, 'customers');
  });
});

describe('quantities: key-style parts inside a KR', () => {
  it('Due: / Score: / Confidence: with colons', () => {
    const t = 'Reach 10 users · Due: 2026-12-01 · Confidence: 0.6 · Score: 0.4';
    const a = analyse(t);
    assert.deepEqual([a.deadline?.date, src(t, a.deadline?.range), a.confidence?.value, a.score, a.target?.value], ['2026-12-01', 'Due: 2026-12-01', 0.6, 0.4, 10]);
  });
});

describe('quantities: numbers written as words', () => {
  it('reads word numbers with units and scales', () => {
    const t = 'Complete the climb in six days or fewer';
    const a = analyse(t);
    assert.deepEqual([a.target?.value, a.target?.unit, src(t, a.target?.range), a.kind, a.comparator], [6, 'days', 'six days', 'threshold', '<=']);
    assert.equal(analyse('Reach one million followers').target?.value, 1e6);
    assert.equal(analyse('Five or more teams have used SPRUCE').target?.value, 5);
    assert.equal(analyse('Zero open P0 bugs at the end of every sprint').target?.value, 0);
    assert.deepEqual([analyse('Power twice as many interactions').target?.value, analyse('Power twice as many interactions').target?.relative], [2, true]);
    assert.equal(analyse('Meet each customer at least once per quarter').target?.value, 1);
  });

  it('does not read `one` as an article or pronoun', () => {
    for (const t of ['Keep documents in one reliable system', 'A daemon is one of the gateway nodes', 'Track energy once per week', 'No one gets injured']) {
      assert.equal(analyse(t).target, null, t);
    }
  });

  it('keeps names like Python 3 out, and top 3 in', () => {
    assert.equal(analyse('Migrate to Python 3').target, null);
    assert.equal(analyse('Rank in the top 3 Google results').target?.value, 3);
  });
});

describe('quantities: shares and words between numbers', () => {
  it('from 30% of users to 45%', () => {
    const a = analyse('Grow activation from 30% of new users to 45%');
    assert.deepEqual([a.baseline?.value, a.target?.value, a.direction], [30, 45, 'increase']);
  });

  it('80% of calls within 10 days: the share is the target', () => {
    const a = analyse('Complete 80% of onboarding calls within 10 days of signing');
    assert.deepEqual([a.target?.value, a.target?.unit], [80, '%']);
  });

  it('a version followed by "version" is not a number', () => {
    assert.equal(analyse('stable 1.0 version released as open source').target, null);
  });
});
