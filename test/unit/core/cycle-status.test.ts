import assert from 'node:assert/strict';
import { addDays, daysBetween, findCycleInText, isIsoDate, parseCycle, resolveDate } from '../../../src/core/cycle';
import { cyclePhase, expectedProgress, grade, gradeBand, keyResultStatus, objectiveStatus, runningStatus, statusAt, statusLabel } from '../../../src/core/status';
import { parseOkr } from '../../../src/core/parse';

const span = (value: unknown, fy?: number) => {
  const c = parseCycle(value, fy ? { fiscalYearStartMonth: fy } : {});
  return c ? [c.label, c.kind, c.start, c.end] : null;
};

describe('cycle: values', () => {
  it('reads quarters in every usual spelling', () => {
    for (const v of ['2026-Q4', 'Q4 2026', '2026 Q4', 'q4-2026', '2026Q4', "Q4'26"]) assert.deepEqual(span(v), ['2026-Q4', 'quarter', '2026-10-01', '2026-12-31'], v);
    assert.deepEqual(span('2026-Q1'), ['2026-Q1', 'quarter', '2026-01-01', '2026-03-31']);
    assert.deepEqual(span('2024-Q1')?.[3], '2024-03-31');
  });

  it('reads halves and years', () => {
    assert.deepEqual(span('2026-H2'), ['2026-H2', 'half', '2026-07-01', '2026-12-31']);
    assert.deepEqual(span('H1 2027'), ['2027-H1', 'half', '2027-01-01', '2027-06-30']);
    assert.deepEqual(span('2026'), ['2026', 'year', '2026-01-01', '2026-12-31']);
    assert.deepEqual(span(2026), ['2026', 'year', '2026-01-01', '2026-12-31']);
  });

  it('reads fiscal quarters with the fiscal year start option', () => {
    assert.deepEqual(span('FY27-Q1'), ['FY27-Q1', 'quarter', '2027-01-01', '2027-03-31']);
    assert.deepEqual(span('FY27-Q1', 7), ['FY27-Q1', 'quarter', '2026-07-01', '2026-09-30']);
    assert.deepEqual(span('FY2027 Q4', 2), ['FY27-Q4', 'quarter', '2026-11-01', '2027-01-31']);
    assert.deepEqual(span('Q2 FY27', 10), ['FY27-Q2', 'quarter', '2027-01-01', '2027-03-31']);
    assert.deepEqual(span('FY27', 4), ['FY27', 'year', '2026-04-01', '2027-03-31']);
  });

  it('reads explicit start/end dates', () => {
    assert.deepEqual(span({ start: '2026-10-05', end: '2027-01-15' }), ['2026-10-05..2027-01-15', 'custom', '2026-10-05', '2027-01-15']);
    assert.deepEqual(span('2026-10-01..2026-11-30')?.[3], '2026-11-30');
    assert.equal(span({ start: '2026-12-01', end: '2026-10-01' }), null, 'end before start');
    assert.equal(span({ start: '2026-02-30', end: '2026-10-01' }), null, 'no such day');
  });

  it('rejects what is not a cycle', () => {
    for (const v of ['next quarter', 'Q5 2026', '2026-H3', '', null, [1], true]) assert.equal(parseCycle(v), null, String(v));
  });

  it('finds a cycle inside a heading', () => {
    const h = 'Platform OKRs — Q4 2026';
    const found = findCycleInText(h)!;
    assert.equal(found.cycle.label, '2026-Q4');
    assert.equal(h.slice(found.index, found.index + found.length), 'Q4 2026');
    assert.equal(findCycleInText('OKRs for FY27 Q2', { fiscalYearStartMonth: 7 })?.cycle.start, '2026-10-01');
    assert.equal(findCycleInText('Platform OKRs'), null);
    assert.equal(findCycleInText('AQ4 2026x'), null);
  });
});

describe('cycle: dates', () => {
  const q4 = { start: '2026-10-01', end: '2026-12-31' };
  it('validates and computes ISO dates', () => {
    assert.equal(isIsoDate('2026-02-29'), false);
    assert.equal(isIsoDate('2028-02-29'), true);
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(daysBetween('2026-10-01', '2026-12-31'), 91);
  });

  it('resolves date expressions against the cycle', () => {
    assert.equal(resolveDate('2026-12-15', null), '2026-12-15');
    assert.equal(resolveDate('2026/12/5', null), '2026-12-05');
    assert.equal(resolveDate('Dec 15', q4), '2026-12-15');
    assert.equal(resolveDate('December 15th', q4), '2026-12-15');
    assert.equal(resolveDate('15 Dec', q4), '2026-12-15');
    assert.equal(resolveDate('Jan 10', { start: '2026-11-01', end: '2027-01-31' }), '2027-01-10', 'placed inside a cycle spanning years');
    assert.equal(resolveDate('Jan 15', q4), '2027-01-15', 'just after the cycle, not nine months before it');
    assert.equal(resolveDate('Sep 20', q4), '2026-09-20', 'just before the cycle');
    assert.equal(resolveDate('15 Feb', { start: '2026-11-01', end: '2027-01-31' }), '2027-02-15');
    assert.equal(resolveDate('end of quarter', q4), '2026-12-31');
    assert.equal(resolveDate('the end of the cycle', q4), '2026-12-31');
    assert.equal(resolveDate('EOQ', q4), '2026-12-31');
    assert.equal(resolveDate('mid-quarter', q4), '2026-11-15');
    assert.equal(resolveDate('Dec 15', null), null);
    assert.equal(resolveDate('Feb 30', q4), null);
    assert.equal(resolveDate('soon', q4), null);
  });
});

