// UI test of what the extension API cannot read back: the status bar item and the save dialogs.
// VS Code for the Web in Chromium (test/ui/workbench.ts) with a copy of test/ui/fixtures/okr.md, a
// README.md and `okr.defaultOwner` set in the folder's .vscode/settings.json.
//
// - The status bar item: its text and aria-label are what the core's cycleStatusText says for the
//   fixture on the browser's today (the extension host runs in that browser, on that clock).
// - The save dialog of `OKR: New OKR File` and `OKR: Export Report`: in the web workbench it is
//   VS Code's "simple file dialog" (a quick input holding a path). The integration tests cover the
//   scripted paths (a `uri` / `target` argument, no dialog); this drives the dialog itself. The
//   mounted folder keeps writes in the browser's memory, so a written file is read back by opening
//   it and copying its text (the clipboard is granted to the page).
//
// Run: `npm run test:ui` (builds first), or this file alone after `npm run build`:
// `npx mocha --no-config --import=tsx --timeout 240000 test/ui/editor.test.ts`.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/harness/common';
import type { IsoDate } from '../../src/core/model';
import { exportReport } from '../../src/core/export';
import { parseOkr } from '../../src/core/parse';
import { cycleStatusText } from '../../src/core/present';
import { buildReport } from '../../src/core/report';
import { scaffoldCycles, scaffoldOkrFile } from '../../src/core/scaffold';
import { openFromExplorer, openWorkbench, panelFrame, runCommand, until, type Workbench } from './workbench';

const OKR_TEXT = readFileSync(path.join(ROOT, 'test', 'ui', 'fixtures', 'okr.md'), 'utf8');
const OWNER = 'ana';
const ITEM = '[id="okr-markdown.okr-markdown.okr.status"]';

/** Today as the extension computes it (src/vscode/convert.ts todayIso: the local date), on the browser's clock. */
async function browserToday(page: Page): Promise<IsoDate> {
  return page.evaluate<string>(`(() => {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  })()`);
}

async function itemText(page: Page): Promise<string | null> {
  const item = page.locator(ITEM);
  if ((await item.count()) === 0) return null;
  return (await item.innerText()).trim();
}

async function quickInputTitle(page: Page): Promise<string> {
  return (await page.locator('.quick-input-widget .quick-input-title').innerText()).trim();
}

async function quickInputOpen(page: Page, title: string): Promise<boolean> {
  return (await page.locator('.quick-input-widget').isVisible()) && (await quickInputTitle(page)) === title;
}

/** Picks the quick-pick row whose label contains `label` (filtering by typing it). */
async function pick(page: Page, title: string, label: string): Promise<void> {
  await until(`the quick pick "${title}"`, () => quickInputOpen(page, title));
  await page.keyboard.type(label);
  await until(`"${label}" focused`, async () => (await page.locator('.quick-input-list .monaco-list-row.focused').first().innerText()).includes(label));
  await page.keyboard.press('Enter');
}

/** Waits for the simple file dialog titled `title` and returns the file path it proposes. */
async function saveDialog(page: Page, title: string): Promise<string> {
  const input = page.locator('.quick-input-widget input');
  // The dialog shows the folder (`/`) first, then fills in the proposed file name.
  await until(`the save dialog "${title}"`, async () => (await quickInputOpen(page, title)) && /^\/.*[^/]$/.test(await input.inputValue()));
  return input.inputValue();
}

/** Types a path into the open save dialog and accepts it. */
async function saveAs(page: Page, file: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.fill(file);
  await until(`${file} typed`, async () => (await input.inputValue()) === file);
  await page.keyboard.press('Enter');
}

/** The whole text of the active editor, through select-all and copy (the editor's DOM only holds the visible lines). */
async function activeEditorText(page: Page): Promise<string> {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  return page.evaluate<string>('navigator.clipboard.readText()');
}

/** The names at the top of the Explorer (it follows the file system's change events). */
async function explorerNames(page: Page): Promise<string[]> {
  await runCommand(page, 'View: Show Explorer');
  await page.waitForTimeout(500);
  return page.locator('.explorer-folders-view .monaco-list-row .label-name').allInnerTexts();
}

/** Notification toasts that report a failure (the commands say "… failed: …"). */
async function failureToasts(page: Page): Promise<string[]> {
  const toasts = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
  return toasts.filter((t) => /failed|error/i.test(t));
}

