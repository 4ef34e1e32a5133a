// Multi-root workspaces in a real browser: VS Code for the Web opens a `.code-workspace` with two
// folders (`web` and `api`) that each hold `okr.md` and `teams/platform.okr.md` (whose
// `parent: ../okr.md` names its own folder's company file). The quarter tree must keep the four
// files apart: each team file under the company file of its own folder, each file named with its
// folder (`web/okr.md`), as VS Code's `asRelativePath(uri, true)` names them.
//
// The web harness opens a folder; `?workspace=<uri>` in the workbench URL (read by test-web's
// workspace provider) opens a workspace file of that folder instead (test/ui/workbench.ts `query`).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame } from 'playwright-core';
import { openFromExplorer, openWorkbench, panelFrame, runCommand, until, type Workbench } from './workbench';

const FOLDERS = ['web', 'api'];

const company = (name: string): string =>
  ['---', `team: ${name} company`, 'quarter: 2026-Q4', '---', '', `# ${name} company OKRs`, '', '## O1: Grow revenue', '', 'Owner: @maria', '', '- KR1: Increase ARR from $1.0M to $2.0M by 2026-12-31', ''].join('\n');
const team = (name: string): string =>
  ['---', `team: ${name} platform`, 'quarter: 2026-Q4', 'parent: ../okr.md', '---', '', `# ${name} platform OKRs`, '', '## O1: Make deploys boring', '', 'Owner: @dana', '', '- KR1: Increase deploy success rate from 92% to 99% by 2026-12-15', ''].join('\n');

interface Row {
  level: string | null;
  title: string;
  tooltip: string | null;
}

async function fileRows(frame: Frame): Promise<Row[]> {
  return frame.locator('[role="treeitem"]').evaluateAll((rows) =>
    rows
      .map((r) => ({ level: r.getAttribute('aria-level'), title: r.querySelector('.title')?.textContent ?? '', tooltip: r.querySelector('.title')?.getAttribute('title') ?? null }))
      .filter((r) => / OKRs$/.test(r.title)),
  );
}

describe('multi-root workspace (VS Code for the Web, Chromium)', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  before(async function () {
    workbench = await openWorkbench({
      name: 'ui-multiroot',
      viewport: { width: 1280, height: 1200 },
      query: `workspace=${encodeURIComponent('vscode-test-web://mount/okrs.code-workspace')}`,
      folder: (sandbox) => {
        const root = path.join(sandbox.dir, 'workspace');
        for (const name of FOLDERS) {
          mkdirSync(path.join(root, name, 'teams'), { recursive: true });
          writeFileSync(path.join(root, name, 'okr.md'), company(name));
          writeFileSync(path.join(root, name, 'teams', 'platform.okr.md'), team(name));
        }
        // A third folder, added during the test, whose OKR file is one only by `okr.files` (a glob
        // relative to each folder: the providers' selector has one pattern per folder).
        mkdirSync(path.join(root, 'ops', 'goals'), { recursive: true });
        writeFileSync(path.join(root, 'ops', 'goals', 'q4.md'), company('ops'));
        const settings = { 'okr.files': ['goals/*.md'] };
        writeFileSync(path.join(root, 'okrs.code-workspace'), JSON.stringify({ folders: FOLDERS.map((name) => ({ path: name })), settings }, null, 2));
        return root;
      },
    });
  });

  after(async function () {
    await workbench?.close();
  });

  it('keeps two folders’ okr.md apart: each team under its own folder’s company file, named with the folder', async () => {
    const { page } = workbench;
    // Both folders are in the Explorer.
    await runCommand(page, 'View: Show Explorer');
    for (const name of FOLDERS) await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first().waitFor({ timeout: 60_000 });
    await runCommand(page, 'OKR: Show Quarter Tree');
    const frame = await panelFrame(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
    await until('all four files in the tree', async () => (await fileRows(frame)).length === 4);
    assert.deepEqual(await fileRows(frame), [
      { level: '1', title: 'api company OKRs', tooltip: 'api company OKRs (api/okr.md)' },
      { level: '2', title: 'api platform OKRs', tooltip: 'api platform OKRs (api/teams/platform.okr.md)' },
      { level: '1', title: 'web company OKRs', tooltip: 'web company OKRs (web/okr.md)' },
      { level: '2', title: 'web platform OKRs', tooltip: 'web platform OKRs (web/teams/platform.okr.md)' },
    ]);
    assert.deepEqual(workbench.pageErrors.filter((e) => /okr/i.test(e)), []);
  });

  it('follows a folder removed from the workspace: its files leave the tree, the other folder’s lose the prefix', async () => {
    const { page } = workbench;
    // The second folder: removing the first would restart the extension host.
    await runCommand(page, 'Workspaces: Remove Folder from Workspace...');
    await until('the folder picker', async () => (await page.locator('.quick-input-list .monaco-list-row', { hasText: 'api' }).count()) > 0);
    await page.keyboard.type('api');
    await until('api focused', async () => (await page.locator('.quick-input-list .monaco-list-row.focused').first().innerText()).includes('api'));
    await page.keyboard.press('Enter');
    const frame = await panelFrame(page);
    await until('the tree of the one folder left', async () => (await fileRows(frame)).length === 2, 30_000);
    assert.deepEqual(await fileRows(frame), [
      { level: '1', title: 'web company OKRs', tooltip: 'web company OKRs (okr.md)' },
      { level: '2', title: 'web platform OKRs', tooltip: 'web platform OKRs (teams/platform.okr.md)' },
    ]);
  });

  it('serves a folder added to the workspace: a file that okr.files names there gets CodeLens and joins the tree', async () => {
    const { page } = workbench;
    await runCommand(page, 'Workspaces: Add Folder to Workspace...');
    const input = page.locator('.quick-input-widget input');
    await until('the folder dialog', async () => (await page.locator('.quick-input-widget').isVisible()) && (await input.inputValue()).startsWith('/'));
    await input.fill('/ops');
    await until('/ops typed', async () => (await input.inputValue()) === '/ops');
    // Enter opens the typed folder in the dialog; its Add button adds it.
    await page.keyboard.press('Enter');
    await until('the dialog inside /ops', async () => (await input.inputValue()) === '/ops/');
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'Add' }).first().click();
    await runCommand(page, 'View: Show Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label^="ops"]').first().waitFor({ timeout: 60_000 });
    // Open ops/goals/q4.md from the Explorer: expand ops and goals, then click the file.
    for (const name of ['ops', 'goals']) {
      const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
      await row.waitFor({ timeout: 60_000 });
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    await openFromExplorer(page, 'q4.md');
    // CodeLens above the objective: only providers registered for the new folder's pattern give it.
    const lens = page.locator('.editor-group-container.active .monaco-editor .codelens-decoration');
    await until('a CodeLens in ops/goals/q4.md', async () => (await lens.count()) > 0 && /KR/.test(await lens.first().innerText()), 60_000);
    await runCommand(page, 'OKR: Show Quarter Tree');
    const frame = await panelFrame(page);
    await until('the added folder’s file in the tree', async () => (await fileRows(frame)).some((r) => r.title === 'ops company OKRs'), 30_000);
    assert.deepEqual(
      (await fileRows(frame)).find((r) => r.title === 'ops company OKRs'),
      { level: '1', title: 'ops company OKRs', tooltip: 'ops company OKRs (ops/goals/q4.md)' },
    );
  });
});
