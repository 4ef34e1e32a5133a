// List layouts where what Markdown reads differs from what the user wrote: a check-in at its key
// result's own column, objectives numbered `1.` whose key results are indented 2 spaces (short of
// the `1. ` text column), lists split by blank lines around such short-indented lists. No key result
// or check-in may be lost or misread, and the incremental cache must follow each shape.
import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../src/core/incremental';
import { defaultConfig, lint } from '../../src/core/lint/index';
import { parseOkr } from '../../src/core/parse';

const FRONT = ['---', 'quarter: 2026-Q4', '---', ''];
const doc = (lines: string[]): string => [...FRONT, ...lines, ''].join('\n');
/** Per objective: title, and per KR its text and check-in dates. */
const shape = (text: string): [string, [string, string[]][]][] =>
  parseOkr(text).objectives.map((o) => [o.title, o.keyResults.map((kr) => [kr.text, kr.checkins.map((c) => c.dateRaw)])]);
const lint0 = (text: string) => lint(parseOkr(text), text, { config: defaultConfig() });
const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line);
const COMMENT = '<!-- okr-lint-disable-next-line kr-not-measurable -->';

describe('a check-in at its key result’s own column', () => {
  for (const [name, kr, checkin, next, want] of [
    ['`-` items', '- KR1: Raise NPS from 30 to 45', '- 2026-10-02: 40', '- KR2: Cut churn from 5% to 3%', 2],
    ['a change of bullet', '- KR1: Raise NPS from 30 to 45', '* 2026-10-02: 40', '- KR2: Cut churn from 5% to 3%', 2],
    ['numbered items', '1. KR1: Raise NPS from 30 to 45', '2. 2026-10-02: 40', '3. KR2: Cut churn from 5% to 3%', 3],
    ['`1)` items', '1) KR1: Raise NPS from 30 to 45', '2) 2026-10-02: 40', '3) KR2: Cut churn from 5% to 3%', 3],
  ] as const) {
    it(`is the check-in of the KR above, not a KR (${name}), and reported with the indentation that nests it`, () => {
      const text = doc(['## O1: Grow', '', kr, checkin, next]);
      assert.deepEqual(shape(text), [['Grow', [['Raise NPS from 30 to 45', ['2026-10-02']], ['Cut churn from 5% to 3%', []]]]]);
      const kr1 = parseOkr(text).objectives[0]!.keyResults[0]!;
      assert.equal(kr1.current?.value, 40, 'its value is the current value');
      assert.equal(kr1.range.end.line, lineOf(text, checkin), 'the KR runs over it');
      const reports = lint0(text).filter((x) => x.ruleId === 'checkin-invalid');
      assert.deepEqual(reports.map((r) => [r.range.start.line, r.range.start.character]), [[lineOf(text, checkin), 0]]);
      assert.match(reports[0]!.message, new RegExp(`'${checkin.replace(/[*.)]/g, '\\$&')}' is not indented under its key result.*indent it ${want} spaces`));
      assert.ok(!lint0(text).some((x) => x.range.start.line === lineOf(text, checkin) && x.ruleId.startsWith('kr-')), 'no KR rule reports it');
      // As advised: nested by Markdown too, read the same, nothing reported.
      const fixed = text.replace(`\n${checkin}\n`, `\n${' '.repeat(want)}${checkin}\n`);
      assert.deepEqual(shape(fixed), shape(text));
      assert.deepEqual(lint0(fixed).filter((x) => x.ruleId === 'checkin-invalid'), []);
    });
  }

  it('several of them, after nested check-ins, are all the KR’s; a directive silences the report', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '  - 2026-10-01: 39', '- 2026-10-02: 40', '- 2026-10-09: 41', '- KR2: Cut churn from 5% to 3%']);
    assert.deepEqual(shape(text)[0]![1], [['Raise NPS from 30 to 45', ['2026-10-01', '2026-10-02', '2026-10-09']], ['Cut churn from 5% to 3%', []]]);
    assert.equal(lint0(text).filter((x) => x.ruleId === 'checkin-invalid').length, 2);
    const silenced = text.replace('- 2026-10-02', '<!-- okr-lint-disable-next-line checkin-invalid -->\n- 2026-10-02');
    assert.deepEqual(shape(silenced), shape(text));
    assert.deepEqual(lint0(silenced).filter((x) => x.ruleId === 'checkin-invalid').map((x) => x.range.start.line), [lineOf(silenced, '- 2026-10-09: 41')]);
  });

  it('in objectives written as list items: the KR’s, reported with the KR’s text column (4); after a column-0 comment, 3 (4 would be code)', () => {
    const text = doc(['## Objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '  - 2026-10-02: 45', '  - KR2: Improve docs', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
    assert.deepEqual(shape(text), [
      ['Grow the community', [['Increase contributors from 40 to 60', ['2026-10-02']], ['Improve docs', []]]],
      ['Ship faster', [['Cut lead time from 9 to 3 days', []]]],
    ]);
    assert.match(parseOkr(text).problems[0]!.message, /indent it 4 spaces/);
    const split = text.replace('  - 2026-10-02: 45', `${COMMENT}\n  - 2026-10-02: 45`);
    assert.deepEqual(shape(split), shape(text));
    assert.match(parseOkr(split).problems[0]!.message, /indent it 3 spaces/);
    const fixed = split.replace('\n  - 2026-10-02: 45', '\n   - 2026-10-02: 45');
    assert.deepEqual(shape(fixed), shape(text));
    assert.deepEqual(parseOkr(fixed).problems, []);
  });

  it('at an objective item’s own column, after its KRs, it is the last KR’s check-in, not an objective', () => {
    for (const at of ['- ', ' - ']) {
      const text = doc(['## Objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', `${at}2026-10-02: 45`, '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
      assert.deepEqual(shape(text), [
        ['Grow the community', [['Increase contributors from 40 to 60', ['2026-10-02']]]],
        ['Ship faster', [['Cut lead time from 9 to 3 days', []]]],
      ], JSON.stringify(at));
      assert.equal(parseOkr(text).objectives[0]!.range.end.line, lineOf(text, `${at}2026-10-02: 45`), 'O1 runs over it');
      assert.ok(!lint0(text).some((x) => x.ruleId === 'objective-no-key-results'));
      assert.match(parseOkr(text).problems[0]!.message, /indent it 4 spaces/);
      const fixed = text.replace(`\n${at}2026-10-02: 45`, '\n    - 2026-10-02: 45');
      assert.deepEqual(shape(fixed), shape(text));
      assert.deepEqual(parseOkr(fixed).problems, []);
    }
  });

  it('under a KR that is itself a date the items are a timeline of KRs; an item that is not a check-in stays a KR', () => {
    const timeline = doc(['## O1: Ship the beta', '', '- 2026-10-15: beta to 10 customers', '- 2026-11-30: GA to 100 customers']);
    assert.deepEqual(shape(timeline)[0]![1], [['2026-10-15: beta to 10 customers', []], ['2026-11-30: GA to 100 customers', []]]);
    assert.deepEqual(parseOkr(timeline).problems, []);
    const first = doc(['## O1: Grow', '', '- 2026-10-02: 40']);
    assert.equal(parseOkr(first).objectives[0]!.keyResults.length, 1, 'with no KR above it, it is left as it is');
    // A dated item with no number is a milestone KR as likely as a check-in's note: it stays a KR.
    const milestones = doc(['## O1: Launch the beta', '', '- Reach 100 beta users', '- 2026-10-15: beta live', '- 2026-11-30: GA']);
    assert.deepEqual(shape(milestones)[0]![1].map(([t]) => t), ['Reach 100 beta users', '2026-10-15: beta live', '2026-11-30: GA']);
    assert.deepEqual(parseOkr(milestones).problems, []);
  });
});

describe('objectives numbered `1.` with key results indented short of their text', () => {
  const objectives = (marker1: string, marker2: string, indent: string, kr = '- '): string[] => [
    `${marker1} O1: Grow the community`,
    `${indent}${kr}KR1: Increase contributors from 40 to 60`,
    `${indent}${kr}KR2: Improve docs`,
    `${marker2} O2: Ship faster`,
    `${indent}${kr}KR1: Cut lead time from 9 to 3 days`,
  ];
  const want: ReturnType<typeof shape> = [
    ['Grow the community', [['Increase contributors from 40 to 60', []], ['Improve docs', []]]],
    ['Ship faster', [['Cut lead time from 9 to 3 days', []]]],
  ];
  for (const [m1, m2, indent, kr] of [['1.', '2.', '  ', '- '], ['1)', '2)', '  ', '* '], ['10.', '11.', '   ', '- '], ['10.', '11.', '  ', '+ '], ['1.', '2.', '  ', '1. ']] as const) {
    it(`'${indent}${kr}KR1' under '${m1} O1' is O1's key result, as under '- O1'`, () => {
      const text = doc(['## Objectives', '', ...objectives(m1, m2, indent, kr)]);
      assert.deepEqual(shape(text), want);
      const d = parseOkr(text);
      assert.deepEqual(d.groups.map((g) => [g.title, g.objectives.length]), [['Objectives', 2]]);
      assert.equal(d.objectives[0]!.range.end.line, lineOf(text, `${indent}${kr}KR2: Improve docs`), 'O1 runs to its last KR');
      assert.equal(d.objectives[0]!.keyResultsRange!.start.line, lineOf(text, `${indent}${kr}KR1: Increase contributors from 40 to 60`));
      assert.ok(!lint0(text).some((x) => x.ruleId === 'objective-too-many-key-results' || x.ruleId === 'objective-no-key-results'));
    });
  }

  it('unlabelled, under a heading that says OKRs, with check-ins under the KRs; under any other heading with labels', () => {
    const text = doc(['## Q4 OKRs', '', '1. Grow the community', '  - Increase contributors from 40 to 60', '    - 2026-10-02: 45', '  - Improve docs', '2. Ship faster', '  - Cut lead time from 9 to 3 days']);
    assert.deepEqual(shape(text), [
      ['Grow the community', [['Increase contributors from 40 to 60', ['2026-10-02']], ['Improve docs', []]]],
      ['Ship faster', [['Cut lead time from 9 to 3 days', []]]],
    ]);
    assert.deepEqual(shape(doc(['## Engineering', '', ...objectives('1.', '2.', '  ')])), want);
  });

  it('key results stay key results: `1. KR1` with `  - KR2` under it, `- KR1` with ` - KR2`, `1. Raise NPS` with `  - Owner:`', () => {
    const labelled = doc(['## O1: Grow', '', '1. KR1: Raise NPS from 30 to 45', '  - KR2: Cut churn from 5% to 3%']);
    assert.deepEqual(shape(labelled), [['Grow', [['Raise NPS from 30 to 45', []], ['Cut churn from 5% to 3%', []]]]]);
    const oneSpace = doc(['## Q4 OKRs', '', '- KR1: Raise NPS from 30 to 45', ' - KR2: Cut churn from 5% to 3%']);
    assert.deepEqual(shape(oneSpace), [['Q4 OKRs', [['Raise NPS from 30 to 45', []], ['Cut churn from 5% to 3%', []]]]]);
    const owner = doc(['## O1: Grow', '', '1. Raise NPS from 30 to 45', '  - Owner: @bob', '2. Cut churn from 5% to 3%']);
    assert.deepEqual(shape(owner), [['Grow', [['Raise NPS from 30 to 45', []], ['Cut churn from 5% to 3%', []]]]]);
    assert.deepEqual(parseOkr(owner).objectives[0]!.keyResults[0]!.owners.map((o) => o.name), ['bob']);
  });

  it('an item labelled as an objective at that indentation is the next objective', () => {
    const text = doc(['## Objectives', '', '1. O1: Grow the community', '  2. O2: Ship faster', '     - KR1: Cut lead time from 9 to 3 days']);
    assert.deepEqual(shape(text).map(([t, krs]) => [t, krs.length]), [['Grow the community', 0], ['Ship faster', 1]]);
  });
});

describe('lists indented short of the item above, with blank lines around them', () => {
  it('a check-in or a sub-point under `1. …` between blank lines is the KR’s, and the KRs after it still count', () => {
    const text = doc(['## O1: Grow', '', '1. Raise NPS from 30 to 45', '', '  - 2026-10-02: 40', '  - Owner: @bob', '', '2. Cut churn from 5% to 3%', '', '  - 2026-10-03: 4%', '', '3. Ship 2 integrations']);
    assert.deepEqual(shape(text), [['Grow', [['Raise NPS from 30 to 45', ['2026-10-02']], ['Cut churn from 5% to 3%', ['2026-10-03']], ['Ship 2 integrations', []]]]]);
    const kr1 = parseOkr(text).objectives[0]!.keyResults[0]!;
    assert.deepEqual(kr1.owners.map((o) => o.name), ['bob']);
    assert.equal(kr1.range.end.line, lineOf(text, '  - Owner: @bob'));
    assert.deepEqual(parseOkr(text).problems, []);
  });

  it('objectives numbered `1.` with 2-space KRs between blank lines', () => {
    const text = doc(['## Objectives', '', '1. O1: Grow the community', '', '  - KR1: Increase contributors from 40 to 60', '  - KR2: Improve docs', '', '2. O2: Ship faster', '', '  - KR1: Cut lead time from 9 to 3 days']);
    assert.deepEqual(shape(text), [
      ['Grow the community', [['Increase contributors from 40 to 60', []], ['Improve docs', []]]],
      ['Ship faster', [['Cut lead time from 9 to 3 days', []]]],
    ]);
  });

  it('after a blank line, a list at the KRs’ column that does not go on with their list, or one after prose, is not more KRs', () => {
    const steps = doc(['## O1: Grow', '', '1. Raise NPS from 30 to 45', '', '  - 2026-10-02: 40', '', '* Hire a designer', '* Run the survey']);
    assert.deepEqual(shape(steps), [['Grow', [['Raise NPS from 30 to 45', ['2026-10-02']]]]]);
    const bullets = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '- KR2: Cut churn from 5% to 3%', '', '1. Step one', '2. Step two']);
    assert.deepEqual(shape(bullets)[0]![1].map(([t]) => t), ['Raise NPS from 30 to 45', 'Cut churn from 5% to 3%']);
    const prose = doc(['## O1: Grow', '', '1. Raise NPS from 30 to 45', '', 'Some notes.', '', '  - not a check-in of the KR', '', '2. Not a KR after prose']);
    assert.deepEqual(shape(prose)[0]![1].map(([t]) => t), ['Raise NPS from 30 to 45']);
  });
});

