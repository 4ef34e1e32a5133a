import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { KeyResult, Quantity, Range } from '../../../src/core/model';
import { parseOkr } from '../../../src/core/parse';
import { keyResultProgress } from '../../../src/core/progress';
import { buildReport, renderMarkdownReport } from '../../../src/core/report';
import { keyResultHover } from '../../../src/core/hover';
import { buildTree, findNodeAt } from '../../../src/core/tree';
import { IncrementalDocument } from '../../../src/core/incremental';
import { convert, unitFamily, unitsOf, valueIn } from '../../../src/core/units';

const parse = (line: string, extra = '') => parseOkr(`---\nquarter: 2026-Q4\n---\n## O\n- ${line}\n${extra}`);
const kr = (line: string, extra = '') => parse(line, extra).objectives[0]!.keyResults[0]!;
const near = (a: number | null, b: number) => assert.ok(a !== null && Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);

describe('units: conversion', () => {
  it('converts within a family, both ways', () => {
    assert.equal(convert(5, 'days', 'h'), 120);
    assert.equal(convert(2, 'min', 's'), 120);
    assert.equal(convert(1.2, 's', 'ms'), 1200);
    assert.equal(convert(2, 'weeks', 'days'), 14);
    assert.equal(convert(90, 's', 'min'), 1.5);
    assert.equal(convert(0.1, 's', 'ms'), 100);
    assert.equal(convert(2, 'MB', 'KB'), 2000, 'decimal: 1 MB = 1,000 KB');
    assert.equal(convert(1.5, 'TB', 'GB'), 1500);
    assert.equal(convert(800, 'KB', 'MB'), 0.8);
  });

  it('does not convert across families, unknown units, months or a missing unit', () => {
    assert.equal(convert(5, 'days', 'MB'), null);
    assert.equal(convert(2, 'months', 'weeks'), null);
    assert.equal(convert(1, 'years', 'days'), null);
    assert.equal(convert(50, '%', 'pp'), null);
    assert.equal(convert(5, '$', '€'), null);
    assert.equal(convert(5, null, 'h'), null);
    assert.equal(convert(5, 'users', 'teams'), null);
    assert.equal(convert(5, 'constructor', 'h'), null);
    assert.equal(convert(5, 'users', 'users'), 5);
    assert.equal(convert(7, null, null), 7);
  });

  it('valueIn keeps the value as written when nothing converts', () => {
    assert.equal(valueIn({ value: 36, unit: 'h' }, 'days'), 1.5);
    assert.equal(valueIn({ value: 36, unit: null }, 'days'), 36);
    assert.equal(valueIn({ value: 36, unit: 'users' }, 'days'), 36);
    assert.equal(unitFamily('min'), 'time');
    assert.equal(unitFamily('GB'), 'data');
    assert.equal(unitFamily('months'), null);
    assert.equal(unitFamily(null), null);
  });
});

