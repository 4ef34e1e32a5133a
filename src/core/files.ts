// Which files are OKR files: `okr.md`, `*.okr.md`, and user globs (setting `okr.files`).
// Pure: the host passes a workspace-relative posix path (`teams/search.okr.md`).
import picomatch from 'picomatch/posix';

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
  return pattern.trim().replace(/^\.\//, '').replace(/^\//, '');
}

/**
 * An `okr.files` pattern as a workspace-relative glob for the editor's file search, watchers and
 * document selectors: the same files `isOkrFile` matches (a bare name matches in any folder).
 * Null for an empty pattern.
 */
export function okrFilesGlob(pattern: string): string | null {
  const glob = normalisePattern(pattern);
  if (!glob) return null;
  return glob.includes('/') ? glob : `**/${glob}`;
}

type Matcher = (path: string) => boolean;
const matcherCache = new Map<string, Matcher | null>();

function matcher(pattern: string): Matcher | null {
  let m = matcherCache.get(pattern);
  if (m === undefined) {
    try {
      const glob = normalisePattern(pattern);
      // A pattern without a slash matches a file name anywhere, like `.gitignore` patterns do.
      m = glob ? picomatch(glob, { dot: true, basename: !glob.includes('/') }) : null;
    } catch {
      m = null; // An invalid glob matches nothing rather than throwing.
    }
    matcherCache.set(pattern, m);
  }
  return m;
}

/**
 * Whether `path` (workspace-relative, `/`-separated) is an OKR file: the default names, or a
 * match for one of `patterns` (globs relative to the workspace folder).
 */
export function isOkrFile(path: string, patterns: readonly string[] = []): boolean {
  const normalised = path.replace(/\\/g, '/').replace(/^\.?\//, '');
  if (isDefaultOkrFileName(normalised)) return true;
  return patterns.some((p) => typeof p === 'string' && (matcher(p)?.(normalised) ?? false));
}