describe('a fenced code block in objectives written as list items (as between KRs under a heading)', () => {
  const FENCE = ['```sql', 'select 1', '```'];
  const O2 = ['- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days'];
  const two: ReturnType<typeof shape> = [
    ['Grow the community', [['Increase contributors from 40 to 60', []], ['Improve docs', []]]],
    ['Ship faster', [['Cut lead time from 9 to 3 days', []]]],
  ];
  for (const [name, lines] of [
    ['at column 0 between two KRs', ['- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', ...FENCE, '  - KR2: Improve docs', ...O2]],
    ['at column 0 between two KRs, blank lines around it', ['- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '', ...FENCE, '', '  - KR2: Improve docs', ...O2]],
    ['between the objective and its first KR', ['- O1: Grow the community', ...FENCE, '  - KR1: Increase contributors from 40 to 60', '  - KR2: Improve docs', ...O2]],
    ['indented under the objective', ['- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', ...FENCE.map((l) => '  ' + l), '  - KR2: Improve docs', ...O2]],
  ] as const) {
    it(`${name}: the KRs after it are the objective’s, the next objective is one`, () => {
      const text = doc(['## Objectives', '', ...lines]);
      assert.deepEqual(shape(text), two);
      assert.deepEqual(parseOkr(text).problems, []);
    });
  }

  it('between two objectives (blank lines or not) it ends neither', () => {
    for (const blank of [[], ['']]) {
      const text = doc(['## Objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '  - KR2: Improve docs', ...blank, ...FENCE, ...blank, ...O2]);
      assert.deepEqual(shape(text), two);
      assert.deepEqual(parseOkr(text).groups.map((g) => g.objectives.length), [2]);
    }
  });

  it('a check-in indented 4 spaces after it is code: reported as after a fenced code block, with the indentation that reads', () => {
    const text = doc(['## Objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', ...FENCE, '    - 2026-10-02: 45', '  - KR2: Improve docs', ...O2]);
    assert.deepEqual(shape(text), two);
    const reports = lint0(text).filter((x) => x.ruleId === 'checkin-invalid');
    assert.deepEqual(reports.map((r) => r.range.start.line), [lineOf(text, '    - 2026-10-02: 45')]);
    assert.match(reports[0]!.message, /'- 2026-10-02: 45' is indented 4 spaces after a fenced code block.*indent it 3 spaces/);
    const fixed = text.replace('    - 2026-10-02: 45', '   - 2026-10-02: 45');
    assert.deepEqual(shape(fixed)[0]![1][0], ['Increase contributors from 40 to 60', ['2026-10-02']]);
    assert.deepEqual(parseOkr(fixed).problems, []);
    // Under a heading, the same.
    const heading = doc(['## O1: Grow', '', '- KR1: Increase contributors from 40 to 60', ...FENCE, '    - 2026-10-02: 45', '- KR2: Improve docs']);
    assert.match(parseOkr(heading).problems[0]!.message, /after a fenced code block.*indent it 2 spaces/);
  });
});

describe('key results and check-ins in a `<details>` block (collapsed in the preview)', () => {
  it('more KRs collapsed between KRs are KRs, and the KRs after the block still count', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '<details><summary>More key results</summary>', '', '- KR2: Cut churn from 5% to 3%', '', '</details>', '', '- KR3: Ship 2 integrations']);
    assert.deepEqual(shape(text), [['Grow', [['Raise NPS from 30 to 45', []], ['Cut churn from 5% to 3%', []], ['Ship 2 integrations', []]]]]);
    const wrapped = doc(['## O1: Grow', '', '<details open>', '<summary>Key results</summary>', '', '- KR1: Raise NPS from 30 to 45', '- KR2: Cut churn from 5% to 3%', '', '</details>']);
    assert.deepEqual(shape(wrapped)[0]![1].map(([t]) => t), ['Raise NPS from 30 to 45', 'Cut churn from 5% to 3%']);
  });

  it('check-ins collapsed under a KR are its check-ins, at column 0 or indented into the KR', () => {
    for (const indent of ['', '  ']) {
      const text = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', `${indent}<details><summary>Check-ins</summary>`, '', '  - 2026-10-02: 40', '  - 2026-10-09: 41', '', `${indent}</details>`, '', '- KR2: Cut churn from 5% to 3%']);
      assert.deepEqual(shape(text), [['Grow', [['Raise NPS from 30 to 45', ['2026-10-02', '2026-10-09']], ['Cut churn from 5% to 3%', []]]]], JSON.stringify(indent));
      assert.equal(parseOkr(text).objectives[0]!.keyResults[0]!.current?.value, 41);
      assert.deepEqual(parseOkr(text).problems, []);
    }
  });

  it('collapsed initiatives stay initiatives, collapsed notes are not KRs; other HTML still ends the run', () => {
    const initiatives = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '', '<details><summary><b>Initiatives</b></summary>', '', '- Run the survey', '', '</details>']);
    assert.deepEqual(shape(initiatives)[0]![1].map(([t]) => t), ['Raise NPS from 30 to 45']);
    assert.deepEqual(parseOkr(initiatives).objectives[0]!.initiatives.map((i) => i.text), ['Run the survey']);
    const notes = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '', '<details><summary>Notes</summary>', '', '- talked to sales', '', '</details>']);
    assert.deepEqual(shape(notes)[0]![1].map(([t]) => t), ['Raise NPS from 30 to 45']);
    const div = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '<div markdown="1">', '', '- Inside a div', '', '</div>']);
    assert.deepEqual(shape(div)[0]![1].map(([t]) => t), ['Raise NPS from 30 to 45']);
  });

  it('in objectives written as list items', () => {
    const text = doc(['## Objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '  <details><summary>Check-ins</summary>', '', '    - 2026-10-02: 45', '', '  </details>', '', '  - KR2: Improve docs', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
    assert.deepEqual(shape(text), [
      ['Grow the community', [['Increase contributors from 40 to 60', ['2026-10-02']], ['Improve docs', []]]],
      ['Ship faster', [['Cut lead time from 9 to 3 days', []]]],
    ]);
  });
});

