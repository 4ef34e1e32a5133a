// Rule behaviour beyond the docs' examples: exact messages, ranges, and fixes applied to text.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { applyEdits, configFromObject, defaultConfig, lint, plainEdits, resolveConfig, workspaceFileOf, type LintDiagnostic, type WorkspaceIndex } from '../../../src/core/lint/index';
import { analyseWording } from '../../../src/core/lint/wording';

function run(text: string, options: { rules?: Record<string, unknown>; fileName?: string; workspace?: WorkspaceIndex } = {}): LintDiagnostic[] {
  const config = options.rules ? resolveConfig([configFromObject({ rules: options.rules }).config]) : defaultConfig();
  return lint(parseOkr(text), text, { config, fileName: options.fileName, workspace: options.workspace });
}

function only(text: string, id: string, options: Parameters<typeof run>[1] = {}): LintDiagnostic[] {
  return run(text, options).filter((d) => d.ruleId === id);
}

/** Applies the fix titled `title` (plain text) of the first diagnostic of rule `id`. */
function fixed(text: string, id: string, title: string, options: Parameters<typeof run>[1] = {}): string {
  const d = only(text, id, options)[0];
  assert.ok(d, `no ${id}`);
  const fix = d.fixes?.find((f) => f.title === title);
  assert.ok(fix, `no fix '${title}' in ${JSON.stringify(d.fixes?.map((f) => f.title))}`);
  return applyEdits(text, plainEdits(fix));
}

const doc = (body: string, eol = '\n') => ['---', 'cycle: 2026-Q4', '---', '', ...body.split('\n')].join(eol) + eol;

describe('wording analysis', () => {
  const targets = (t: string) => analyseWording(t).numbers.filter((n) => n.target).map((n) => n.raw);
  it('does not take dates, periods, versions and names for targets', () => {
    for (const t of [
      'Improve onboarding by 2026-12-15',
      'Improve onboarding by Q4',
      'Ship the 2.0 release',
      'Migrate to Python 3',
      'Fix every P0 bug',
      'Pass the SOC 2 audit',
      'Get ISO 27001 certified',
      'Offer 24/7 support',
      'Launch our Web3 wallet',
      'Support HTTP/3 on the edge',
      'Onboard the 2 new AEs who will join in Q4',
      'Ship v2 by Dec 15',
      'Hire a VP Sales in FY27',
      'Reduce 30-day churn',
      'Improve the top 3 landing pages',
    ]) {
      assert.deepEqual(targets(t), [], t);
    }
  });

  it('takes amounts for targets', () => {
    assert.deepEqual(targets('Increase weekly active teams from 120 to 200 by 2026-12-15'), ['120', '200']);
    assert.deepEqual(targets('Keep p95 latency below 300 ms'), ['300']);
    assert.deepEqual(targets('Grow pipeline from $50k to $200k'), ['50', '200']);
    assert.deepEqual(targets('Reach 1,000 upvotes'), ['1,000']);
    assert.deepEqual(targets('Cut CI time by 50% (2x)'), ['50', '2']);
    assert.deepEqual(targets('Rank in the top 3 for "okr tool"'), ['3']);
  });

  it('reads milestones with a done-criterion as measurable, vague outcomes as not', () => {
    assert.equal(analyseWording('SOC 2 Type II report issued').measurable, true);
    assert.equal(analyseWording('VP Sales hired').measurable, true);
    assert.equal(analyseWording('Launch the new website').measurable, true);
    assert.equal(analyseWording('Fix all P0 bugs').measurable, true);
    assert.equal(analyseWording('Improve customer satisfaction').measurable, false);
    assert.equal(analyseWording('Increase engagement').measurable, false);
    assert.equal(analyseWording('Write blog posts').measurable, false);
    assert.equal(analyseWording('Do customers love the new UI?').measurable, false);
    assert.equal(analyseWording('Can we get churn below 5%?').measurable, true);
  });

  it('tells outcomes from activities and outputs', () => {
    assert.equal(analyseWording('Publish 5 blog posts').taskLike, true);
    assert.equal(analyseWording('Hire 3 engineers').taskLike, true);
    assert.equal(analyseWording('v2 released').taskLike, true);
    assert.equal(analyseWording('Increase weekly active teams from 120 to 200').taskLike, false);
    assert.equal(analyseWording('Sign 5 enterprise customers').taskLike, false);
    assert.equal(analyseWording('Add 500 paying customers').taskLike, false);
    assert.equal(analyseWording('NPS above 50').taskLike, false);
    assert.equal(analyseWording('Improve customer satisfaction').taskLike, false);
  });
});

