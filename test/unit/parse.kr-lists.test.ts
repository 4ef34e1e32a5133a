// KR lists that CommonMark splits in several lists: an HTML comment at column 0 between two items
// (the product's own `okr-lint-disable-next-line` directive, as users write it), a change of bullet
// (`-` → `*`), an ordered list after a bullet list. To the user it is one run of key results; the
// model and everything built on it (ids, counts, check-ins, fixes, completions) must see all of them.
import assert from 'node:assert/strict';
import { checkInEdits } from '../../src/core/checkin';
import { completionsAt } from '../../src/core/completions';
import { IncrementalDocument } from '../../src/core/incremental';
import { applyEdits, defaultConfig, lint } from '../../src/core/lint/index';
import { parseOkr } from '../../src/core/parse';
import { disableNextLineEdit } from '../../src/core/suppress';
import { LineIndex } from '../../src/core/text';

const FRONT = ['---', 'quarter: 2026-Q4', '---', ''];
const doc = (lines: string[]): string => [...FRONT, ...lines, ''].join('\n');
const krTexts = (text: string, objective = 0): string[] => parseOkr(text).objectives[objective]!.keyResults.map((kr) => kr.text);
const COMMENT = '<!-- okr-lint-disable-next-line kr-not-measurable -->';

describe('key results split in several Markdown lists', () => {
  const three = doc(['## O1: Make onboarding great', '', 'Owner: @x', '', '- KR1: Increase activation from 20% to 40%', COMMENT, '- KR2: Improve docs', '- KR3: Reduce churn from 5% to 3%']);

  it('keeps the KRs after an HTML comment at column 0, in order, with their labels and ids', () => {
    const o = parseOkr(three).objectives[0]!;
    assert.deepEqual(o.keyResults.map((kr) => kr.text), ['Increase activation from 20% to 40%', 'Improve docs', 'Reduce churn from 5% to 3%']);
    assert.deepEqual(o.keyResults.map((kr) => kr.label), ['KR1', 'KR2', 'KR3']);
    assert.equal(new Set(o.keyResults.map((kr) => kr.id)).size, 3, 'distinct ids');
    const lines = three.split('\n');
    assert.equal(o.keyResultsRange!.start.line, lines.indexOf('- KR1: Increase activation from 20% to 40%'));
    assert.equal(o.keyResultsRange!.end.line, lines.indexOf('- KR3: Reduce churn from 5% to 3%'), 'the KR range runs to the last list');
  });

  it('does the same under a `### Key results` heading, and with blank lines around the comment', () => {
    const text = doc(['## O1: Make onboarding great', '', '### Key results', '', '- KR1: Increase activation from 20% to 40%', '', COMMENT, '', '- KR2: Improve docs', '<!-- a note -->', '<!-- and another -->', '- KR3: Reduce churn from 5% to 3%']);
    assert.deepEqual(krTexts(text), ['Increase activation from 20% to 40%', 'Improve docs', 'Reduce churn from 5% to 3%']);
  });

  it('reads a change of bullet and an ordered list after a bullet list as the same run', () => {
    const text = doc(['## O1: Grow', '', '- Increase signups from 100 to 200', '* Reduce churn from 5% to 3%', '+ Raise NPS from 30 to 45', '1. Cut p95 latency from 900 ms to 300 ms']);
    assert.deepEqual(krTexts(text), ['Increase signups from 100 to 200', 'Reduce churn from 5% to 3%', 'Raise NPS from 30 to 45', 'Cut p95 latency from 900 ms to 300 ms']);
  });

  it('ends the run at prose, a label or a heading: an `Initiatives:` list after a comment stays initiatives', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Increase signups from 100 to 200', COMMENT, '- KR2: Reduce churn from 5% to 3%', '', 'Initiatives:', COMMENT, '- Run the kickoff workshop', '', '## O2: Ship', '', '- KR1: Raise NPS from 30 to 45']);
    const d = parseOkr(text);
    assert.deepEqual(d.objectives[0]!.keyResults.map((kr) => kr.label), ['KR1', 'KR2']);
    assert.deepEqual(d.objectives[0]!.initiatives.map((i) => i.text), ['Run the kickoff workshop']);
    assert.deepEqual(d.objectives[1]!.keyResults.map((kr) => kr.text), ['Raise NPS from 30 to 45']);
    const prose = doc(['## O1: Grow', '', '- KR1: Increase signups from 100 to 200', '', 'Some notes about the plan.', '', '- Not a KR: a list after prose']);
    assert.deepEqual(krTexts(prose), ['Increase signups from 100 to 200'], 'a list after prose is not part of the run (as before)');
  });

  describe('a fenced code block between two KRs (an example query)', () => {
    const fence = ['```sql', 'select count(*) from activations', '```'];
    for (const [name, lines] of [
      ['with blank lines around it', ['- KR1: Increase activation from 20% to 40%', '', ...fence, '', '- KR2: Reduce churn from 5% to 3%', '- KR3: Raise NPS from 30 to 45']],
      ['without blank lines', ['- KR1: Increase activation from 20% to 40%', ...fence, '- KR2: Reduce churn from 5% to 3%', '- KR3: Raise NPS from 30 to 45']],
      ['with `~~~` and numbered KRs', ['1. Increase activation from 20% to 40%', '', '~~~', 'select 1', '~~~', '2. Reduce churn from 5% to 3%', '3. Raise NPS from 30 to 45']],
    ] as const) {
      it(`continues the key results, ${name}; the fence is not a KR`, () => {
        const text = doc(['## O1: Grow activation', '', ...lines, '', '## O2: Ship', '', '- KR1: Cut lead time from 9 to 3 days']);
        const d = parseOkr(text);
        assert.deepEqual(krTexts(text), ['Increase activation from 20% to 40%', 'Reduce churn from 5% to 3%', 'Raise NPS from 30 to 45']);
        assert.equal(new Set(d.objectives[0]!.keyResults.map((kr) => kr.id)).size, 3);
        assert.equal(d.objectives[0]!.keyResultsRange!.end.line, text.split('\n').findIndex((l) => l.endsWith('Raise NPS from 30 to 45')), 'the KR range runs over the fence to the last KR');
        assert.deepEqual(krTexts(text, 1), ['Cut lead time from 9 to 3 days']);
        assert.deepEqual(d.problems, []);
      });
    }

    it('in objectives written as list items, a fence indented under the objective between two KRs continues its KRs too', () => {
      const text = doc(['## Objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '  ```sql', '  select 1', '  ```', '  - KR2: Improve docs', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
      assert.deepEqual(parseOkr(text).objectives.map((o) => o.keyResults.map((kr) => kr.text)), [['Increase contributors from 40 to 60', 'Improve docs'], ['Cut lead time from 9 to 3 days']]);
    });

    it('a check-in indented under the KR after the example is that KR’s; prose or a label after the fence still ends the run', () => {
      const checkin = doc(['## O1: Grow', '', '- KR1: Increase activation from 20% to 40%', ...fence, '  - 2026-10-02: 30%', '- KR2: Reduce churn from 5% to 3%']);
      assert.deepEqual(parseOkr(checkin).objectives[0]!.keyResults.map((kr) => [kr.text, kr.checkins.map((c) => c.date)]), [['Increase activation from 20% to 40%', ['2026-10-02']], ['Reduce churn from 5% to 3%', []]]);
      const prose = doc(['## O1: Grow', '', '- KR1: Increase activation from 20% to 40%', '', ...fence, '', 'Some notes.', '', '- Not a KR']);
      assert.deepEqual(krTexts(prose), ['Increase activation from 20% to 40%']);
      const initiatives = doc(['## O1: Grow', '', '- KR1: Increase activation from 20% to 40%', '', ...fence, '', 'Initiatives:', '- Run the kickoff workshop']);
      assert.deepEqual(krTexts(initiatives), ['Increase activation from 20% to 40%']);
      assert.deepEqual(parseOkr(initiatives).objectives[0]!.initiatives.map((i) => i.text), ['Run the kickoff workshop']);
    });
  });

  it('a non-comment HTML block ends the run', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Increase signups from 100 to 200', '<div>', '', '- Inside a div', '']);
    assert.deepEqual(krTexts(text), ['Increase signups from 100 to 200']);
  });

  it('keeps nested KRs of an objective written as a list item across a comment', () => {
    const text = doc(['## Objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '  ' + COMMENT, '  - KR2: Improve docs', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
    const d = parseOkr(text);
    assert.deepEqual(d.objectives.map((o) => o.keyResults.map((kr) => kr.label)), [['KR1', 'KR2'], ['KR1']]);
  });

  it('keeps objectives written as list items across a comment at column 0 (and a change of bullet)', () => {
    const text = doc(['## Q4 OKRs', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '<!-- okr-lint-disable-next-line objective-too-long -->', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days', '* O3: Delight users', '  - KR1: Raise NPS from 30 to 45']);
    const d = parseOkr(text);
    assert.deepEqual(d.objectives.map((o) => o.title), ['Grow the community', 'Ship faster', 'Delight users']);
    assert.deepEqual(d.groups.map((g) => g.objectives.length), [3]);
  });

  it('keeps an indented check-in after a comment at column 0 with its KR, not as a new KR', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Increase contributors from 40 to 60', '  - 2026-11-01: 45', '<!-- okr-lint-disable-next-line checkin-invalid -->', '  - 2026-13-01: 50', '- KR2: Raise NPS from 30 to 45']);
    const [kr1, kr2, ...rest] = parseOkr(text).objectives[0]!.keyResults;
    assert.equal(rest.length, 0);
    assert.deepEqual([kr1!.label, kr2!.label], ['KR1', 'KR2']);
    assert.equal(kr1!.checkins.length, 2);
    assert.equal(kr1!.range.end.line, text.split('\n').indexOf('  - 2026-13-01: 50'), 'the KR runs to its last check-in');
    const ids = lint(parseOkr(text), text, { config: defaultConfig() }).filter((x) => x.ruleId === 'checkin-invalid');
    assert.ok(!ids.some((x) => x.range.start.line === kr1!.range.end.line), 'the directive silences the bad date');
    // A milestone's content starts after its marker, not after its checkbox.
    const milestone = doc(['## O1: Grow', '', '- [ ] Ship 2.0', COMMENT, '  - 2026-11-01: 45', '- KR2: Raise NPS from 30 to 45']);
    assert.deepEqual(parseOkr(milestone).objectives[0]!.keyResults.map((kr) => [kr.text, kr.checkins.length]), [['Ship 2.0', 1], ['Raise NPS from 30 to 45', 0]]);
    // Indented less than KR1's text: Markdown would not have nested it either, so it is a KR.
    const shallow = doc(['## O1: Grow', '', '- KR1: Increase contributors from 40 to 60', COMMENT, ' 1. KR2: Raise NPS from 30 to 45']);
    assert.deepEqual(krTexts(shallow), ['Increase contributors from 40 to 60', 'Raise NPS from 30 to 45']);
    const bare = text.replace('<!-- okr-lint-disable-next-line checkin-invalid -->\n', '');
    const flagged = lint(parseOkr(bare), bare, { config: defaultConfig() }).filter((x) => x.ruleId === 'checkin-invalid');
    assert.ok(flagged.some((x) => x.range.start.line === kr1!.range.end.line - 1), 'without it the date is flagged');
  });

  it('counts every KR of the run in objective-too-many-key-results, and not objective-no-key-results', () => {
    const five = doc(['## O1: Grow', '', '- KR1: Increase signups from 100 to 200', '- KR2: Reduce churn from 5% to 3%', COMMENT, '- KR3: Improve docs', '* KR4: Raise NPS from 30 to 45', COMMENT, '- KR5: Cut p95 latency from 900 ms to 300 ms']);
    const ids = lint(parseOkr(five), five, { config: defaultConfig() }).map((d) => d.ruleId);
    assert.ok(ids.includes('objective-too-many-key-results'), ids.join(', '));
    assert.ok(!ids.includes('objective-no-key-results'));
    const first = doc(['## O1: Grow', '', COMMENT, '- KR1: Improve docs']);
    const d = parseOkr(first);
    assert.deepEqual(d.objectives[0]!.keyResults.map((kr) => kr.text), ['Improve docs'], 'a comment before the first KR');
  });

  it('honours the column-0 directive on the KR after it and reports the others', () => {
    const lines = three.split('\n');
    const kr2Line = lines.indexOf('- KR2: Improve docs');
    const hits = lint(parseOkr(three), three, { config: defaultConfig() }).filter((d) => d.ruleId === 'kr-not-measurable');
    assert.ok(!hits.some((d) => d.range.start.line === kr2Line), 'disabled on KR2');
    const without = three.replace(COMMENT + '\n', '');
    const hitsWithout = lint(parseOkr(without), without, { config: defaultConfig() }).filter((d) => d.ruleId === 'kr-not-measurable');
    assert.ok(hitsWithout.some((d) => d.range.start.line === kr2Line - 1), 'KR2 is flagged without the directive');
  });

  it('"Disable for this line" on the second of three KRs keeps three KRs and silences the diagnostic', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Increase signups from 100 to 200', '- KR2: Improve docs', '- KR3: Reduce churn from 5% to 3%']);
    const kr2 = parseOkr(text).objectives[0]!.keyResults[1]!;
    const before = lint(parseOkr(text), text, { config: defaultConfig() }).filter((d) => d.ruleId === 'kr-not-measurable' && d.range.start.line === kr2.range.start.line);
    assert.equal(before.length, 1, 'KR2 is flagged');
    const edit = disableNextLineEdit(parseOkr(text), new LineIndex(text), kr2.range.start.line, 'kr-not-measurable')!;
    const out = applyEdits(text, [edit]);
    assert.equal(out, text.replace('- KR2', '  <!-- okr-lint-disable-next-line kr-not-measurable -->\n- KR2'), 'indented under KR1, one line above KR2');
    const after = parseOkr(out);
    assert.deepEqual(after.objectives[0]!.keyResults.map((kr) => kr.label), ['KR1', 'KR2', 'KR3']);
    const diags = lint(after, out, { config: defaultConfig() }).filter((d) => d.ruleId === 'kr-not-measurable');
    assert.ok(!diags.some((d) => d.range.start.line === kr2.range.start.line + 1), 'KR2 is no longer flagged');
    // The same with the user's own column-0 comment: still three KRs.
    const col0 = text.replace('- KR2', `${COMMENT}\n- KR2`);
    assert.deepEqual(parseOkr(col0).objectives[0]!.keyResults.map((kr) => kr.label), ['KR1', 'KR2', 'KR3']);
  });

  it('offers no objective metadata keys between KRs of the run, as inside one list', () => {
    const text = doc(['## O1: Grow', '', 'Owner: @x', '', '- KR1: Increase signups from 100 to 200', COMMENT, '- KR2: Improve docs', '', '', '- KR3: Reduce churn from 5% to 3%', '', '']);
    const lines = new LineIndex(text);
    const labelsAt = (line: number): string[] => completionsAt({ doc: parseOkr(text), lines, offset: lines.lineStarts[line]!, today: '2026-11-21' }).map((c) => c.label);
    const between = text.split('\n').indexOf('- KR2: Improve docs') + 1;
    assert.deepEqual(labelsAt(between), [], 'inside the KRs');
    assert.ok(labelsAt(lines.lineCount - 2).includes('Type:'), 'after the KRs the keys are offered');
  });

  it('the incremental cache follows a comment typed between KRs, a bullet changed and both undone, as parseOkr', () => {
    const base = doc(['## O1: Grow', '', '- KR1: Increase signups from 100 to 200', '  - 2026-11-01: 120', '- KR2: Improve docs', '- KR3: Reduce churn from 5% to 3%', '', '## O2: Ship', '', '- KR1: Raise NPS from 30 to 45']);
    const steps = [
      base.replace('- KR2', '<!-- okr-lint-disable-next-line kr-not-measurable -->\n- KR2'),
      base.replace('- KR2', '<!-- okr-lint-disable-next-line kr-not-measurable -->\n* KR2'),
      base.replace('- KR2', '<!--\nokr-lint-disable-next-line kr-not-measurable\n-->\n1. KR2'),
      base.replace('  - 2026-11-01: 120', '<!-- c -->\n  - 2026-11-01: 120'),
      base,
    ];
    const cache = new IncrementalDocument();
    cache.update(base);
    for (const text of steps) {
      const d = cache.update(text);
      assert.deepEqual(d, parseOkr(text));
      assert.equal(d.objectives[0]!.keyResults.length, 3);
    }
  });

  it('adds a check-in under a KR after the comment, and the model reads it there', () => {
    const lines = new LineIndex(three);
    const kr3 = parseOkr(three).objectives[0]!.keyResults[2]!;
    const out = applyEdits(three, checkInEdits(parseOkr(three), three, lines, kr3, { date: '2026-11-20', value: '4.5', confidence: 0.6 }));
    const after = parseOkr(out).objectives[0]!.keyResults;
    assert.equal(after.length, 3);
    assert.deepEqual(after[2]!.checkins.map((c) => c.date), ['2026-11-20']);
  });

  it('"Move to Initiatives" on a KR after the comment moves that KR only', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Increase signups from 100 to 200', COMMENT, '- KR2: Reduce churn from 5% to 3%', '- KR3: Launch the partner portal']);
    const d = lint(parseOkr(text), text, { config: defaultConfig() }).find((x) => x.ruleId === 'kr-task-like');
    assert.ok(d, 'kr-task-like reported on KR3');
    const fix = d.fixes?.find((f) => f.title === 'Move to Initiatives');
    assert.ok(fix);
    const o = parseOkr(applyEdits(text, fix.edits)).objectives[0]!;
    assert.deepEqual(o.keyResults.map((kr) => kr.label), ['KR1', 'KR2']);
    assert.deepEqual(o.initiatives.map((i) => i.text), ['Launch the partner portal']);
  });
});

describe('an objective metadata key left empty before the key results', () => {
  for (const key of ['Aligns:', 'Owner:', 'Type:', 'Weight:']) {
    it(`a comment after '${key}' with no value ends what it introduced: the KR list after the comment stays the KRs`, () => {
      const text = doc(['## O1: Grow', '', key, '', COMMENT, '- Increase revenue from 1 to 2', '- Lower churn from 5% to 3%']);
      assert.deepEqual(krTexts(text), ['Increase revenue from 1 to 2', 'Lower churn from 5% to 3%']);
    });
  }

  it("a list under 'Aligns:' is the key's, not the KRs: the 'Key results:' list after it is", () => {
    const text = doc(['## O1: Grow revenue', '', 'Aligns:', '- company#o1', '- company#o2', '', 'Key results:', '- KR1: Reach $1M ARR', '- KR2: Sign 10 customers']);
    assert.deepEqual(krTexts(text), ['Reach $1M ARR', 'Sign 10 customers']);
  });

  it('a label that is not a metadata key still introduces its own list (Notes:)', () => {
    const text = doc(['## O1: Grow', '', 'Notes:', '', '- talked to sales', '', 'Key results:', '', '- Increase revenue from 1 to 2']);
    assert.deepEqual(krTexts(text), ['Increase revenue from 1 to 2']);
  });
});

describe('what ends a run of KR lists', () => {
  it('a list after a blank line and a comment that is not a directive is not more KRs', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Reach 100 customers', '- KR2: Sign 10 partners', '', '<!-- ideas from the offsite, not agreed -->', '- Hire a salesperson', '- Launch a partner program']);
    assert.deepEqual(krTexts(text), ['Reach 100 customers', 'Sign 10 partners']);
  });

  it('a numbered list after a blank line is not more KRs', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Reach 100 customers', '- KR2: Sign 10 partners', '', '1. Step one', '2. Step two']);
    assert.deepEqual(krTexts(text), ['Reach 100 customers', 'Sign 10 partners']);
  });

  it('a directive joins the KRs around it even with blank lines around it', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Reach 100 customers', '', COMMENT, '', '- KR2: Improve docs']);
    assert.deepEqual(krTexts(text), ['Reach 100 customers', 'Improve docs']);
  });
});

