import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { nodeExtension, webExtension } from '../../scripts/bundles.mjs';

// Issue #7's budget for the minified Node extension bundle is 350 KB; it is not met (yaml alone
// is ~80 KB, our own code ~314 KB, see docs/performance.md). These budgets are today's sizes plus a little room, so a
// dependency that drags in a serialiser or a second copy of a package fails here. 2026-11-21:
// 446 KB in the morning, ~475 KB by the afternoon (localised messages, the directive and wording
// rules: our own code, no new dependency), hence 490,000. Third session: ~491 KB (the block re-parse
// of small-file edits +2 KB, the workspace look-up tables +1 KB, byte/billion and relative-%
// reading +1.6 KB, the wording rules' generalisation +1.6 KB), hence 500,000. Fifth session: 479.8 KB
// at its start, ~502.8 KB at its end, all our own code (KRs and check-ins Markdown splits off
// +4.8 KB, the wording readings +5 KB, per-KR check-in lens and milestone Check In +2.2 KB, folder
// ignores, one glob-list checker and okr.files warnings +2 KB, fix-all refusals +2 KB, rule-error log
// and progress +1 KB, the lint's per-configuration plan +1.1 KB), hence 505,000. Sixth session:
// −20.7 KB of dependency code the product never runs, left out at bundle time (scripts/bundles.mjs:
// trim-yaml, trim-mdast, the fault shim, the packed entity table's letter families; see
// docs/performance.md), while the day's features added ~14 KB of our own code: ~495.6 KB late in
// the session, hence 502,000. The dependencies' share gets its own budget, so the cuts
// stay cut: what esbuild takes from node_modules (and the shims standing in for packages) was
// 180,901 bytes late in the session (201.6 KB before the cuts), hence 184,000: a new dependency or a
// lost cut of ~3 KB fails here even while our own code grows. Later the same session: the two trims
// that rewrote yaml's stringifier (code that still runs) are reverted (rev-p), +1,989 bytes of
// dependency code (182,884 of 184,000), and the review fixes add our own code: over the session
// (502,762 -> 511,208 bytes) our own code grew ~27 KB (wording readings and their fixes' guards
// +8 KB, the model's list layouts, dated milestones, <details> and owners +5.7 KB, open config
// documents linted as typed, config-event invalidation and the shared config search +4 KB, Move to
// Initiatives in every layout +2.6 KB, placeholders +0.8 KB, the index's read ordering and progress
// +1.5 KB) while dependencies shrank ~19 KB, hence 515,000.
const BUDGET_BYTES = { node: 515_000, web: 515_000 };
const DEPENDENCY_BUDGET_BYTES = 184_000;

async function minifiedBytes(options: typeof nodeExtension): Promise<{ bytes: number; dependencyBytes: number; inputs: string[] }> {
  const result = await build({ ...options, bundle: true, minify: true, sourcemap: false, target: 'es2022', write: false, metafile: true, logLevel: 'silent' });
  const js = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const contributions = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs));
  return {
    bytes: js.reduce((n, f) => n + f.contents.byteLength, 0),
    dependencyBytes: contributions.filter(([path]) => path.startsWith('node_modules/') || path.startsWith('scripts/')).reduce((n, [, i]) => n + i.bytesInOutput, 0),
    // Files that contribute code (esbuild lists every visited file, tree-shaken ones with 0 bytes).
    inputs: Object.values(result.metafile.outputs)
      .flatMap((o) => Object.entries(o.inputs))
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path),
  };
}

describe('bundle size (minified, built in memory with the options of scripts/build.mjs)', function () {
  this.timeout(60_000);
  for (const [name, options] of [['node', nodeExtension], ['web', webExtension]] as const) {
    it(`the ${name} extension bundle stays within ${BUDGET_BYTES[name]} bytes (${DEPENDENCY_BUDGET_BYTES} from dependencies), without Markdown serialisers or yaml's CommonJS build`, async () => {
      const { bytes, dependencyBytes, inputs } = await minifiedBytes(options);
      assert.ok(bytes > 100_000, `suspiciously small: ${bytes}`);
      assert.ok(bytes <= BUDGET_BYTES[name], `${name} bundle is ${bytes} bytes, over ${BUDGET_BYTES[name]}`);
      assert.ok(dependencyBytes > 100_000 && dependencyBytes < bytes, `dependency share ${dependencyBytes} of ${bytes}`);
      assert.ok(dependencyBytes <= DEPENDENCY_BUDGET_BYTES, `${name} bundle takes ${dependencyBytes} bytes from dependencies, over ${DEPENDENCY_BUDGET_BYTES}`);
      assert.deepEqual(inputs.filter((i) => /mdast-util-to-markdown|remark-stringify|node_modules\/yaml\/dist\//.test(i)), []);
      // The CLI's own code (file walking, worker threads, output formats) ships only in dist/cli.
      assert.deepEqual(inputs.filter((i) => i.startsWith('src/cli/')), []);
      // Globs (lint ignores, okr.files) are matched by src/core/glob.ts; picomatch (~24 KB) is the
      // CLI's, for command-line globs.
      assert.deepEqual(inputs.filter((i) => /node_modules\/picomatch\//.test(i)), []);
    });
  }
});
