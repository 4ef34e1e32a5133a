// How a file is named to a person and to `parent:` / `Aligns:` resolution: its path relative to
// its workspace folder, prefixed with the folder's name when the workspace has more than one folder
// (as VS Code's `workspace.asRelativePath(uri, true)` does), so two folders that each hold an
// `okr.md` give `web/okr.md` and `api/okr.md`, not two `okr.md`. Pure: the host passes URI strings.

export interface NamedFolder {
  /** The folder's URI as a string (the host's `uri.toString()`). */
  uri: string;
  /** The folder's name as the workspace shows it. */
  name: string;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The path part of a URI string, decoded (`file:///a/b%20c.md` → `/a/b c.md`). */
export function uriPath(uri: string): string {
  return decode(uri.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:(?:\/\/[^/]*)?/i, ''));
}

/** A `file:` URI of a Windows path (`file:///c%3A/…`, `file:///C:/…`, a UNC `file://server/…` is not). */
function isWindowsFileUri(uri: string): boolean {
  return /^file:\/\/\/[a-z](?::|%3a)\//i.test(uri);
}

/**
 * The file's name in the workspace: `teams/search.okr.md` in a one-folder workspace,
 * `web/teams/search.okr.md` with several folders (the innermost folder holding it wins), the
 * decoded URI path when no folder holds it.
 */
export function workspaceFileName(uri: string, folders: readonly NamedFolder[]): string {
  const file = uri.replace(/[?#].*$/, '');
  // Windows paths (a drive letter) name the same file in any case: `c:/users/…` is in `C:/Users`.
  const fold = isWindowsFileUri(file) ? (s: string) => s.toLowerCase() : (s: string) => s;
  let best: { folder: NamedFolder; rest: string } | null = null;
  for (const folder of folders) {
    const base = folder.uri.replace(/[?#].*$/, '').replace(/\/+$/, '');
    if (!fold(file).startsWith(`${fold(base)}/`)) continue;
    const rest = file.slice(base.length + 1);
    if (rest === '' || (best && rest.length >= best.rest.length)) continue;
    best = { folder, rest };
  }
  if (!best) return uriPath(uri).replace(/^\/+/, '') || uri;
  const relative = decode(best.rest).replace(/^\/+/, '');
  return folders.length > 1 ? `${best.folder.name}/${relative}` : relative;
}
