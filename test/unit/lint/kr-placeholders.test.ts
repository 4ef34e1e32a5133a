// Key results still holding `‹placeholders›` (New OKR File's templates, the KR completions as the
// editor leaves them, the CLI's snippet fixes): one "fill in" finding each, from kr-not-measurable,
// instead of "'2027-03-31' is a date, not a target", "KR has no target" or "Duplicate KR".
import assert from 'node:assert/strict';
import { completionsAt } from '../../../src/core/completions';
import { markPlaceholders } from '../../../src/core/edits';
import { defaultConfig, lint, preset, type LintDiagnostic } from '../../../src/core/lint/index';
import { hasPlaceholder, placeholdersIn } from '../../../src/core/lint/placeholders';
import { parseOkr } from '../../../src/core/parse';
import { scaffoldOkrFile } from '../../../src/core/scaffold';
import { cursorAt } from '../editor/helpers';

const HEAD = '---\nquarter: 2026-Q4\n---\n\n# OKRs\n\n## O1: Win the mid-market\n\nOwner: @ana\nType: committed\n\n';

function lintText(text: string, strict = false): LintDiagnostic[] {
  const config = defaultConfig();
  return lint(parseOkr(text), text, { config: strict ? { ...config, rules: preset('strict') } : config });
}

/** What the editor leaves when a snippet is accepted and tabbed through: each choice's first option, each placeholder's text. */
function accepted(snippet: string): string {
  return markPlaceholders(snippet)
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

/** The KR templates the completions offer on a new list item, as accepted. */
function completedTemplates(): string[] {
  const c = cursorAt(`${HEAD}- KR1: Increase pipeline from $200k to $500k\n- ‸\n`);
  return completionsAt({ doc: c.doc, lines: c.lines, offset: c.offset, today: '2026-11-22', fileName: 'okr.md' })
    .filter((i) => i.kind === 'snippet')
    .map((i) => accepted(i.insertText));
}

describe('key results with ‹placeholders›', () => {
  it('placeholdersIn lists each placeholder once, in order; plain text has none', () => {
    assert.deepEqual(placeholdersIn('Increase ‹metric› from ‹baseline› to ‹target› (‹metric›)'), ['‹metric›', '‹baseline›', '‹target›']);
    assert.deepEqual(placeholdersIn('Increase NPS from 30 to 45 by 2026-12-15'), []);
    assert.equal(hasPlaceholder('a ‹ alone'), false);
    assert.equal(hasPlaceholder('Reach ‹target›'), true);
  });

  it('New OKR File: each template KR gets one finding, saying which placeholders to fill in', () => {
    const text = scaffoldOkrFile({ today: '2026-11-22', which: 'next' }).text;
    const krLines = text.split('\n').flatMap((l, i) => (/^- KR\d/.test(l) ? [i] : []));
    assert.equal(krLines.length, 2);
    for (const strict of [false, true]) {
      const ds = lintText(text, strict).filter((d) => krLines.includes(d.range.start.line) && d.ruleId !== 'kr-missing-owner');
      assert.deepEqual(
        ds.map((d) => [d.range.start.line, d.ruleId, d.message]),
        krLines.map((line) => [line, 'kr-not-measurable', 'KR is a template: fill in ‹metric›, ‹baseline›, ‹target›']),
        strict ? 'strict' : 'recommended',
      );
      assert.ok(ds.every((d) => !/date|duplicate/i.test(d.message)));
    }
  });

  it('two identical unfilled templates are not duplicates; two identical filled KRs still are', () => {
    const template = 'Increase ‹metric› from ‹baseline› to ‹target› by 2026-12-31';
    const unfilled = lintText(`${HEAD}- KR1: ${template}\n- KR2: ${template}\n`);
    assert.deepEqual(unfilled.filter((d) => d.ruleId === 'kr-duplicate'), []);
    assert.equal(unfilled.filter((d) => d.ruleId === 'kr-not-measurable' && /^KR is a template: fill in/.test(d.message)).length, 2);
    const filled = lintText(`${HEAD}- KR1: Increase NPS from 30 to 45 by 2026-12-31\n- KR2: Increase NPS from 30 to 45 by 2026-12-31\n`);
    assert.equal(filled.filter((d) => d.ruleId === 'kr-duplicate').length, 1);
  });

  it('the completion templates, accepted as they come, get the fill-in finding and nothing else', () => {
    const templates = completedTemplates();
    assert.equal(templates.length, 3, templates.join(' | '));
    for (const kr of templates) {
      assert.ok(hasPlaceholder(kr), kr);
      // Twice, to show kr-duplicate passes over them.
      const text = `${HEAD}- ${kr}\n- ${kr}\n`;
      const ds = lintText(text).filter((d) => d.range.start.line >= 11);
      assert.deepEqual(
        ds.map((d) => [d.ruleId, d.message.replace(/‹[^›]*›/g, '‹›')]),
        [['kr-not-measurable', ds[0]!.message.replace(/‹[^›]*›/g, '‹›')], ['kr-not-measurable', ds[0]!.message.replace(/‹[^›]*›/g, '‹›')]],
        kr,
      );
      assert.match(ds[0]!.message, /^KR is a template: fill in ‹/, kr);
    }
  });

  it('a template filled in part: one finding naming what is left, not kr-missing-target or kr-missing-baseline', () => {
    const cases: [string, string][] = [
      ['Increase signups from 120 to ‹target› by 2026-12-31', 'KR is a template: fill in ‹target›'],
      ['Reduce churn from ‹baseline› to 3% by 2026-12-31', 'KR is a template: fill in ‹baseline›'],
      ['Increase ‹metric› from 120 to 200 by 2026-12-31', 'KR is a template: fill in ‹metric›'],
    ];
    for (const [kr, message] of cases) {
      const ds = lintText(`${HEAD}- KR1: ${kr}\n- KR2: Increase pipeline from $200k to $500k\n`, true).filter((d) => d.range.start.line === 11 && d.ruleId !== 'kr-missing-owner');
      assert.deepEqual(ds.map((d) => [d.ruleId, d.message]), [['kr-not-measurable', message]], kr);
    }
  });

  it('once filled in, the KR is linted as any other', () => {
    const ds = lintText(`${HEAD}- KR1: Increase signups from 120 to 200 by 2026-12-31\n- KR2: Improve onboarding\n`);
    assert.deepEqual(ds.filter((d) => /template/.test(d.message)), []);
    assert.ok(ds.some((d) => d.ruleId === 'kr-not-measurable' && d.range.start.line === 12));
  });
});
