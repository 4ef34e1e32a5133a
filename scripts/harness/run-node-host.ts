// `npm run test:node-host`: the integration suite (dist/node/test/index.js) in the Node extension
// host of code-server (a real VS Code 1.100), driven by Debian's headless Chromium.
// Exit code 0 only when every test passed.
//
//   node --import tsx scripts/harness/run-node-host.ts
//       loads the extension from the work tree (extensionDevelopmentPath = repository root)
//   node --import tsx scripts/harness/run-node-host.ts --vsix[=path/to/file.vsix]
//       installs okr-markdown-<version>.vsix (built by `npm run package`) into a fresh extensions
//       folder and tests that, as users get it (what `npm run test:node-host` does)
//
// Env: OKR_TEST_PORT (default: a free port), OKR_TEST_TIMEOUT_MS (default 300000),
//      CHROMIUM_PATH (default /usr/bin/chromium), OKR_TEST_VERBOSE=1 (server log and browser console).
//
// How: code-server runs in its own process group with HOME/XDG_*/TMPDIR in a temp folder, and a
// copy of test/fixtures/workspace (so a test may even save files). The page is opened with a
// `payload` naming extensionDevelopmentPath/extensionTestsPath; the workbench reports the test
// log and exit code through `codeAutomationLog` / `codeAutomationExit`, which we expose first.
import type { ChildProcess } from 'node:child_process';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import type { Browser } from 'playwright-core';
import { FIXTURES_WORKSPACE, NODE_TEST_ENTRY, ROOT, checkTestBuild, createSandbox, killGroup, killGroupNow, pickPort, spawnGroup, timeout, withCleanup, exitWith } from './common';
import { CODE_SERVER_ENTRY, isCodeServerInstalled } from './install-code-server';
import { launchChromium } from './web-server';

const EXTENSION_ID = 'okr-markdown.okr-markdown';

function defaultVsix(): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
}

function vsixArgument(): string | undefined {
  const arg = process.argv.slice(2).find((a) => a === '--vsix' || a.startsWith('--vsix='));
  if (!arg) return undefined;
  return arg === '--vsix' ? defaultVsix() : path.resolve(arg.slice('--vsix='.length));
}

async function main(): Promise<number> {
  checkTestBuild(NODE_TEST_ENTRY);
  if (!isCodeServerInstalled()) throw new Error('code-server is not installed: run `node --import tsx scripts/harness/install-code-server.ts`');
  const vsix = vsixArgument();
  if (vsix && !existsSync(vsix)) throw new Error(`${vsix} does not exist: run \`npm run package\` first`);

  const sandbox = createSandbox('node-host', true);
  const userDataDir = path.join(sandbox.dir, 'user-data');
  const extensionsDir = path.join(sandbox.dir, 'extensions');
  const workspace = path.join(sandbox.dir, 'workspace');
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(FIXTURES_WORKSPACE, workspace, { recursive: true });
  const verbose = process.env.OKR_TEST_VERBOSE === '1';
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--disable-telemetry', '--disable-update-check'];
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  const limit = timeout(Number(process.env.OKR_TEST_TIMEOUT_MS || 300_000), 'The Node extension host run');

  return withCleanup(
    async () => {
      let extensionDevelopmentPath = ROOT;
      if (vsix) {
        console.log(`installing ${path.relative(ROOT, vsix)} into a fresh extensions folder`);
        const install = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...common, '--install-extension', vsix], { env: process.env, encoding: 'utf8' });
        if (install.status !== 0) throw new Error(`--install-extension failed:\n${install.stdout}\n${install.stderr}`);
        const installed = readdirSync(extensionsDir).filter((name) => name.startsWith(`${EXTENSION_ID}-`));
        if (installed.length !== 1) throw new Error(`expected ${EXTENSION_ID} in ${extensionsDir} after installing, found ${JSON.stringify(readdirSync(extensionsDir))}`);
        console.log(`installed ${installed[0]}`);
        checkPackagedFiles(path.join(extensionsDir, installed[0]));
        // The workbench runs tests only with a development path; an empty folder adds no extension,
        // so the installed .vsix is the one under test.
        extensionDevelopmentPath = path.join(sandbox.dir, 'no-dev-extension');
        mkdirSync(extensionDevelopmentPath);
      }

      const port = await pickPort('OKR_TEST_PORT');
      const authority = `127.0.0.1:${port}`;
      server = spawnGroup(
        process.execPath,
        [CODE_SERVER_ENTRY, ...common, '--auth', 'none', '--bind-addr', authority, '--disable-workspace-trust', '--disable-getting-started-override'],
        { env: process.env, log: verbose ? undefined : () => undefined },
      );
      const exited = new Promise<never>((_, reject) => server?.once('exit', (code, signal) => reject(new Error(`code-server exited early (${code ?? signal})`))));
      exited.catch(() => undefined); // it also rejects when cleanup stops the server
      await Promise.race([waitForHttp(`http://${authority}/healthz`, 60_000), exited, limit.promise]);
      console.log(`code-server on http://${authority}, workspace ${workspace}`);

      browser = await launchChromium();
      const page = await browser.newPage();
      const result = new Promise<number>((resolve, reject) => {
        void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
        page.on('crash', () => reject(new Error('the browser page crashed')));
        browser?.on('disconnected', () => reject(new Error('the browser went away before the tests finished')));
      });
      result.catch(() => undefined); // closing the browser in cleanup rejects it too
      const log: string[] = [];
      await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        const line = format(...args); // mocha's spec reporter logs printf-style ('%s passing')
        log.push(line);
        (type === 'error' ? console.error : console.log)(line);
      });
      if (verbose) page.on('console', (message) => console.log(`[browser] ${message.text()}`));
      const remote = (p: string): string => `vscode-remote://${authority}${p}`;
      const payload = [
        ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
        ['extensionTestsPath', remote(NODE_TEST_ENTRY)],
      ];
      await page.goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
      const code = await Promise.race([result, exited, limit.promise]);
      if (code !== 0) throw new Error(`integration tests failed in the Node extension host (exit code ${code})`);
      if (vsix) {
        // Prove the packaged build ran: the suite logs where the extension was loaded from.
        const line = log.find((l) => l.startsWith('OKR_EXTENSION_PATH='));
        if (!line || !line.includes(extensionsDir)) throw new Error(`the tests did not run against the installed .vsix (${line ?? 'no OKR_EXTENSION_PATH line'})`);
      }
      console.log(`Node extension host integration tests passed${vsix ? ` (installed from ${path.basename(vsix)})` : ''}`);
    },
    async () => {
      limit.cancel();
      await browser?.close().catch(() => undefined);
      if (server) await killGroup(server);
      sandbox.dispose();
    },
    () => {
      if (server) killGroupNow(server);
      sandbox.dispose();
    },
  );
}

/** The .vsix must hold the bundles, not sources, tests, source maps or harness folders (.vscodeignore). */
function checkPackagedFiles(installedDir: string): void {
  const files = (readdirSync(installedDir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
  const forbidden = files.filter((f) => /(^|\/)(src|test|node_modules|\.code-server|\.tmp|\.vscode-test(-web)?)(\/|$)|\.map$|\.tsx?$/.test(f));
  if (forbidden.length > 0) throw new Error(`the .vsix contains files .vscodeignore should keep out: ${forbidden.slice(0, 10).join(', ')}`);
  for (const needed of ['package.json', 'dist/node/extension.js', 'dist/web/extension.js']) {
    if (!files.includes(needed)) throw new Error(`the .vsix lacks ${needed}`);
  }
}

async function waitForHttp(url: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

exitWith(main);
