// Turns the FILES|GLOBS|DIRECTORIES of a command line into a list of OKR files.
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
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

/** What a walk may be told besides where to start. */
export interface WalkOptions {
  /**
   * True for a folder found on the way whose files would all be left out (the config's `ignores`
   * rule it out): it is not read at all, so a folder there that cannot be read stops nothing. Not
   * asked about the folders given on the command line.
   */
  skipFolder?: (dir: string) => boolean;
}

/** What `resolveOkrFiles` may be told besides the arguments. */
export interface ResolveOptions extends WalkOptions {
  /**
   * False for a name that is not to be read (the config's `ignores` match it). Asked for every name
   * a file is reached by, before each real file is taken once: a file whose first name is ignored
   * is taken under the next name that is not.
   */
  accept?: (file: string) => boolean;
  /**
   * A folder given on the command line where no file was reached because every folder in it that
   * was found was left out (`skipFolder`, named in `skipped`): told here instead of the error for a
   * folder without OKR files (their files match an ignore pattern; the caller says so).
   */
  allSkipped?: (dir: string, skipped: readonly string[]) => void;
}

/**
 * Calls `visit` for each file under `dir`, in name order; `visit` returns true once it has taken the
 * file (no other name of it is needed). Returns the folders left out (`skipFolder`). A folder that
 * cannot be read is an error (exit 2): a lint that silently skipped it would pass in CI without
 * having seen its files. Only a `dir` that does not exist (a glob's base) contributes nothing.
 *
 * Links are followed, to files and to folders, as the editor's file search and `find -L` do (a
 * team's folder linked into `okrs/` is linted there; ESLint took not following them for a bug).
 * The folders reached directly come first, then the linked ones, each real folder once: a link to
 * a folder above it (`up -> ..`) or to one the walk has read (a link beside its target) is passed
 * over, so a loop of links ends and no folder is read twice under two names. A dangling link, or
 * a loop of links, has nothing to read.
 */
function walk(dir: string, visit: (file: string) => boolean | void, cwd: string, options: WalkOptions = {}): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new CliError(`cannot read the folder ${displayPath(dir, cwd)}: ${whyUnreadable(error)}`);
  }
  /** The real paths of the folders read or being read, and the name each was read under. */
  const walked = new Map<string, string>();
  /** Every file visited: the name it was visited under and its real path, in order. */
  const visited: { name: string; real: string }[] = [];
  /** The real paths of the files `visit` took: no other name of them is visited. */
  const taken = new Set<string>();
  const see = (name: string, realFile: string): void => {
    visited.push({ name, real: realFile });
    if (visit(name) === true) taken.add(realFile);
  };
  /** The folders left out (`skipFolder`): their name and real path. */
  const skipped: { name: string; real: string }[] = [];
  const skips = (path: string, realPath: string): boolean => {
    if (!options.skipFolder?.(path)) return false;
    skipped.push({ name: path, real: realPath });
    return true;
  };
  /** Links to folders (and the real path of the folder holding each), read after the folders reached directly. */
  const links: { path: string; from: string }[] = [];
  const readFolder = (path: string, realPath: string): void => {
    if (walked.has(realPath)) return;
    walked.set(realPath, path);
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path === dir) return;
      throw new CliError(`cannot read the folder ${displayPath(path, cwd)}: ${whyUnreadable(error)}`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isFile()) see(child, join(realPath, entry.name));
      else if (entry.isDirectory()) {
        if (isWalkedFolderName(entry.name) && !skips(child, join(realPath, entry.name))) readFolder(child, join(realPath, entry.name));
      } else if (entry.isSymbolicLink()) {
        let stat;
        try {
          stat = statSync(child);
        } catch {
          continue; // dangling, or a loop of links: nothing to read
        }
        if (stat.isFile()) see(child, realPathOr(child));
        else if (stat.isDirectory() && isWalkedFolderName(entry.name) && !skips(child, realPathOr(child))) links.push({ path: child, from: realPath });
      }
    }
  };
  readFolder(dir, real);
  for (const link of links) {
    let target: string;
    try {
      target = realpathSync(link.path);
    } catch {
      continue; // gone since
    }
    // A link to a folder above it (`up -> ..`) is a loop, even when the walk began below that folder.
    if (link.from === target || link.from.startsWith(target.endsWith(sep) ? target : target + sep)) continue;
    const readAs = walked.get(target);
    if (readAs === undefined) readFolder(link.path, target);
    else {
      // Read already under another name: the files under it that were not taken (ignored under
      // every name so far) are visited again under the link's name, each real file once, without
      // reading the folder again; so the work is bounded by links x files, however links nest.
      // The folders left out under the first name are read under the link's when not left out there.
      const under = readAs.endsWith(sep) ? readAs : readAs + sep;
      const again = new Set<string>();
      const visitedBefore = visited.length;
      for (let i = 0; i < visitedBefore; i++) {
        const file = visited[i]!;
        if (!file.name.startsWith(under) || taken.has(file.real) || again.has(file.real)) continue;
        again.add(file.real);
        see(join(link.path, file.name.slice(under.length)), file.real);
      }
      const skippedBefore = skipped.length;
      for (let i = 0; i < skippedBefore; i++) {
        const folder = skipped[i]!;
        if (!folder.name.startsWith(under) || walked.has(folder.real)) continue;
        const name = join(link.path, folder.name.slice(under.length));
        if (!skips(name, folder.real)) readFolder(name, folder.real);
      }
    }
  }
  return skipped.filter((folder) => !walked.has(folder.real)).map((folder) => folder.name);
}

