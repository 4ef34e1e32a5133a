// Turns the FILES|GLOBS|DIRECTORIES of a command line into a list of OKR files.
import { readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { isDefaultOkrFileName } from '../core/files';
import { CliError } from './command';

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test', '.vscode-test-web', '.code-server']);

/** Why a file or folder could not be read, in a few words. */
export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'ENOTDIR') return 'not a directory';
  if (code === 'ENAMETOOLONG') return 'the name is too long';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Calls `visit` for each file under `dir`. A folder that cannot be read is an error (exit 2): a
 * lint that silently skipped it would pass in CI without having seen its files. Only a `dir` that
 * does not exist (a glob's base) contributes nothing.
 */
function walk(dir: string, visit: (file: string) => void, cwd: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new CliError(`cannot read the folder ${displayPath(dir, cwd)}: ${whyUnreadable(error)}`);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(path, visit, cwd);
    } else if (entry.isFile()) visit(path);
    else if (entry.isSymbolicLink()) {
      // A link to a file is that file (the editor's file search follows links too). A link to a
      // folder is not walked: it may lead out of the tree, or back up it. A dangling link or a loop
      // of links has nothing to read.
      try {
        if (statSync(path).isFile()) visit(path);
      } catch {
        // nothing to lint
      }
    }
  }
}

const toPosix = (p: string): string => p.split(sep).join('/');

/**
 * Resolves arguments to absolute file paths, in argument order without duplicates. A file is taken
 * as named; a directory contributes its `okr.md` / `*.okr.md` files; an argument that names no
 * existing path and has glob syntax is a glob, matched relative to `cwd`. Throws a `CliError`
 * (exit 2) for a missing file, a directory without OKR files, or a glob that matches nothing.
 */
export function resolveOkrFiles(args: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    if (!seen.has(file)) {
      seen.add(file);
      out.push(file);
    }
  };
  for (const arg of args) {
    // (An unset shell variable, `okr lint "$FILES"`: not the current folder.)
    if (arg.trim() === '') throw new CliError('an empty file name was given');
    const path = resolve(cwd, arg);
    // A name that exists is that file or folder, even with glob characters in it (`par (2026)`,
    // `br[1]`); only an argument that names nothing is read as a glob.
    let stat;
    let statError: unknown = null;
    try {
      stat = statSync(path);
    } catch (error) {
      statError = error;
    }
    const scan = picomatch.scan(arg);
    if (!stat && scan.isGlob) {
      const base = resolve(cwd, scan.base || '.');
      const matcher = picomatch(toPosix(isAbsolute(arg) ? arg : relative(cwd, resolve(cwd, arg)) || arg), { dot: false });
      const before = out.length;
      walk(
        base,
        (file) => {
          const candidate = isAbsolute(arg) ? toPosix(file) : toPosix(relative(cwd, file));
          if (matcher(candidate)) add(file);
        },
        cwd,
      );
      if (out.length === before) throw new CliError(`no files match ${arg}`);
      continue;
    }
    if (!stat) {
      const why = whyUnreadable(statError);
      throw new CliError(why === 'no such file or directory' ? `${why}: ${arg}` : `cannot read ${arg}: ${why}`);
    }
    if (stat.isDirectory()) {
      const before = out.length;
      // The editor's rule (src/core/files.ts), so CI lints exactly the files the author saw linted.
      walk(
        path,
        (file) => {
          if (isDefaultOkrFileName(toPosix(file))) add(file);
        },
        cwd,
      );
      if (out.length === before) throw new CliError(`no OKR files (okr.md, *.okr.md) in ${arg}`);
    } else if (stat.isFile()) add(path);
    // A pipe would wait forever, /dev/zero fill the memory: only files are read.
    else throw new CliError(`not a file or folder: ${arg}`);
  }
  return out;
}

/**
 * The workspace-relative names of files (the CLI's "workspace" is the folder that holds them all),
 * posix, as the editor's index names them. Display paths will not do: a file outside cwd shows as
 * an absolute path, and `parent: ../okr.md` then resolves against the wrong folder.
 */
export function workspaceNames(files: readonly string[]): string[] {
  if (files.length === 0) return [];
  let root = dirname(files[0]!);
  for (const file of files) {
    while (relative(root, file).startsWith('..') || isAbsolute(relative(root, file))) {
      const up = dirname(root);
      if (up === root) break;
      root = up;
    }
  }
  return files.map((file) => toPosix(relative(root, file)));
}

/** A path as shown to the user: relative to cwd when inside it, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return toPosix(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file);
}
