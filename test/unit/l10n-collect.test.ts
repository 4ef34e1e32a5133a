// scripts/l10n.ts collects templates from every translate call, also a translator reached through
// an object (`ctx.t('…')` in the quarter tree): such a template missing from the bundle is never
// offered to translators, and the bundle test cannot see it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BUNDLE, collectTemplates } from '../../scripts/l10n';

describe('l10n: template collection', () => {
  it('collects t() reached through an object (ctx.t) with its place, and the bundle has it', () => {
    const { templates } = collectTemplates();
    const tree = templates.filter((u) => u.at.startsWith('src/core/tree.ts:')).map((u) => u.template);
    for (const template of ['no key result with known progress', '(untitled objective)', '(empty key result)', '(untitled group)']) {
      assert.ok(tree.includes(template), `${template} not collected from tree.ts`);
      assert.ok(Object.hasOwn(JSON.parse(readFileSync(BUNDLE, 'utf8')) as object, template), `${template} not in the bundle`);
    }
  });
});
