// The `not-ok` and `ok` examples in docs/rules/<id>.md are the rules' tests (remark-lint style).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parseOkr } from '../../../src/core/parse';
import { emptyLayer, lint, resolveConfig, rules } from '../../../src/core/lint/index';

const DIR = 'docs/rules';

function examples(markdown: string): { kind: 'ok' | 'not-ok'; text: string }[] {
  const out: { kind: 'ok' | 'not-ok'; text: string }[] = [];
  for (const m of markdown.matchAll(/^```markdown (ok|not-ok)\n([\s\S]*?)^```$/gm)) out.push({ kind: m[1] as 'ok' | 'not-ok', text: m[2]! });
  return out;
}

function lintWithRuleOn(id: string, text: string) {
  const layer = emptyLayer();
  // Rules that are off by default are switched on for their own examples.
  layer.rules[id] = { severity: 'warning', options: {} };
  return lint(parseOkr(text), text, { config: resolveConfig([layer]), fileName: 'okr.md', workspace: { files: [] } });
}

describe('docs/rules examples', () => {
  const pages = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');

  it('every rule has a doc page and every page a rule', () => {
    assert.deepEqual(pages.map((p) => p.replace(/\.md$/, '')).sort(), rules.map((r) => r.meta.id).sort());
  });

  it('every rule links to its page', () => {
    for (const r of rules) assert.equal(r.meta.docsUrl, `https://github.com/okr-markdown/okr-markdown/blob/main/docs/rules/${r.meta.id}.md`);
  });

  for (const page of pages) {
    const id = page.replace(/\.md$/, '');
    const found = examples(readFileSync(`${DIR}/${page}`, 'utf8'));
    describe(id, () => {
      it('states the severities the rule really has', () => {
        const meta = rules.find((r) => r.meta.id === id)!.meta;
        const strict = meta.strictSeverity ?? meta.defaultSeverity;
        assert.ok(readFileSync(`${DIR}/${page}`, 'utf8').includes(`- **Severity:** \`${meta.defaultSeverity}\` in \`recommended\`, \`${strict}\` in \`strict\``));
      });

      it('has at least one not-ok and one ok example', () => {
        assert.ok(found.some((e) => e.kind === 'not-ok'), 'no not-ok example');
        assert.ok(found.some((e) => e.kind === 'ok'), 'no ok example');
      });
      found.forEach((example, i) => {
        it(`${example.kind} example ${i + 1} ${example.kind === 'ok' ? 'does not produce' : 'produces'} ${id}`, () => {
          const diagnostics = lintWithRuleOn(id, example.text).filter((d) => d.ruleId === id);
          if (example.kind === 'ok') assert.deepEqual(diagnostics.map((d) => d.message), []);
          else assert.ok(diagnostics.length > 0, `expected ${id} on:\n${example.text}`);
        });
      });
    });
  }
});
