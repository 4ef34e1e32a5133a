// Which files a command reads: `okr lint` and `okr report` select them alike. The FILES|GLOBS|DIRS
// of the command line name the files (files.ts); each file's configuration (`--config`, else the
// nearest `.okrlintrc.json` or `package.json` with an `okr` key, from its folder upward, up to a
// `"root": true` config or the repository's root: `findConfigChain`) or any config file further up may ignore it (as in git: a config inside an ignored folder does not bring
// it back). A folder that the configuration rules out entirely is not read at all.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { findConfigChain, ignoredByWhich, isFolderIgnored, packageJsonHasConfig, parseConfig, resolveConfig, type ConfigLayer, type ConfigProblem, type ConfigSearchHost, type ResolvedConfig } from '../core/lint/index';
import { CliError, type CliIo } from './command';
import { displayPath, isWalkedFolderName, readTextFile, resolveOkrFiles } from './files';

/** A config file read: its layer, its problems for stderr, and why it cannot be used (or null). */
interface ReadConfig {
  layer: ConfigLayer;
  problems: ConfigProblem[];
  fatal: string | null;
}

/** A file to read, and the index of its configuration in `ConfigLookup.configs`. */
export interface SelectedFile {
  path: string;
  config: number;
}

/**
 * The configuration of each file, each config file read once. Its problems go to stderr the first
 * time a file to be read uses it (so in file order, as before a folder could be skipped); a config
 * that cannot be used (not JSON, an ignore pattern it cannot use) then stops the run (exit 2).
 */
export class ConfigLookup {
  /** Distinct configurations; files refer to them by index (threads get a copy of the list). */
  readonly configs: ResolvedConfig[] = [];
  private readonly configIndex = new Map<string, number>();
  /** Config file → what it holds, or null when it does not exist or holds no configuration. */
  private readonly files = new Map<string, ReadConfig | null>();
  private readonly reported = new Set<string>();
  private readonly explicit: ReadConfig | null = null;
  /** Each config file's configuration for `skipsFolder`, resolved once. */
  private readonly folderConfigs = new Map<ReadConfig, ResolvedConfig>();

  constructor(
    private readonly io: CliIo,
    private readonly configPath?: string,
    private readonly done = 'linted or fixed',
  ) {
    if (configPath) {
      this.explicit = this.read(configPath, readTextFile(configPath, displayPath(configPath, io.cwd)));
      this.report(configPath, this.explicit);
    }
  }

  private read(path: string, text: string): ReadConfig {
    const parsed = parseConfig(text, path.replace(/\\/g, '/'));
    const shown = displayPath(path, this.io.cwd);
    let fatal: string | null = null;
    if (parsed.problems.some((p) => p.severity === 'error' && /^Invalid JSON/.test(p.message))) fatal = `invalid configuration in ${shown}`;
    // Without an ignore pattern it cannot use, the run would lint and fix files the author meant to leave alone.
    else if (parsed.config.refusedIgnores?.length) fatal = `invalid configuration in ${shown}: an ignore pattern cannot be used (above); no file was ${this.done}`;
    // Without knowing whether the search stops there, which config files apply (their ignores) is not known either.
    else if (parsed.config.refusedRoot) fatal = `invalid configuration in ${shown}: "root" must be true or false (above); no file was ${this.done}`;
    return { layer: parsed.config, problems: parsed.problems, fatal };
  }

  /** Prints a config file's problems once; throws when it cannot be used. */
  private report(path: string, config: ReadConfig): void {
    if (this.reported.has(path)) return;
    this.reported.add(path);
    for (const p of config.problems) {
      // (Invalid JSON stops the run here: no default configuration is used.)
      this.io.stderr(`${displayPath(path, this.io.cwd)}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.severity}: ${p.message.replace(/; using the default configuration$/, '')}\n`);
    }
    if (config.fatal) throw new CliError(config.fatal);
  }

  /**
   * The config files that apply to a file, nearest first (`--config` alone when given): the core's
   * search (`findConfigChain`), the editor's too; it stops at a `"root": true` config or at the
   * repository's root (a folder holding `.git`), so a config above the repository changes nothing.
   */
  private chain(file: string): { path: string; config: ReadConfig }[] {
    if (this.configPath && this.explicit) return [{ path: this.configPath, config: this.explicit }];
    // The search reads the file's folder and those above it, never the file's name, and the host
    // answers each question once: so the files of a folder share one chain (found once per folder,
    // not per file). Not kept when the host throws (a config file that cannot be read).
    const dir = dirname(file);
    let chain = this.chains.get(dir);
    if (!chain) {
      chain = findConfigChain<ReadConfig>(file.replace(/\\/g, '/'), this.host).map((link) => ({ path: resolve(link.path), config: link.found }));
      this.chains.set(dir, chain);
    }
    return chain;
  }

