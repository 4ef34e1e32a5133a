import assert from 'node:assert/strict';
import { definitionAt, referencesAt } from '../../../src/core/navigation';
import { percent } from '../../../src/core/present';
import { documentSymbols, fuzzyMatch, objectiveLenses, workspaceSymbols } from '../../../src/core/symbols';
import { cycleStatusText, cycleSummary } from '../../../src/core/present';
import { offsetOf, parsed, workspaceOf } from './helpers';

const COMPANY = `---
quarter: 2026-Q4
---
# Company OKRs

## Sales

### O1: Grow revenue in new markets

- KR1: Increase ARR from 10 to 20 (now 15)
- KR2: Sign 5 new logos (now 5)

## O2: Customers love the product

- KR1: Raise NPS from 30 to 45
`;

const TEAM = `---
quarter: 2026-Q4
parent: ../okr.md
---
# Team

## Win small businesses

Aligns: ../okr.md#o1

- KR1: Grow paying small businesses from 40 to 90

## Ship faster

Aligns: grow-revenue-in-new-markets

- KR1: Cut lead time from 10 days to 2 days

## Orphan

Aligns: ../okr.md#nope

- KR1: Do 3 things
`;

const company = parsed(COMPANY);
const team = parsed(TEAM);
const index = workspaceOf({ 'okr.md': COMPANY, 'teams/team.okr.md': TEAM });

