// Webview safety in a real browser (issue #8): VS Code for the Web with one OKR file holding the
// whole hostile corpus (test/fixtures/hostile.ts) in titles, owners, units and notes. The quarter
// tree shows every objective's title as text, no element or script comes from the file, the CSP
// blocks an inline script injected without the nonce, and host messages of unexpected shapes are
// ignored. Opens the workbench the same way as panel.test.ts (test/ui/workbench.ts).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { parseOkr } from '../../src/core/parse';
import { HOSTILE_STRINGS, hostileOkrFile } from '../fixtures/hostile';
import { openQuarterTree, until, type QuarterTree } from './workbench';

/** What a piece of page script found: titles shown, elements that must not exist, the pwn flag. */
interface Findings {
  titles: string[];
  injected: Record<string, number>;
  pwned: unknown;
}

const FINDINGS = `(() => {
  const count = (sel) => document.querySelectorAll(sel).length;
  const onAttrs = [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length;
  const jsLinks = [...document.querySelectorAll('[href],[src],[action]')].filter((e) => /javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '')).length;
  return {
    titles: [...document.querySelectorAll('.title')].map((e) => e.textContent),
    injected: { img: count('img'), svg: count('svg[onload]'), iframe: count('iframe'), details: count('details'), math: count('math'), b: count('.title b, .title u, .title i'), styleTags: count('body style'), onAttrs, jsLinks },
    pwned: window.okrPwned,
  };
})()`;

describe('quarter tree with hostile OKR text (VS Code for the Web, Chromium)', function () {
  this.timeout(240_000);
  let tree: QuarterTree;
  let page: Page;
  let frame: Frame;
  let dialogs: string[];
  const text = hostileOkrFile();
  const expectedTitles = parseOkr(text).objectives.map((o) => o.title);

  before(async function () {
    tree = await openQuarterTree({
      name: 'ui-hostile',
      folder: (sandbox) => {
        const folder = path.join(sandbox.dir, 'workspace');
        mkdirSync(folder, { recursive: true });
        writeFileSync(path.join(folder, 'okr.md'), text);
        return folder;
      },
      // Tall, so the virtualised tree renders every objective row at once.
      viewport: { width: 1280, height: 2400 },
    });
    ({ page, frame, dialogs } = tree);
  });

  after(async function () {
    await tree?.close();
  });

  it('shows every hostile objective title as text, and nothing from the file becomes an element or runs', async () => {
    assert.equal(expectedTitles.length, HOSTILE_STRINGS.length);
    const found = await until('every objective row', async () => {
      const f = (await frame.evaluate(FINDINGS)) as Findings;
      return expectedTitles.every((t) => f.titles.includes(t)) ? f : null;
    });
    assert.deepEqual(found.injected, { img: 0, svg: 0, iframe: 0, details: 0, math: 0, b: 0, styleTags: 0, onAttrs: 0, jsLinks: 0 });
    assert.equal(found.pwned, undefined, 'no script from the file ran in the webview');
    assert.equal(await page.evaluate('window.okrPwned'), undefined, 'nor in the workbench');
    assert.deepEqual(dialogs, []);
    // The CSS injection did not hide the tree.
    assert.ok(await frame.locator('[role="tree"]').isVisible());
  });

  it('the CSP blocks an inline script injected without the nonce, and reports the violation', async () => {
    const result = (await frame.evaluate(`new Promise((resolve) => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective || e.effectiveDirective));
      const s = document.createElement('script');
      s.textContent = 'window.okrInjected = 1';
      document.body.appendChild(s);
      const h = document.createElement('div');
      h.setAttribute('onclick', 'window.okrInjected = 2');
      document.body.appendChild(h);
      h.click();
      setTimeout(() => resolve({ injected: window.okrInjected, violations, csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') || '' }), 500);
    })`)) as { injected: unknown; violations: string[]; csp: string };
    assert.equal(result.injected, undefined, 'the injected script did not run');
    assert.ok(result.violations.some((d) => /script-src/.test(d)), `a script-src violation was reported: ${JSON.stringify(result.violations)}`);
    assert.match(result.csp, /default-src 'none'/);
    assert.match(result.csp, /script-src 'nonce-[^']+'/);
    assert.doesNotMatch(result.csp, /unsafe-inline|unsafe-eval/);
  });

  it('ignores host messages of unexpected shapes and keeps showing the tree', async () => {
    const before = ((await frame.evaluate(FINDINGS)) as Findings).titles.length;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await frame.evaluate(`(() => {
      const bad = [null, 42, 'model', [], {}, { type: 'model' }, { type: 'model', seq: 'x', model: {} },
        { type: 'model', seq: 1e12, model: { roots: 'nope', cycles: [] } }, { type: 'model', seq: 1e12, model: { roots: [] } },
        { type: 'highlight', uri: 5, line: -1 }, { type: 'highlight', uri: 'x', line: 1.5 }, { type: 'runCommand', command: 'workbench.action.terminal.new' },
        { type: '__proto__' }, JSON.parse('{"type":"model","__proto__":{"polluted":1}}')];
      for (const data of bad) window.dispatchEvent(new MessageEvent('message', { data }));
    })()`);
    await new Promise((r) => setTimeout(r, 500));
    const after = (await frame.evaluate(FINDINGS)) as Findings;
    assert.deepEqual(errors, []);
    assert.equal(await frame.evaluate('({}).polluted'), undefined, 'no prototype pollution');
    assert.ok(after.titles.length >= Math.min(before, expectedTitles.length), `the tree is still there (${after.titles.length} rows, was ${before})`);
  });
});
