import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOkr } from '../../src/core/parse';
import type { CheckIn, Cycle, Group, KeyResult, Objective, OkrDocument, Quantity, Range } from '../../src/core/model';
import { ancestorsOf, buildTree, filterTree, findNodeAt, flattenTree, parseFilter, pickCycle, type TreeNode, type TreeSource } from '../../src/core/tree';
import { daysBetween, keyResultTiming, objectiveTiming, progressBand, progressTiming } from '../../src/core/tree-status';

// Small builders: the tree only reads a few fields, so documents are assembled by hand here
// (the parser has its own tests); lines are what the tree uses for reveal and highlight.
function range(line: number, endLine = line): Range {
  return { start: { line, character: 0, offset: line * 10 }, end: { line: endLine, character: 5, offset: endLine * 10 + 5 } };
}

function qty(value: number, raw = String(value)): Quantity {
  return { value, unit: null, raw, range: range(0), relative: false };
}

function checkin(date: string, value: number, confidence?: number): CheckIn {
  return {
    date,
    dateRaw: date,
    dateRange: range(0),
    value: qty(value),
    confidence: confidence === undefined ? null : { value: confidence, raw: String(confidence), range: range(0) },
    note: '',
    range: range(0),
  };
}

function kr(line: number, text: string, progress: number | null, extra: Partial<KeyResult> = {}): KeyResult {
  return {
    id: `kr-${line}`,
    label: null,
    text,
    textRange: range(line),
    range: range(line),
    kind: 'metric',
    direction: 'increase',
    comparator: null,
    baseline: null,
    target: null,
    current: null,
    currentSource: null,
    score: null,
    unit: null,
    deadline: null,
    owners: [],
    confidence: null,
    checked: null,
    checkins: [],
    weight: 1,
    progress,
    progressReason: progress === null ? 'no current value' : null,
    ...extra,
  };
}

function objective(line: number, id: string, title: string, keyResults: KeyResult[], extra: Partial<Objective> = {}): Objective {
  const known = keyResults.filter((k) => k.progress !== null);
  const endLine = Math.max(line, ...keyResults.map((k) => k.range.end.line));
  return {
    id,
    slug: id,
    label: null,
    title,
    titleRange: range(line),
    headingRange: range(line),
    range: range(line, endLine),
    depth: 2,
    metadata: [],
    owner: null,
    type: null,
    aligns: [],
    weight: 1,
    keyResults,
    keyResultsRange: null,
    initiatives: [],
    initiativesRange: null,
    progress: known.length ? known.reduce((s, k) => s + k.progress!, 0) / known.length : null,
    groupPath: [],
    ...extra,
  };
}

const Q4: Cycle = { label: '2026-Q4', kind: 'quarter', start: '2026-10-01', end: '2026-12-31', source: 'frontmatter', range: null };
const Q3: Cycle = { label: '2026-Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30', source: 'frontmatter', range: null };

function doc(objectives: Objective[], extra: Partial<OkrDocument> = {}): OkrDocument {
  const known = objectives.filter((o) => o.progress !== null);
  return {
    frontmatter: null,
    cycle: Q4,
    title: null,
    groups: [],
    objectives,
    comments: [],
    problems: [],
    progress: known.length ? known.reduce((s, o) => s + o.progress!, 0) / known.length : null,
    lineCount: 40,
    ...extra,
  };
}

function frontmatter(entries: { team?: string; parent?: string; owner?: string }) {
  return { range: range(0, 3), raw: '', entries: [], owner: entries.owner ?? null, team: entries.team ?? null, parent: entries.parent ?? null };
}

const TODAY = '2026-11-21';

function companySource(): TreeSource {
  return {
    uri: 'file:///ws/okr.md',
    doc: doc(
      [
        objective(5, 'o1', 'Grow revenue', [kr(7, 'Increase ARR from $1M to $2M', 0.5), kr(8, 'Win 10 enterprise logos', 0.2)]),
        objective(10, 'o2', 'Delight developers', [kr(12, 'Reduce time to first deploy from 5 days to 1 day', 0.4)], { owner: { name: 'alice', range: range(11) } }),
      ],
      { title: { text: 'Acme company OKRs', range: range(4) }, frontmatter: frontmatter({ team: 'Company' }) },
    ),
  };
}

