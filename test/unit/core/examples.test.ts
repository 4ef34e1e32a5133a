import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseOkr } from '../../../src/core/parse';
import { buildReport } from '../../../src/core/report';

const read = (name: string) => readFileSync(`examples/${name}`, 'utf8');

describe('examples/', () => {
  const company = parseOkr(read('okr.md'));
  const platform = parseOkr(read('platform.okr.md'));
  const growth = parseOkr(read('growth.okr.md'));

  it('parse without problems, in 2026-Q4', () => {
    for (const doc of [company, platform, growth]) {
      assert.deepEqual(doc.problems, []);
      assert.equal(doc.cycle?.label, '2026-Q4');
    }
    assert.equal(platform.frontmatter?.parent, './okr.md');
    assert.equal(growth.frontmatter?.parent, './okr.md');
  });

  it('the company file has 4 objectives with ids o1–o4', () => {
    assert.deepEqual(company.objectives.map((o) => o.id), ['o1', 'o2', 'o3', 'o4']);
    assert.ok(company.objectives.every((o) => o.keyResults.length >= 2));
  });

  it('every team alignment names a company objective, except the deliberately broken one', () => {
    const ids = new Set(company.objectives.flatMap((o) => [o.id, o.slug]));
    const refs = [...platform.objectives, ...growth.objectives].flatMap((o) => o.aligns.map((a) => a.objective));
    assert.ok(refs.length >= 5);
    assert.deepEqual(refs.filter((r) => !ids.has(r)), ['brand']);
  });

  it('holds the bad KRs the linter should flag', () => {
    const all = [company, platform, growth].flatMap((d) => d.objectives.flatMap((o) => o.keyResults));
    const unmeasured = all.filter((k) => k.kind === 'unmeasured').map((k) => k.text);
    assert.ok(unmeasured.includes('Improve onboarding experience'));
    assert.ok(unmeasured.includes('Launch the new pricing page'));
    assert.ok(platform.objectives.some((o) => o.keyResults.length === 6), 'an objective with 6 KRs');
    assert.ok([company, growth].some((d) => d.objectives.some((o) => /\d/.test(o.title))), 'a metric in a title');
  });

  it('has dated check-ins in October and November 2026', () => {
    const dates = [company, platform, growth].flatMap((d) => d.objectives.flatMap((o) => o.keyResults.flatMap((k) => k.checkins.map((c) => c.date!))));
    assert.ok(dates.length >= 10);
    assert.ok(dates.every((d) => d >= '2026-10-01' && d <= '2026-11-21'));
  });

  it('reports mid-cycle statuses of every kind', () => {
    const report = buildReport([{ file: 'okr.md', doc: company }, { file: 'platform.okr.md', doc: platform }, { file: 'growth.okr.md', doc: growth }], '2026-11-21');
    const statuses = new Set(report.files.flatMap((f) => f.objectives.flatMap((o) => o.keyResults.map((k) => k.status))));
    for (const s of ['on-track', 'at-risk', 'behind', null]) assert.ok(statuses.has(s), String(s));
  });
});
