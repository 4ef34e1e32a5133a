// The editor's host for the config search (`findConfigChainAsync`): what it reads for each
// candidate and how it tells a repository's root. It imports no `vscode` (the LintService passes
// `vscode.workspace.fs` in), so the unit test that checks the CLI and the editor pick the same
// config files runs this code, not a copy of it.
import { packageJsonHasConfig, parseConfig, type AsyncConfigSearchHost, type ConfigLayer, type ParsedConfig } from '../core/lint/index';
import type { Translate } from '../core/translate';

/** The workspace folder's files, by workspace-relative posix path. */
export interface WorkspaceFolderFiles {
  /** The file's text, or null when it is not there or cannot be read (the search goes on up). */
  read(path: string): Promise<string | null>;
  /** Whether something (a file or a folder) is at the path. */
  exists(path: string): Promise<boolean>;
}

/**
 * A search host over a workspace folder: `.okrlintrc.json` read and parsed (in `t`'s language), a
 * `package.json` only with an `okr` key; a folder holding `.git` is a repository's root. `found`
 * makes what the search keeps of each config file read (and may report its problems).
 */
export function configSearchHost<T extends { layer: ConfigLayer }>(
  files: WorkspaceFolderFiles,
  found: (candidate: string, parsed: ParsedConfig, isPackage: boolean) => T,
  t?: Translate,
): AsyncConfigSearchHost<T> {
  return {
    config: async (candidate) => {
      const text = await files.read(candidate);
      if (text === null) return null;
      const isPackage = candidate === 'package.json' || candidate.endsWith('/package.json');
      if (isPackage && !packageJsonHasConfig(text)) return null;
      return found(candidate, parseConfig(text, candidate, t), isPackage);
    },
    isRepositoryRoot: (dir) => files.exists(`${dir}/.git`),
  };
}
