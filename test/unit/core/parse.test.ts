import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import type { Range } from '../../../src/core/model';

const at = (text: string, range: Range | null | undefined): string => {
  assert.ok(range, 'range expected');
  return text.slice(range.start.offset, range.end.offset);
};

const COMPANY = `---
quarter: 2026-Q4
owner: "@ceo"
team: Leadership
parent: null
review: weekly
---
# Acme OKRs

## O1: Grow revenue from self-serve
Owner: @alice · Type: committed | Weight: 2
Aligns: ./okr.md#mission, 2026-Q4#o9

- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15
  - 2026-10-20: 140, confidence 0.6
  - 2026-11-07: 150, confidence 0.7 — blocked on infra
- KR2: Reach $1.2M ARR (now $1.0M)

Initiatives:
- Rebuild the trial flow
- [x] Pricing experiment

## Objective 2 - Make the platform boring
- [x] Migrate the last service to Kubernetes
- [ ] Retire the old CI
`;

describe('parseOkr: document structure', () => {
  const doc = parseOkr(COMPANY);

  it('reads frontmatter keys, keeping unknown ones', () => {
    assert.ok(doc.frontmatter);
    assert.equal(doc.frontmatter.owner, 'ceo');
    assert.equal(doc.frontmatter.team, 'Leadership');
    assert.equal(doc.frontmatter.parent, null);
    const review = doc.frontmatter.entries.find((e) => e.key === 'review');
    assert.equal(review?.value, 'weekly');
    assert.equal(at(COMPANY, review?.valueRange), 'weekly');
    assert.equal(at(COMPANY, review?.keyRange), 'review');
    assert.equal(at(COMPANY, doc.frontmatter.range).split('\n')[0], '---');
    assert.deepEqual(doc.problems, []);
  });

  it('takes the cycle from the frontmatter with the value range', () => {
    assert.equal(doc.cycle?.label, '2026-Q4');
    assert.equal(doc.cycle?.start, '2026-10-01');
    assert.equal(doc.cycle?.end, '2026-12-31');
    assert.equal(doc.cycle?.source, 'frontmatter');
    assert.equal(at(COMPANY, doc.cycle?.range), '2026-Q4');
  });

  it('finds the title and the objectives with prefixes stripped', () => {
    assert.equal(doc.title?.text, 'Acme OKRs');
    assert.equal(at(COMPANY, doc.title?.range), 'Acme OKRs');
    assert.deepEqual(
      doc.objectives.map((o) => [o.id, o.label, o.title]),
      [
        ['o1', 'O1', 'Grow revenue from self-serve'],
        ['o2', 'Objective 2', 'Make the platform boring'],
      ],
    );
    assert.equal(at(COMPANY, doc.objectives[0]!.titleRange), 'Grow revenue from self-serve');
    assert.equal(at(COMPANY, doc.objectives[0]!.headingRange), '## O1: Grow revenue from self-serve');
    assert.equal(doc.objectives[0]!.slug, 'grow-revenue-from-self-serve');
    assert.equal(doc.objectives[0]!.depth, 2);
    assert.deepEqual(doc.groups, [], 'the H1 title is not a group');
  });

  it('reads objective metadata separated by lines, · and |', () => {
    const o = doc.objectives[0]!;
    assert.deepEqual(
      o.metadata.map((m) => [m.key, m.value]),
      [
        ['Owner', '@alice'],
        ['Type', 'committed'],
        ['Weight', '2'],
        ['Aligns', './okr.md#mission, 2026-Q4#o9'],
      ],
    );
    assert.equal(o.owner?.name, 'alice');
    assert.equal(at(COMPANY, o.owner?.range), '@alice');
    assert.equal(o.type, 'committed');
    assert.equal(o.weight, 2);
    assert.deepEqual(
      o.aligns.map((a) => [a.raw, a.target, a.objective, at(COMPANY, a.range)]),
      [
        ['./okr.md#mission', './okr.md', 'mission', './okr.md#mission'],
        ['2026-Q4#o9', '2026-Q4', 'o9', '2026-Q4#o9'],
      ],
    );
    for (const m of o.metadata) {
      assert.equal(at(COMPANY, m.keyRange), m.key);
      assert.equal(at(COMPANY, m.valueRange), m.value);
    }
  });

  it('reads key results with labels, ranges of text, target and current', () => {
    const [kr1, kr2] = doc.objectives[0]!.keyResults;
    assert.ok(kr1 && kr2);
    assert.equal(kr1.id, 'kr1');
    assert.equal(kr1.label, 'KR1');
    assert.equal(kr1.text, 'Increase weekly active teams from 120 to 200 by 2026-12-15');
    assert.equal(at(COMPANY, kr1.textRange), kr1.text);
    assert.equal(at(COMPANY, kr1.target?.range), '200');
    assert.equal(at(COMPANY, kr1.baseline?.range), '120');
    assert.equal(kr1.kind, 'metric');
    assert.equal(kr1.deadline?.date, '2026-12-15');
    assert.ok(at(COMPANY, kr1.range).startsWith('- KR1:'));
    assert.ok(at(COMPANY, kr1.range).includes('blocked on infra'), 'the item range includes its check-ins');
    assert.equal(at(COMPANY, kr2.target?.range), '$1.2M');
    assert.equal(at(COMPANY, kr2.current?.range), '$1.0M');
    assert.equal(kr2.currentSource, 'text');
    assert.equal(at(COMPANY, doc.objectives[0]!.keyResultsRange).split('\n').length, 4);
  });

  it('reads dated check-ins; the newest supplies the current value', () => {
    const kr1 = doc.objectives[0]!.keyResults[0]!;
    assert.deepEqual(
      kr1.checkins.map((c) => [c.date, c.value?.value, c.confidence?.value, c.note]),
      [
        ['2026-10-20', 140, 0.6, ''],
        ['2026-11-07', 150, 0.7, 'blocked on infra'],
      ],
    );
    assert.equal(at(COMPANY, kr1.checkins[1]!.dateRange), '2026-11-07');
    assert.equal(at(COMPANY, kr1.checkins[1]!.value?.range), '150');
    assert.equal(kr1.current?.value, 150);
    assert.equal(kr1.currentSource, 'checkin');
    assert.equal(at(COMPANY, kr1.current?.range), '150');
    assert.equal(kr1.confidence?.value, 0.7);
    assert.equal(kr1.progress, 30 / 80);
  });

  it('keeps initiatives out of the key results', () => {
    const o = doc.objectives[0]!;
    assert.equal(o.keyResults.length, 2);
    assert.deepEqual(
      o.initiatives.map((i) => [i.text, i.checked]),
      [
        ['Rebuild the trial flow', null],
        ['Pricing experiment', true],
      ],
    );
    assert.ok(at(COMPANY, o.initiativesRange).startsWith('Initiatives:'));
    assert.ok(at(COMPANY, o.initiativesRange).endsWith('Pricing experiment'));
  });

  it('makes checkbox items milestones', () => {
    const krs = doc.objectives[1]!.keyResults;
    assert.deepEqual(
      krs.map((k) => [k.kind, k.checked, k.progress]),
      [
        ['milestone', true, 1],
        ['milestone', false, 0],
      ],
    );
    assert.equal(doc.objectives[1]!.progress, 0.5);
  });

  it('computes objective and document progress as weighted means', () => {
    const o1 = doc.objectives[0]!;
    const expected1 = (30 / 80 + 1 / 1.2) / 2;
    assert.ok(Math.abs(o1.progress! - expected1) < 1e-9);
    assert.ok(Math.abs(doc.progress! - (expected1 * 2 + 0.5) / 3) < 1e-9);
  });

  it('sets the section range from heading to the end of its content', () => {
    const o2 = doc.objectives[1]!;
    assert.ok(at(COMPANY, o2.range).startsWith('## Objective 2'));
    assert.ok(at(COMPANY, o2.range).endsWith('Retire the old CI'));
    assert.ok(at(COMPANY, doc.objectives[0]!.range).endsWith('Pricing experiment'));
  });
});

