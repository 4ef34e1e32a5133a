// `npm run test:electron`: the integration suite (dist/node/test/index.js, the same bundle the
// code-server run uses) in desktop VS Code through @vscode/test-electron. For contributors'
// desktops with internet: it downloads VS Code from Microsoft's update server into
// `.vscode-test/` (git- and vsce-ignored), which the CI machines cannot reach, so it is not part
// of `npm test`. On a Linux machine without a display, run it under `xvfb-run -a`.
//
// Env: VSCODE_VERSION ('stable' by default, or 'insiders' / '1.100.0'),
//      VSCODE_EXECUTABLE (use an installed VS Code instead of downloading one).
import { cpSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES_WORKSPACE, NODE_TEST_ENTRY, ROOT, checkTestBuild, createSandbox, withCleanup, exitWith } from './common';

async function main(): Promise<number> {
  checkTestBuild(NODE_TEST_ENTRY);
  // Profile, extensions and a copy of the fixtures live in a temp folder, removed afterwards.
  const sandbox = createSandbox('electron');
  const workspace = path.join(sandbox.dir, 'workspace');
  cpSync(FIXTURES_WORKSPACE, workspace, { recursive: true });
  return withCleanup(
    async () => {
      const { runTests } = require('@vscode/test-electron') as typeof import('@vscode/test-electron');
      const exitCode = await runTests({
        version: process.env.VSCODE_VERSION || 'stable',
        ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
        cachePath: path.join(ROOT, '.vscode-test'),
        extensionDevelopmentPath: ROOT,
        extensionTestsPath: NODE_TEST_ENTRY,
        launchArgs: [
          workspace,
          '--disable-extensions', // other installed extensions stay out; the one under test loads
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          '--user-data-dir',
          path.join(sandbox.dir, 'user-data'),
          '--extensions-dir',
          path.join(sandbox.dir, 'extensions'),
        ],
      });
      if (exitCode !== 0) throw new Error(`integration tests failed in desktop VS Code (exit code ${exitCode})`);
      console.log('desktop VS Code integration tests passed');
    },
    () => sandbox.dispose(),
  );
}

exitWith(main);
