// Integration test entry for the web-worker extension host (VS Code for the Web, via
// scripts/harness/run-web.ts). Mocha UI: bdd (describe/it), the same as index.node.ts.
// Suites are listed in ./suite/index.ts (no file system to glob in a web worker).
import 'mocha/mocha';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    // An unset reporter picks mocha's HTML reporter, which needs a DOM: the worker has none.
    mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
    import('./suite/index')
      .then(() => {
        mocha.run((failures) => {
          if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
          else resolve();
        });
      })
      .catch(reject);
  });
}