describe('status: expected progress and phases', () => {
  const q4 = { start: '2026-10-01', end: '2026-12-31' };
  it('is the elapsed share of the cycle at a date', () => {
    assert.equal(expectedProgress(q4, '2026-10-01'), 0);
    assert.equal(expectedProgress(q4, '2026-09-01'), 0);
    assert.equal(expectedProgress(q4, '2027-01-05'), 1);
    assert.ok(Math.abs(expectedProgress(q4, '2026-11-21')! - 51 / 92) < 1e-12);
    assert.equal(expectedProgress(null, '2026-11-21'), null);
    assert.equal(expectedProgress(q4, 'yesterday'), null);
  });

  it('knows the phase', () => {
    assert.equal(cyclePhase(q4, '2026-09-30'), 'not-started');
    assert.equal(cyclePhase(q4, '2026-10-01'), 'running');
    assert.equal(cyclePhase(q4, '2026-12-31'), 'running');
    assert.equal(cyclePhase(q4, '2027-01-01'), 'ended');
  });

  it('compares progress with the expected progress while running', () => {
    assert.equal(runningStatus(0.5, 0.55), 'on-track');
    assert.equal(runningStatus(0.9, 0.5), 'on-track');
    assert.equal(runningStatus(0.35, 0.55), 'at-risk');
    assert.equal(runningStatus(0.1, 0.55), 'behind');
    assert.equal(runningStatus(null, 0.55), null);
    assert.equal(runningStatus(0.6, 0.55, { confidence: 0.3 }), 'at-risk', 'low confidence');
    assert.equal(runningStatus(1, 0.55, { confidence: 0.3 }), 'on-track', 'done is done');
  });

  it('treats an unfinished milestone by how late it is', () => {
    assert.equal(runningStatus(0, 0.3, { milestone: true }), 'on-track');
    assert.equal(runningStatus(0, 0.6, { milestone: true }), 'at-risk');
    assert.equal(runningStatus(0, 0.95, { milestone: true }), 'behind');
    assert.equal(runningStatus(1, 0.95, { milestone: true }), 'on-track');
  });

  it('grades after the end with bands and committed/aspirational verdicts', () => {
    assert.deepEqual([gradeBand(0), gradeBand(0.3), gradeBand(0.34), gradeBand(0.4), gradeBand(0.6), gradeBand(0.66), gradeBand(0.7), gradeBand(1)], ['red', 'red', 'red', 'yellow', 'yellow', 'green', 'green', 'green']);
    assert.deepEqual(grade(0.72, 'aspirational'), { score: 0.7, band: 'green', type: 'aspirational', verdict: 'success' });
    assert.deepEqual(grade(0.5, 'aspirational').verdict, 'short');
    assert.deepEqual(grade(0.9, 'committed'), { score: 0.9, band: 'green', type: 'committed', verdict: 'missed' });
    assert.deepEqual(grade(1, 'committed').verdict, 'met');
    assert.deepEqual(grade(0.7, null).verdict, 'success');
  });

  it('statusAt gives the phase result and one word for the report', () => {
    assert.equal(statusLabel(statusAt(0.5, q4, '2026-09-01')), 'not-started');
    assert.equal(statusLabel(statusAt(0.5, q4, '2026-11-21')), 'on-track');
    assert.equal(statusLabel(statusAt(0.5, q4, '2027-01-10', { type: 'committed' })), 'yellow');
    assert.equal(statusAt(0.5, q4, '2027-01-10', { type: 'committed' })?.grade?.verdict, 'missed');
    assert.equal(statusLabel(statusAt(null, q4, '2026-11-21')), null);
    assert.equal(statusAt(0.5, null, '2026-11-21'), null);
  });

  it('a KR deadline before the end shortens the expected span', () => {
    const early = statusAt(0.5, q4, '2026-11-10', { deadline: '2026-11-15' })!;
    assert.ok(early.expected > 0.8);
    assert.equal(early.status, 'behind');
  });
});

describe('status: KRs and objectives of a parsed file', () => {
  const text = [
    '---',
    'quarter: 2026-Q4',
    '---',
    '## O1: Grow',
    'Type: aspirational',
    '- KR1: Grow users from 100 to 200 (now 160)',
    '- KR2: Grow revenue from 10 to 20 (now 11)',
    '- [x] KR3: Hire a VP Sales',
  ].join('\n');
  const doc = parseOkr(text);
  const o = doc.objectives[0]!;

  it('computes per-KR status at a date', () => {
    const date = '2026-11-21';
    assert.deepEqual(o.keyResults.map((kr) => keyResultStatus(kr, doc.cycle, date, o.type)?.status), ['on-track', 'behind', 'on-track']);
  });

  it('an objective with one KR behind is at risk even when its mean is on track', () => {
    assert.ok(Math.abs(o.progress! - (0.6 + 0.1 + 1) / 3) < 1e-9);
    const r = objectiveStatus(o, doc.cycle, '2026-11-21')!;
    assert.equal(r.status, 'at-risk');
  });

  it('grades the objective after the cycle', () => {
    const r = objectiveStatus(o, doc.cycle, '2027-01-03')!;
    assert.equal(r.phase, 'ended');
    assert.deepEqual(r.grade, { score: 0.6, band: 'yellow', type: 'aspirational', verdict: 'short' });
  });
});

describe('cycle: a bare year in a heading', () => {
  it('names a yearly cycle, after every quarter and half form', () => {
    assert.equal(findCycleInText('Company OKRs 2026')?.cycle.label, '2026');
    assert.equal(findCycleInText('Company OKRs 2026 — Q3')?.cycle.label, '2026-Q3');
    assert.equal(findCycleInText('Review of 2026-11-07'), null);
  });
});
