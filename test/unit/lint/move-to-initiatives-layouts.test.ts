// "Move to Initiatives" (kr-task-like's fix) in every layout the parser reads: objectives under
// headings (tight, loose and numbered key results) and objectives written as list items (`- O1: …`
// with `  - KR1: …` nested, numbered key results under them, numbered objectives), with and without
// an Initiatives list, LF and CRLF, with and without a final line break. For each key result moved,
// the file re-parses with every other objective and key result as it was and the moved one last in
// its objective's initiatives. (Under list-item objectives the fix used to write `Initiatives:` at
// column 0, which ended the list of objectives: the next objective was gone.)
import assert from 'node:assert/strict';
import type { OkrDocument } from '../../../src/core/model';
import { parseOkr } from '../../../src/core/parse';
import { applyEdits, defaultConfig, lint } from '../../../src/core/lint/index';

const TASKS = ['Launch the partner portal', 'Write the onboarding guide'];
const MEASURED = ['Increase weekly active teams from 120 to 200', 'Raise NPS from 30 to 40', 'Raise retention from 60% to 75%'];

type Layout = 'heading' | 'loose' | 'numbered' | 'nested' | 'nested-numbered' | 'numbered-objectives' | 'numbered-objectives-2';

/** An objective's lines in `layout`: `krs` its key results, `initiatives` an existing list (or none). */
function objectiveLines(layout: Layout, n: number, title: string, krs: string[], initiatives: string[]): string[] {
  switch (layout) {
    case 'heading':
    case 'loose':
    case 'numbered': {
      const items = krs.map((kr, i) => (layout === 'numbered' ? `${i + 1}. ${kr}` : `- KR${i + 1}: ${kr}`));
      const list = layout === 'loose' ? items.flatMap((l, i) => (i ? ['', l] : [l])) : items;
      return [`## O${n}: ${title}`, '', ...list, ...(initiatives.length ? ['', 'Initiatives:', '', ...initiatives.map((x) => `- ${x}`)] : []), ''];
    }
    case 'nested':
    case 'nested-numbered':
      return [
        `- O${n}: ${title}`,
        ...krs.map((kr, i) => (layout === 'nested' ? `  - KR${i + 1}: ${kr}` : `  ${i + 1}. ${kr}`)),
        ...(initiatives.length ? [layout === 'nested' ? '  - Initiatives:' : `  ${krs.length + 1}. Initiatives:`, ...initiatives.map((x) => `${layout === 'nested' ? '    ' : '     '}- ${x}`)] : []),
      ];
    case 'numbered-objectives':
    case 'numbered-objectives-2': {
      const pad = layout === 'numbered-objectives' ? '   ' : '  ';
      return [`${n}. O${n}: ${title}`, ...krs.map((kr, i) => `${pad}- KR${i + 1}: ${kr}`), ...(initiatives.length ? [`${pad}- Initiatives:`, ...initiatives.map((x) => `${pad}  - ${x}`)] : [])];
    }
  }
}

interface Case {
  name: string;
  text: string;
  eol: string;
  layout: Layout;
}

function* cases(): Generator<Case> {
  const layouts: Layout[] = ['heading', 'loose', 'numbered', 'nested', 'nested-numbered', 'numbered-objectives', 'numbered-objectives-2'];
  // Where the task-like key results sit among measured ones in the first objective.
  const firstKrs = [[TASKS[0]!], [MEASURED[0]!, TASKS[0]!], [TASKS[0]!, MEASURED[0]!], [MEASURED[0]!, TASKS[0]!, MEASURED[1]!], [TASKS[0]!, TASKS[1]!, MEASURED[1]!]];
  for (const layout of layouts) {
    for (const [k, krs] of firstKrs.entries()) {
      for (const withInitiatives of [false, true]) {
        // LF with a final line break, CRLF without one (the other two pairs take no other path).
        for (const [eol, finalBreak] of [['\n', true], ['\r\n', false]] as const) {
          const initiatives = withInitiatives ? ['Run the beta'] : [];
          const body = [
            ...objectiveLines(layout, 1, 'Grow usage', krs, initiatives),
            ...objectiveLines(layout, 2, 'Keep customers', [MEASURED[2]!, TASKS[1]!], []),
            ...objectiveLines(layout, 3, 'Ship faster', [MEASURED[1]!], initiatives),
          ];
          // Objectives under headings are separated by their blank line; list items follow one another.
          while (body[body.length - 1] === '') body.pop();
          const text = ['---', 'cycle: 2026-Q4', '---', '', '# Team', '', ...body].join(eol) + (finalBreak ? eol : '');
          yield { name: `${layout} #${k}${withInitiatives ? ' +initiatives' : ''} ${eol === '\n' ? 'LF' : 'CRLF'}${finalBreak ? '' : ' no final break'}`, text, eol, layout };
        }
      }
    }
  }
}

/** kr-task-like alone (the other rules would only make the files slower to lint). */
const onlyTaskLike = (() => {
  const config = defaultConfig();
  for (const [id, setting] of Object.entries(config.rules)) if (id !== 'kr-task-like') config.rules[id] = { ...setting, severity: 'off' };
  return config;
})();

const shape = (doc: OkrDocument) => doc.objectives.map((o) => ({ id: o.id, title: o.title, krs: o.keyResults.map((kr) => kr.text), initiatives: o.initiatives.map((i) => i.text) }));

