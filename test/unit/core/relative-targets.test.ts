import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { absoluteTarget } from '../../../src/core/progress';
import { buildReport, renderMarkdownReport } from '../../../src/core/report';
import { keyResultHover } from '../../../src/core/hover';
import { buildTree, findNodeAt } from '../../../src/core/tree';
import { escapeMarkdown, relativeChange, targetText } from '../../../src/core/present';

const URI = 'file:///okr.md';
const TODAY = '2026-11-21';

/** Everything that shows the KR's target: report JSON and Markdown, hover and panel. */
function renderings(line: string) {
  const doc = parseOkr(`---\nquarter: 2026-Q4\n---\n## O\n- ${line}\n`);
  const objective = doc.objectives[0]!;
  const kr = objective.keyResults[0]!;
  const report = buildReport([{ file: 'okr.md', doc }], TODAY);
  const json = report.files[0]!.objectives[0]!.keyResults[0]!;
  const markdown = renderMarkdownReport(report).split('\n').find((l) => l.startsWith('- '))!;
  const hover = keyResultHover({ doc, offset: kr.range.start.offset, today: TODAY }, objective, kr);
  const tree = buildTree([{ uri: URI, doc }], { today: TODAY, scope: 'file', activeUri: URI });
  const node = findNodeAt(tree.roots, URI, kr.textRange.start.line)!;
  return { kr, json, markdown, hover, panel: node.detail };
}

describe('relative targets: one rendering in report, hover and panel', () => {
  // [KR text, computed target (null: no baseline to compute it from), how the target reads]
  const table: [string, number | null, string][] = [
    ['Reduce tickets by half from 400 (now 300)', 200, '200 (÷2)'],
    ['Cut incidents in half from 40 (now 30)', 20, '20 (÷2)'],
    ['Halve support tickets from 400 (now 300)', 200, '200 (÷2)'],
    ['Reduce tickets by 50% from 400 (now 300)', 200, '200 (−50%)'],
    ['Reduce tickets by 30% from 400 (now 300)', 280, '280 (−30%)'],
    ['Double weekly signups from 100 (now 150)', 200, '200 (×2)'],
    ['Triple weekly signups from 100 (now 150)', 300, '300 (×3)'],
    ['Grow weekly signups 2x from 100 (now 150)', 200, '200 (×2)'],
    ['Reduce churn 3x from 12% (now 8%)', 4, '4% (÷3)'],
    ['Grow revenue from $1M by 30% (now $1.1M)', 1_300_000, '$1.3M (+30%)'],
    ['Grow signups by 50 from 100 (now 120)', 150, '150 (+50)'],
    ['Cut build time by 12 hours from 3 days (now 2.75 days)', 2.5, '2.5 days (−12 h)'],
    ['Grow revenue by 25% (now $1.1M)', null, '+25%'],
    ['Double weekly signups (now 150)', null, '×2'],
  ];

  for (const [text, computed, shown] of table) {
    it(`${text} → ${shown}`, () => {
      const { kr, json, markdown, hover, panel } = renderings(text);
      assert.equal(kr.target?.relative, true, 'parsed as a relative target');
      // The value the model computes, and the report's JSON, agree.
      if (computed === null) assert.equal(absoluteTarget(kr), null);
      else assert.ok(Math.abs(absoluteTarget(kr)! - computed) < 1e-9, `${absoluteTarget(kr)} ≈ ${computed}`);
      assert.ok(computed === null ? json.absoluteTarget === null : Math.abs(json.absoluteTarget! - computed) < 1e-9);
      assert.equal(json.targetRelative, true);
      // The same words everywhere.
      assert.equal(targetText(kr), shown);
      const baseline = kr.baseline ? `${json.baselineText} → ` : '';
      assert.ok(markdown.includes(`(${baseline}${shown}, now `), markdown);
      assert.ok(hover.includes(`→ ${escapeMarkdown(shown)}`), hover);
      assert.equal(panel, `${kr.current!.raw} → ${shown}`);
      assert.doesNotMatch(markdown, /→ by /);
    });
  }

  it('the report no longer prints `400 → by 2x` for "by half"', () => {
    const { markdown } = renderings('Reduce tickets by half from 400');
    assert.match(markdown, /\(400 → 200 \(÷2\), now \?\)/);
  });

  it('the JSON’s absoluteTarget has no float noise', () => {
    assert.equal(renderings('Grow weekly signups by 10% from 12 (now 12.5)').json.absoluteTarget, 13.2);
  });

  it('relativeChange: sign from the direction, unit from the target', () => {
    assert.equal(relativeChange(25, '%', 'increase'), '+25%');
    assert.equal(relativeChange(25, '%', 'decrease'), '−25%');
    assert.equal(relativeChange(2, 'x', 'decrease'), '÷2');
    assert.equal(relativeChange(2, 'x', null), '×2');
    assert.equal(relativeChange(200_000, '$', 'increase'), '+$200k');
    assert.equal(relativeChange(2, 'pp', 'decrease'), '−2 pp');
  });

  it('a factor of 0 (`by 0x`) computes no target and no progress, never Infinity', () => {
    const { kr, json, markdown, hover } = renderings('Reduce build time by 0x from 400 ms (now 300 ms)');
    assert.equal(absoluteTarget(kr), null);
    assert.equal(kr.progress, null);
    assert.equal(json.absoluteTarget ?? null, null);
    for (const text of [markdown, hover]) assert.doesNotMatch(text, /Infinity|NaN/);
  });

  it('an absolute target still reads as written', () => {
    const { markdown, hover, panel } = renderings('Grow weekly active teams from 120 to 200 (now 150)');
    assert.match(markdown, /\(120 → 200, now 150\)/);
    assert.match(hover, /120 → \*\*150\*\* → 200/);
    assert.equal(panel, '150 → 200');
  });
});
