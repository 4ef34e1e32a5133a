// Placeholders are only the names the product writes (rev-a, seventh session): ‹…› are ordinary quotation marks in
// Swiss German and French, so a quoted word in a KR is no unfilled template. Sentences written for these tests.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint } from '../../../src/core/lint/index';
import { hasPlaceholder, placeholdersIn, PLACEHOLDER_NAMES } from '../../../src/core/lint/placeholders';
import { scaffoldOkrFile } from '../../../src/core/scaffold';
import { plainEdits } from '../../../src/core/edits';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');
const onKr = (kr: string) => {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).filter((d) => d.range.start.line === 8);
};

describe('placeholders: only the names the product writes', () => {
  it('a KR quoting a name in ‹…› is not a template, and the other rules check it', () => {
    assert.deepEqual(placeholdersIn('Increase sign-ups to the ‹Zukunft› newsletter from 2,000 to 5,000'), []);
    assert.equal(hasPlaceholder('Lancer la série ‹Demain› sur trois villes'), false);
    const found = onKr('Increase sign-ups to the ‹Zukunft› newsletter from 2,000 to 5,000');
    assert.ok(!found.some((d) => /template/.test(d.message)), found.map((d) => d.message).join('; '));
    // Still checked by the other rules: a quoted name in an unmeasurable KR is reported as unmeasurable.
    assert.match(onKr('Improve the ‹Zukunft› newsletter').find((d) => d.ruleId === 'kr-not-measurable')?.message ?? '', /not measurable/);
  });

  it('a template left unfilled is still one', () => {
    assert.deepEqual(placeholdersIn('Increase ‹metric› from ‹baseline› to ‹target› by 2026-12-31'), ['‹metric›', '‹baseline›', '‹target›']);
    assert.match(onKr('Increase ‹metric› from ‹baseline› to ‹target› by 2026-12-31').find((d) => d.ruleId === 'kr-not-measurable')?.message ?? '', /KR is a template: fill in ‹metric›, ‹baseline›, ‹target›/);
    assert.deepEqual(placeholdersIn('‹Increase|Reduce› churn from ‹baseline› to 3%'), ['‹Increase|Reduce›', '‹baseline›']);
    assert.deepEqual(placeholdersIn('Grow the ‹Zukunft› list from ‹baseline› to 500'), ['‹baseline›']);
  });

  it('a translated name is recognised when the rule translates', () => {
    const t = (m: string) => (m === 'metric' ? 'Kennzahl' : m);
    assert.deepEqual(placeholdersIn('Steigern ‹Kennzahl› auf 5'), []);
    assert.deepEqual(placeholdersIn('Steigern ‹Kennzahl› auf 5', t), ['‹Kennzahl›']);
  });

  it("every ‹…› New OKR File writes is one of ours", () => {
    const text = scaffoldOkrFile({ today: '2026-11-22', which: 'current' }).text;
    const all = text.match(/‹[^‹›\r\n]+›/g) ?? [];
    assert.ok(all.length >= 5);
    for (const p of all) assert.ok(hasPlaceholder(p), p);
  });

  it("every one-line ‹…› of the walkthrough's Create page is one of ours", () => {
    const page = readFileSync('media/walkthrough/create.md', 'utf8');
    const all = page.match(/‹[^‹›\r\n]+›/g) ?? [];
    assert.ok(all.length >= 4);
    for (const p of all) assert.ok(hasPlaceholder(p) || p === '‹placeholders›', p);
  });

  it('what the snippet fixes leave in the text (plain, as the CLI writes them) is one of ours', () => {
    const seen = new Set<string>();
    for (const kr of ['Improve onboarding', 'Reduce churn', 'Grow revenue to 2M', 'NPS from 30']) {
      for (const d of onKr(kr)) for (const f of d.fixes ?? []) for (const e of plainEdits(f)) for (const p of e.newText.match(/‹[^‹›\r\n]+›/g) ?? []) seen.add(p);
    }
    assert.ok(seen.has('‹baseline›') && seen.has('‹target›'), [...seen].join(' '));
    for (const p of seen) assert.ok(hasPlaceholder(p), p);
  });

  it('the names the completions translate (t(…) needs a literal for the l10n export) are ours', () => {
    const source = readFileSync('src/core/completions.ts', 'utf8');
    const translated = [...source.matchAll(/\$\{\d+:\$\{escapeSnippet\(t\('([^']+)'\)\)\}\}/g)].map((m) => m[1]!);
    assert.ok(translated.length >= 2, 'no translated snippet placeholder found');
    for (const name of translated) assert.ok((Object.values(PLACEHOLDER_NAMES) as string[]).includes(name), name);
  });
});