describe('parseOkr: groups and messy layouts', () => {
  it('nests groups (teams, areas) above objectives', () => {
    const text = [
      '# Company OKRs — Q4 2026',
      '',
      '## Engineering',
      '',
      '### Team Platform',
      '',
      '#### Make deploys boring',
      '- Cut deploy time from 40 min to 10 min',
      '',
      '### Team Data',
      '',
      '#### Trustworthy numbers',
      '- Keep dashboard freshness below 1 h',
      '',
      '## Sales',
      '',
      '### Win the mid-market',
      '1. Sign 30 new customers',
      '2. Reach $2M pipeline',
      '',
      '## Notes',
      '- This is prose, not a KR list',
    ].join('\n');
    const doc = parseOkr(text);
    assert.equal(doc.cycle?.label, '2026-Q4');
    assert.equal(doc.cycle?.source, 'heading');
    assert.deepEqual(
      doc.objectives.map((o) => [o.title, o.groupPath, o.keyResults.length]),
      [
        ['Make deploys boring', ['Engineering', 'Team Platform'], 1],
        ['Trustworthy numbers', ['Engineering', 'Team Data'], 1],
        ['Win the mid-market', ['Sales'], 2],
      ],
    );
    assert.deepEqual(
      doc.groups.map((g) => [g.title, g.groups.map((c) => c.title), g.objectives.map((o) => o.title)]),
      [
        ['Engineering', ['Team Platform', 'Team Data'], []],
        ['Sales', [], ['Win the mid-market']],
      ],
    );
    assert.equal(doc.groups[0]!.groups[0]!.objectives[0]!.id, 'make-deploys-boring');
    assert.equal(at(text, doc.groups[0]!.titleRange), 'Engineering');
    assert.ok(at(text, doc.groups[0]!.range).endsWith('1 h'));
  });

  it('treats several H1 team headings as groups', () => {
    const text = '# Team A\n## Ship it\n- Reach 10 users\n# Team B\n## Sell it\n- Reach 5 deals\n';
    const doc = parseOkr(text);
    assert.deepEqual(
      doc.groups.map((g) => [g.title, g.objectives.map((o) => o.title)]),
      [
        ['Team A', ['Ship it']],
        ['Team B', ['Sell it']],
      ],
    );
  });

  it('handles "Key results" and "Initiatives" sub-headings', () => {
    const text = ['## Grow the community', '', '### Key results', '- Grow Discord members from 1,000 to 2,500', '', '### Initiatives', '- Monthly office hours', ''].join('\n');
    const doc = parseOkr(text);
    assert.equal(doc.objectives.length, 1);
    const o = doc.objectives[0]!;
    assert.equal(o.title, 'Grow the community');
    assert.deepEqual(o.keyResults.map((k) => [k.baseline?.value, k.target?.value]), [[1000, 2500]]);
    assert.deepEqual(o.initiatives.map((i) => i.text), ['Monthly office hours']);
    assert.ok(at(text, o.initiativesRange).startsWith('### Initiatives'));
  });

  it('recognises `KR1:` labels, bold labels and numbered lists', () => {
    const text = '## O3 Ship faster\n\n1. **KR1:** Reduce build time from 20 min to 8 min\n2. KR 2 - Deploy 10x per day\n3. Lower change failure rate to 5%\n';
    const o = parseOkr(text).objectives[0]!;
    assert.equal(o.id, 'o3');
    assert.equal(o.title, 'Ship faster');
    assert.deepEqual(
      o.keyResults.map((k) => [k.id, k.label, k.text]),
      [
        ['kr1', 'KR1', 'Reduce build time from 20 min to 8 min'],
        ['kr2', 'KR2', 'Deploy 10x per day'],
        ['kr-3', null, 'Lower change failure rate to 5%'],
      ],
    );
    assert.equal(at(text, o.keyResults[0]!.textRange), 'Reduce build time from 20 min to 8 min');
    assert.equal(at(text, o.keyResults[0]!.target?.range), '8 min');
    assert.equal(at(text, o.keyResults[1]!.textRange), 'Deploy 10x per day');
  });

  it('recognises bold **Objective 1:** paragraphs as objectives', () => {
    const text = '# Q4 2026\n\n**Objective 1:** Delight new users\n- Raise activation from 30% to 45%\n\n**Objective 2: Cut costs**\n- Reduce cloud spend by 20%\n';
    const doc = parseOkr(text);
    assert.deepEqual(
      doc.objectives.map((o) => [o.id, o.title, at(text, o.titleRange), o.keyResults.length]),
      [
        ['o1', 'Delight new users', 'Delight new users', 1],
        ['o2', 'Cut costs', 'Cut costs', 1],
      ],
    );
    assert.equal(doc.objectives[0]!.depth, 2);
  });

  it('parses CRLF line endings with exact ranges', () => {
    const text = '---\r\nquarter: Q4 2026\r\n---\r\n# T\r\n\r\n## O1: Win\r\nOwner: @bo\r\n\r\n- KR1: Grow users from 10 to 20\r\n  - 2026-11-02: 15\r\n';
    const doc = parseOkr(text);
    assert.equal(doc.cycle?.label, '2026-Q4');
    const o = doc.objectives[0]!;
    assert.equal(at(text, o.titleRange), 'Win');
    assert.equal(at(text, o.owner?.range), '@bo');
    const kr = o.keyResults[0]!;
    assert.equal(at(text, kr.textRange), 'Grow users from 10 to 20');
    assert.equal(at(text, kr.target?.range), '20');
    assert.equal(kr.textRange.start.line, 8);
    assert.equal(at(text, kr.checkins[0]!.value?.range), '15');
    assert.equal(kr.progress, 0.5);
  });

  it('parses a BOM, tabs and emoji with exact ranges', () => {
    const text = '\uFEFF# 🚀 Rocket OKRs\n\n## 🎯 Land the moon\n-\tKR1: Reach 3 landings 🌕 (now 1)\n';
    const doc = parseOkr(text);
    assert.equal(at(text, doc.title?.range), '🚀 Rocket OKRs');
    const o = doc.objectives[0]!;
    assert.equal(at(text, o.titleRange), '🎯 Land the moon');
    assert.equal(o.slug, 'land-the-moon');
    const kr = o.keyResults[0]!;
    assert.equal(at(text, kr.textRange), 'Reach 3 landings 🌕 (now 1)');
    assert.equal(at(text, kr.target?.range), '3');
    assert.equal(at(text, kr.current?.range), '1');
  });

  it('returns an empty model for an empty file and a file of prose', () => {
    for (const text of ['', '\n\n', 'Just some thoughts about next quarter.\n\nNothing structured yet.', '# Ideas\n\nWe should do things.\n']) {
      const doc = parseOkr(text);
      assert.deepEqual(doc.objectives, []);
      assert.deepEqual(doc.groups, []);
      assert.deepEqual(doc.problems, []);
      assert.equal(doc.progress, null);
    }
    assert.equal(parseOkr('').lineCount, 1);
  });

  it('never throws on junk and reports invalid YAML with its exact range', () => {
    const junk = ['\u0000\u0001\u0002binary\u0000', '---\n---\n', '---\nquarter: [\n---\n# X', '- a\n  - b\n    - c', '#'.repeat(7), '```\n## O1\n- a\n```'];
    for (const text of junk) assert.doesNotThrow(() => parseOkr(text));
    const bad = '---\nquarter: 2026-Q4\nowner: "unclosed\n---\n## O\n- Reach 5 users\n';
    const doc = parseOkr(bad);
    const problem = doc.problems.find((p) => p.code === 'frontmatter-invalid');
    assert.ok(problem, 'a frontmatter problem');
    assert.ok(problem.range.start.line >= 1 && problem.range.start.line <= 2, 'the problem points inside the YAML');
    assert.equal(doc.objectives.length, 1, 'the rest still parses');
  });

  it('reports an unrecognised cycle at its value', () => {
    const text = '---\nquarter: next quarter\n---\n# OKRs Q3 2026\n';
    const doc = parseOkr(text);
    const problem = doc.problems.find((p) => p.code === 'cycle-invalid');
    assert.ok(problem);
    assert.equal(at(text, problem.range), 'next quarter');
    assert.equal(doc.cycle?.label, '2026-Q3', 'falls back to the H1');
  });

  it('says an empty cycle value is empty, not "Unrecognised quarter null"', () => {
    for (const value of ['', ' ""', " '  '", ' ~', ' null']) {
      const doc = parseOkr(`---\nquarter:${value}\nteam: Growth\n---\n# OKRs Q3 2026\n`);
      const problem = doc.problems.find((p) => p.code === 'cycle-invalid');
      assert.ok(problem, `quarter:${value}`);
      assert.match(problem.message, /^The front matter's quarter is empty: expected e\.g\. 2026-Q4/, `quarter:${value}`);
      assert.doesNotMatch(problem.message, /null|""|Unrecognised/, `quarter:${value}`);
      assert.equal(problem.range.start.line, 1, 'on the quarter line');
      assert.equal(doc.cycle?.label, '2026-Q3', 'falls back to the H1');
    }
    // The key is named as written; a value that is there but wrong is still "Unrecognised".
    assert.match(parseOkr('---\nCycle:\n---\n').problems[0]!.message, /^The front matter's Cycle is empty/);
    assert.match(parseOkr('---\nquarter: {}\n---\n').problems[0]!.message, /^Unrecognised quarter \{\}/);
  });

  it('reports a check-in with an invalid date and keeps it', () => {
    const text = '## O\n- Reach 10 users\n  - 2026-13-45: 4\n  - a note, not a check-in\n';
    const doc = parseOkr(text);
    const kr = doc.objectives[0]!.keyResults[0]!;
    assert.equal(kr.checkins.length, 1);
    assert.equal(kr.checkins[0]!.date, null);
    assert.equal(kr.checkins[0]!.dateRaw, '2026-13-45');
    const problem = doc.problems.find((p) => p.code === 'checkin-invalid');
    assert.equal(at(text, problem?.range), '2026-13-45');
  });

  it('resolves month-day check-ins and deadlines in the cycle', () => {
    const text = '---\ncycle: 2026-H2\n---\n## O\n- Reach 10 users by end of quarter\n  - Nov 7: 4\n  - 3 Dec — 6, 7/10\n';
    const kr = parseOkr(text).objectives[0]!.keyResults[0]!;
    assert.deepEqual(kr.checkins.map((c) => c.date), ['2026-11-07', '2026-12-03']);
    assert.equal(kr.current?.value, 6);
    assert.equal(kr.confidence?.value, 0.7);
    assert.equal(kr.deadline?.date, '2026-12-31');
  });

  it('uses the fiscal year option for FY cycles', () => {
    const doc = parseOkr('---\nquarter: FY27-Q1\n---\n', { fiscalYearStartMonth: 7 });
    assert.deepEqual([doc.cycle?.start, doc.cycle?.end], ['2026-07-01', '2026-09-30']);
  });

  it('collects HTML comments with ranges', () => {
    const text = '## O\n<!-- okr-lint-disable kr-vague -->\n- Improve onboarding <!-- why -->\n';
    const doc = parseOkr(text);
    assert.deepEqual(doc.comments.map((c) => c.text), ['okr-lint-disable kr-vague', 'why']);
    assert.equal(at(text, doc.comments[0]!.range), '<!-- okr-lint-disable kr-vague -->');
  });

  it('does not take notes sections, tables or code for objectives', () => {
    const text = '## Risks\n- Hiring is slow\n\n## Context\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```md\n## O1\n- Reach 5\n```\n';
    assert.deepEqual(parseOkr(text).objectives, []);
  });

  it('reads check-ins nested under a KR together with a sub-list of notes', () => {
    const text = '## O\n- Grow NPS from 30 to 50\n  - 2026-10-05: 32\n  - Survey sent to 400 users\n  - **2026-11-05**: 41 — new onboarding\n';
    const kr = parseOkr(text).objectives[0]!.keyResults[0]!;
    assert.deepEqual(kr.checkins.map((c) => c.value?.value), [32, 41]);
    assert.equal(kr.checkins[1]!.note, 'new onboarding');
    assert.equal(kr.progress, 11 / 20);
  });

  it('treats an `Initiatives:` item inside the KR list as initiatives', () => {
    const text = '## O\n- Reach 10 users\n- Initiatives:\n  - Run ads\n';
    const o = parseOkr(text).objectives[0]!;
    assert.equal(o.keyResults.length, 1);
    assert.deepEqual(o.initiatives.map((i) => i.text), ['Run ads']);
  });

  it('gives unique ids to objectives with the same title', () => {
    const doc = parseOkr('## Grow\n- Reach 1 user\n## Grow\n- Reach 2 users\n');
    assert.deepEqual(doc.objectives.map((o) => o.id), ['grow', 'grow-2']);
  });

  it('reads aspirational types and bold metadata keys', () => {
    const text = '## Moonshot\n**Owner:** @kim | **Type:** stretch\n- Reach 1,000,000 users\n';
    const o = parseOkr(text).objectives[0]!;
    assert.equal(o.type, 'aspirational');
    assert.equal(o.owner?.name, 'kim');
    assert.equal(at(text, o.metadata[1]!.keyRange), 'Type');
  });

  it('marks a too large file and still parses its beginning', () => {
    const head = '## O\n- Reach 10 users\n';
    const text = head + 'x\n'.repeat(50);
    const doc = parseOkr(text, { maxLength: head.length + 10 });
    assert.equal(doc.objectives.length, 1);
    const problem = doc.problems.find((p) => p.code === 'too-large');
    assert.ok(problem);
    assert.equal(problem.range.end.offset, text.length);
  });
});

describe('parseOkr: objectives without key results yet', () => {
  it('takes labelled headings and headings with objective metadata for objectives', () => {
    const text = '# Q4 2026\n\n## O1: Make onboarding effortless\n\nOwner: @alice\n\n## Hiring plan\n\nType: committed\n\n## Background\n\nWe grew.\n';
    const doc = parseOkr(text);
    assert.deepEqual(doc.objectives.map((o) => [o.id, o.keyResults.length, o.keyResultsRange]), [
      ['o1', 0, null],
      ['hiring-plan', 0, null],
    ]);
  });

  it('keeps a labelled heading a group when objectives sit below it', () => {
    const doc = parseOkr('## O1 Area\n### Grow\n- Reach 5 users\n');
    assert.deepEqual(doc.groups.map((g) => g.title), ['O1 Area']);
    assert.deepEqual(doc.objectives.map((o) => o.title), ['Grow']);
  });
});

describe('parseOkr: Initiatives and Key results headings', () => {
  it('attaches a sibling `## Initiatives` heading to the objective before it', () => {
    const text = '# Plan\n## O1: Grow\n- Reach 10 users\n## Initiatives\n- Run ads\n## O2: Sell\n- Reach 5 deals\n';
    const doc = parseOkr(text);
    assert.deepEqual(doc.objectives.map((o) => [o.id, o.keyResults.length, o.initiatives.map((i) => i.text)]), [
      ['o1', 1, ['Run ads']],
      ['o2', 1, []],
    ]);
  });

  it('a `## Key results` sibling gives the objective its KRs', () => {
    const doc = parseOkr('## Grow the community\nWhy: because.\n## Key results\n- Reach 500 members\n');
    assert.deepEqual(doc.objectives.map((o) => [o.title, o.keyResults.map((k) => k.target?.value)]), [['Grow the community', [500]]]);
  });

  it('an Initiatives heading with nothing to belong to is never an objective', () => {
    assert.deepEqual(parseOkr('## Initiatives\n- Run ads\n').objectives, []);
  });
});

describe('parseOkr: cycle sources', () => {
  it('reads `cycle: {start, end}` from the frontmatter', () => {
    const doc = parseOkr('---\ncycle:\n  start: 2026-10-05\n  end: 2027-01-15\n---\n');
    assert.deepEqual([doc.cycle?.label, doc.cycle?.kind, doc.cycle?.start, doc.cycle?.end], ['2026-10-05..2027-01-15', 'custom', '2026-10-05', '2027-01-15']);
  });

  it('reads a year given as a YAML number, and a default cycle from the options', () => {
    assert.equal(parseOkr('---\ncycle: 2026\n---\n').cycle?.end, '2026-12-31');
    const doc = parseOkr('## O\n- Reach 10 users by Dec 1\n', { defaultCycle: '2026-Q4' });
    assert.deepEqual([doc.cycle?.label, doc.cycle?.source], ['2026-Q4', 'option']);
    assert.equal(doc.objectives[0]!.keyResults[0]!.deadline?.date, '2026-12-01');
  });

  it('reads US-style month/day check-in dates in the cycle year', () => {
    const kr = parseOkr('# OKRs Q4 2026\n## O\n- Reach 10 users\n  - 11/07: 4\n').objectives[0]!.keyResults[0]!;
    assert.equal(kr.checkins[0]!.date, '2026-11-07');
  });

  it('says a month-day check-in needs a year when no cycle is known', () => {
    const text = '## O\n- Reach 10 users\n  - Nov 7: 4\n';
    const doc = parseOkr(text);
    assert.equal(doc.objectives[0]!.keyResults[0]!.checkins[0]!.date, null);
    assert.match(doc.problems[0]!.message, /no year/);
  });
});

describe('parseOkr: objectives written as list items', () => {
  const text = [
    '# Acme OKRs Q4 2026',
    '',
    '## Engineering',
    '',
    '- Objective 1: Ship faster',
    '  Owner: @ana',
    '  - KR1: Reduce build time from 20 min to 8 min',
    '    - 2026-11-01: 12 min',
    '  - KR2: Deploy 10 times per day',
    '- Objective 2: Fewer incidents',
    '  - Reduce Sev 1 incidents from 6 to 2',
    '',
    '## Sales OKRs',
    '',
    '1. Win the mid-market',
    '   - Sign 30 new customers',
    '2. Expand into EMEA',
    '   - Reach $2M EMEA pipeline',
  ].join('\n');
  const doc = parseOkr(text);

  it('takes labelled items, and items under an "OKRs" heading, for objectives with nested KRs', () => {
    assert.deepEqual(
      doc.objectives.map((o) => [o.id, o.title, o.groupPath, o.keyResults.map((k) => k.text)]),
      [
        ['o1', 'Ship faster', ['Engineering'], ['Reduce build time from 20 min to 8 min', 'Deploy 10 times per day']],
        ['o2', 'Fewer incidents', ['Engineering'], ['Reduce Sev 1 incidents from 6 to 2']],
        ['win-the-mid-market', 'Win the mid-market', ['Sales OKRs'], ['Sign 30 new customers']],
        ['expand-into-emea', 'Expand into EMEA', ['Sales OKRs'], ['Reach $2M EMEA pipeline']],
      ],
    );
    assert.deepEqual(doc.groups.map((g) => [g.title, g.objectives.length]), [
      ['Engineering', 2],
      ['Sales OKRs', 2],
    ]);
  });

  it('keeps ranges, metadata lines and check-ins', () => {
    const o1 = doc.objectives[0]!;
    assert.equal(at(text, o1.titleRange), 'Ship faster');
    assert.equal(at(text, o1.headingRange), 'Objective 1: Ship faster');
    assert.equal(o1.owner?.name, 'ana');
    assert.equal(at(text, o1.owner?.range), '@ana');
    assert.equal(o1.depth, 3);
    const kr1 = o1.keyResults[0]!;
    assert.equal(at(text, kr1.target?.range), '8 min');
    assert.equal(kr1.current?.value, 12);
    assert.ok(at(text, o1.range).startsWith('- Objective 1'));
  });

  it('leaves a plain KR list with nested check-ins or notes alone', () => {
    const plain = parseOkr('## Grow\n- Reach 10 users\n  - 2026-11-01: 4\n- Reach 5 deals\n  - we are talking to three\n');
    assert.deepEqual(plain.objectives.map((o) => [o.title, o.keyResults.length]), [['Grow', 2]]);
  });
});

describe('parseOkr: nested notes that are not check-ins', () => {
  it('a fraction like 10/12 without a separator is a note', () => {
    const kr = parseOkr('# Q4 2026\n## O\n- Migrate 12 services\n  - 10/12 services migrated so far\n  - 11/14: 11\n').objectives[0]!.keyResults[0]!;
    assert.deepEqual(kr.checkins.map((c) => [c.date, c.value?.value]), [['2026-11-14', 11]]);
  });
});

describe('parseOkr: tabs and bold labels', () => {
  it('reads tab-indented check-ins and a bold **Initiatives** paragraph', () => {
    const text = '# Q4 2026\n## O\n- Reach 10 users\n\t- 2026-11-01: 4\n\n**Initiatives**\n- Ads\n';
    const o = parseOkr(text).objectives[0]!;
    assert.deepEqual(o.keyResults.map((k) => [k.text, k.checkins.map((c) => c.date), k.current?.value]), [['Reach 10 users', ['2026-11-01'], 4]]);
    assert.equal(at(text, o.keyResults[0]!.current?.range), '4');
    assert.deepEqual(o.initiatives.map((i) => i.text), ['Ads']);
  });
});

describe('parseOkr: lenient frontmatter', () => {
  it('accepts an unquoted @owner, which YAML would reject', () => {
    const text = '---\nowner: @maya\nreviewers:\n  - @kai\nquarter: 2026-Q4\n---\n';
    const doc = parseOkr(text);
    assert.deepEqual(doc.problems, []);
    assert.equal(doc.frontmatter?.owner, 'maya');
    assert.deepEqual(doc.frontmatter?.entries.find((e) => e.key === 'reviewers')?.value, ['@kai']);
    assert.equal(at(text, doc.frontmatter?.entries[0]!.valueRange), '@maya');
    assert.equal(doc.cycle?.label, '2026-Q4');
  });
});

describe('parseOkr: KR properties as nested items', () => {
  it('reads Baseline/Target/Current/Owner/Due/Confidence items under a KR', () => {
    const text = '# Q4 2026\n## O\n- KR1: Net Promoter Score\n  - Baseline: 30\n  - Target: 45\n  - Current: 38\n  - Owner: @bob\n  - Due: Dec 15\n  - Confidence: 0.6\n';
    const kr = parseOkr(text).objectives[0]!.keyResults[0]!;
    assert.deepEqual(
      [kr.kind, kr.direction, kr.baseline?.value, kr.target?.value, kr.current?.value, kr.owners.map((o) => o.name), kr.deadline?.date, kr.confidence?.value],
      ['metric', 'increase', 30, 45, 38, ['bob'], '2026-12-15', 0.6],
    );
    assert.equal(at(text, kr.target?.range), '45');
    assert.equal(at(text, kr.current?.range), '38');
    assert.ok(Math.abs(kr.progress! - 8 / 15) < 1e-9);
    assert.deepEqual(kr.checkins, []);
  });

  it('the KR text wins over a nested property', () => {
    const kr = parseOkr('## O\n- Grow users from 10 to 20\n  - Target: 99\n').objectives[0]!.keyResults[0]!;
    assert.equal(kr.target?.value, 20);
  });
});

describe('parseOkr: key results written as headings', () => {
  const text = '# Q4 2026\n## O1: Grow\nOwner: @a\n### KR1: Increase users from 10 to 20\nCurrent: 15\n- 2026-11-01: 14\n### KR2: Reach 5 deals\n- 2026-11-02: 2, confidence 0.5\n## O2: Other\n- Reach 1 thing\n';
  const doc = parseOkr(text);

  it('takes `### KR1:` headings under an objective for its KRs, with details and check-ins below them', () => {
    const o1 = doc.objectives[0]!;
    assert.deepEqual(
      o1.keyResults.map((k) => [k.id, k.text, k.target?.value, k.current?.value, k.currentSource, k.checkins.length]),
      [
        ['kr1', 'Increase users from 10 to 20', 20, 15, 'text', 1],
        ['kr2', 'Reach 5 deals', 5, 2, 'checkin', 1],
      ],
    );
    const kr1 = o1.keyResults[0]!;
    assert.equal(at(text, kr1.textRange), 'Increase users from 10 to 20');
    assert.equal(at(text, kr1.current?.range), '15');
    assert.ok(at(text, kr1.range).startsWith('### KR1:'));
    assert.ok(at(text, kr1.range).endsWith('14'));
    assert.ok(at(text, o1.keyResultsRange).endsWith('confidence 0.5'));
    assert.deepEqual(doc.groups, []);
    assert.equal(doc.objectives.length, 2);
  });
});