describe('key-result rules', () => {
  it('kr-not-measurable names the vague word, points at the KR text, and names numbers that are not targets', () => {
    const text = doc('## O1: Make onboarding effortless\n\nOwner: @alice\n\n- KR1: Improve onboarding by Q4\n- KR2: Increase activation from 30% to 45%');
    const [d, ...rest] = only(text, 'kr-not-measurable');
    assert.equal(rest.length, 0);
    assert.equal(d!.severity, 'warning');
    assert.equal(d!.message, "KR is not measurable: 'Improve onboarding by Q4' says what to change but not by how much; 'improve' is vague ('Q4' is a period, not a target)");
    assert.equal(text.slice(d!.range.start.offset, d!.range.end.offset), 'Improve onboarding by Q4');
    assert.equal(d!.docsUrl, 'https://github.com/okr-markdown/okr-markdown/blob/main/docs/rules/kr-not-measurable.md');
  });

  it('kr-not-measurable template fix goes before the deadline, keeps CRLF, and offers the directional verb', () => {
    const body = '## O1: Grow\n\nOwner: @alice\n\n- KR1: Improve onboarding by 2026-12-15 @bob\n- KR2: Increase activation from 30% to 45%';
    const text = doc(body, '\r\n');
    const d = only(text, 'kr-not-measurable')[0]!;
    assert.ok(d.fixes!.every((f) => f.snippet && !f.preferred));
    assert.equal(d.fixes![0]!.edits[0]!.newText, ' from ${1:baseline} to ${2:target}');
    assert.equal(fixed(text, 'kr-not-measurable', "Add 'from ‹baseline› to ‹target›'"), doc(body.replace('Improve onboarding by', 'Improve onboarding from ‹baseline› to ‹target› by'), '\r\n'));
    assert.equal(
      fixed(text, 'kr-not-measurable', "Use 'Increase' and add 'from ‹baseline› to ‹target›'"),
      doc(body.replace('Improve onboarding by', 'Increase onboarding from ‹baseline› to ‹target› by'), '\r\n'),
    );
  });

  it('kr-task-like reports an output count as a warning and a milestone one step quieter', () => {
    const text = doc('## O1: Win the mid-market\n\nOwner: @alice\n\n- KR1: Write 5 blog posts about pricing\n- KR2: Launch the partner portal\n- KR3: Increase pipeline from $200k to $500k');
    const ds = only(text, 'kr-task-like');
    assert.deepEqual(ds.map((d) => [d.range.start.line, d.severity]), [[8, 'warning'], [9, 'info']]);
    assert.match(ds[0]!.message, /^KR looks like a task: 'Write 5 blog posts about pricing' describes an activity or output \(write\)/);
    assert.match(ds[1]!.message, /^KR is a milestone: 'Launch the partner portal' is checkable/);
    assert.deepEqual(only(text, 'kr-task-like', { rules: { 'kr-task-like': ['warning', { milestones: false }] } }).length, 1);
  });

  it('kr-task-like moves the KR into a new Initiatives list at the end of the objective', () => {
    const text = doc('## O1: Win\n\nOwner: @alice\n\n- KR1: Write 5 blog posts about pricing\n- KR2: Increase pipeline from $200k to $500k\n\n## O2: Other\n\n- KR1: Increase NPS from 30 to 40');
    assert.equal(
      fixed(text, 'kr-task-like', 'Move to Initiatives'),
      doc('## O1: Win\n\nOwner: @alice\n\n- KR2: Increase pipeline from $200k to $500k\n\nInitiatives:\n\n- Write 5 blog posts about pricing\n\n## O2: Other\n\n- KR1: Increase NPS from 30 to 40'),
    );
  });

  it('kr-task-like moves the last KR of a file (CRLF) and appends to an existing Initiatives list', () => {
    const last = doc('## O1: Win\n\n- KR1: Increase pipeline from $200k to $500k\n- KR2: Write 5 blog posts about pricing', '\r\n');
    const moved = fixed(last, 'kr-task-like', 'Move to Initiatives');
    assert.equal(moved, doc('## O1: Win\n\n- KR1: Increase pipeline from $200k to $500k\n\nInitiatives:\n\n- Write 5 blog posts about pricing', '\r\n'));
    assert.equal(parseOkr(moved).objectives[0]!.initiatives.map((i) => i.text).join(), 'Write 5 blog posts about pricing');

    const existing = doc('## O1: Win\n\n- KR1: Write 5 blog posts about pricing\n- KR2: Increase pipeline from $200k to $500k\n\nInitiatives:\n- Run a webinar');
    assert.equal(
      fixed(existing, 'kr-task-like', 'Move to Initiatives'),
      doc('## O1: Win\n\n- KR2: Increase pipeline from $200k to $500k\n\nInitiatives:\n- Run a webinar\n- Write 5 blog posts about pricing'),
    );
  });

  it('kr-task-like marks a milestone as a checkbox (the preferred fix), after which it is quiet', () => {
    const text = doc('## O1: Win\n\nOwner: @alice\n\n- KR1: Launch the partner portal\n- KR2: Increase pipeline from $200k to $500k');
    const d = only(text, 'kr-task-like')[0]!;
    assert.equal(d.fixes!.find((f) => f.preferred)!.title, 'Mark as a milestone (- [ ])');
    const out = fixed(text, 'kr-task-like', 'Mark as a milestone (- [ ])');
    assert.equal(out, text.replace('- KR1: Launch', '- [ ] KR1: Launch'));
    assert.deepEqual(only(out, 'kr-task-like'), []);
  });

  it('kr-vague-verb prefers Reduce for a falling metric and Increase for a rising one', () => {
    const text = doc('## O1: Delight\n\nOwner: @a\n\n- KR1: Improve p95 latency from 450 ms to 300 ms\n- KR2: improve NPS from 30 to 45');
    const ds = only(text, 'kr-vague-verb');
    assert.deepEqual(ds.map((d) => d.severity), ['hint', 'hint']);
    const preferred = ds.map((d) => d.fixes!.find((f) => f.preferred)!.edits[0]!.newText);
    assert.deepEqual(preferred, ['Reduce', 'increase']);
    assert.match(ds[0]!.message, /^Vague verb: 'Improve' does not say which way the number should move; use 'Reduce'$/);
  });

  it('kr-missing-target offers "to ‹target›" after the baseline', () => {
    const text = doc('## O1: Grow\n\nOwner: @a\n\n- KR1: Grow weekly signups from 300\n- KR2: Increase NPS from 30 to 45');
    assert.equal(fixed(text, 'kr-missing-target', "Add 'to ‹target›'"), text.replace('from 300', 'from 300 to ‹target›'));
  });

  it('kr-missing-baseline offers "from ‹baseline›" before "to <target>" and ignores names like SOC 2', () => {
    const text = doc('## O1: Grow\n\nOwner: @a\n\n- KR1: Reduce p95 latency to 300 ms\n- KR2: Strengthen our SOC 2 posture\n- KR3: Increase weekly active teams to 200');
    const ds = only(text, 'kr-missing-baseline');
    // An increase counts from 0 (reported only with `increases: true`); a decrease cannot be measured.
    assert.deepEqual(ds.map((d) => d.range.start.line), [8]);
    assert.equal(fixed(text, 'kr-missing-baseline', "Add 'from ‹baseline›'"), text.replace('latency to 300', 'latency from ‹baseline› to 300'));
    const all = only(text, 'kr-missing-baseline', { rules: { 'kr-missing-baseline': ['info', { increases: true }] } });
    assert.deepEqual(all.map((d) => d.range.start.line), [8, 10]);
    assert.match(all[1]!.message, /counts from 0; write where it starts$/);
  });

  it('kr-duplicate points at the repeat, relates the first, and removes it', () => {
    const text = doc('## O1: Grow\n\nOwner: @a\n\n- KR1: Increase NPS from 30 to 45\n- KR2: Increase weekly teams from 1 to 2\n- KR3: increase NPS from 30 to 45.');
    const [d] = only(text, 'kr-duplicate');
    assert.equal(d!.range.start.line, 10);
    assert.equal(d!.related![0]!.range.start.line, 8);
    assert.deepEqual(d!.tags, ['unnecessary']);
    assert.equal(fixed(text, 'kr-duplicate', 'Remove the duplicate'), text.replace('- KR3: increase NPS from 30 to 45.\n', ''));
  });

  it('kr-duplicate names the other objective even when two objectives share a title', () => {
    const text = doc('## O1: Grow revenue\n\nOwner: @a\n\n- KR1: Increase ARR from 1 to 2\n\n## O2: Grow revenue\n\nOwner: @b\n\n- KR1: Increase ARR from 1 to 2');
    assert.equal(only(text, 'kr-duplicate')[0]!.message, "Duplicate KR: 'Increase ARR from 1 to 2' already appears under 'Grow revenue'");
    const same = doc('## O1: Grow revenue\n\nOwner: @a\n\n- KR1: Increase ARR from 1 to 2\n- KR2: Increase ARR from 1 to 2');
    assert.equal(only(same, 'kr-duplicate')[0]!.message, "Duplicate KR: 'Increase ARR from 1 to 2' already appears in this objective");
  });

  it('kr-deadline-outside-cycle and kr-current-out-of-range', () => {
    const text = doc('## O1: Grow\n\nOwner: @a\n\n- KR1: Reach 50 paying customers by 2027-02-01\n- KR2: Increase weekly active teams from 120 to 200\n  - 2026-11-07: 100, confidence 0.4');
    assert.match(only(text, 'kr-deadline-outside-cycle')[0]!.message, /is after 2026-Q4 \(2026-10-01 to 2026-12-31\)/);
    assert.equal(only(text, 'kr-current-out-of-range')[0]!.message, 'Current value out of range: current 100 is below the baseline 120: the KR is moving the wrong way');
  });

  it('kr-current-out-of-range compares values in different units of one family converted', () => {
    const kr = (checkIn: string) => doc(`## O1: Ship faster\n\nOwner: @a\n\n- KR1: Cut build time from 5 days to 12 hours\n  - 2026-11-07: ${checkIn}, confidence 0.5`);
    assert.deepEqual(only(kr('36 hours'), 'kr-current-out-of-range'), []);
    assert.equal(only(kr('6 days'), 'kr-current-out-of-range')[0]!.message, 'Current value out of range: current 6 days is above the baseline 5 days: the KR is moving the wrong way');
    assert.equal(only(kr('8 hours'), 'kr-current-out-of-range')[0]!.message, 'Current value out of range: current 8 hours is already below the target 12 hours: mark it done or lower the target');
    // Units of different families say nothing about the side.
    assert.deepEqual(only(kr('900 MB'), 'kr-current-out-of-range'), []);
  });

  it('kr-deadline-outside-cycle names a {start, end} cycle by its dates once', () => {
    const text = '---\ncycle:\n  start: 2026-11-01\n  end: 2027-01-31\n---\n# OKRs\n\n## O1: Grow\n\nOwner: @a\n\n- KR1: Reach 50 paying customers by 2027-03-01\n- KR2: Increase weekly active teams from 120 to 200\n';
    assert.equal(
      only(text, 'kr-deadline-outside-cycle')[0]!.message,
      'Deadline outside the cycle: by 2027-03-01 (2027-03-01) is after the cycle 2026-11-01 to 2027-01-31',
    );
  });

  it('kr-missing-owner is off by default and adds an owner when on', () => {
    const text = doc('## O1: Grow\n\nOwner: @a\n\n- KR1: Increase NPS from 30 to 45\n- KR2: Increase weekly teams from 1 to 2 @bob');
    assert.deepEqual(only(text, 'kr-missing-owner'), []);
    const on = { rules: { 'kr-missing-owner': 'info' } };
    assert.equal(only(text, 'kr-missing-owner', on).length, 1);
    assert.equal(fixed(text, 'kr-missing-owner', 'Add an owner', on), text.replace('from 30 to 45', 'from 30 to 45 @‹name›'));
  });
});

