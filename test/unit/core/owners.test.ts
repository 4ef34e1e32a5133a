// Who an `Owner:` value names (owners.ts), under an objective and as a KR's `- Owner:` item: the
// value is a list of owners, so `@Ana Lima` is one owner called Ana Lima (not `Ana`), `@ana @bo`
// and `Ana Lima, Bo` are two, and New OKR File's `@‹owner›` is read without its `@` (the hover,
// panel and report add one).
import assert from 'node:assert/strict';
import { objectiveHover } from '../../../src/core/hover';
import type { Range } from '../../../src/core/model';
import { readOwners } from '../../../src/core/owners';
import { parseOkr } from '../../../src/core/parse';
import { buildReport } from '../../../src/core/report';
import { scaffoldOkrFile } from '../../../src/core/scaffold';
import { indexFile } from '../../../src/core/workspace';

const at = (text: string, r: Range | undefined): string => (r ? text.slice(r.start.offset, r.end.offset) : '');
const names = (value: string): string[] => readOwners(value).map((o) => o.name);

function objective(ownerLine: string, eol = '\n') {
  const text = ['---', 'quarter: 2026-Q4', '---', '', '## O1: Win the mid-market', '', ownerLine, 'Type: committed', '', '- KR1: Increase NPS from 30 to 45', ''].join(eol);
  return { text, o: parseOkr(text).objectives[0]! };
}