function platformSource(): TreeSource {
  return {
    uri: 'file:///ws/teams/platform.okr.md',
    doc: doc(
      [
        objective(6, 'o1', 'Make deploys boring', [kr(8, 'Raise deploy success rate to 99%', 0.9, { owners: [{ name: 'bob', range: range(8) }] })], {
          aligns: [{ raw: 'company#o2', target: 'company', objective: 'o2', range: range(7) }],
        }),
      ],
      { title: { text: 'Platform OKRs', range: range(4) }, frontmatter: frontmatter({ team: 'Platform', parent: '../okr.md' }) },
    ),
  };
}

function titles(nodes: TreeNode[]): string[] {
  return nodes.map((n) => n.title);
}

describe('tree status helpers', () => {
  it('reads the bands to one decimal', () => {
    assert.equal(progressBand(null), null);
    assert.equal(progressBand(0), 'low');
    assert.equal(progressBand(0.3), 'low');
    assert.equal(progressBand(0.35), 'mid');
    assert.equal(progressBand(0.6), 'mid');
    assert.equal(progressBand(0.7), 'high');
    assert.equal(progressBand(1), 'high');
  });

  it('counts days between dates', () => {
    assert.equal(daysBetween('2026-11-21', '2026-12-31'), 40);
    assert.equal(daysBetween('2026-12-31', '2026-11-21'), -40);
    assert.equal(daysBetween('nonsense', '2026-12-31'), 0);
  });

  it('gives the elapsed share and on track / at risk / behind while the cycle runs', () => {
    // 2026-10-01..2026-11-20 is 51 of the quarter's 92 days.
    const t = progressTiming(0.6, Q4, TODAY);
    assert.ok(Math.abs(t.expected! - 51 / 92) < 1e-9);
    assert.equal(t.status?.key, 'on-track');
    assert.equal(progressTiming(0.4, Q4, TODAY).status?.label, 'at risk');
    assert.equal(progressTiming(0.1, Q4, TODAY).status?.key, 'behind');
    assert.equal(progressTiming(null, Q4, TODAY).status, null);
    assert.deepEqual(progressTiming(0.5, null, TODAY), { expected: null, status: null });
    assert.equal(progressTiming(0.5, Q4, '2026-09-01').status?.key, 'not-started');
  });

  it('grades after the cycle: committed expects 1.0, aspirational succeeds at 0.7', () => {
    const aspirational = objective(1, 'a', 'A', [kr(2, 'k', 0.7)], { type: 'aspirational' });
    const committed = objective(1, 'c', 'C', [kr(2, 'k', 0.7)], { type: 'committed' });
    assert.deepEqual(objectiveTiming(aspirational, Q4, '2027-01-05').status, { key: 'success', label: 'success (0.7)', tone: 'good' });
    assert.deepEqual(objectiveTiming(committed, Q4, '2027-01-05').status, { key: 'missed', label: 'missed (0.7)', tone: 'warn' });
    const low = objective(1, 'l', 'L', [kr(2, 'k', 0.2)], { type: 'committed' });
    assert.equal(objectiveTiming(low, Q4, '2027-01-05').status?.tone, 'bad');
    assert.equal(objectiveTiming(low, Q4, '2027-01-05').expected, 1);
  });

  it('measures a KR against its own deadline', () => {
    const o = objective(1, 'o', 'O', []);
    const due = kr(2, 'k', 0.5, { deadline: { date: '2026-11-15', raw: 'by 2026-11-15', range: range(2) } });
    assert.equal(keyResultTiming(due, o, Q4, TODAY).expected, 1);
    assert.equal(keyResultTiming(due, o, Q4, TODAY).status?.key, 'behind');
  });
});