describe('a block quote under an objective', () => {
  it('is a note: a quoted list (the parent’s KRs, quoted) is not the objective’s KRs, and does not end them', () => {
    const text = doc(['## O1: Grow', '', '> Company KRs we support:', '> - KR1: Reach $10M ARR', '', '- KR1: Raise NPS from 30 to 45', '- KR2: Cut churn from 5% to 3%']);
    assert.deepEqual(shape(text), [['Grow', [['Raise NPS from 30 to 45', []], ['Cut churn from 5% to 3%', []]]]]);
  });
});

describe('the incremental cache follows the list layouts', () => {
  it('typing each shape in and out gives parseOkr’s model', () => {
    const base = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '- KR2: Cut churn from 5% to 3%', '', '## Objectives', '', '1. O1: Grow the community', '   - KR1: Increase contributors from 40 to 60', '2. O2: Ship faster', '   - KR1: Cut lead time from 9 to 3 days']);
    const steps = [
      base.replace('- KR2: Cut', '- 2026-10-02: 40\n- KR2: Cut'),
      base.replace('- KR2: Cut', '* 2026-10-02: 40\n- KR2: Cut'),
      base.replace(/ {3}- KR1/g, '  - KR1'),
      base.replace(/ {3}- KR1/g, '  - KR1').replace('2. O2', '  - 2026-10-02: 41\n2. O2'),
      base.replace('   - KR1: Increase', '   - KR1: Increase contributors from 40 to 60\n   - 2026-10-02: 41\n   - KR2: Increase'),
      base.replace(/ {3}- KR1/g, '\n  - KR1').replace('2. O2', '\n2. O2'),
      base.replace('- KR2: Cut', '<details><summary>Check-ins</summary>\n\n  - 2026-10-02: 40\n\n</details>\n\n- KR2: Cut'),
      base.replace('- KR2: Cut', '\n  - 2026-10-02: 40\n\n- KR2: Cut').replace('- KR1: Raise', '1. KR1: Raise').replace('- KR2: Cut', '2. KR2: Cut'),
      base,
    ];
    const cache = new IncrementalDocument();
    cache.update(base);
    for (const text of [...steps, ...[...steps].reverse()]) assert.deepEqual(cache.update(text), parseOkr(text));
  });
});

