// Integration test entry for the Node extension host: code-server (scripts/harness/run-node-host.ts)
// and desktop VS Code (@vscode/test-electron, scripts/harness/run-electron.ts).
// Mocha UI: bdd (describe/it), the same as index.web.ts. Suites are listed in ./suite/index.ts.
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  // Expose describe/it as globals before the (bundled) suites evaluate.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  return import('./suite/index').then(
    () =>
      new Promise<void>((resolve, reject) => {
        mocha.run((failures) => {
          if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
          else resolve();
        });
      }),
  );
}