describe('buildTree', () => {
  it('builds file → objectives → key results with progress, expected marker and status', () => {
    const model = buildTree([companySource()], { today: TODAY, scope: 'workspace' });
    assert.equal(model.empty, null);
    assert.equal(model.cycle?.label, '2026-Q4');
    assert.equal(model.daysLeft, 40);
    assert.equal(model.roots.length, 1);
    const file = model.roots[0]!;
    assert.equal(file.kind, 'file');
    assert.equal(file.title, 'Acme company OKRs');
    assert.deepEqual(titles(file.children), ['Grow revenue', 'Delight developers']);
    const grow = file.children[0]!;
    assert.equal(grow.kind, 'objective');
    assert.ok(Math.abs(grow.progress! - 0.35) < 1e-9);
    assert.deepEqual(titles(grow.children), ['Increase ARR from $1M to $2M', 'Win 10 enterprise logos']);
    assert.ok(Math.abs(grow.expected! - 51 / 92) < 1e-9);
    assert.equal(grow.children[1]!.status?.key, 'behind');
    assert.equal(model.objectiveCount, 2);
    assert.equal(model.keyResultCount, 3);
    assert.ok(Math.abs(model.progress! - (0.35 + 0.4) / 2) < 1e-9);
  });

  it('labels bars for screen readers with the value and the status', () => {
    const model = buildTree([companySource()], { today: TODAY, scope: 'workspace' });
    const deploy = model.roots[0]!.children[1]!.children[0]!;
    assert.equal(deploy.ariaLabel, 'Reduce time to first deploy from 5 days to 1 day: 40%, at risk');
  });

  it('hangs a team file under the file its parent names (company → teams)', () => {
    const model = buildTree([platformSource(), companySource()], { today: TODAY, scope: 'workspace' });
    assert.equal(model.roots.length, 1);
    const company = model.roots[0]!;
    assert.equal(company.uri, 'file:///ws/okr.md');
    const team = company.children.find((c) => c.kind === 'file');
    assert.equal(team?.title, 'Platform OKRs');
    assert.deepEqual(team?.children[0]?.aligns, ['company#o2']);
  });

  it('aligns through an objective reference when there is no parent key, and cuts loops', () => {
    const team = platformSource();
    team.doc.frontmatter = null;
    let model = buildTree([companySource(), team], { today: TODAY, scope: 'workspace' });
    assert.equal(model.roots.length, 1, 'Aligns: company#o2 finds the company file by its team name');

    const bare = platformSource();
    bare.doc.frontmatter = null;
    bare.doc.objectives[0]!.aligns = [{ raw: 'delight-developers', target: null, objective: 'delight-developers', range: range(7) }];
    const company = companySource();
    company.doc.objectives[1]!.slug = 'delight-developers';
    model = buildTree([company, bare], { today: TODAY, scope: 'workspace' });
    assert.equal(model.roots.length, 1, 'an objective slug unique in the workspace finds its file');

    const a: TreeSource = { uri: 'file:///ws/a.okr.md', doc: doc([objective(1, 'x', 'X', [kr(2, 'k', 0.1)])], { frontmatter: frontmatter({ parent: './b.okr.md' }) }) };
    const b: TreeSource = { uri: 'file:///ws/b.okr.md', doc: doc([objective(1, 'y', 'Y', [kr(2, 'k', 0.1)])], { frontmatter: frontmatter({ parent: './a.okr.md' }) }) };
    model = buildTree([a, b], { today: TODAY, scope: 'workspace' });
    // The loop is cut once: one file stays a root, the other under it; nothing repeats.
    assert.equal(model.roots.length, 1);
    assert.equal(model.roots[0]!.children.filter((c) => c.kind === 'file').length, 1);
    assert.equal(model.roots[0]!.children.find((c) => c.kind === 'file')!.children.some((c) => c.kind === 'file'), false);
  });

  it('shows only the active file in the "this file" scope', () => {
    const sources = [companySource(), platformSource()];
    const model = buildTree(sources, { today: TODAY, scope: 'file', activeUri: 'file:///ws/teams/platform.okr.md' });
    assert.deepEqual(titles(model.roots), ['Platform OKRs']);
    assert.equal(model.roots[0]!.children.some((c) => c.kind === 'file'), false);
    const none = buildTree(sources, { today: TODAY, scope: 'file', activeUri: null });
    assert.equal(none.empty, 'no-active-file');
    assert.equal(none.roots.length, 0);
  });

  it('lists cycles newest first and shows the chosen one, files without a cycle in every cycle', () => {
    const old: TreeSource = { uri: 'file:///ws/old.okr.md', doc: doc([objective(1, 'o', 'Old goal', [kr(2, 'k', 1)])], { cycle: Q3 }) };
    const loose: TreeSource = { uri: 'file:///ws/loose.okr.md', doc: doc([objective(1, 'o', 'Loose goal', [kr(2, 'k', 0.5)])], { cycle: null }) };
    const sources = [old, companySource(), loose];
    let model = buildTree(sources, { today: TODAY, scope: 'workspace' });
    assert.deepEqual(model.cycles.map((c) => c.label), ['2026-Q4', '2026-Q3']);
    assert.equal(model.cycle?.label, '2026-Q4');
    assert.deepEqual(model.files.map((f) => f.name).sort(), ['loose.okr.md', 'okr.md']);
    model = buildTree(sources, { today: TODAY, scope: 'workspace', cycle: '2026-Q3' });
    assert.deepEqual(model.files.map((f) => f.name).sort(), ['loose.okr.md', 'old.okr.md']);
    assert.equal(model.ended, true);
    assert.equal(model.daysLeft, 0);
    const oldGoal = model.roots.find((r) => r.title === 'old.okr.md')!.children[0]!;
    assert.equal(oldGoal.status?.key, 'success', 'after the cycle a status is a grade');
  });

  it('counts lint problems inside each node and in the header', () => {
    const source = companySource();
    source.diagnostics = [
      { line: 8, severity: 'warning' },
      { line: 8, severity: 'error' },
      { line: 12, severity: 'info' },
      { line: 1, severity: 'warning' },
    ];
    const model = buildTree([source], { today: TODAY, scope: 'workspace' });
    const [grow, delight] = model.roots[0]!.children;
    assert.deepEqual(grow!.problems, { errors: 1, warnings: 1, infos: 0 });
    assert.deepEqual(grow!.children[0]!.problems, { errors: 0, warnings: 0, infos: 0 });
    assert.deepEqual(delight!.problems, { errors: 0, warnings: 0, infos: 1 });
    assert.deepEqual(model.problems, { errors: 1, warnings: 2, infos: 1 });
  });

  it('computes a trend from check-ins in date order, in the KR direction', () => {
    const up = kr(3, 'Grow WAU', 0.5, { checkins: [checkin('2026-11-14', 150, 0.6), checkin('2026-11-07', 140, 0.5), checkin('2026-10-31', 120)] });
    const down = kr(4, 'Cut p95 latency', 0.5, { direction: 'decrease', checkins: [checkin('2026-11-07', 400), checkin('2026-11-14', 350)] });
    const model = buildTree([{ uri: 'file:///t.okr.md', doc: doc([objective(1, 'o', 'O', [up, down])]) }], { today: TODAY, scope: 'workspace' });
    const [a, b] = model.roots[0]!.children[0]!.children;
    assert.deepEqual(a!.trend, { points: [0, 20 / 30, 1], direction: 'up', text: '140 → 150' });
    assert.equal(a!.confidence, 0.6, 'confidence falls back to the newest check-in');
    assert.equal(b!.trend?.direction, 'up', 'a falling latency is an improvement');
  });

  it('keeps ids unique and stable, and groups in document order', () => {
    const o1 = objective(3, 'o1', 'In a group', [kr(4, 'k', 0.2)]);
    const dup = objective(8, 'o1', 'Same id again', [kr(9, 'k', 0.2)]);
    const loose = objective(1, 'first', 'Before the group', [kr(2, 'k', 0.2)]);
    const group: Group = { id: 'team', title: 'Team', titleRange: range(2), headingRange: range(2), range: range(2, 9), depth: 2, groups: [], objectives: [o1, dup], progress: 0.2 };
    const source: TreeSource = { uri: 'file:///g.okr.md', doc: doc([loose, o1, dup], { groups: [group] }) };
    const first = buildTree([source], { today: TODAY, scope: 'workspace' });
    const again = buildTree([source], { today: TODAY, scope: 'workspace' });
    const ids: string[] = [];
    const walk = (ns: TreeNode[]): void => ns.forEach((n) => (ids.push(n.id), walk(n.children)));
    walk(first.roots);
    assert.equal(new Set(ids).size, ids.length);
    const idsAgain: string[] = [];
    const walkAgain = (ns: TreeNode[]): void => ns.forEach((n) => (idsAgain.push(n.id), walkAgain(n.children)));
    walkAgain(again.roots);
    assert.deepEqual(ids, idsAgain);
    assert.deepEqual(titles(first.roots[0]!.children), ['Before the group', 'Team']);
    assert.deepEqual(titles(first.roots[0]!.children[1]!.children), ['In a group', 'Same id again']);
  });

  it('reports empty states', () => {
    assert.equal(buildTree([], { today: TODAY, scope: 'workspace' }).empty, 'no-files');
    const prose: TreeSource = { uri: 'file:///p.okr.md', doc: doc([], { problems: [{ code: 'frontmatter-invalid', message: 'Front matter is not valid YAML', range: range(1) }] }) };
    const model = buildTree([prose], { today: TODAY, scope: 'workspace' });
    assert.equal(model.empty, 'no-objectives');
    assert.deepEqual(model.files[0]!.parseProblems, ['Front matter is not valid YAML (line 2)']);
  });

  it('keeps a hostile title as plain data', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const model = buildTree([{ uri: 'file:///e.okr.md', doc: doc([objective(1, 'o', evil, [kr(2, '<script>alert(2)</script>', 0.5)])]) }], { today: TODAY, scope: 'workspace' });
    assert.equal(model.roots[0]!.children[0]!.title, evil);
    assert.ok(model.roots[0]!.children[0]!.ariaLabel.startsWith(evil));
  });
});

