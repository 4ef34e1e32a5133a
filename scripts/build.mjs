// Bundles every target with esbuild. Type checking is a separate step (`npm run typecheck`).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { nodeExtension, webExtension, webview } from './bundles.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  target: 'es2022',
};

/** Each target is built only when its entry exists, so the tree builds at every stage. */
const targets = [
  // Node and web-worker extension hosts (options in bundles.mjs, shared with the bench and a test)
  nodeExtension,
  webExtension,
  // CLI
  { entryPoints: ['src/cli/okr.ts'], outfile: 'dist/cli/okr.js', platform: 'node', format: 'cjs' },
  webview,
  // Integration tests, one bundle per host
  { entryPoints: ['test/integration/index.node.ts'], outfile: 'dist/node/test/index.js', platform: 'node', format: 'cjs', external: ['vscode', 'mocha'] },
  { entryPoints: ['test/integration/index.web.ts'], outfile: 'dist/web/test/index.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { global: 'globalThis', 'process.env.NODE_ENV': '"test"' }, mainFields: ['browser', 'module', 'main'], conditions: ['worker'] },
].filter((t) => t.entryPoints.every((e) => existsSync(e)));

const contexts = await Promise.all(targets.map((t) => esbuild.context({ ...common, ...t })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log(`watching ${contexts.length} bundles…`);
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