/** A path's real path, or the path itself when it cannot be resolved (gone since, or unreadable: reading it says so). */
function realPathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Whether a walk goes into a folder of this name: not hidden ones, nor dependencies and build output. */
export function isWalkedFolderName(name: string): boolean {
  return !SKIPPED_DIRS.has(name) && !name.startsWith('.');
}

const toPosix = (p: string): string => p.split(sep).join('/');

/**
 * Resolves arguments to absolute file paths, in argument order, each real file once. A file is taken
 * as named; a directory contributes its `okr.md` / `*.okr.md` files; an argument that names no
 * existing path and has glob syntax is a glob, matched relative to `cwd`. Throws a `CliError`
 * (exit 2) for a missing file, a directory without OKR files, or a glob that matches nothing.
 */
export function resolveOkrFiles(args: readonly string[], cwd: string, options: ResolveOptions = {}): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Each real file once, under the first name it was reached by that `accept` takes (a link to a
  // file, a folder named twice under two names): linted twice, `--fix` would find it changed under
  // it, a report count it twice. Ignores come first: a file whose first name is ignored is taken
  // under its next name that is not.
  let reached = 0;
  const add = (file: string): boolean => {
    reached++;
    if (options.accept && !options.accept(file)) return false;
    const real = realPathOr(file);
    if (!seen.has(real)) {
      seen.add(real);
      out.push(file);
    }
    return true;
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
      const before = reached;
      walk(
        base,
        (file) => {
          const candidate = isAbsolute(arg) ? toPosix(file) : toPosix(relative(cwd, file));
          return matcher(candidate) && add(file);
        },
        cwd,
        options,
      );
      if (reached === before) throw new CliError(`no files match ${arg}`);
      continue;
    }
    if (!stat) {
      const why = whyUnreadable(statError);
      throw new CliError(why === 'no such file or directory' ? `${why}: ${arg}` : `cannot read ${arg}: ${why}`);
    }
    if (stat.isDirectory()) {
      const before = reached;
      // The editor's rule (src/core/files.ts), so CI lints exactly the files the author saw linted.
      const skipped = walk(path, (file) => isDefaultOkrFileName(toPosix(file)) && add(file), cwd, options);
      if (reached === before) {
        if (skipped.length > 0 && options.allSkipped) options.allSkipped(path, skipped);
        else throw new CliError(`no OKR files (okr.md, *.okr.md) in ${arg}`);
      }
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

/** The repository holding `dir`: the nearest folder up from it (itself included) with a `.git` entry, or null. */
export function repositoryRoot(dir: string): string | null {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return null;
  }
}

/** A path as shown to the user: relative to cwd when inside it, with `/` separators. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return toPosix(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file);
}

/** A file's text (UTF-8); a `CliError` naming it (as `shown`) when it cannot be read. */
export function readTextFile(path: string, shown: string): string {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'ERR_FS_FILE_TOO_LARGE' ? 'too large (over 2 GiB)' : (error as Error).message;
    throw new CliError(`cannot read ${shown}: ${why}`);
  }
  try {
    return buffer.toString('utf8');
  } catch {
    // Past V8's longest string (~512 MB of text).
    throw new CliError(`cannot read ${shown}: too large (${Math.round(buffer.byteLength / 1048576)} MB) to read as text`);
  }
}
