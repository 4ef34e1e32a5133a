// A private copy of the CLI for tests that run it on threads: bin/okr.js and a bundle of the
// current src/cli built into a temporary folder, so the tests neither need `npm run build` nor race
// with someone rebuilding dist/ (worker threads load the bundle by path).
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';

/**
 * With `prelude`, that module is imported before the CLI's own (in the main thread and in every
 * worker): a test-only change to the build, such as a rule that throws (failing-rule.ts).
 */
export async function privateCli(prefix: string, options: { prelude?: string } = {}): Promise<{ root: string; bin: string; bundle: string }> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'bin'));
  copyFileSync(resolve('bin/okr.js'), join(root, 'bin', 'okr.js'));
  const bundle = join(root, 'dist', 'cli', 'okr.js');
  let entry = resolve('src/cli/okr.ts');
  if (options.prelude) {
    // Imports run in order: the prelude's side effects come before the CLI module's (a worker starts serving there).
    entry = join(root, 'entry.ts');
    writeFileSync(entry, `import ${JSON.stringify(options.prelude)};\nexport * from ${JSON.stringify(resolve('src/cli/okr.ts'))};\n`);
  }
  await esbuild.build({ entryPoints: [entry], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  return { root, bin: join(root, 'bin', 'okr.js'), bundle };
}