describe('filterTree / flattenTree / findNodeAt', () => {
  const model = buildTree([companySource(), platformSource()], { today: TODAY, scope: 'workspace' });

  it('parses text, @owner and status tokens', () => {
    assert.deepEqual(parseFilter('  Deploy @Alice status:at-risk is:behind '), { words: ['deploy'], owners: ['alice'], statuses: ['at-risk', 'behind'] });
  });

  it('returns null for an empty filter and shows matches with their ancestors and subtree', () => {
    assert.equal(filterTree(model.roots, '   '), null);
    const result = filterTree(model.roots, 'deploy')!;
    const matchedTitles = [...result.matched].map((id) => id.split('#')[1]);
    assert.ok(matchedTitles.length >= 2);
    const rows = flattenTree(model.roots, () => false, result);
    const shown = rows.map((r) => r.node.title);
    assert.ok(shown.includes('Reduce time to first deploy from 5 days to 1 day'));
    assert.ok(shown.includes('Make deploys boring'));
    assert.ok(shown.includes('Raise deploy success rate to 99%'), 'a matching objective shows its KRs');
    assert.ok(!shown.includes('Grow revenue'));
    assert.ok(shown.includes('Acme company OKRs'), 'ancestors stay for context');
  });

  it('lets a KR without an owner answer to its objective\'s owner', () => {
    const result = filterTree(model.roots, 'first deploy @alice')!;
    const matched = flattenTree(model.roots, () => true, result).filter((r) => result.matched.has(r.node.id)).map((r) => r.node.title);
    assert.deepEqual(matched, ['Reduce time to first deploy from 5 days to 1 day']);
    assert.equal(filterTree(model.roots, 'first deploy @bob')!.matched.size, 0);
  });

  it('filters by owner and by status', () => {
    const byOwner = flattenTree(model.roots, () => true, filterTree(model.roots, '@bob'));
    assert.ok(byOwner.some((r) => r.node.title === 'Raise deploy success rate to 99%'));
    assert.ok(!byOwner.some((r) => r.node.title === 'Delight developers'));
    const behind = flattenTree(model.roots, () => true, filterTree(model.roots, 'status:behind'));
    const leaves = behind.filter((r) => r.node.kind === 'keyResult').map((r) => r.node.title);
    assert.deepEqual(leaves, ['Win 10 enterprise logos']);
  });

  it('flattens through expanded nodes only, with ARIA positions', () => {
    const collapsed = flattenTree(model.roots, () => false, null);
    assert.equal(collapsed.length, 1);
    assert.equal(collapsed[0]!.expandable, true);
    assert.equal(collapsed[0]!.expanded, false);
    const all = flattenTree(model.roots, () => true, null);
    assert.equal(all.length, 1 + 2 + 3 + 1 + 1 + 1);
    const krRow = all.find((r) => r.node.title === 'Win 10 enterprise logos')!;
    assert.deepEqual([krRow.level, krRow.posinset, krRow.setsize, krRow.expandable], [3, 2, 2, false]);
  });

  it('finds the deepest node at a line, across nested team files', () => {
    assert.equal(findNodeAt(model.roots, 'file:///ws/okr.md', 8)?.title, 'Win 10 enterprise logos');
    assert.equal(findNodeAt(model.roots, 'file:///ws/okr.md', 10)?.title, 'Delight developers');
    assert.equal(findNodeAt(model.roots, 'file:///ws/teams/platform.okr.md', 8)?.title, 'Raise deploy success rate to 99%');
    assert.equal(findNodeAt(model.roots, 'file:///nowhere.okr.md', 8), null);
    const node = findNodeAt(model.roots, 'file:///ws/teams/platform.okr.md', 8)!;
    assert.equal(ancestorsOf(model.roots, node.id).length, 3);
  });

  it('picks the running cycle, else the asked one, else the latest started', () => {
    const cycles = [
      { label: '2027-Q1', start: '2027-01-01', end: '2027-03-31', files: 1 },
      { label: '2026-Q4', start: '2026-10-01', end: '2026-12-31', files: 2 },
      { label: '2026-Q3', start: '2026-07-01', end: '2026-09-30', files: 1 },
    ];
    assert.equal(pickCycle(cycles, TODAY, null)?.label, '2026-Q4');
    assert.equal(pickCycle(cycles, TODAY, '2026-Q3')?.label, '2026-Q3');
    assert.equal(pickCycle(cycles, TODAY, 'bogus')?.label, '2026-Q4');
    assert.equal(pickCycle(cycles.slice(0, 1), TODAY, null)?.label, '2027-Q1');
    assert.equal(pickCycle([], TODAY, null), null);
  });

  it('resolves parent paths with the host\'s workspace-relative names, or the URI path', () => {
    const company = companySource();
    const team = platformSource();
    company.uri = 'vscode-test-web://mount/okr.md';
    team.uri = 'vscode-test-web://mount/teams/platform.okr.md';
    assert.equal(buildTree([company, team], { today: TODAY, scope: 'workspace' }).roots.length, 1);
    // With host names, a parent path is resolved against them, whatever the URIs look like.
    company.uri = 'memfs:/a';
    company.fileName = 'okr.md';
    team.uri = 'memfs:/b';
    team.fileName = 'teams/platform.okr.md';
    const model = buildTree([company, team], { today: TODAY, scope: 'workspace' });
    assert.equal(model.roots.length, 1);
    assert.equal(model.roots[0]!.children.at(-1)!.uri, 'memfs:/b');
  });
});