describe('objective and file rules', () => {
  it('objective-missing-owner inserts Owner: after existing metadata or under the heading', () => {
    const withMeta = doc('## O1: Grow usage\n\nType: committed\n\n- KR1: Increase NPS from 30 to 45');
    assert.equal(fixed(withMeta, 'objective-missing-owner', 'Add an owner'), withMeta.replace('Type: committed\n', 'Type: committed\nOwner: @‹name›\n'));
    const bare = doc('## O1: Grow usage\n- KR1: Increase NPS from 30 to 45', '\r\n');
    const out = fixed(bare, 'objective-missing-owner', 'Add an owner');
    // A blank line keeps the new metadata paragraph apart from the KR list.
    assert.equal(out, doc('## O1: Grow usage\n\nOwner: @‹name›\n\n- KR1: Increase NPS from 30 to 45', '\r\n'));
  });

  it('objective-missing-type offers both types (strict preset)', () => {
    const text = doc('## O1: Grow usage\n\nOwner: @a\n\n- KR1: Increase NPS from 30 to 45');
    const on = { rules: { 'objective-missing-type': 'info' } };
    assert.equal(fixed(text, 'objective-missing-type', 'Mark as aspirational', on), text.replace('Owner: @a\n', 'Owner: @a\nType: aspirational\n'));
  });

  it('objective-has-metric highlights the number with its unit', () => {
    const text = doc('## O1: Grow revenue to $2M in Q4\n\nOwner: @a\n\n- KR1: Increase NPS from 30 to 45');
    const [d, ...rest] = only(text, 'objective-has-metric');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(d!.range.start.offset, d!.range.end.offset), '$2M');
  });

  it('objective-too-long highlights the part past the limit', () => {
    const title = 'Make onboarding so effortless that every new team reaches value on day one';
    const text = doc(`## O1: ${title}\n\nOwner: @a\n\n- KR1: Increase NPS from 30 to 45`);
    const [d] = only(text, 'objective-too-long');
    assert.equal(text.slice(d!.range.start.offset, d!.range.end.offset), title.slice(70));
    assert.match(d!.message, new RegExp(`^Objective is too long: ${title.length} characters, expected at most 70`));
  });

  it('objective-no-key-results inserts a KR template', () => {
    const text = doc('## O1: Grow usage\n\nOwner: @a\n\n## O2: Other\n\n- KR1: Increase NPS from 30 to 45');
    assert.equal(fixed(text, 'objective-no-key-results', 'Add a key result'), text.replace('Owner: @a\n', 'Owner: @a\n\n- ‹Increase metric› from ‹baseline› to ‹target›\n'));
  });

  it('cycle-missing adds the cycle to existing front matter, or creates it', () => {
    const withFm = '---\nteam: Platform\n---\n\n## O1: Grow\n\n- KR1: Increase NPS from 30 to 45\n';
    assert.equal(fixed(withFm, 'cycle-missing', 'Add a cycle to the front matter'), '---\nteam: Platform\ncycle: ‹2026-Q4›\n---\n\n## O1: Grow\n\n- KR1: Increase NPS from 30 to 45\n');
    const none = '## O1: Grow\r\n\r\n- KR1: Increase NPS from 30 to 45\r\n';
    const out = fixed(none, 'cycle-missing', 'Add front matter with a cycle');
    assert.equal(out, '---\r\ncycle: ‹2026-Q4›\r\n---\r\n\r\n' + none);
  });

  it('frontmatter-invalid reports the YAML error at its position', () => {
    const text = '---\ncycle: 2026-Q4\nteam: [Platform\n---\n\n## O1: Grow\n\n- KR1: Increase NPS from 30 to 45\n';
    const [d] = only(text, 'frontmatter-invalid');
    assert.equal(d!.severity, 'error');
    assert.ok(d!.range.start.line >= 1 && d!.range.start.line <= 3);
  });

  it('frontmatter-invalid reports one YAML error, not the cascade after it nor a cycle read from the wreck', () => {
    // One stray `[` used to give a dozen errors, one per following token, and 'Unrecognised quarter {"…":{}}'.
    const text = '---\nquarter: 2026-Q4 [oops: {}]\nteam: Growth\nowner: "@priya"\nparent: ./okr.md\n---\n\n## O1: Grow\n\n- KR1: Increase NPS from 30 to 45\n';
    const found = only(text, 'frontmatter-invalid');
    assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
    assert.match(found[0]!.message, /^Invalid YAML front matter: /);
    assert.equal(found[0]!.range.start.line, 1);
    // Valid YAML with an unreadable cycle still says so.
    const cycle = only('---\nquarter: 2026-Q5\n---\n\n## O1: Grow\n\n- KR1: Increase NPS from 30 to 45\n', 'frontmatter-invalid');
    assert.equal(cycle.length, 1);
    assert.match(cycle[0]!.message, /2026-Q5/);
  });

  it('checkin-invalid: out of order, outside the cycle', () => {
    const text = doc('## O1: Grow\n\n- KR1: Increase NPS from 30 to 45\n  - 2026-11-14: 40\n  - 2026-11-07: 35\n  - 2027-01-09: 44');
    const messages = only(text, 'checkin-invalid').map((d) => d.message);
    assert.deepEqual(messages, [
      'Check-in out of order: 2026-11-07 comes after 2026-11-14; list check-ins oldest first',
      'Check-in outside the cycle: 2027-01-09 is after 2026-Q4 (2026-10-01 to 2026-12-31)',
    ]);
  });

  it('alignment-unresolved resolves within the file and across the workspace', () => {
    const company = '---\ncycle: 2026-Q4\n---\n\n## O1: Grow revenue\n\n- KR1: Increase ARR from $1M to $2M\n';
    const team = (aligns: string) => doc(`## O1: Win\n\nOwner: @a\nAligns: ${aligns}\n\n- KR1: Increase NPS from 30 to 45`);
    const workspace: WorkspaceIndex = { files: [workspaceFileOf('company/okr.md', parseOkr(company)), workspaceFileOf('teams/sales.okr.md', parseOkr(team('x')))] };
    const check = (aligns: string, ws: WorkspaceIndex | null = workspace) =>
      only(team(aligns), 'alignment-unresolved', { fileName: 'teams/sales.okr.md', workspace: ws ?? undefined }).map((d) => d.message);
    assert.deepEqual(check('company#o1'), []);
    assert.deepEqual(check('company#grow-revenue'), []);
    assert.deepEqual(check('../company/okr.md#o1'), []);
    assert.deepEqual(check('grow-revenue'), []);
    assert.deepEqual(check('company#o9'), ["Unresolved alignment: 'company' has no objective 'o9' (it has o1)"]);
    assert.deepEqual(check('finance#o1'), ["Unresolved alignment: 'finance' names no OKR file, team or cycle in the workspace"]);
    assert.deepEqual(check('nothing-like-this'), ["Unresolved alignment: no objective 'nothing-like-this' in this file or the workspace"]);
    // Without a workspace, references to other files are not guessed at.
    assert.deepEqual(check('finance#o1', null), []);
  });
});

