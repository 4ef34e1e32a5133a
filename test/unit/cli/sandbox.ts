// The set-up the CLI unit tests share: run `okr` in-process (main) in a folder, collecting what it
// prints, and a fresh temporary folder per test (optionally a repository root, with a `.git` folder).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../../src/cli/okr';

export interface OkrRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `okr ...argv` run in `cwd` on a fixed day (2026-11-21), with its exit code and output. */
export async function runOkr(cwd: string, ...argv: string[]): Promise<OkrRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, today: () => '2026-11-21' });
  return { code, stdout, stderr };
}

/** Writes each file (path relative to `root`, `/`-separated) with its text, making parent folders. */
export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
}

export interface Sandbox {
  /** This test's folder (set in beforeEach). */
  readonly dir: string;
  /** `okr ...argv` run in `dir`. */
  okr(...argv: string[]): Promise<OkrRun>;
  /** Writes files under `dir`, making parent folders. */
  write(files: Record<string, string>): void;
}

/**
 * Registers a beforeEach that makes a fresh temporary folder (named `prefix…`, with a `.git` folder
 * when `git`) and an afterEach that removes it. Call it inside a describe, before hooks that use `dir`.
 */
export function useSandbox(options: { prefix: string; git?: boolean }): Sandbox {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), options.prefix));
    if (options.git) mkdirSync(join(dir, '.git'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    okr: (...argv) => runOkr(dir, ...argv),
    write: (files) => writeFiles(dir, files),
  };
}