  /** Folder → the config files that apply to its files (`chain`). */
  private readonly chains = new Map<string, { path: string; config: ReadConfig }[]>();

  /** How the search reads config files (each once) and finds a repository's root. */
  private readonly host: ConfigSearchHost<ReadConfig> = {
    config: (candidate) => {
      let config = this.files.get(candidate);
      if (config === undefined) {
        config = null;
        if (existsSync(candidate)) {
          const text = readTextFile(candidate, displayPath(candidate, this.io.cwd));
          if (!candidate.endsWith('package.json') || packageJsonHasConfig(text)) config = this.read(candidate, text);
        }
        this.files.set(candidate, config);
      }
      return config;
    },
    isRepositoryRoot: (dir) => {
      let root = this.repositoryRoots.get(dir);
      if (root === undefined) this.repositoryRoots.set(dir, (root = existsSync(join(dir, '.git'))));
      return root;
    },
  };

  /** Folder → whether it holds `.git`. */
  private readonly repositoryRoots = new Map<string, boolean>();

  /** The config files that apply to a file (absolute paths), nearest first; problems not printed. */
  configFiles(file: string): string[] {
    return this.chain(file).map((c) => c.path);
  }

  private nearest(file: string): { path: string; config: ReadConfig } | null {
    return this.chain(file)[0] ?? null;
  }

  private resolved(config: ReadConfig): ResolvedConfig {
    let resolved = this.folderConfigs.get(config);
    if (!resolved) this.folderConfigs.set(config, (resolved = resolveConfig([config.layer])));
    return resolved;
  }

  /** The config file that ignores a file, its own or one further up (`ignoredByWhich`), or null; problems printed. */
  ignoredBy(path: string): string | null {
    const chain = this.chain(path);
    for (const c of chain) this.report(c.path, c.config);
    return chain[ignoredByWhich(chain.map((c) => this.resolved(c.config)), path.replace(/\\/g, '/'))]?.path ?? null;
  }

  /** The index in `configs` of a file's configuration (its config file's problems printed the first time). */
  configOf(path: string): number {
    const found = this.nearest(path);
    if (found) this.report(found.path, found.config);
    // (Each config file's layer stringified once, not once per file.)
    let index = this.configIndexByFile.get(found?.config ?? null);
    if (index !== undefined) return index;
    const layer = found?.config.layer;
    const key = layer ? JSON.stringify(layer) : '';
    index = this.configIndex.get(key);
    if (index === undefined) {
      index = this.configs.push(resolveConfig(layer ? [layer] : [])) - 1;
      this.configIndex.set(key, index);
    }
    this.configIndexByFile.set(found?.config ?? null, index);
    return index;
  }

  /** A config file read (null: none) → the index of its configuration in `configs`. */
  private readonly configIndexByFile = new Map<ReadConfig | null, number>();

  /**
   * Whether a walk may leave out a folder without reading it: the configuration of the folder that
   * holds it, or of a config file further up (as git reads `.gitignore`, a config file inside an
   * ignored folder is not looked for), ignores every file below it. Asks nothing it cannot answer quietly: with a config that cannot
   * be read or used, the folder is read, and the config's error comes when a file uses it.
   */
  skipsFolder(dir: string): boolean {
    return this.folderIgnoredBy(dir) !== null;
  }

  /**
   * The config file that rules a folder out (`skipsFolder`), or null. A folder that itself holds a
   * stop of the search (a `.git` entry, a `"root": true` config) starts its own chain, as its files'
   * configuration does (the nearest stop wins): it is decided by that chain, not its parent's. A
   * stop deeper inside a folder ruled out is not looked for (that would mean reading ignored folders).
   */
  folderIgnoredBy(dir: string): string | null {
    let chain;
    try {
      chain = this.chain(join(this.holdsStop(dir) ? dir : dirname(dir), 'x'));
    } catch {
      return null;
    }
    // Ignoring is hierarchical (`ignoredBy`): a config file further up that rules the folder out
    // does so whatever a nearer one says, as for its files.
    if (chain.some((c) => c.config.fatal)) return null;
    const source = chain.find((c) => isFolderIgnored(this.resolved(c.config), dir.replace(/\\/g, '/')))?.path ?? null;
    // The outermost folder ruled out (its parent is not) is read when a folder directly inside it
    // holds a stop: `vendor/**` with a submodule at `vendor/lib` (its `.git` file).
    if (source === null || chain.some((c) => isFolderIgnored(this.resolved(c.config), dirname(dir).replace(/\\/g, '/')))) return source;
    return this.childHoldsStop(dir) ? null : source;
  }