describe('list layouts with CRLF and CR line endings', () => {
  // Each shape as LF, CRLF and CR: the same key results and check-ins. (A `\r\n` was read as a blank
  // line between two lists, so in a CRLF file lists split by a comment or a change of bullet, a check-in
  // short of its KR's text and `1. O1` with `  - KR1` lost their key results.)
  const shapes: [string, string[]][] = [
    ['a change of bullet, then a numbered list', ['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '* KR2: Cut churn from 5% to 3%', '1. KR3: Ship 2 integrations']],
    ['a comment at column 0 between KRs', ['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '<!-- a note -->', '- KR2: Cut churn from 5% to 3%']],
    ['a check-in short of `10.`’s text', ['## O1: Grow', '', '10. Raise NPS from 30 to 45', '   - 2026-10-02: 40', '11. Cut churn from 5% to 3%']],
    ['a check-in at the KR’s column', ['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '- 2026-10-02: 40', '- KR2: Cut churn from 5% to 3%']],
    ['`1. O1` with 2-space KRs', ['## Objectives', '', '1. O1: Grow', '  - KR1: Raise NPS from 30 to 45', '2. O2: Ship', '  - KR1: Cut churn from 5% to 3%']],
    ['a KR split off an objective item by a comment', ['## Q4', '', '- O1: Grow', '  - KR1: Raise NPS from 30 to 45', COMMENT, '  - KR2: Improve docs', '- O2: Ship', '  - KR1: Cut churn from 5% to 3%']],
    ['a fence between KRs', ['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '```sql', 'select 1', '```', '  - 2026-10-02: 40', '- KR2: Cut churn from 5% to 3%']],
  ];
  for (const [name, lines] of shapes) {
    it(`${name}: as with LF`, () => {
      const lf = shape(doc(lines));
      assert.ok(lf.flatMap(([, krs]) => krs).length >= 2, 'the LF file has its KRs');
      for (const eol of ['\r\n', '\r']) {
        const text = doc(lines).replace(/\n/g, eol);
        assert.deepEqual(shape(text), lf, JSON.stringify(eol));
        assert.deepEqual(parseOkr(text).problems.map((p) => p.message), parseOkr(doc(lines)).problems.map((p) => p.message));
      }
    });
  }
});