describe('owners', () => {
  it('readOwners: one owner per value unless a separator or a new @ says otherwise', () => {
    assert.deepEqual(names('@ana'), ['ana']);
    assert.deepEqual(names('@Ana Lima'), ['Ana Lima']);
    assert.deepEqual(names('Ana Lima'), ['Ana Lima']);
    assert.deepEqual(names('@ana @bo'), ['ana', 'bo']);
    assert.deepEqual(names('Ana Lima, Bo'), ['Ana Lima', 'Bo']);
    assert.deepEqual(names('@Ana Lima and @Bo Chen'), ['Ana Lima', 'Bo Chen']);
    assert.deepEqual(names('@ana; @bo & @cy'), ['ana', 'bo', 'cy']);
    assert.deepEqual(names('R&D team'), ['R&D team']);
    assert.deepEqual(names('@ana (PM)'), ['ana']);
    assert.deepEqual(names('@ana — growth lead'), ['ana']);
    assert.deepEqual(names('@ana.'), ['ana']);
    assert.deepEqual(names('@‹owner›'), ['‹owner›']);
    assert.deepEqual(names(''), []);
    // Marks around an owner are not its name (the old reading found `@ana` inside them).
    assert.deepEqual(names('`@ana`'), ['ana']);
    assert.deepEqual(names('*@ana*, **Bo Chen**'), ['ana', 'Bo Chen']);
    assert.deepEqual(names('[Ana Lima](mailto:ana@example.com), @bo'), ['Ana Lima', 'bo']);
    // Where each is written, `@` included.
    const value = '@Ana Lima, @bo (PM)';
    assert.deepEqual(readOwners(value).map((o) => value.slice(o.start, o.end)), ['@Ana Lima', '@bo']);
  });

  it('readOwners: a bracket right after a name is a remark, a trailing `_` is part of a handle, a link\'s text may name several', () => {
    const spans = (value: string): string[][] => readOwners(value).map((o) => [o.name, value.slice(o.start, o.end)]);
    // A remark in brackets with no space before it (it was read into the name).
    assert.deepEqual(spans('@ana(PM)'), [['ana', '@ana']]);
    assert.deepEqual(spans('Ana Lima(PM)'), [['Ana Lima', 'Ana Lima']]);
    assert.deepEqual(spans('@ana[interim]'), [['ana', '@ana']]);
    assert.deepEqual(spans('@ana{x}, @bo(PM)'), [['ana', '@ana'], ['bo', '@bo']]);
    // A value that is all brackets is not a remark after nothing.
    assert.deepEqual(names('(TBD)'), ['(TBD)']);
    // `@dev_` is another handle than `@dev`; a `_` closes only an opening `_` (emphasis).
    assert.deepEqual(spans('@dev_'), [['dev_', '@dev_']]);
    assert.deepEqual(spans('@dev_.'), [['dev_', '@dev_']]);
    assert.deepEqual(names('_Ana_'), ['Ana']);
    assert.deepEqual(names('__Ana Lima__, _@dev__'), ['Ana Lima', 'dev_']);
    // A link is read first: its text is the owner(s), split like any list; its destination is no owner.
    assert.deepEqual(spans('[Ana, Bob](https://x)'), [['Ana', 'Ana'], ['Bob', 'Bob']]);
    assert.deepEqual(spans('[Ana](mailto:ana@example.com) and [Bo](mailto:bo@example.com)'), [['Ana', 'Ana'], ['Bo', 'Bo']]);
    assert.deepEqual(spans('[@ana](https://github.com/ana)(PM)'), [['ana', '@ana']]);
    assert.deepEqual(spans('**[Ana Lima](https://x)** (PM)'), [['Ana Lima', 'Ana Lima']]);
  });

  it('`Owner: @ana(PM)` is ana and `Owner: @dev_` is dev_, under an objective and as a KR item', () => {
    for (const [line, name, written] of [['Owner: @ana(PM)', 'ana', '@ana'], ['Owner: @dev_', 'dev_', '@dev_'], ['Owner: [Ana, Bob](https://x)', 'Ana', 'Ana']]) {
      const { text, o } = objective(line!);
      assert.equal(o.owner?.name, name, line);
      assert.equal(at(text, o.owner?.range), written, line);
    }
    const text = '## O1: Win\n\n- KR1: Increase NPS from 30 to 45\n  - Owners: [Ana, Bob](https://x), @cy[interim]\n';
    assert.deepEqual(parseOkr(text).objectives[0]!.keyResults[0]!.owners.map((m) => [m.name, at(text, m.range)]), [['Ana', 'Ana'], ['Bob', 'Bob'], ['cy', '@cy']]);
  });

  it("an objective's `Owner: @Ana Lima` is Ana Lima, its range the whole mention (CRLF too)", () => {
    for (const eol of ['\n', '\r\n']) {
      const { text, o } = objective('Owner: @Ana Lima', eol);
      assert.equal(o.owner?.name, 'Ana Lima');
      assert.equal(at(text, o.owner?.range), '@Ana Lima');
    }
  });

  it("with two owners the objective's owner is the first (an objective has one owner who answers for it)", () => {
    for (const line of ['Owner: @ana @bo', 'Owner: Ana Lima, Bo', 'Owner: @ana and @bo']) {
      const { text, o } = objective(line);
      assert.equal(o.owner?.name, line.includes('Lima') ? 'Ana Lima' : 'ana', line);
      assert.equal(at(text, o.owner?.range), line.includes('Lima') ? 'Ana Lima' : '@ana', line);
    }
  });

  it('a bold or linked owner is its text: `**Owner:** **Ana Lima**`, `Owner: [Ana Lima](mailto:…)`', () => {
    for (const [line, name] of [['Owner: **Ana Lima**', 'Ana Lima'], ['**Owner:** @Ana Lima', 'Ana Lima'], ['Owner: [Ana Lima](mailto:ana@example.com)', 'Ana Lima'], ['Owner: `@ana`', 'ana']]) {
      const { text, o } = objective(line!);
      assert.equal(o.owner?.name, name, line);
      assert.ok(at(text, o.owner?.range).includes(name!), line);
    }
  });

  it('the owner on a metadata line with other pairs stops at the separator', () => {
    const { text, o } = objective('Owner: @Ana Lima · Type: committed · Aligns: okr#o3');
    assert.equal(o.owner?.name, 'Ana Lima');
    assert.equal(at(text, o.owner?.range), '@Ana Lima');
  });

  it("a KR's `- Owner:` item: `@Ana Lima` is one owner, `@ana @bo` two; `@ana` in the KR text stays one word", () => {
    const text = [
      '## O1: Win',
      '',
      '- KR1: Increase NPS from 30 to 45',
      '  - Owner: @Ana Lima',
      '- KR2: Increase ARR from $1M to $2M',
      '  - Owners: @ana @bo',
      '- KR3: Increase signups from 10 to 20 @Ana Lima',
      '',
    ].join('\n');
    const krs = parseOkr(text).objectives[0]!.keyResults;
    assert.deepEqual(krs.map((kr) => kr.owners.map((m) => m.name)), [['Ana Lima'], ['ana', 'bo'], ['Ana']]);
    assert.deepEqual(krs[0]!.owners.map((m) => at(text, m.range)), ['@Ana Lima']);
  });

  it("New OKR File's `Owner: @‹owner›` is the placeholder ‹owner›, shown with one `@`", () => {
    const text = scaffoldOkrFile({ today: '2026-11-22', which: 'next' }).text;
    const doc = parseOkr(text);
    const o = doc.objectives[0]!;
    assert.equal(o.owner?.name, '‹owner›');
    const hover = objectiveHover({ doc, offset: o.titleRange.start.offset, today: '2026-11-22' }, o);
    assert.match(hover, /Owner: @‹owner›/);
    assert.doesNotMatch(hover, /@@/);
  });

  it('the hover, the report and the workspace index show `@Ana Lima` whole', () => {
    const { text } = objective('Owner: @Ana Lima');
    const doc = parseOkr(text);
    const hover = objectiveHover({ doc, offset: 0, today: '2026-11-22' }, doc.objectives[0]!);
    assert.match(hover, /Owner: @Ana Lima/);
    assert.equal(indexFile('file:///ws/okr.md', 'okr.md', doc).objectives[0]!.owner, 'Ana Lima');
    const report = buildReport([{ file: 'okr.md', doc }], '2026-11-22');
    assert.match(JSON.stringify(report), /"owner":"Ana Lima"/);
  });
});