  /** Whether a folder directly inside `dir` (one a walk reads) holds a stop (`holdsStop`); false when `dir` cannot be read. */
  private childHoldsStop(dir: string): boolean {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return false;
    }
    return entries.some((entry) => {
      if (!isWalkedFolderName(entry.name)) return false;
      const child = join(dir, entry.name);
      if (!entry.isDirectory()) {
        try {
          if (!entry.isSymbolicLink() || !statSync(child).isDirectory()) return false;
        } catch {
          return false;
        }
      }
      return this.holdsStop(child);
    });
  }

  /** Whether the config search stops in this folder: it holds `.git`, or its config says `"root": true` (read quietly). */
  private holdsStop(dir: string): boolean {
    if (this.configPath && this.explicit) return false;
    if (this.host.isRepositoryRoot(dir)) return true;
    try {
      for (const candidate of [join(dir, '.okrlintrc.json'), join(dir, 'package.json')]) {
        const found = this.host.config(candidate.replace(/\\/g, '/'));
        if (found) return found.layer.root === true;
      }
    } catch {
      // (Cannot be read: not known to be a stop; a file that uses it says why.)
    }
    return false;
  }
}

/**
 * The files of a command line that the command reads, with their configuration: the files, folders
 * and globs resolved (files.ts; folders that `ignores` rule out are not read), then the files that
 * `ignores` match left out. A file named on the command line but ignored gets a warning on stderr,
 * not silence: the run would otherwise print nothing and exit 0, as if it had been read.
 */
export function selectFiles(args: readonly string[], io: CliIo, command: 'lint' | 'report', lookup: ConfigLookup): SelectedFile[] {
  // A file argument resolves to itself (files.ts); a folder or a glob never does.
  const named = new Set(args.map((arg) => resolve(io.cwd, arg)));
  const done = command === 'lint' ? 'linted' : 'reported';
  /** Every name a file was reached by, and whether its configuration ignores it. */
  const names: { path: string; ignored: boolean }[] = [];
  // Ignores are applied to each name before each real file is taken once (files.ts): a file reached
  // first under an ignored name is read under its next name that is not ignored.
  const paths = resolveOkrFiles(args, io.cwd, {
    skipFolder: (dir) => lookup.skipsFolder(dir),
    accept: (path) => {
      const ignored = warnedIgnoredBy(path, io, command, lookup, named) !== null;
      names.push({ path, ignored });
      return !ignored;
    },
    // A folder named whose OKR files may all be in folders left out (not read): said, not "no OKR files".
    allSkipped: (dir, skipped) => {
      const source = lookup.folderIgnoredBy(skipped[0]!);
      const shown = skipped.slice(0, 3).map((folder) => displayPath(folder, io.cwd)).join(', ') + (skipped.length > 3 ? `, and ${skipped.length - 3} more` : '');
      const where = source === null ? '' : ` in ${displayPath(source, io.cwd)}`;
      io.stderr(`okr ${command}: warning: no file in ${displayPath(dir, io.cwd) || '.'} was ${done}: the folders in it (${shown}) match an ignore pattern${where}, so they were not read\n`);
    },
  });
  const selected = paths.map((path) => ({ path, config: lookup.configOf(path) }));
  // A folder named whose files were all ignored: said, as for a file (else: nothing, exit 0). One
  // whose files were all taken under another name was not ignored.
  for (const dir of named) {
    const inDir = (path: string) => path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
    const inside = names.filter((n) => inDir(n.path));
    if (inside.length && inside.every((n) => n.ignored)) {
      io.stderr(`okr ${command}: warning: no file in ${displayPath(dir, io.cwd) || '.'} was ${done}: each matches an ignore pattern\n`);
    }
  }
  return selected;
}

/** `paths` less the ones their configuration ignores (with a warning for those in `named`). */
export function notIgnored(paths: readonly string[], io: CliIo, command: 'lint' | 'report', lookup: ConfigLookup, named?: ReadonlySet<string>): SelectedFile[] {
  return paths
    .map((path) => ({ path, config: lookup.configOf(path) }))
    .filter((f) => warnedIgnoredBy(f.path, io, command, lookup, named) === null);
}

/** The config file that ignores a file (`ignoredBy`), or null; a warning on stderr when the file is ignored though named in `named`. */
function warnedIgnoredBy(path: string, io: CliIo, command: 'lint' | 'report', lookup: ConfigLookup, named?: ReadonlySet<string>): string | null {
  const source = lookup.ignoredBy(path);
  if (source !== null && named?.has(path)) {
    io.stderr(`okr ${command}: warning: ${displayPath(path, io.cwd)} was not ${command === 'lint' ? 'linted' : 'reported'}: it matches an ignore pattern in ${displayPath(source, io.cwd)}\n`);
  }
  return source;
}

/** `--config FILE` as an absolute path, checked (undefined when absent). */
export function parseConfigOption(raw: string | undefined, io: CliIo): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim() === '') throw new CliError('--config needs a file name');
  const path = resolve(io.cwd, raw);
  if (!existsSync(path)) throw new CliError(`no such config file: ${raw}`);
  return path;
}