describe('Move to Initiatives keeps every other objective and key result, in every layout', () => {
  const all = [...cases()];

  it(`moves each task-like key result into its objective's initiatives (${all.length} files)`, () => {
    let moves = 0;
    for (const { name, text, eol, layout } of all) {
      const before = parseOkr(text);
      const expected = shape(before);
      // The generated file reads as written: three objectives, each with its key results.
      assert.equal(expected.length, 3, name);
      const found = lint(before, text, { config: onlyTaskLike }).filter((d) => d.ruleId === 'kr-task-like');
      const tasks = before.objectives.flatMap((o, oi) => o.keyResults.filter((kr) => TASKS.includes(kr.text)).map((kr) => ({ oi, kr })));
      assert.equal(found.length, tasks.length, name);
      for (const { oi, kr } of tasks) {
        const d = found.find((x) => x.range.start.offset === kr.textRange.start.offset);
        const fix = d?.fixes?.find((f) => f.title === 'Move to Initiatives');
        assert.ok(fix, `${name}: Move offered for ${kr.text}`);
        const out = applyEdits(text, fix.edits);
        const label = `${name}, moving "${kr.text}":\n${out}`;
        const want = expected.map((o, i) => (i === oi ? { ...o, krs: o.krs.filter((t) => t !== kr.text), initiatives: [...o.initiatives, kr.text] } : o));
        assert.deepEqual(shape(parseOkr(out)), want, label);
        // Line endings and the final line break as they were; no blank line doubled.
        if (eol === '\n') assert.ok(!out.includes('\r'), label);
        else assert.ok(!/(^|[^\r])\n/.test(out), label);
        assert.equal(out.endsWith(eol), text.endsWith(eol), label);
        assert.ok(!out.replace(/\r\n/g, '\n').includes('\n\n\n'), label);
        // A numbered list still starts at 1.
        if (layout === 'numbered' || layout === 'nested-numbered') {
          const first = parseOkr(out).objectives[oi]!.keyResults[0];
          if (first) assert.match(out.slice(out.lastIndexOf('\n', first.range.start.offset) + 1, first.textRange.start.offset), /^\s*1\. $/, label);
        }
        moves++;
      }
    }
    assert.ok(moves > all.length, `${moves} moves`);
  });

  it('under an objective written as a list item, writes an `Initiatives:` item nested in the objective', () => {
    const text = '# Team\n\n- O1: Grow usage\n  - KR1: Increase weekly active teams from 120 to 200\n  - KR2: Launch the partner portal\n- O2: Keep\n  - KR1: Raise retention from 60% to 75%\n';
    const fix = lint(parseOkr(text), text, { config: defaultConfig() }).find((d) => d.ruleId === 'kr-task-like')!.fixes!.find((f) => f.title === 'Move to Initiatives')!;
    assert.equal(
      applyEdits(text, fix.edits),
      '# Team\n\n- O1: Grow usage\n  - KR1: Increase weekly active teams from 120 to 200\n  - Initiatives:\n    - Launch the partner portal\n- O2: Keep\n  - KR1: Raise retention from 60% to 75%\n',
    );
  });

  it('numbers the rest of a numbered list on, leaves one blank line where the moved item had two around it, takes what is nested under it along', () => {
    const move = (text: string): string => {
      const fix = lint(parseOkr(text), text, { config: defaultConfig() }).find((d) => d.ruleId === 'kr-task-like')!.fixes!.find((f) => f.title === 'Move to Initiatives')!;
      return applyEdits(text, fix.edits);
    };
    assert.equal(
      move('## O1: Grow usage\n\n1. Launch the partner portal\n2. Increase weekly active teams from 120 to 200\n3. Raise NPS from 30 to 40\n'),
      '## O1: Grow usage\n\n1. Increase weekly active teams from 120 to 200\n2. Raise NPS from 30 to 40\n\nInitiatives:\n\n- Launch the partner portal\n',
    );
    assert.equal(
      move('## O1: Grow usage\n\n- KR1: Launch the partner portal\n\n- KR2: Increase weekly active teams from 120 to 200\n\nNotes: later.\n'),
      '## O1: Grow usage\n\n- KR2: Increase weekly active teams from 120 to 200\n\nNotes: later.\n\nInitiatives:\n\n- Launch the partner portal\n',
    );
    // What is nested under the key result goes along, under the initiative (it was deleted).
    assert.equal(
      move('## O1: Grow usage\n\n- KR1: Launch the partner portal\n  - Owner: @bob\n  - context: from the Q3 survey\n- KR2: Increase weekly active teams from 120 to 200\n'),
      '## O1: Grow usage\n\n- KR2: Increase weekly active teams from 120 to 200\n\nInitiatives:\n\n- Launch the partner portal\n  - Owner: @bob\n  - context: from the Q3 survey\n',
    );
    assert.equal(
      move('# Team\n\n- O1: Grow usage\n  - KR1: Launch the partner portal\n    - Owner: @bob\n  - KR2: Increase weekly active teams from 120 to 200\n- O2: Keep\n  - KR1: Raise retention from 60% to 75%\n'),
      '# Team\n\n- O1: Grow usage\n  - KR2: Increase weekly active teams from 120 to 200\n  - Initiatives:\n    - Launch the partner portal\n      - Owner: @bob\n- O2: Keep\n  - KR1: Raise retention from 60% to 75%\n',
    );
    assert.equal(
      move('## O1: Grow usage\n\n10. Raise NPS from 30 to 40\n11. Launch the partner portal\n    - context: from the Q3 survey\n\nInitiatives:\n\n- Run the beta\n'),
      '## O1: Grow usage\n\n10. Raise NPS from 30 to 40\n\nInitiatives:\n\n- Run the beta\n- Launch the partner portal\n  - context: from the Q3 survey\n',
    );
    // A file without a final line break gets none.
    assert.equal(
      move('## O1: Grow usage\n\n- KR1: Increase weekly active teams from 120 to 200\n- KR2: Launch the partner portal'),
      '## O1: Grow usage\n\n- KR1: Increase weekly active teams from 120 to 200\n\nInitiatives:\n\n- Launch the partner portal',
    );
  });
});