describe('engine', () => {
  it('mild reports are one step quieter than configured', () => {
    const text = doc('## O1: Win\n\nOwner: @a\n\n- KR1: Launch the partner portal\n- KR2: Increase NPS from 30 to 45');
    assert.equal(only(text, 'kr-task-like', { rules: { 'kr-task-like': 'error' } })[0]!.severity, 'warning');
    assert.equal(only(text, 'kr-task-like', { rules: { 'kr-task-like': 'hint' } })[0]!.severity, 'hint');
  });

  it('returns diagnostics sorted by position and never throws on odd input', () => {
    for (const text of ['', '\uFEFF', '# x', '---\n: :\n---', '## O1:\n\n- \n- [x]', '- KR1: 12345678901234567890 to 1e999']) {
      const ds = run(text);
      for (let i = 1; i < ds.length; i++) assert.ok(ds[i - 1]!.range.start.offset <= ds[i]!.range.start.offset);
    }
  });
});

describe('wording rules on hand-written good and bad key results', () => {
  const GOOD = [
    'Increase weekly active teams from 120 to 200 by 2026-12-15 @bob',
    'Reduce p95 checkout latency from 450 ms to 300 ms',
    'Keep availability at or above 99.9% every week of Q4',
    'NPS ≥ 50 in the December survey',
    'Reach $1.2M ARR by end of quarter',
    'Sign 5 new enterprise customers in EMEA',
    '3 product teams adopt the new design system',
    '80% of new users finish onboarding within 2 days',
    'Zero P0 incidents caused by deploys',
    'Cut time to first value in half',
    'Double organic signups from SEO',
    'Grow net revenue retention from 104% to 110%',
  ];
  const NOT_MEASURABLE = [
    'Improve onboarding by Q4',
    'Increase engagement with the Web3 wallet',
    'Make the API world-class',
    'Significantly reduce support load',
    'Explore options for a partner program',
    'Do customers love the new editor?',
    'Improve the top 3 landing pages',
    'Get SOC 2 posture better',
    'Developer relations',
    'Video tutorials',
  ];
  const TASKS = ['Write 5 blog posts about pricing', 'Hire 3 backend engineers', 'Launch the new pricing page', 'Migrate all services to Kubernetes', 'Hold 10 customer workshops', 'v2.0 released'];

  const lintKr = (kr: string) => {
    const text = doc(`## O1: Grow\n\nOwner: @a\n\n- ${kr}\n- Increase NPS from 30 to 45`);
    return run(text).filter((d) => d.range.start.line === 8).map((d) => d.ruleId);
  };

  for (const kr of GOOD) it(`quiet on a good KR: ${kr}`, () => assert.deepEqual(lintKr(kr).filter((id) => id === 'kr-not-measurable' || id === 'kr-task-like'), []));
  for (const kr of NOT_MEASURABLE) it(`kr-not-measurable on: ${kr}`, () => assert.ok(lintKr(kr).includes('kr-not-measurable')));
  for (const kr of TASKS) it(`kr-task-like on: ${kr}`, () => assert.ok(lintKr(kr).includes('kr-task-like')));
});

describe('objective-duplicate-label', () => {
  it('reports the second O1 and renumbers it to the first free number', () => {
    const text = doc('## O1: Grow\n\n- KR1: Increase NPS from 30 to 45\n\n## O2: Win\n\n- KR1: Increase ARR from $1M to $2M\n\n## O1: Delight\n\n- KR1: Increase CSAT from 4.1 to 4.5', '\r\n');
    const [d, ...rest] = only(text, 'objective-duplicate-label');
    assert.equal(rest.length, 0);
    assert.equal(d!.range.start.line, 12);
    assert.equal(d!.related![0]!.range.start.line, 4);
    assert.equal(fixed(text, 'objective-duplicate-label', 'Renumber as O3'), text.replace('## O1: Delight', '## O3: Delight'));
  });
});
