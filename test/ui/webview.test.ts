// The webview app on its own, in Chromium: media/panel.js loaded into a blank page with a stub
// `acquireVsCodeApi`, fed host messages directly. Fast checks of what the full UI test cannot set
// up cheaply: empty states, message validation, and a 1,000-objective tree staying virtualised.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, createSandbox, type Sandbox } from '../../scripts/harness/common';
import type { TreeModel, TreeNode } from '../../src/core/tree';
import type { HostMessage, WebviewMessage } from '../../src/protocol/panel';

const STUB = `
  window.__posted = [];
  window.__state = undefined;
  window.acquireVsCodeApi = () => ({
    postMessage: (m) => window.__posted.push(m),
    getState: () => window.__state,
    setState: (s) => { window.__state = s; },
  });`;

function node(id: string, kind: TreeNode['kind'], title: string, children: TreeNode[] = [], progress: number | null = 0.5): TreeNode {
  return {
    id,
    kind,
    label: null,
    title,
    uri: 'file:///ws/okr.md',
    line: 0,
    endLine: 0,
    progress,
    progressReason: null,
    band: progress === null ? null : progress < 0.4 ? 'low' : progress < 0.7 ? 'mid' : 'high',
    expected: 0.5,
    status: { key: 'on-track', label: 'on track', tone: 'good' },
    owner: null,
    confidence: null,
    objectiveType: null,
    krKind: null,
    detail: null,
    trend: null,
    problems: { errors: 0, warnings: 0, infos: 0 },
    aligns: [],
    ariaLabel: `${title}: 50%, on track`,
    children,
  };
}

function model(roots: TreeNode[], extra: Partial<TreeModel> = {}): TreeModel {
  return {
    today: '2026-11-21',
    scope: 'workspace',
    activeUri: null,
    cycles: [],
    cycle: null,
    daysLeft: null,
    ended: false,
    expected: null,
    progress: null,
    band: null,
    status: null,
    roots,
    files: [],
    problems: { errors: 0, warnings: 0, infos: 0 },
    objectiveCount: 0,
    keyResultCount: 0,
    empty: null,
    ...extra,
  };
}

