// One spelling in what a person reads: "front matter" (two words), not "frontmatter" beside it
// ("Invalid YAML frontmatter" next to "Add a cycle to the front matter"). Rule ids such as
// `frontmatter-invalid` are names, not prose, and stay.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectTemplates } from '../../scripts/l10n';
import { rules } from '../../src/core/lint/index';
import { parseOkr } from '../../src/core/parse';

const ROOT = path.resolve(__dirname, '../..');
/** The prose spellings other than "front matter"; rule ids (`frontmatter-invalid`) taken out first. */
const otherSpelling = (text: string): RegExpMatchArray | null => text.replace(/frontmatter-invalid/g, '').match(/frontmatter|front-matter/i);

describe('wording: "front matter" in user-facing text', () => {
  it('every translatable template, rule description and manifest string says "front matter"', () => {
    const texts = [
      ...collectTemplates().templates.map((use) => `${use.at}: ${use.template}`),
      ...rules.map((rule) => `${rule.meta.id}: ${rule.meta.description}`),
      ...Object.entries(JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>).map(([key, value]) => `${key}: ${value}`),
    ];
    assert.ok(texts.length > 300, 'the templates were found');
    assert.ok(texts.some((text) => /front matter/.test(text)), 'the spelling the rest use');
    assert.deepEqual(texts.filter(otherSpelling), []);
  });

  it('the parser says "front matter" in its YAML problems', () => {
    for (const text of ['---\nquarter: [\n---\n# X\n', '---\n- a\n- b\n---\n# X\n']) {
      const problem = parseOkr(text).problems.find((p) => p.code === 'frontmatter-invalid');
      assert.ok(problem, JSON.stringify(text));
      assert.match(problem.message, /front matter/, problem.message);
      assert.equal(otherSpelling(problem.message), null, problem.message);
    }
  });
});
