// A private copy of the CLI for tests that run it on threads: bin/okr.js and a bundle of the
// current src/cli built into a temporary folder, so the tests neither need `npm run build` nor race
// with someone rebuilding dist/ (worker threads load the bundle by path).
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

export async function privateCli(prefix: string): Promise<{ root: string; bin: string; bundle: string }> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'bin'));
  copyFileSync(resolve('bin/okr.js'), join(root, 'bin', 'okr.js'));
  const bundle = join(root, 'dist', 'cli', 'okr.js');
  await esbuild.build({ entryPoints: [resolve('src/cli/okr.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  return { root, bin: join(root, 'bin', 'okr.js'), bundle };
}