describe('editor: symbols, CodeLens and navigation', () => {
  it('builds groups → objectives → KRs in document order with progress in the detail', () => {
    const symbols = documentSymbols(company.doc, '2026-11-21');
    assert.deepEqual(symbols.map((s) => [s.kind, s.name]), [['group', 'Sales'], ['objective', 'O2: Customers love the product']]);
    const o1 = symbols[0]!.children[0]!;
    assert.equal(o1.name, 'O1: Grow revenue in new markets');
    assert.equal(o1.kind, 'objective');
    assert.ok(o1.detail.startsWith(percent(company.doc.objectives[0]!.progress)));
    assert.deepEqual(o1.children.map((c) => c.name), ['KR1: Increase ARR from 10 to 20 (now 15)', 'KR2: Sign 5 new logos (now 5)']);
    for (const s of [symbols[0]!, o1, ...o1.children]) {
      assert.ok(s.range.start.offset <= s.selectionRange.start.offset && s.selectionRange.end.offset <= s.range.end.offset, s.name);
    }
  });

  it('puts one lens above each objective with progress, status and KR count', () => {
    const lenses = objectiveLenses(company.doc, '2026-11-21');
    assert.equal(lenses.length, 2);
    assert.deepEqual(lenses[0]!.range, company.doc.objectives[0]!.headingRange);
    assert.match(lenses[0]!.title, /^\d+% · (on track|at risk|behind) · 2 KRs$/);
    assert.match(lenses[1]!.title, / · 1 KR$/);
    assert.match(objectiveLenses(company.doc, '2026-09-01')[0]!.title, /not started/);
  });

  it('finds objectives across the workspace by a fuzzy query', () => {
    const all = workspaceSymbols(index, '');
    assert.equal(all.filter((s) => s.kind === 'objective').length, 5);
    const hits = workspaceSymbols(index, 'grwrev');
    assert.deepEqual(hits.map((h) => [h.kind, h.name, h.containerName]), [['objective', 'O1: Grow revenue in new markets', '2026-Q4']]);
    assert.equal(fuzzyMatch('ship', 'Ship faster'), true);
    assert.equal(fuzzyMatch('xyz', 'Ship faster'), false);
  });

  it('names workspace symbols by title, held by their cycle or objective, never by the file VS Code shows after them', () => {
    // An empty query lists the objectives only (every key result would match it).
    const all = workspaceSymbols(index, '');
    assert.deepEqual(
      all.map((s) => [s.kind, s.name, s.containerName]),
      [
        ['objective', 'O1: Grow revenue in new markets', '2026-Q4'],
        ['objective', 'O2: Customers love the product', '2026-Q4'],
        ['objective', 'Win small businesses', '2026-Q4'],
        ['objective', 'Ship faster', '2026-Q4'],
        ['objective', 'Orphan', '2026-Q4'],
      ],
    );
    // Key results are held by their objective, in document order ('kr' is in every label, in no objective).
    const krs = workspaceSymbols(index, 'kr');
    assert.deepEqual(
      krs.map((s) => [s.kind, s.name, s.containerName]),
      [
        ['keyResult', 'KR1: Increase ARR from 10 to 20 (now 15)', 'O1: Grow revenue in new markets'],
        ['keyResult', 'KR2: Sign 5 new logos (now 5)', 'O1: Grow revenue in new markets'],
        ['keyResult', 'KR1: Raise NPS from 30 to 45', 'O2: Customers love the product'],
        ['keyResult', 'KR1: Grow paying small businesses from 40 to 90', 'Win small businesses'],
        ['keyResult', 'KR1: Cut lead time from 10 days to 2 days', 'Ship faster'],
        ['keyResult', 'KR1: Do 3 things', 'Orphan'],
      ],
    );
    for (const s of [...all, ...krs]) assert.ok(!/okr\.md/.test(s.name + s.containerName), `${s.name} / ${s.containerName}`);
    // A key result is found by the words of its text, and points at that text.
    const nps = workspaceSymbols(index, 'raise nps');
    assert.deepEqual(nps.map((s) => [s.kind, s.uri]), [['keyResult', 'file:///ws/okr.md']]);
    assert.deepEqual(nps[0]!.range, company.doc.objectives[1]!.keyResults[0]!.textRange);
    // Letters in order are not enough for a key result's long text (they would match most of them).
    assert.deepEqual(workspaceSymbols(index, 'rnps').filter((s) => s.kind === 'keyResult'), []);
    // Without a cycle the file's title holds the objectives.
    const untitled = workspaceOf({ 'a.okr.md': '# Platform\n\n## O1: Make deploys boring\n\n- KR1: Cut deploy time from 40 min to 10 min\n' });
    assert.deepEqual(workspaceSymbols(untitled, 'deploys').map((s) => [s.kind, s.containerName]), [['objective', 'Platform']]);
  });

  it('lists every matching objective before key results, which take only the room left under the limit', () => {
    // 120 files, each with two objectives and five key results: 840 symbols if KRs counted like objectives.
    const files: Record<string, string> = {};
    for (let i = 0; i < 120; i++) {
      files[`team${String(i).padStart(3, '0')}/okr.md`] =
        `---\nquarter: 2026-Q4\n---\n# Team ${i}\n\n## O1: Grow the business ${i}\n\n- KR1: Revenue from 1M to 2M\n- KR2: Churn from 5% to 3%\n` +
        `- KR3: NPS from 30 to 40\n- KR4: Hire 3 account executives\n\n## O2: Zeppelin launch ${i}\n\n- KR1: Launch zeppelin to 3 markets\n`;
    }
    const big = workspaceOf(files);
    // A blank query: every objective, no key result.
    for (const query of ['', '  ']) {
      const all = workspaceSymbols(big, query);
      assert.equal(all.length, 240, JSON.stringify(query));
      assert.ok(all.every((s) => s.kind === 'objective'));
    }
    // One letter matches most key results' words; the objectives it matches all come first.
    const n = workspaceSymbols(big, 'n');
    assert.equal(n.filter((s) => s.kind === 'objective' && s.name.startsWith('O2: Zeppelin')).length, 120);
    assert.equal(n.filter((s) => s.kind === 'objective').length, 240);
    assert.equal(n.length, 500);
    const firstKr = n.findIndex((s) => s.kind === 'keyResult');
    assert.equal(firstKr, 240);
    assert.ok(n.slice(firstKr).every((s) => s.kind === 'keyResult'));
    // The key results fill the rest, first files first.
    assert.equal(n[firstKr]!.uri, 'file:///ws/team000/okr.md');
    // A small limit is still honoured, by objectives alone.
    assert.equal(workspaceSymbols(big, 'zeppelin', 50).length, 50);
    assert.ok(workspaceSymbols(big, 'zeppelin', 50).every((s) => s.kind === 'objective'));
    // Key results still found when the objectives leave room.
    const hire = workspaceSymbols(big, 'hire account');
    assert.equal(hire.length, 120);
    assert.ok(hire.every((s) => s.kind === 'keyResult' && s.name === 'KR4: Hire 3 account executives'));
  });

  it('goes from an Aligns reference to the objective it names, with or without a file', () => {
    const def = definitionAt(index, 'teams/team.okr.md', team.doc, offsetOf(TEAM, '../okr.md#o1', 3))!;
    assert.equal(def.uri, 'file:///ws/okr.md');
    assert.deepEqual(def.range, company.doc.objectives[0]!.titleRange);
    assert.deepEqual(def.originRange, team.doc.objectives[0]!.aligns[0]!.range);
    const bySlug = definitionAt(index, 'teams/team.okr.md', team.doc, offsetOf(TEAM, 'grow-revenue-in-new', 1))!;
    assert.deepEqual(bySlug.range, company.doc.objectives[0]!.titleRange);
    assert.equal(definitionAt(index, 'teams/team.okr.md', team.doc, offsetOf(TEAM, '../okr.md#nope', 2)), null);
    assert.equal(definitionAt(index, 'teams/team.okr.md', team.doc, offsetOf(TEAM, 'Cut lead', 1)), null);
  });

  it('goes from the front matter parent to the parent file', () => {
    const def = definitionAt(index, 'teams/team.okr.md', team.doc, offsetOf(TEAM, 'parent: ../okr.md', 10))!;
    assert.equal(def.uri, 'file:///ws/okr.md');
    assert.equal(def.range.start.offset, 0);
    assert.equal(TEAM.slice(def.originRange.start.offset, def.originRange.end.offset), '../okr.md');
    const orphan = parsed(TEAM.replace('parent: ../okr.md', 'parent: ../missing.md'));
    assert.equal(definitionAt(index, 'teams/team.okr.md', orphan.doc, offsetOf(orphan.text, 'missing', 1)), null);
  });

  it('finds every reference to an objective from its heading or from a reference', () => {
    const fromHeading = referencesAt(index, 'okr.md', company.doc, offsetOf(COMPANY, 'Grow revenue', 1), false);
    assert.deepEqual(fromHeading.map((r) => [r.uri, r.range.start.line]), [
      ['file:///ws/teams/team.okr.md', 8],
      ['file:///ws/teams/team.okr.md', 14],
    ]);
    const fromRef = referencesAt(index, 'teams/team.okr.md', team.doc, offsetOf(TEAM, '../okr.md#o1', 3), true);
    assert.equal(fromRef.length, 3);
    assert.equal(fromRef[0]!.uri, 'file:///ws/okr.md');
    assert.deepEqual(referencesAt(index, 'okr.md', company.doc, offsetOf(COMPANY, 'Customers love', 1), false), []);
  });

  it('summarises the cycle for the status bar at a date', () => {
    const s = cycleSummary(company.doc, '2026-11-21')!;
    assert.equal(s.label, '2026-Q4');
    assert.equal(s.daysLeft, 40);
    assert.equal(s.phase, 'running');
    assert.equal(cycleSummary(company.doc, '2026-09-21')!.daysToStart, 10);
    assert.ok(s.elapsed > 0.5 && s.elapsed < 0.6);
    assert.equal(cycleSummary(company.doc, '2027-01-02')!.phase, 'ended');
    assert.equal(cycleSummary(parsed('# No cycle\n').doc, '2026-11-21'), null);
    const p = percent(company.doc.progress);
    assert.deepEqual(cycleStatusText(company.doc, '2026-11-21').text, `2026-Q4 · ${p} done · 40 days left`);
    assert.match(cycleStatusText(company.doc, '2026-11-21').tooltip, /^Cycle 2026-Q4: \d+% of the time gone, 40 days left\. OKRs \d+% done\./);
    assert.equal(cycleStatusText(company.doc, '2026-12-30').text.endsWith('1 day left'), true);
    assert.equal(cycleStatusText(company.doc, '2026-12-31').text.endsWith('last day'), true);
    assert.equal(cycleStatusText(company.doc, '2027-01-01').text.endsWith('ended'), true);
    assert.equal(cycleStatusText(company.doc, '2026-09-30').text.endsWith('starts tomorrow'), true);
    assert.equal(cycleStatusText(parsed('# No cycle\n\n## O1: A\n\n- KR1: Raise x from 1 to 3 (now 2)\n').doc, '2026-11-21').text, '50% done');
  });

  it('says "no progress" (as the quarter tree does) where no KR has a known progress, not "– done" / "– · 2 KRs"', () => {
    // What OKR: New OKR File writes: placeholders, no numbers yet.
    const fresh = parsed('---\nquarter: 2026-Q4\n---\n# OKRs 2026-Q4\n\n## O1: ‹What to achieve›\n\n- KR1: Increase ‹metric› from ‹baseline› to ‹target› by 2026-12-31\n- KR2: Reduce ‹metric› from ‹baseline› to ‹target› by 2026-12-31\n').doc;
    assert.equal(fresh.progress, null);
    assert.equal(objectiveLenses(fresh, '2026-11-21')[0]!.title, 'no progress · 2 KRs');
    assert.equal(cycleStatusText(fresh, '2026-11-21').text, '2026-Q4 · no progress · 40 days left');
    assert.equal(cycleStatusText(parsed('# No cycle\n\n## O1: A\n\n- KR1: Be nice\n').doc, '2026-11-21').text, 'no progress');
    const german = (template: string, ...args: unknown[]): string => (template === 'no progress' ? 'kein Fortschritt' : template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)])));
    assert.equal(objectiveLenses(fresh, '2026-11-21', german)[0]!.title, 'kein Fortschritt · 2 KRs');
  });

  it('the status bar tooltip says "no progress" too where no KR has a known progress, not "OKRs – done"', () => {
    const fresh = parsed('---\nquarter: 2026-Q4\n---\n# OKRs 2026-Q4\n\n## O1: ‹What to achieve›\n\n- KR1: Increase ‹metric› from ‹baseline› to ‹target› by 2026-12-31\n').doc;
    const withCycle = cycleStatusText(fresh, '2026-11-21').tooltip;
    assert.match(withCycle, /^Cycle 2026-Q4: \d+% of the time gone, 40 days left\. OKRs: no progress\. Click to show the quarter tree\.$/);
    const noCycle = cycleStatusText(parsed('# No cycle\n\n## O1: A\n\n- KR1: Be nice\n').doc, '2026-11-21').tooltip;
    assert.match(noCycle, /^OKRs: no progress\. This file names no cycle/);
    for (const tooltip of [withCycle, noCycle]) assert.doesNotMatch(tooltip, /–|done/);
    // With a known progress the tooltip still gives the percentage.
    const known = cycleStatusText(parsed('# No cycle\n\n## O1: A\n\n- KR1: Raise x from 1 to 3 (now 2)\n').doc, '2026-11-21').tooltip;
    assert.match(known, /^OKRs 50% done\. This file names no cycle/);
  });
});
