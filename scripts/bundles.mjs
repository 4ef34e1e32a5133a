// The esbuild options of the shipped bundles, shared by scripts/build.mjs, the bench
// (bench/system.ts) and the size-budget unit test, so all three measure the same bundle.
import { compactEntities } from './compact-entities.mjs';
import { trimMdast } from './trim-mdast.mjs';
import { trimYaml } from './trim-yaml.mjs';

// yaml's package.json does not say it is free of side effects, so esbuild keeps every module it
// imports even where nothing of it is used: `parse/cst-visit.js` (CST.visit, ~0.9 KB), reached only
// through the CST namespace that the parser imports a token-type helper from. yaml sets no globals,
// so a module none of whose exports is used can go.
const yamlWithoutSideEffects = {
  name: 'yaml-without-side-effects',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'yaml-without-side-effects' || !/[\\/]node_modules[\\/]yaml[\\/]/.test(args.importer)) return undefined;
      const result = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'yaml-without-side-effects' });
      return result.errors.length ? result : { ...result, sideEffects: false };
    });
  },
};

// `fault` (and `format`, its printf): see scripts/shims/fault.mjs.
const shims = { fault: './scripts/shims/fault.mjs' };

// Node extension host. `yaml` resolves to its ESM build (the one the web target uses; same code,
// but esbuild can drop what is unused: ~17 KB less than its CommonJS `node` build). It differs in
// yaml's debug env vars (LOG_TOKENS, LOG_STREAM) and in sending warnings to console.warn, which
// parse.ts asks for none of (logLevel 'error'), and in `!!binary`, decoded with a strict atob
// (a Uint8Array) instead of a lenient Buffer: parse.ts reads `!!binary` with its own tag (the
// base64 text), so the CLI (node build, unbundled) and the extension read it alike.
// compactEntities: character-entities as one packed string (same table, ~13.5 KB less; see the plugin).
// trimYaml: yaml's API for editing, building and serialising documents, never called, left out (~12 KB).
// trimMdast: two GFM Markdown-serialiser handlers kept alive by a `.peek =` statement.
// charset utf8: non-ASCII text (character-entities, our messages) stays as-is instead of \uXXXX.
export const nodeExtension = { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/node/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], alias: { yaml: './node_modules/yaml/browser/index.js', ...shims }, charset: 'utf8', plugins: [compactEntities, yamlWithoutSideEffects, trimYaml, trimMdast] };

// Web-worker extension host (VS Code for the Web). The `worker` condition keeps packages from
// picking their DOM builds (decode-named-character-reference's uses `document`, absent in a worker).
export const webExtension = { entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { global: 'globalThis' }, mainFields: ['browser', 'module', 'main'], conditions: ['worker'], alias: shims, charset: 'utf8', plugins: [compactEntities, yamlWithoutSideEffects, trimYaml, trimMdast] };

// Webview app
export const webview = { entryPoints: ['src/webview/main.ts'], outfile: 'media/panel.js', platform: 'browser', format: 'iife', sourcemap: false };