describe('units: progress converts within a family', () => {
  const cases: [string, string, number][] = [
    // [KR, check-ins, expected progress]; the arithmetic in the comments is in the target's unit.
    ['Cut build time from 5 days to 12 hours (now 36 hours)', '', (120 - 36) / (120 - 12)],
    ['Cut build time from 5 days to 12 hours', '  - 2026-11-01: 36 hours\n', (120 - 36) / (120 - 12)],
    ['Cut build time from 5 days to 12 hours', '  - 2026-10-10: 4 days\n  - 2026-11-01: 3 days\n', (120 - 72) / (120 - 12)],
    ['Cut deploy time from 2 min to 90 s (now 100 s)', '', (120 - 100) / (120 - 90)],
    ['Cut p95 latency from 1.2 s to 300 ms (now 800 ms)', '', (1200 - 800) / (1200 - 300)],
    ['Cut p95 latency from 1.2 s to 300 ms (now 0.9 s)', '', (1200 - 900) / (1200 - 300)],
    ['Shrink the bundle from 2 MB to 800 KB (now 1 MB)', '', (2000 - 1000) / (2000 - 800)],
    ['Grow the archive from 2 GB to 1.5 TB (now 500 GB)', '', (500 - 2) / (1500 - 2)],
    ['Cut lead time from 3 weeks to 10 days (now 2 weeks)', '', (21 - 14) / (21 - 10)],
    // Currency magnitudes are folded into the value by the parser: nothing to convert.
    ['Grow ARR from $800k to $1.2M (now $1M)', '', 0.5],
    ['Grow ARR from 800k to 1.2M EUR (now 1M EUR)', '', 0.5],
    // A relative change in another unit of the family: 3 days − 12 hours = 2.5 days.
    ['Cut build time by 12 hours from 3 days (now 2.75 days)', '', 0.5],
  ];
  for (const [text, checkins, expected] of cases) {
    it(`${text}${checkins ? ` + ${checkins.trim().split('\n').pop()!.trim()}` : ''}`, () => near(kr(text, checkins).progress, expected));
  }

  it('a threshold compares the current value in the target’s unit', () => {
    assert.equal(kr('Keep p95 latency below 0.3 s (now 250 ms)').progress, 1);
    assert.equal(kr('Keep p95 latency below 0.3 s (now 350 ms)').progress, 0);
    assert.equal(kr('Keep the bundle under 1 MB (now 900 KB)').progress, 1);
  });

  it('direction comes from the converted numbers', () => {
    assert.equal(kr('Build time from 5 days to 12 hours').direction, 'decrease');
    assert.equal(kr('Archive from 2 GB to 1.5 TB').direction, 'increase');
    assert.equal(kr('Latency from 1 s to 1 min').direction, 'increase');
  });

  it('keeps today’s behaviour for units of different families, months and unknown units', () => {
    // Not convertible: computed on the numbers as written, as before (3 → 6, now 4).
    near(kr('Cut onboarding from 3 months to 6 weeks (now 4 weeks)').progress, 1 / 3);
    near(kr('Grow storage from 2 GB to 10 GB (now 5 days)').progress, 3 / 8);
    near(kr('Grow revenue from $10 to €20 (now €15)').progress, 0.5);
    // A bare number is taken to be in the KR's unit.
    near(kr('Cut build time from 5 days to 2 days (now 3)').progress, 2 / 3);
  });

  it('shows every number in the unit the author wrote (report and hover)', () => {
    const doc = parse('KR1: Cut build time from 5 days to 12 hours', '  - 2026-11-01: 36 hours\n');
    const report = buildReport([{ file: 'okr.md', doc }], '2026-11-21');
    const md = renderMarkdownReport(report);
    assert.match(md, /\(5 days → 12 hours, now 36 hours\)/);
    const json = report.files[0]!.objectives[0]!.keyResults[0]!;
    assert.deepEqual(
      [json.baseline, json.baselineUnit, json.target, json.targetUnit, json.current, json.currentUnit, json.unit, json.direction, json.progress],
      [5, 'days', 12, 'h', 36, 'h', 'h', 'decrease', Math.round((84 / 108) * 1000) / 1000],
    );
    const o = doc.objectives[0]!;
    const hover = keyResultHover({ doc, offset: 0, today: '2026-11-21' }, o, o.keyResults[0]!);
    assert.match(hover, /5 days → \*\*36 hours\*\* → 12 hours/);
    assert.match(hover, /metric \(decrease\)/);
    assert.match(hover, /78%/);
  });

  it('an incremental edit into mixed units gives the same model as a full parse', () => {
    const before = '---\nquarter: 2026-Q4\n---\n## O1: A\n- Cut build time from 5 days to 2 days (now 3 days)\n\n## O2: B\n- Grow teams from 1 to 2\n';
    const after = before.replace('to 2 days (now 3 days)', 'to 12 hours (now 36 hours)');
    const cache = new IncrementalDocument();
    cache.update(before);
    const doc = cache.update(after);
    assert.deepEqual(doc, parseOkr(after));
    const edited = doc.objectives[0]!.keyResults[0]!;
    assert.equal(edited.direction, 'decrease');
    near(edited.progress, 84 / 108);
  });

  it('the panel’s trend compares mixed-unit check-ins converted', () => {
    // 4 days → 36 hours is a fall (good for a decrease), although 36 > 4.
    const doc = parse('Cut build time from 5 days to 12 hours', '  - 2026-10-10: 4 days\n  - 2026-11-01: 36 hours\n');
    const tree = buildTree([{ uri: 'file:///okr.md', doc }], { today: '2026-11-21', scope: 'file', activeUri: 'file:///okr.md' });
    const node = findNodeAt(tree.roots, 'file:///okr.md', 4)!;
    assert.equal(node.trend?.direction, 'up');
    assert.deepEqual(node.trend?.points, [1, 0]);
    assert.equal(node.trend?.text, '4 days → 36 hours');
  });
});

describe('units: property', () => {
  const range: Range = { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } };
  const q = (value: number, unit: string): Quantity => ({ value, unit, raw: `${value} ${unit}`, range, relative: false });
  const metric = (baseline: Quantity, target: Quantity, current: Quantity): KeyResult =>
    ({ kind: 'metric', score: null, checked: null, direction: target.value > baseline.value ? 'increase' : 'decrease', comparator: null, baseline, target, current, unit: target.unit } as unknown as KeyResult);
  const family = fc.constantFrom(unitsOf('time'), unitsOf('data'));
  const amount = fc.integer({ min: 1, max: 100_000 });

  it('re-expressing a KR’s quantities in other units of the same family keeps its progress', () => {
    fc.assert(
      fc.property(
        family.chain((units) => fc.tuple(fc.constant(units), fc.array(fc.integer({ min: 0, max: units.length - 1 }), { minLength: 6, maxLength: 6 }))),
        amount,
        amount,
        amount,
        ([units, picks], b, t, c) => {
          fc.pre(convert(b, units[picks[0]!]!, units[picks[1]!]!) !== t);
          const [ub, ut, uc, vb, vt, vc] = picks.map((i) => units[i]!) as [string, string, string, string, string, string];
          const original = metric(q(b, ub), q(t, ut), q(c, uc));
          // Each quantity to another unit of its family; and that there and back again is the identity.
          const to = (x: Quantity, unit: string): Quantity => q(convert(x.value, x.unit, unit)!, unit);
          const moved = metric(to(original.baseline!, vb), to(original.target!, vt), to(original.current!, vc));
          const back = metric(to(moved.baseline!, ub), to(moved.target!, ut), to(moved.current!, uc));
          for (const [a, z] of [[original.baseline!, back.baseline!], [original.target!, back.target!], [original.current!, back.current!]] as const) {
            assert.ok(Math.abs(a.value - z.value) <= 1e-9 * Math.abs(a.value), `${a.value} ${a.unit} came back as ${z.value}`);
          }
          const p0 = keyResultProgress(original).progress!;
          const p1 = keyResultProgress(moved).progress!;
          const p2 = keyResultProgress(back).progress!;
          assert.ok(Math.abs(p0 - p1) < 1e-6 && Math.abs(p0 - p2) < 1e-6, `${p0} vs ${p1} vs ${p2}`);
        },
      ),
      { numRuns: 300 },
    );
  });
});
