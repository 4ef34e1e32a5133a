// Which files are OKR files: `okr.md`, `*.okr.md`, and user globs (setting `okr.files`).
// Pure: the host passes a workspace-relative posix path (`teams/search.okr.md`).
import { checkGlobList, compileAlternatives, GLOB_LIMITS, globRefusalMessage, type GlobCheck } from './glob';
import { english, type Translate } from './translate';

/** The patterns every OKR file matches unless settings add more. */
export const DEFAULT_OKR_GLOB = '**/{okr.md,*.okr.md}';

/** The last segment of a posix path. */
export function baseName(path: string): string {
  const clean = path.replace(/\\/g, '/').replace(/\/+$/, '');
  return clean.slice(clean.lastIndexOf('/') + 1);
}

/** True for `okr.md` and `*.okr.md` (exact case, as the editor's document selector matches). */
export function isDefaultOkrFileName(path: string): boolean {
  const name = baseName(path);
  return name === 'okr.md' || (name.endsWith('.okr.md') && name.length > '.okr.md'.length);
}

/** An `okr.files` pattern as written, without a leading `./` or `/` (both mean the workspace folder). */
function normalisePattern(pattern: string): string {
  // A trailing slash names a folder: everything under it (as lint `ignores` read it).
  return pattern.trim().replace(/^\.\//, '').replace(/^\//, '').replace(/\/+$/, '/**');
}

/**
 * Bounds on the `okr.files` patterns, which come with a workspace's settings (a cloned repository):
 * a pattern past them, or with extglob syntax (`@(a|b)`, which the glob dialect of `glob.ts` does
 * not have), matches nothing, and `okrFilesProblems` says why. With them one `isOkrFile` call costs
 * at most about as much as the lint ignores of one config at their limits. The same checker
 * (`checkGlobList`) reads lint ignores: a pattern that passes a limit is refused alone.
 */
export const OKR_FILES_LIMITS = GLOB_LIMITS;

/** The patterns of a list as checked (non-strings and empty patterns left out: nothing to use or tell). */
function checkedPatterns(patterns: readonly unknown[]): { pattern: string; glob: string; check: GlobCheck }[] {
  const written = patterns.filter((p): p is string => typeof p === 'string').map((pattern) => ({ pattern, glob: normalisePattern(pattern) }));
  const present = written.filter((p) => p.glob !== '');
  const checks = checkGlobList(present.map((p) => p.glob));
  return present.map((p, i) => ({ ...p, check: checks[i]! }));
}

/**
 * Why `okr.files` patterns are not used (extglob syntax, past a limit): a message for each refused
 * one, naming it and the limit, for the editor to show (such a pattern matches nothing).
 */
export function okrFilesProblems(patterns: readonly unknown[], t: Translate = english): { pattern: string; message: string }[] {
  return checkedPatterns(patterns).flatMap(({ pattern, check }) => (check.refusal ? [{ pattern, message: globRefusalMessage(t, 'okr.files', pattern.trim(), check.refusal) }] : []));
}

/**
 * The `okr.files` patterns as workspace-relative globs for the editor's file search, watchers and
 * document selectors: the same files `isOkrFile` matches (a bare name matches in any folder), so
 * only the patterns the list check keeps (not empty, no extglob syntax, within the limits of the
 * list: a pattern that overflows them is left out here as it is there).
 */
export function okrFilesGlobs(patterns: readonly unknown[]): string[] {
  return checkedPatterns(patterns).flatMap(({ glob, check }) => (check.refusal ? [] : [glob.includes('/') ? glob : `**/${glob}`]));
}

/** `okrFilesGlobs` of one pattern: its glob, or null when it is not used. */
export function okrFilesGlob(pattern: string): string | null {
  return okrFilesGlobs([pattern])[0] ?? null;
}

type Matcher = (names: readonly string[]) => boolean;

/** The patterns of one `okr.files` list, compiled; kept for the few most recent lists. */
const listCache = new Map<string, Matcher[]>();
const LIST_CACHE_SIZE = 16;

function compileList(patterns: readonly unknown[]): Matcher[] {
  // A pattern without a slash matches a file name anywhere, like `.gitignore` patterns do.
  return checkedPatterns(patterns).flatMap(({ glob, check }) => (check.alternatives ? [compileAlternatives(check.alternatives, { anyDepth: !glob.includes('/') })] : []));
}

function matchersOf(patterns: readonly unknown[]): Matcher[] {
  const key = JSON.stringify(patterns.map((p) => (typeof p === 'string' ? p : null)));
  let m = listCache.get(key);
  if (m) listCache.delete(key);
  else m = compileList(patterns);
  listCache.set(key, m);
  if (listCache.size > LIST_CACHE_SIZE) listCache.delete(listCache.keys().next().value!);
  return m;
}

/**
 * Whether `path` (workspace-relative, `/`-separated) is an OKR file: the default names, or a
 * match for one of `patterns` (globs relative to the workspace folder).
 */
export function isOkrFile(path: string, patterns: readonly string[] = []): boolean {
  const normalised = path.replace(/\\/g, '/').replace(/^\.?\//, '');
  if (isDefaultOkrFileName(normalised)) return true;
  if (!Array.isArray(patterns) || patterns.length === 0) return false;
  const names = normalised.split('/');
  return matchersOf(patterns).some((match) => match(names));
}
