// The webview's `t` (src/webview/l10n.ts): English templates as they are without a bundle, the
// bundle's translation when the host put one in the body's data-l10n attribute, and a bad
// attribute never breaks the page.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type T = (message: string, ...args: Array<string | number>) => string;

/** Loads a fresh copy of the module with `document.body.dataset.l10n` set to `raw`. */
async function load(raw: string | undefined): Promise<T> {
  const g = globalThis as { document?: unknown };
  const previous = g.document;
  g.document = { body: { dataset: raw === undefined ? {} : { l10n: raw } } };
  try {
    const path = require.resolve('../../src/webview/l10n');
    delete require.cache[path];
    return (require(path) as { t: T }).t;
  } finally {
    g.document = previous;
  }
}

describe('webview l10n', () => {
  it('uses the English template, placeholders filled, without a bundle', async () => {
    const t = await load(undefined);
    assert.equal(t('{0} days left', 12), '12 days left');
    assert.equal(t('Overall {0}, {1}', '40%', 'on track'), 'Overall 40%, on track');
  });

  it('uses the bundle the host passed', async () => {
    const t = await load(JSON.stringify({ '{0} days left': 'noch {0} Tage', Cycle: 'Zyklus' }));
    assert.equal(t('{0} days left', 12), 'noch 12 Tage');
    assert.equal(t('Cycle'), 'Zyklus');
    assert.equal(t('Expand all'), 'Expand all', 'a template missing from the bundle stays English');
    assert.equal(t('toString'), 'toString', 'only the bundle’s own keys');
  });

  it('the app sets no literal text, title, placeholder or ARIA label (all through t)', () => {
    const SHOWN = /(?:\b(?:text|title|placeholder|textContent)|'aria-label')\s*[:=]\s*['`"][A-Za-z]/;
    const dir = path.resolve(__dirname, '../../src/webview');
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      readFileSync(path.join(dir, file), 'utf8').split('\n').forEach((line, i) => {
        if (SHOWN.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
    assert.ok(SHOWN.test("el('p', { text: 'No cycle' })") && SHOWN.test("attrs: { 'aria-label': 'Scope' }"), 'the check can fail');
  });

  it('ignores a malformed attribute', async () => {
    for (const raw of ['{', '[1]', 'null', '"x"', JSON.stringify({ Cycle: 3 })]) assert.equal((await load(raw))('Cycle'), 'Cycle', raw);
  });
});