describe('buildTree on parsed files (test/ui/fixtures)', () => {
  // The real parser's output, so a change in the model contract shows up here and not only in the browser.
  const files = ['okr.md', 'teams/platform.okr.md', 'teams/growth.okr.md', 'last-quarter.okr.md'];
  const sources: TreeSource[] = files.map((file) => ({
    uri: `vscode-test-web://mount/${file}`,
    fileName: file,
    doc: parseOkr(readFileSync(join('test', 'ui', 'fixtures', file), 'utf8')),
  }));

  it('nests the team files under the company file and keeps last quarter out', () => {
    const model = buildTree(sources, { today: TODAY, scope: 'workspace' });
    assert.equal(model.cycle?.label, '2026-Q4');
    assert.deepEqual(titles(model.roots), ['Acme company OKRs — 2026-Q4']);
    const teams = model.roots[0]!.children.filter((c) => c.kind === 'file');
    assert.deepEqual(titles(teams), ['Growth OKRs — 2026-Q4', 'Platform OKRs — 2026-Q4']);
    assert.deepEqual(model.cycles.map((c) => c.label), ['2026-Q4', '2026-Q3']);
  });

  it('computes KR values, trends and lines from the text', () => {
    const model = buildTree(sources, { today: TODAY, scope: 'workspace' });
    const wau = findNodeAt(model.roots, 'vscode-test-web://mount/okr.md', 17)!;
    assert.equal(wau.title, 'Increase weekly active teams from 120 to 200 by 2026-12-15');
    assert.equal(wau.progress, (170 - 120) / (200 - 120));
    assert.equal(wau.detail, '170 → 200');
    assert.equal(wau.trend?.direction, 'up');
    const deploy = filterTree(model.roots, 'first deploy')!;
    const node = flattenTree(model.roots, () => true, deploy).find((r) => deploy.matched.has(r.node.id))!.node;
    assert.equal(node.trend?.direction, 'up', 'days going down is progress');
    const evil = filterTree(model.roots, '<img')!;
    assert.equal(evil.matched.size, 1);
  });
});