describe('status bar and save dialogs (VS Code for the Web, Chromium)', function () {
  this.timeout(240_000);
  let workbench: Workbench;
  let page: Page;
  let today: IsoDate;

  before(async function () {
    workbench = await start();
    page = workbench.page;
    today = await browserToday(page);
  });

  after(async function () {
    await workbench?.close();
  });

  describe('status bar item', () => {
    it('shows the cycle, progress and days left of the active OKR file, with an accessible label', async () => {
      await openFromExplorer(page, 'okr.md');
      const expected = cycleStatusText(parseOkr(OKR_TEXT), today);
      assert.match(expected.text, /^2026-Q4 · \d+% done · /);
      await until(`the status bar item "${expected.text}"`, async () => (await itemText(page)) === expected.text);
      const item = page.locator(ITEM);
      assert.equal(await item.locator('.codicon-target').count(), 1, 'the $(target) icon');
      assert.equal(await item.locator('a[role="button"]').getAttribute('aria-label'), expected.tooltip);
      assert.match(expected.tooltip, /^Cycle 2026-Q4: \d+% of the time gone, /);
    });

    it('is absent for a plain README.md and comes back with the OKR file', async () => {
      await openFromExplorer(page, 'README.md');
      await until('no OKR status bar item', async () => (await page.locator(ITEM).count()) === 0);
      await openFromExplorer(page, 'okr.md');
      await until('the item again', async () => (await itemText(page)) === cycleStatusText(parseOkr(OKR_TEXT), today).text);
    });

    it('updates when the file’s cycle changes', async () => {
      await page.locator('.tab.active[aria-label^="okr.md"]').waitFor();
      const line = OKR_TEXT.split('\n').findIndex((l) => l === 'quarter: 2026-Q4') + 1;
      assert.ok(line > 0);
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
      await page.keyboard.press('Home');
      await page.keyboard.press('Shift+End');
      await page.keyboard.type('quarter: 2027-Q1');
      const edited = cycleStatusText(parseOkr(OKR_TEXT.replace('quarter: 2026-Q4', 'quarter: 2027-Q1')), today);
      assert.match(edited.text, /^2027-Q1 · /);
      await until(`the edited cycle "${edited.text}"`, async () => (await itemText(page)) === edited.text, 15_000);
      assert.equal(await page.locator(ITEM).locator('a[role="button"]').getAttribute('aria-label'), edited.tooltip);
      // Back to the fixture's text (later tests report on it). The original cycle in the status bar
      // does not prove it: with the quarter empty ('quarter: ') the cycle comes from the heading.
      await page.keyboard.press('Control+Z');
      await until('the original cycle', async () => (await itemText(page)) === cycleStatusText(parseOkr(OKR_TEXT), today).text, 15_000);
      // Revert reads the disk, which holds the fixture because auto save is off (see start()).
      await runCommand(page, 'File: Revert File');
      await until('the fixture\'s text, not dirty', async () => (await page.locator('.tab.active.dirty').count()) === 0 && (await activeEditorText(page)) === OKR_TEXT, 15_000);
    });

    it('opens the quarter tree when clicked', async () => {
      assert.equal(page.frames().some((f) => /extensionId=okr-markdown\.okr-markdown/.test(f.url())), false, 'no quarter tree yet');
      await page.locator(ITEM).click();
      const frame = await panelFrame(page);
      await frame.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
      assert.equal(await frame.locator('[role="treeitem"] .title', { hasText: 'Grow revenue with self-serve teams' }).count(), 1);
      assert.ok(await page.locator('.part.sidebar .composite.title', { hasText: 'OKRs' }).isVisible());
    });
  });

  describe('save dialogs', () => {
    /** Files this suite created (name → text), for the report's expectation. */
    const created = new Map<string, string>();

    it('New OKR File: Escape in the save dialog writes nothing and reports no error', async () => {
      const before = await explorerNames(page);
      await runCommand(page, 'OKR: New OKR File');
      await pick(page, 'New OKR file: which cycle?', scaffoldCycles(today)[0]!.label);
      await saveDialog(page, 'New OKR file');
      await page.keyboard.press('Escape');
      await until('the dialog closed', async () => !(await page.locator('.quick-input-widget').isVisible()));
      await page.waitForTimeout(1000);
      assert.deepEqual(await explorerNames(page), before);
      assert.deepEqual(await failureToasts(page), []);
    });

    it('New OKR File: the path typed in the save dialog gets the scaffold for the cycle, with the owner from settings', async () => {
      await runCommand(page, 'OKR: New OKR File');
      await pick(page, 'New OKR file: which cycle?', scaffoldCycles(today)[1]!.label);
      const expected = scaffoldOkrFile({ today, which: 'next', owner: OWNER });
      // okr.md is taken, so the dialog proposes the scaffold's own name.
      assert.equal(await saveDialog(page, 'New OKR file'), `/${expected.fileName}`);
      await saveAs(page, '/planning.okr.md');
      await page.locator('.tab.active[aria-label^="planning.okr.md"]').waitFor();
      assert.match(expected.text, new RegExp(`^---\nowner: "@${OWNER}"\nquarter: ${expected.cycle}\n`));
      assert.ok(expected.text.includes(`Owner: @${OWNER}\n`));
      assert.equal(await activeEditorText(page), expected.text);
      created.set('planning.okr.md', expected.text);
      assert.ok((await explorerNames(page)).includes('planning.okr.md'));
      // The new file is an OKR file: the status bar shows its cycle.
      await until('the new file in the status bar', async () => (await itemText(page)) === cycleStatusText(parseOkr(expected.text), today).text);
      assert.deepEqual(await failureToasts(page), []);
    });

    it('New OKR File: a name typed over the dialog\'s selection (team.md, not team.okr.md) still gets an OKR file', async () => {
      await runCommand(page, 'OKR: New OKR File');
      await pick(page, 'New OKR file: which cycle?', scaffoldCycles(today)[1]!.label);
      const expected = scaffoldOkrFile({ today, which: 'next', owner: OWNER });
      assert.equal(await saveDialog(page, 'New OKR file'), `/${expected.fileName}`);
      // The dialog selects the proposed name up to its last dot ('2027-q1.okr'), so typing a name gives '/retro.md'.
      const input = page.locator('.quick-input-widget input');
      const selected = await input.evaluate((el) => {
        const field = el as unknown as { value: string; selectionStart: number | null; selectionEnd: number | null };
        return field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
      });
      assert.equal(`${selected}.md`, expected.fileName, 'the dialog selects the name without its last extension');
      await page.keyboard.type('retro');
      await until('/retro.md typed', async () => (await input.inputValue()) === '/retro.md');
      await page.keyboard.press('Enter');
      await page.locator('.tab.active[aria-label^="retro.okr.md"]').waitFor();
      assert.equal(await activeEditorText(page), expected.text);
      created.set('retro.okr.md', expected.text);
      const names = await explorerNames(page);
      assert.ok(names.includes('retro.okr.md') && !names.includes('retro.md'), names.join(', '));
      await until('the toast naming the file', async () => (await page.locator('.notifications-toasts .notification-toast').allInnerTexts()).some((t) => t.includes('Created retro.okr.md instead of retro.md')));
      // An OKR file: linted, with the status bar item.
      await until('the new file in the status bar', async () => (await itemText(page)) === cycleStatusText(parseOkr(expected.text), today).text);
      assert.deepEqual(await failureToasts(page), []);
    });

    it('Export Report: Escape in the save dialog writes nothing and reports no error', async () => {
      const before = await explorerNames(page);
      await runCommand(page, 'OKR: Export Report');
      await pick(page, 'Export OKR report: format', 'CSV');
      await pick(page, 'Export OKR report: where?', 'Save to a file');
      assert.equal(await saveDialog(page, 'Export OKR report'), `/okr-report-${today}.csv`);
      await page.keyboard.press('Escape');
      await until('the dialog closed', async () => !(await page.locator('.quick-input-widget').isVisible()));
      await page.waitForTimeout(1000);
      assert.deepEqual(await explorerNames(page), before);
      assert.equal(await page.locator('.tab', { hasText: /Untitled|okr-report/ }).count(), 0, 'no report editor either');
      assert.deepEqual(await failureToasts(page), []);
    });

    it('Export Report: the path typed in the save dialog gets the core\'s JSON report of the workspace', async () => {
      await runCommand(page, 'OKR: Export Report');
      await pick(page, 'Export OKR report: format', 'JSON');
      await pick(page, 'Export OKR report: where?', 'Save to a file');
      assert.equal(await saveDialog(page, 'Export OKR report'), `/okr-report-${today}.json`);
      await saveAs(page, '/report.json');
      await until('report.json in the Explorer', async () => (await explorerNames(page)).includes('report.json'));
      await openFromExplorer(page, 'report.json');
      const files = [{ file: 'okr.md', doc: parseOkr(OKR_TEXT) }, ...[...created].map(([file, text]) => ({ file, doc: parseOkr(text) }))];
      files.sort((a, b) => a.file.localeCompare(b.file));
      const expected = exportReport(buildReport(files, today), 'json');
      const written = await activeEditorText(page);
      assert.equal(written, expected.text);
      const report = JSON.parse(written) as { files: { file: string }[] };
      assert.deepEqual(report.files.map((f) => f.file), ['okr.md', 'planning.okr.md', 'retro.okr.md']);
      assert.deepEqual(await failureToasts(page), []);
    });
  });

  function start(): Promise<Workbench> {
    return openWorkbench({
      name: 'ui-editor',
      viewport: { width: 1280, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
      folder: (sandbox) => {
        const folder = path.join(sandbox.dir, 'workspace');
        mkdirSync(path.join(folder, '.vscode'), { recursive: true });
        writeFileSync(path.join(folder, 'okr.md'), OKR_TEXT);
        writeFileSync(path.join(folder, 'README.md'), '# Notes\n\nNot an OKR file.\n\n- Launch the website\n');
        // Auto save off: VS Code for the Web saves after a 1 s pause by default, so a pause while
        // typing 'quarter: 2027-Q1' under load wrote an in-between text ('quarter: ', "the quarter is
        // empty") to disk, Ctrl+Z stopped at that save, and Revert File read it back: the report test
        // then (rightly) reported the file as it was. Nothing here relies on auto save (the commands
        // write their files themselves).
        writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'okr.defaultOwner': OWNER, 'files.autoSave': 'off' }, null, 2));
        return folder;
      },
    });
  }

});
