// `- Owner: TBD` (or `?`, `-`, `n/a`, `none`, a template's `‹owner›`) under a key result names nobody
// (rev-m: since 5be250e it was an owner called TBD, silencing kr-missing-owner).
import assert from 'node:assert/strict';
import { defaultConfig, lint } from '../../src/core/lint/index';
import { isPlaceholderOwner } from '../../src/core/owners';
import { parseOkr } from '../../src/core/parse';

describe('placeholder owners of key results', () => {
  it('a placeholder owner item is no owner, and kr-missing-owner reports the KR', () => {
    const values = ['TBD', '?', 'tbc', '-', 'n/a', 'None', '@‹owner›', '<owner>'];
    const text = `## O1: Grow\n\nOwner: @ana\n\n${values.map((v, i) => `- KR${i + 1}: Grow signups from ${i} to 20\n  - Owner: ${v}\n`).join('')}`;
    const doc = parseOkr(text);
    assert.deepEqual(doc.objectives[0]!.keyResults.map((k) => k.owners.length), values.map(() => 0));
    const config = defaultConfig();
    config.rules['kr-missing-owner'] = { severity: 'warning', options: {} };
    const reports = lint(doc, text, { config }).filter((r) => r.ruleId === 'kr-missing-owner');
    assert.equal(reports.length, values.length);
  });

  it('a real owner is kept, next to a placeholder too', () => {
    const doc = parseOkr('## O1: Grow\n\n- KR1: Grow signups from 10 to 20\n  - Owner: @bo, TBD\n- KR2: Cut churn from 5% to 3%\n  - Owner: Tobias\n');
    assert.deepEqual(doc.objectives[0]!.keyResults.map((k) => k.owners.map((o) => o.name)), [['bo'], ['Tobias']]);
  });

  it('isPlaceholderOwner tells placeholders from names', () => {
    for (const p of ['TBD', 'tba', '?', '??', '—', 'n/a', 'NA', 'none', 'nobody', 'unassigned', '‹owner›', '<name>', '[owner]']) assert.ok(isPlaceholderOwner(p), p);
    for (const n of ['ana', 'Ana Lima', 'Tbdavis', 'Nadia', 'Noone-Smith']) assert.ok(!isPlaceholderOwner(n), n);
  });
});