// Shapes a third review found where Markdown splits what the user wrote under a KR or an objective:
// each must keep every key result, and a check-in must never count as a key result.
describe('items Markdown splits off a key result or an objective', () => {
  const lint0 = (text: string) => lint(parseOkr(text), text, { config: defaultConfig() });
  const checkins = (text: string, objective = 0): [string, string[]][] =>
    parseOkr(text).objectives[objective]!.keyResults.map((kr) => [kr.text, kr.checkins.map((c) => c.dateRaw)]);

  describe('objectives written as list items, a directive at column 0 before a nested KR', () => {
    for (const [bullet, nested] of [['-', '  - '], ['*', '  * '], ['+', '  + '], ['1.', '   1. '], ['1)', '   - ']] as const) {
      it(`'${nested}KR2' after the directive is O1's second KR, not an objective (${bullet} items)`, () => {
        const text = doc(['## Q4', '', `${bullet} O1: Grow the community`, `${nested}KR1: Increase contributors from 40 to 60`, COMMENT, `${nested}KR2: Improve docs`, `${bullet.replace('1', '2')} O2: Ship faster`, `${nested}KR1: Cut lead time from 9 to 3 days`]);
        const d = parseOkr(text);
        assert.deepEqual(d.objectives.map((o) => o.title), ['Grow the community', 'Ship faster']);
        assert.deepEqual(d.objectives.map((o) => o.keyResults.map((kr) => kr.text)), [['Increase contributors from 40 to 60', 'Improve docs'], ['Cut lead time from 9 to 3 days']]);
        assert.deepEqual(d.groups.map((g) => g.objectives.length), [2]);
        const lines = text.split('\n');
        const kr2Line = lines.indexOf(`${nested}KR2: Improve docs`);
        assert.equal(d.objectives[0]!.range.end.line, kr2Line, 'O1 runs to its split-off KR');
        assert.equal(d.objectives[0]!.keyResultsRange!.end.line, kr2Line);
        const flagged = lint0(text).filter((x) => x.ruleId === 'kr-not-measurable').map((x) => x.range.start.line);
        assert.ok(!flagged.includes(kr2Line), 'the directive silences KR2');
        const bare = text.replace(COMMENT + '\n', '');
        assert.ok(lint0(bare).some((x) => x.ruleId === 'kr-not-measurable' && x.range.start.line === kr2Line - 1), 'KR2 is flagged without it');
      });
    }

    it('several comments, and a check-in after one, stay the objective’s', () => {
      const text = doc(['## Q4', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '<!-- a -->', '    1. 2026-11-01: 45', '<!-- b -->', '  - KR2: Reach 30 maintainers', '<!-- c -->', '  - KR3: Improve docs', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
      const d = parseOkr(text);
      assert.deepEqual(d.objectives.map((o) => o.keyResults.map((kr) => kr.text)), [['Increase contributors from 40 to 60', 'Reach 30 maintainers', 'Improve docs'], ['Cut lead time from 9 to 3 days']]);
    });

    it('a directive between an objective item and its first KR: still objectives with their KRs', () => {
      const text = doc(['## Objectives', '', '- O1: Grow the community', COMMENT, '  - KR1: Improve docs', '  - KR2: Reach 30 maintainers', '- O2: Ship faster', COMMENT, '  - KR1: Cut lead time from 9 to 3 days']);
      const d = parseOkr(text);
      assert.deepEqual(d.objectives.map((o) => [o.title, o.keyResults.map((kr) => kr.text)]), [['Grow the community', ['Improve docs', 'Reach 30 maintainers']], ['Ship faster', ['Cut lead time from 9 to 3 days']]]);
      const lines = text.split('\n');
      assert.ok(!lint0(text).some((x) => x.ruleId === 'kr-not-measurable' && x.range.start.line === lines.indexOf('  - KR1: Improve docs')), 'the directive silences the KR under it');
    });

    it('an item less indented than the objective’s text after the comment is the next objective', () => {
      const text = doc(['## Q4', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', COMMENT, ' - O2: Ship faster', '   - KR1: Cut lead time from 9 to 3 days']);
      assert.deepEqual(parseOkr(text).objectives.map((o) => o.title), ['Grow the community', 'Ship faster']);
    });
  });

  describe('a check-in indented 4 spaces after a comment at column 0 (an indented code block)', () => {
    const text = doc(['## O1: Grow', '', '- KR1: Increase contributors from 40 to 60', '  - 2026-10-01: 42', COMMENT, '    - 2026-10-02: 45', '- KR2: Raise NPS from 30 to 45', '- KR3: Cut churn from 5% to 3%']);

    it('keeps every later KR of the objective', () => {
      assert.deepEqual(checkins(text), [['Increase contributors from 40 to 60', ['2026-10-01']], ['Raise NPS from 30 to 45', []], ['Cut churn from 5% to 3%', []]]);
    });

    it('reports the check-in it cannot read (checkin-invalid), with the indentation that reads', () => {
      const line = text.split('\n').indexOf('    - 2026-10-02: 45');
      const reports = lint0(text).filter((x) => x.ruleId === 'checkin-invalid');
      assert.equal(reports.length, 1, reports.map((r) => r.message).join('\n'));
      assert.equal(reports[0]!.range.start.line, line);
      assert.equal(reports[0]!.range.start.character, 4);
      assert.match(reports[0]!.message, /'- 2026-10-02: 45' is indented 4 spaces after a comment.*code block; indent it 2 spaces/);
      // As advised, it is read, and nothing is reported.
      const fixed = text.replace('    - 2026-10-02: 45', '  - 2026-10-02: 45');
      assert.deepEqual(checkins(fixed)[0], ['Increase contributors from 40 to 60', ['2026-10-01', '2026-10-02']]);
      assert.deepEqual(lint0(fixed).filter((x) => x.ruleId === 'checkin-invalid'), []);
    });

    it('does the same for a tab, a plain comment, a numbered KR and a `Key results` heading', () => {
      const tab = text.replace('    - 2026-10-02', '\t- 2026-10-02').replace(COMMENT, '<!-- moved from the board -->');
      assert.deepEqual(checkins(tab).map(([t]) => t), ['Increase contributors from 40 to 60', 'Raise NPS from 30 to 45', 'Cut churn from 5% to 3%']);
      assert.equal(parseOkr(tab).problems.filter((p) => p.code === 'checkin-invalid').length, 1);
      const ordered = doc(['## O1: Grow', '', '### Key results', '', '1. Increase contributors from 40 to 60', COMMENT, '    - 2026-10-02: 45', '* Raise NPS from 30 to 45']);
      assert.deepEqual(checkins(ordered).map(([t]) => t), ['Increase contributors from 40 to 60', 'Raise NPS from 30 to 45']);
      // Under `1.` the text starts in column 3: 3 spaces read.
      assert.match(parseOkr(ordered).problems[0]!.message, /indent it 3 spaces/);
    });

    it('numbered KRs after it still count (micromark reads `2. …` after code as a paragraph; the preview reads a list)', () => {
      const text = doc(['## O1: Grow', '', '1. Increase contributors from 40 to 60', COMMENT, '    - 2026-10-02: 45', '2. Raise NPS from 30 to 45', '3. Cut churn from 5% to 3%', '   - 2026-10-03: 4%']);
      const krs = parseOkr(text).objectives[0]!.keyResults;
      assert.deepEqual(krs.map((kr) => [kr.text, kr.checkins.map((c) => c.date)]), [['Increase contributors from 40 to 60', []], ['Raise NPS from 30 to 45', []], ['Cut churn from 5% to 3%', ['2026-10-03']]]);
      const lines = text.split('\n');
      assert.deepEqual(krs.map((kr) => [kr.range.start.line, kr.textRange.start.character]), [[lines.indexOf('1. Increase contributors from 40 to 60'), 3], [lines.indexOf('2. Raise NPS from 30 to 45'), 3], [lines.indexOf('3. Cut churn from 5% to 3%'), 3]]);
      assert.equal(text.slice(krs[1]!.textRange.start.offset, krs[1]!.textRange.end.offset), 'Raise NPS from 30 to 45');
    });

    it('numbered KRs after it read reference links, images and footnotes as a full parse does; undefined brackets stay', () => {
      const krs = ['2. Reduce churn per [the plan][plan] from 5% to 3%[^1]', '3. Raise NPS per [survey] ![chart][img] from 30 to 45', '4. Ship [not defined] to 40 teams'];
      const tail = ['', '[plan]: https://example.com/plan', '[survey]: https://example.com/s', '[img]: chart.png', '[^1]: the survey'];
      const normal = doc(['## O1: Grow', '', '1. Increase contributors from 40 to 60', ...krs, ...tail]);
      const afterStray = doc(['## O1: Grow', '', '1. Increase contributors from 40 to 60', COMMENT, '    - 2026-10-02: 45', ...krs, ...tail]);
      assert.deepEqual(krTexts(afterStray), ['Increase contributors from 40 to 60', 'Reduce churn per the plan from 5% to 3%', 'Raise NPS per survey chart from 30 to 45', 'Ship [not defined] to 40 teams']);
      assert.deepEqual(krTexts(afterStray), krTexts(normal));
    });

    it('inside objectives written as list items too, reported on the objective', () => {
      const items = doc(['## Q4', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', COMMENT, '      - 2026-11-01: 45', '  - KR2: Improve docs', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
      const d = parseOkr(items);
      assert.deepEqual(d.objectives.map((o) => o.keyResults.map((kr) => kr.text)), [['Increase contributors from 40 to 60', 'Improve docs'], ['Cut lead time from 9 to 3 days']]);
      const line = items.split('\n').indexOf('      - 2026-11-01: 45');
      const reports = lint0(items).filter((x) => x.ruleId === 'checkin-invalid');
      assert.deepEqual(reports.map((r) => r.range.start.line), [line]);
      // KR1's text starts in column 4, but 4 spaces after a column-0 comment are code again: 3 read.
      assert.match(reports[0]!.message, /indent it 3 spaces/);
      const fixed = items.replace('      - 2026-11-01: 45', '   - 2026-11-01: 45');
      assert.deepEqual(parseOkr(fixed).objectives[0]!.keyResults[0]!.checkins.map((c) => c.date), ['2026-11-01']);
      assert.deepEqual(parseOkr(fixed).problems, []);
    });

    it('a code block that is not items, or after a blank line, still ends the run (as before)', () => {
      const code = doc(['## O1: Grow', '', '- KR1: Increase contributors from 40 to 60', '<!-- c -->', '    x = 1', '- Not a KR after code']);
      assert.deepEqual(krTexts(code), ['Increase contributors from 40 to 60']);
      const blank = doc(['## O1: Grow', '', '- KR1: Increase contributors from 40 to 60', '<!-- c -->', '', '    - 2026-10-02: 45', '', '- Not a KR after a blank line']);
      assert.deepEqual(krTexts(blank), ['Increase contributors from 40 to 60']);
      assert.deepEqual(parseOkr(blank).problems, []);
    });
  });

  describe('a check-in indented short of its KR’s text (`10.` starts its text in column 4)', () => {
    for (const [kr, indent, next] of [['10.', '   ', '11.'], ['100.', '   ', '101.'], ['10)', '   ', '11)'], ['10.', '  ', '11.'], ['1.', '  ', '2.'], ['-', ' ', '-']] as const) {
      it(`'${indent}- 2026-10-02: 40' under '${kr} …' is its check-in, never a KR`, () => {
        const text = doc(['## O1: Grow', '', `${kr} Raise NPS from 30 to 45`, `${indent}- 2026-10-02: 40`, `${indent}* 2026-10-09: 41`, `${next} Cut churn from 5% to 3%`]);
        assert.deepEqual(checkins(text), [['Raise NPS from 30 to 45', ['2026-10-02', '2026-10-09']], ['Cut churn from 5% to 3%', []]]);
        const kr1 = parseOkr(text).objectives[0]!.keyResults[0]!;
        assert.equal(kr1.range.end.line, text.split('\n').indexOf(`${indent}* 2026-10-09: 41`), 'the KR runs to its last check-in');
        assert.equal(kr1.current?.value, 41);
      });
    }

    it("under '100. …' a check-in indented 4 spaces (more lines of the KR's text to Markdown) is a check-in, and the text ends before it", () => {
      const text = doc(['## O1: Grow', '', '100. Raise NPS from 30 to 45', '    - 2026-10-02: 40', '    blocked on infra', '    * 2026-10-09: 41, confidence 0.6', '101. Cut churn from 5% to 3%']);
      const [kr1, kr2, ...rest] = parseOkr(text).objectives[0]!.keyResults;
      assert.equal(rest.length, 0);
      assert.equal(kr1!.text, 'Raise NPS from 30 to 45');
      assert.equal(kr1!.textRange.end.line, kr1!.textRange.start.line, 'the text is the first line');
      assert.deepEqual(kr1!.checkins.map((c) => [c.date, c.value?.value, c.note]), [['2026-10-02', 40, 'blocked on infra'], ['2026-10-09', 41, '']]);
      assert.equal(kr1!.current?.value, 41);
      assert.equal(kr1!.confidence?.value, 0.6);
      assert.equal(kr2!.text, 'Cut churn from 5% to 3%');
      assert.deepEqual(lint0(text).filter((x) => x.ruleId === 'checkin-invalid'), [], 'read, so not reported as unread');
      // A KR text over two lines without such a line is one text, as before.
      const wrapped = doc(['## O1: Grow', '', '100. Raise NPS', '    from 30 to 45 - by 2026-12-15']);
      assert.equal(parseOkr(wrapped).objectives[0]!.keyResults[0]!.text, 'Raise NPS from 30 to 45 - by 2026-12-15');
    });

    it('an item indented short that is not a check-in is a sub-point of the KR above, not a KR; one labelled `KR2:` or not indented past the KR’s marker stays a KR', () => {
      const note = doc(['## O1: Grow', '', '10. Migrate services', '   - 10/12 services migrated', '   - Owner: @bob', '11. Raise NPS from 30 to 45']);
      assert.deepEqual(krTexts(note), ['Migrate services', 'Raise NPS from 30 to 45']);
      // Read as a nested sub-point is: a `Key: value` fills the KR's details.
      assert.deepEqual(parseOkr(note).objectives[0]!.keyResults[0]!.owners.map((o) => o.name), ['bob']);
      const labelled = doc(['## O1: Grow', '', '- KR1: Migrate services', ' - KR2: Raise NPS from 30 to 45']);
      assert.deepEqual(krTexts(labelled), ['Migrate services', 'Raise NPS from 30 to 45']);
      // At the KR's own column an item is a KR (a check-in there is not: parse.list-layouts.test.ts).
      const flush = doc(['## O1: Grow', '', '- KR1: Raise NPS from 30 to 45', '- context: from the Q3 survey']);
      assert.deepEqual(krTexts(flush), ['Raise NPS from 30 to 45', 'context: from the Q3 survey']);
    });

    for (const [marker, next, want] of [['10.', '11.', '    - '], ['100.', '101.', '     - '], ['9.', '10.', '   - '], ['10)', '11)', '    - ']] as const) {
      it(`Check In under '${marker} …' nests the line at the KR's text ('${want}'), and the model reads it`, () => {
        const text = doc(['## O1: Grow', '', `${marker} Raise NPS from 30 to 45`, `${next} Cut churn from 5% to 3%`]);
        const kr = parseOkr(text).objectives[0]!.keyResults[0]!;
        const out = applyEdits(text, checkInEdits(parseOkr(text), text, new LineIndex(text), kr, { date: '2026-11-20', value: '40', confidence: null }));
        assert.ok(out.includes(`\n${want}2026-11-20: 40\n${next}`), out);
        assert.deepEqual(checkins(out), [['Raise NPS from 30 to 45', ['2026-11-20']], ['Cut churn from 5% to 3%', []]]);
      });
    }

    for (const [kr, indent, next] of [['1.', '  ', '2.'], ['10.', '   ', '11.'], ['-', ' ', '-']] as const) {
      it(`a check-in and a sub-point indented '${indent}' under '${kr} …' are both the KR's, in either order`, () => {
        const lines = (a: string, b: string): string => doc(['## O1: Grow', '', `${kr} Increase activation from 20% to 40%`, `${indent}- ${a}`, `${indent}- ${b}`, `${next} Reduce churn from 5% to 3%`]);
        for (const text of [lines('context: from the Q3 survey', '2026-10-02: 30%'), lines('2026-10-02: 30%', 'context: from the Q3 survey')]) {
          assert.deepEqual(checkins(text), [['Increase activation from 20% to 40%', ['2026-10-02']], ['Reduce churn from 5% to 3%', []]]);
          assert.equal(parseOkr(text).objectives[0]!.keyResults[0]!.range.end.line, text.split('\n').indexOf(`${next} Reduce churn from 5% to 3%`) - 1, 'the KR runs over both');
        }
      });
    }

    it('in objectives written as list items, a sub-point then a check-in indented short of the KR’s text are the KR’s', () => {
      const text = doc(['## Objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '   - context: from the Q3 survey', '   - 2026-10-02: 45', '  - KR2: Improve docs', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
      const d = parseOkr(text);
      assert.deepEqual(d.objectives.map((o) => o.keyResults.map((kr) => [kr.text, kr.checkins.map((c) => c.date)])), [
        [['Increase contributors from 40 to 60', ['2026-10-02']], ['Improve docs', []]],
        [['Cut lead time from 9 to 3 days', []]],
      ]);
    });

    it('Check In after a check-in indented short of the text follows it, and both are read', () => {
      const text = doc(['## O1: Grow', '', '10. Raise NPS from 30 to 45', '   - 2026-10-02: 40', '11. Cut churn from 5% to 3%']);
      const kr = parseOkr(text).objectives[0]!.keyResults[0]!;
      const out = applyEdits(text, checkInEdits(parseOkr(text), text, new LineIndex(text), kr, { date: '2026-11-20', value: '44', confidence: null }));
      assert.ok(out.includes('   - 2026-10-02: 40\n   - 2026-11-20: 44\n11.'), out);
      assert.deepEqual(checkins(out), [['Raise NPS from 30 to 45', ['2026-10-02', '2026-11-20']], ['Cut churn from 5% to 3%', []]]);
    });
  });

  it('the incremental cache follows each shape typed in and out, as parseOkr', () => {
    const base = doc(['## O1: Grow', '', '10. Raise NPS from 30 to 45', '11. Cut churn from 5% to 3%', '', '## Q4 objectives', '', '- O1: Grow the community', '  - KR1: Increase contributors from 40 to 60', '  - KR2: Improve docs', '- O2: Ship faster', '  - KR1: Cut lead time from 9 to 3 days']);
    const steps = [
      base.replace('11. Cut', '   - 2026-10-02: 40\n11. Cut'),
      base.replace('11. Cut', `${COMMENT}\n    - 2026-10-02: 40\n11. Cut`),
      base.replace('  - KR2', `${COMMENT}\n  - KR2`),
      base.replace('  - KR2', `${COMMENT}\n      - 2026-10-02: 40\n  - KR2`),
      base.replace('  - KR2', `${COMMENT}\n   - 2026-10-02: 40\n  - KR2`),
      base,
    ];
    const cache = new IncrementalDocument();
    cache.update(base);
    for (const text of [...steps, ...steps.reverse()]) assert.deepEqual(cache.update(text), parseOkr(text));
  });
});
