// Drives VS Code for the Web in Chromium for the UI tests: serves a folder with the extension
// (the harness's startWebServer), opens the workbench, opens okr.md and the quarter tree, and
// hands back the page and the tree's webview frame. Shared by panel.test.ts, hostile.test.ts and
// editor.test.ts (which opens the workbench alone: openWorkbench).
//
// The workbench is opened at http://vscode.localhost:<port>, not http://localhost:<port>: webviews
// live on http://<uuid>.<host>:<port>, and Chromium only lets that iframe register the service
// worker webviews need when it is same-site with the page (uuid.vscode.localhost and
// vscode.localhost are; uuid.localhost and localhost are not: "The user denied permission to use
// Service Worker").
import * as path from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, createSandbox, type Sandbox } from '../../scripts/harness/common';
import { startWebServer } from '../../scripts/harness/web-server';

export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error; // frames come and go while the workbench loads
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  // Enter only once the best match is the command itself (the list filters as it is typed).
  await until(`"${title}" in the command palette`, async () => (await page.locator('.quick-input-list .monaco-list-row.focused').first().innerText()).includes(title));
  await page.keyboard.press('Enter');
}

export async function openFromExplorer(page: Page, name: string): Promise<void> {
  await runCommand(page, 'View: Show Explorer');
  const item = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${name}"]`).first();
  await item.waitFor({ timeout: 60_000 });
  await item.click();
  await page.locator(`.tab[aria-label^="${name}"]`).first().waitFor();
}

/** The webview's own document: the inner frame of the iframe VS Code made for our view. */
export async function panelFrame(page: Page): Promise<Frame> {
  return until('the quarter-tree webview', async () => {
    for (const frame of page.frames()) {
      const parent = frame.parentFrame();
      if (!parent || !/extensionId=okr-markdown\.okr-markdown/.test(parent.url())) continue;
      if (await frame.$('[role="tree"]')) return frame;
    }
    return null;
  }, 60_000);
}

export interface WorkbenchOptions {
  /** Sandbox name (temp home, browser profile). */
  name: string;
  /** The folder to open; may be made inside the sandbox. */
  folder: (sandbox: Sandbox) => string;
  viewport: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Browser permissions for the workbench's origin (e.g. `clipboard-read` to read what the editor copied). */
  permissions?: string[];
  /** A query for the workbench URL, e.g. `workspace=vscode-test-web://mount/x.code-workspace` to open a multi-root workspace file of the folder instead of the folder. */
  query?: string;
}

export interface Workbench {
  page: Page;
  /** Messages of every dialog (alert, confirm, …) the page opened; each is dismissed. */
  dialogs: string[];
  /** Uncaught errors of the workbench page. */
  pageErrors: string[];
  close(): Promise<void>;
}

export type QuarterTreeOptions = WorkbenchOptions;

export interface QuarterTree extends Workbench {
  /** The quarter tree's webview, ready (`body[data-ready="true"]`). */
  frame: Frame;
}

/** Serves the folder and opens the workbench in Chromium, with the status bar up. */
export async function openWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const sandbox = createSandbox(options.name, true);
  const server = await startWebServer({ folder: options.folder(sandbox) });
  // A persistent (non-incognito) profile: webviews need a service worker.
  const context = await chromium.launchPersistentContext(path.join(sandbox.dir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: process.env.OKR_UI_HEADFUL !== '1',
    args: [...CHROMIUM_ARGS, '--no-sandbox'],
    viewport: options.viewport,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    await server.stop();
    sandbox.dispose();
  };
  try {
    const url = server.url.replace('//localhost', '//vscode.localhost');
    if (options.permissions) await context.grantPermissions(options.permissions, { origin: url });
    const page = context.pages()[0] ?? (await context.newPage());
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(options.query ? `${url}/?${options.query}` : url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await page.locator('.statusbar').waitFor();
    return { page, dialogs, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Serves the folder, opens the workbench in Chromium, opens okr.md and the quarter tree. */
export async function openQuarterTree(options: QuarterTreeOptions): Promise<QuarterTree> {
  const workbench = await openWorkbench(options);
  try {
    const { page } = workbench;
    await openFromExplorer(page, 'okr.md');
    await runCommand(page, 'OKR: Show Quarter Tree');
    const frame = await panelFrame(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 60_000 });
    return { ...workbench, frame };
  } catch (error) {
    await workbench.close();
    throw error;
  }
}