describe('quarter tree webview app (Chromium, stubbed host)', function () {
  this.timeout(60_000);
  let sandbox: Sandbox;
  let browser: Browser;
  let page: Page;

  async function load(state?: unknown, width = 420): Promise<void> {
    page = await browser.newPage({ viewport: { width, height: 700 } });
    const css = readFileSync(path.join(ROOT, 'media', 'panel.css'), 'utf8');
    await page.setContent(`<!DOCTYPE html><html><head><style>${css}</style></head><body class="vscode-dark"></body></html>`);
    await page.evaluate(`${STUB}; window.__state = ${JSON.stringify(state ?? null) === 'null' ? 'undefined' : JSON.stringify(state)};`);
    await page.addScriptTag({ content: readFileSync(path.join(ROOT, 'media', 'panel.js'), 'utf8') });
  }

  async function send(message: HostMessage | Record<string, unknown>): Promise<void> {
    await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
    await page.waitForTimeout(50);
  }

  async function posted(): Promise<WebviewMessage[]> {
    return page.evaluate<WebviewMessage[]>('window.__posted');
  }

  before(async () => {
    sandbox = createSandbox('ui-webview', true);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--no-sandbox'], handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  });

  afterEach(async () => {
    await page?.close();
  });

  after(async () => {
    await browser?.close();
    sandbox?.dispose();
  });

  it('says ready with its remembered scope, and offers to create a file when there is none', async () => {
    await load({ scope: 'file', cycle: '2026-Q3', filter: 'x', allExpanded: true, toggled: [], scrollTop: 0, focusedId: null });
    assert.deepEqual(await posted(), [{ type: 'ready', state: { scope: 'file', cycle: '2026-Q3' } }]);
    await send({ type: 'model', seq: 1, model: model([], { empty: 'no-files' }) });
    const button = page.locator('.empty button', { hasText: 'Create an OKR file' });
    await button.click();
    assert.deepEqual((await posted()).at(-1), { type: 'runCommand', command: 'okr.newFile' });
  });

  it('shows what parsed and the problems of a file without objectives', async () => {
    await load();
    const file = node('file:///ws/okr.md', 'file', 'Broken OKRs', [], null);
    await send({
      type: 'model',
      seq: 1,
      model: model([file], {
        empty: 'no-objectives',
        files: [{ uri: file.uri, name: 'okr.md', title: 'Broken OKRs', cycle: null, objectives: 0, problems: { errors: 2, warnings: 1, infos: 0 }, parseProblems: ['Front matter is not valid YAML (line 2)'] }],
      }),
    });
    const text = await page.locator('.empty').innerText();
    assert.match(text, /No objectives found/);
    assert.match(text, /okr\.md: 0 objectives parsed; 2 errors, 1 warning/);
    assert.match(text, /Front matter is not valid YAML \(line 2\)/);
    await page.locator('.empty button', { hasText: 'Show problems' }).click();
    assert.deepEqual((await posted()).at(-1), { type: 'runCommand', command: 'workbench.actions.view.problems' });
    assert.equal(await page.locator('[role="treeitem"]').count(), 1, 'the file itself is still in the tree');
  });

  it('ignores malformed and stale host messages', async () => {
    await load();
    await send({ type: 'model', seq: 5, model: model([node('a', 'objective', 'Fresh')]) });
    await send({ type: 'model', seq: 4, model: model([node('b', 'objective', 'Stale')]) });
    await send({ type: 'model', seq: 6, model: { roots: 'nope' } });
    await send({ type: 'highlight', uri: 42, line: -1 });
    await send({ type: 'evil', html: '<img src=x onerror=alert(1)>' });
    const titles = await page.locator('[role="treeitem"] .title').allInnerTexts();
    assert.deepEqual(titles, ['Fresh']);
  });

  it('Tab into the tree lands on a row (the first in view), and a click still picks the clicked row', async () => {
    await load();
    const roots = ['One', 'Two', 'Three'].map((title, i) => node(`o${i}`, 'objective', title, [node(`o${i}/k`, 'keyResult', `${title} KR`)]));
    await send({ type: 'model', seq: 1, model: model(roots) });
    await page.locator('body[data-ready="true"]').waitFor();
    const tree = page.locator('[role="tree"]');
    const active = async (): Promise<string | null> => {
      const id = await tree.getAttribute('aria-activedescendant');
      return id ? page.locator(`[id="${id}"] .title`).innerText() : null;
    };
    // Tab from the last header button: before, the tree took focus with no active row, so a
    // screen reader announced nothing and Enter did nothing until an arrow key was pressed.
    await page.locator('button').last().focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate<string | null>("document.activeElement?.getAttribute('role') ?? null"), 'tree');
    assert.equal(await active(), 'One');
    assert.equal(await page.locator('.row.focused .title').innerText(), 'One', 'the row shows focus');
    await page.keyboard.press('Enter');
    assert.equal((await posted()).at(-1)?.type, 'reveal');
    // Focus leaves and a click on another row comes back to that row, not the first.
    await page.locator('input.filter').focus();
    await page.locator('[role="treeitem"]', { hasText: 'Three KR' }).click();
    assert.equal(await active(), 'Three KR');
  });

  it('counts problems per severity: one error and six others read "✕ 1 ⚠ 4 ℹ 2", not "✕ 7"', async () => {
    await load();
    const objective = { ...node('o1', 'objective', 'Grow'), problems: { errors: 0, warnings: 1, infos: 1 } };
    await send({ type: 'model', seq: 1, model: model([objective], { problems: { errors: 1, warnings: 4, infos: 2 } }) });
    await page.locator('body[data-ready="true"]').waitFor();
    const badges = page.locator('.problems');
    const texts = (await badges.allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
    // Before, the total came under the worst severity's icon: "✕ 7" for one error, "⚠ 2" for one warning and one info.
    assert.deepEqual(texts, ['✕ 1 ⚠ 4 ℹ 2', '⚠ 1 ℹ 1']);
    assert.equal(await badges.first().getAttribute('title'), '1 error, 4 warnings, 2 info');
    assert.deepEqual(await badges.last().locator('span').evaluateAll((spans) => spans.map((s) => s.className)), ['sev-warning', 'sev-info']);
  });

  it('says when a cycle that has not begun starts, as the status bar does, instead of its days left', async () => {
    const next = { label: '2027-Q1', start: '2027-01-01', end: '2027-03-31', files: 1 };
    const header = async (today: string, daysLeft: number): Promise<string> => {
      await load();
      await send({ type: 'model', seq: 1, model: model([node('o1', 'objective', 'Grow')], { today, cycle: next, cycles: [next], daysLeft }) });
      await page.locator('body[data-ready="true"]').waitFor();
      return (await page.locator('.summary .days').innerText()).trim();
    };
    // On 2026-11-21 the header read "130 days left" while the status bar said "starts in 41 days".
    assert.equal(await header('2026-11-21', 130), 'starts in 41 days');
    await page.close();
    assert.equal(await header('2026-12-31', 90), 'starts tomorrow');
    await page.close();
    assert.equal(await header('2027-01-01', 89), '89 days left');
  });

  it('shows an owner kept as written with its @ once (@‹owner›, not @@‹owner›)', async () => {
    await load();
    const placeholder = { ...node('o1', 'objective', 'Placeholder'), owner: '@‹owner›' };
    const named = { ...node('o2', 'objective', 'Named'), owner: 'dana' };
    await send({ type: 'model', seq: 1, model: model([placeholder, named]) });
    await page.locator('body[data-ready="true"]').waitFor();
    assert.deepEqual(await page.locator('[role="treeitem"] .owner').allInnerTexts(), ['@‹owner›', '@dana']);
  });

  it('keeps the scope buttons on one line in a narrow sidebar; the cycle picker gives way', async () => {
    // VS Code's default sidebar is about 300 px wide; "This file" wrapped to two lines there.
    await load(undefined, 290);
    const cycles = [
      { label: '2026-Q4', start: '2026-10-01', end: '2026-12-31', files: 3 },
      { label: '2027-Q1', start: '2027-01-01', end: '2027-03-31', files: 1 },
    ];
    await send({ type: 'model', seq: 1, model: model([node('o1', 'objective', 'Grow')], { cycle: cycles[0], cycles, daysLeft: 40 }) });
    await page.locator('body[data-ready="true"]').waitFor();
    const height = async (selector: string): Promise<number> => (await page.locator(selector).boundingBox())!.height;
    const oneLine = await height('[data-scope="workspace"]');
    assert.ok(oneLine < 30, `Workspace button ${oneLine}px high`);
    assert.equal(await height('[data-scope="file"]'), oneLine, 'This file is as high as Workspace: one line');
    const picker = (await page.locator('.cycle-picker').boundingBox())!;
    assert.ok(picker.x + picker.width <= 290, 'the cycle picker stays inside the view');
  });

  it('keeps a 1,000-objective tree virtualised, and filters it', async () => {
    await load();
    const roots = Array.from({ length: 1000 }, (_, i) =>
      node(`o${i}`, 'objective', `Objective ${i}`, Array.from({ length: 4 }, (_, k) => node(`o${i}/k${k}`, 'keyResult', `Key result ${i}.${k}`))),
    );
    const started = Date.now();
    await send({ type: 'model', seq: 1, model: model(roots) });
    await page.locator('body[data-ready="true"]').waitFor();
    const elapsed = Date.now() - started;
    const rendered = await page.locator('[role="treeitem"]').count();
    assert.ok(rendered > 0 && rendered < 80, `${rendered} rows in the DOM for 5,000 nodes`);
    assert.ok(elapsed < 5000, `first render took ${elapsed} ms`);
    // The last row is reachable: End moves focus there and scrolls it into view.
    await page.locator('[role="tree"]').focus();
    await page.keyboard.press('End');
    const active = await page.locator('[role="tree"]').getAttribute('aria-activedescendant');
    assert.equal(await page.locator(`[id="${active}"] .title`).innerText(), 'Key result 999.3');
    await page.locator('input.filter').fill('Objective 99');
    await page.waitForTimeout(200);
    // Words are ANDed: "objective" and "99" → 99, 199, …, 999 and 990–998: 19 objectives.
    assert.equal(await page.locator('.sr-only[aria-live]').innerText(), '19 matches');
    const matches = await page.locator('.row.match .title').allInnerTexts();
    assert.deepEqual(matches.slice(0, 2), ['Objective 99', 'Objective 199'], 'a new query starts at the top');
  });
});
