// Lint configuration: parse `.okrlintrc.json` / `package.json` (`okr` key) text into a layer,
// merge layers and presets into a ResolvedConfig, match ignore globs. Pure: the host reads files.
//
// A config file:
//   {
//     "extends": "recommended",                       // or "strict", or a list
//     "rules": {
//       "kr-task-like": "off",                        // "off" | "error" | "warning" | "info" | "hint"
//       "objective-too-many-key-results": ["warning", { "max": 3 }],
//       "objective-too-long": { "severity": "info", "max": 80 },
//       "kr-missing-owner": true                      // true: on at its default (or warning); false: off
//     },
//     "ignores": ["archive/**"],                      // globs relative to the config file's folder
//     "allow": ["SOC 2 readiness"],                   // phrases that silence any diagnostic about them
//     "root": true                                    // no config file further up applies (findConfigChain)
//   }
import { checkGlobList, folderGlobMatcher, GLOB_LIMITS, globMatcher, globRefusalMessage, type GlobMatcher } from '../glob';
import { LineIndex } from '../text';
import { english, type Translate } from '../translate';
import { parseJson, JsonSyntaxError, jsonValue, type JsonNode } from './json';
import { isPresetName, preset, PRESET_NAMES, type PresetName } from './presets';
import { ruleById, rules } from './rules/index';
import { SEVERITIES, type ConfigProblem, type OptionSpec, type ResolvedConfig, type RuleSetting, type SeveritySetting } from './types';

export const CONFIG_FILE_NAME = '.okrlintrc.json';
export const PACKAGE_JSON_KEY = 'okr';

/** One configuration source (a file or the editor's settings), before merging. */
export interface ConfigLayer {
  extends: PresetName[];
  rules: Record<string, { severity?: SeveritySetting; options: Record<string, unknown> }>;
  /** Glob patterns, already made relative to `baseDir` when it is known. */
  ignores: string[];
  allow: string[];
  /** `"root": true`: the search for config files stops here; none further up applies (`findConfigChain`). */
  root?: boolean;
  /** The posix folder the `ignores` are relative to, or null (relative to any folder). */
  baseDir: string | null;
  /**
   * Ignore patterns that were reported and left out (extglob syntax, past the limits). Without
   * them more files are linted than the author meant: the CLI treats this as a configuration error.
   */
  refusedIgnores?: string[];
  /**
   * True when `root` was reported for not being true or false: whether the search was meant to stop
   * here is not known, so neither is which config files apply. The CLI treats it as a configuration
   * error (as a refused ignore pattern), the editor's bulk fixes refuse the file.
   */
  refusedRoot?: boolean;
}

export interface ParsedConfig {
  config: ConfigLayer;
  problems: ConfigProblem[];
}

export function emptyLayer(baseDir: string | null = null): ConfigLayer {
  return { extends: [], rules: {}, ignores: [], allow: [], baseDir };
}

function toPosix(path: string): string {
  return path.replace(/\\/g, '/');
}

function dirname(path: string): string {
  const p = toPosix(path);
  const i = p.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return p.slice(0, i);
}

function baseName(path: string): string {
  const p = toPosix(path);
  return p.slice(p.lastIndexOf('/') + 1);
}

/**
 * Parses a config file's text. `fileName` decides the format: a `package.json` holds the
 * configuration under its `okr` key. Never throws: problems come back with their ranges, and the
 * layer holds whatever was valid. Problem messages are in `t`'s language (English by default).
 */
export function parseConfig(text: string, fileName: string, t: Translate = english): ParsedConfig {
  const lines = new LineIndex(text);
  const problems: ConfigProblem[] = [];
  const layer = emptyLayer(fileName ? dirname(fileName) : null);
  const problem = (message: string, start: number, end: number, severity: ConfigProblem['severity'] = 'error'): void => {
    problems.push({ message, range: lines.range(start, end), severity });
  };

  let root: JsonNode;
  try {
    root = parseJson(text);
  } catch (e) {
    const offset = e instanceof JsonSyntaxError ? e.offset : 0;
    const message = e instanceof Error ? e.message : String(e);
    const p = lines.positionAt(offset);
    const where = baseName(fileName);
    problem(
      where
        ? t('Invalid JSON in {0} at line {1}, column {2}: {3}; using the default configuration', where, p.line + 1, p.character + 1, message)
        : t('Invalid JSON in configuration at line {0}, column {1}: {2}; using the default configuration', p.line + 1, p.character + 1, message),
      offset,
      Math.min(text.length, offset + 1),
    );
    return { config: layer, problems };
  }

  let node: JsonNode | undefined = root;
  if (baseName(fileName) === 'package.json') {
    node = root.type === 'object' ? root.properties.find((p) => p.key === PACKAGE_JSON_KEY)?.value : undefined;
    if (!node) return { config: layer, problems };
  }
  readLayer(node, layer, problem, t);
  return { config: layer, problems };
}

/** Builds a layer from a plain object (the editor's settings). Problems have no useful range. */
export function configFromObject(value: unknown, baseDir: string | null = null, t: Translate = english): ParsedConfig {
  let text: string;
  try {
    text = JSON.stringify(value ?? {}, null, 2) ?? '{}';
  } catch {
    text = '{}';
  }
  const parsed = parseConfig(text, '', t);
  parsed.config.baseDir = baseDir;
  return parsed;
}

type ProblemSink = (message: string, start: number, end: number, severity?: ConfigProblem['severity']) => void;

function typeName(node: JsonNode, t: Translate): string {
  switch (node.type) {
    case 'array': return t('a list');
    case 'object': return t('an object');
    case 'null': return t('null');
    case 'string': return t('a string');
    case 'number': return t('a number');
    case 'boolean': return t('a boolean');
  }
}

function readLayer(node: JsonNode, layer: ConfigLayer, problem: ProblemSink, t: Translate): void {
  if (node.type !== 'object') {
    problem(t('Expected the configuration to be an object, found {0}', typeName(node, t)), node.start, node.end);
    return;
  }
  for (const prop of node.properties) {
    const v = prop.value;
    switch (prop.key) {
      case '$schema':
        break;
      case 'root':
        if (v.type === 'boolean') layer.root = v.value;
        else {
          layer.refusedRoot = true;
          problem(t('Expected "root" to be true or false, found {0}', typeName(v, t)), v.start, v.end);
        }
        break;
      case 'extends': {
        const items = v.type === 'array' ? v.items : [v];
        for (const item of items) {
          if (item.type === 'string' && isPresetName(item.value)) layer.extends.push(item.value);
          else if (item.type === 'string') problem(t('Unknown preset \'{0}\' in "extends", expected {1}', item.value, orList(PRESET_NAMES.map((n) => `'${n}'`), t)), item.start, item.end);
          else problem(t('Expected "extends" to be a preset name or a list of them, found {0}', typeName(item, t)), item.start, item.end);
        }
        break;
      }
      case 'rules':
        if (v.type !== 'object') problem(t('Expected "rules" to be an object of rule ids, found {0}', typeName(v, t)), v.start, v.end);
        else for (const rule of v.properties) readRule(rule.key, rule.keyStart, rule.keyEnd, rule.value, layer, problem, t);
        break;
      case 'ignores':
      case 'allow': {
        if (prop.key === 'allow') layer.allow.push(...readStringList(v, prop.key, problem, t));
        else readIgnores(v, layer, problem, t);
        break;
      }
      default:
        problem(t('Unknown configuration key "{0}", expected "extends", "rules", "ignores", "allow" or "root"', prop.key), prop.keyStart, prop.keyEnd, 'warning');
    }
  }
}

function readStringList(v: JsonNode, key: string, problem: ProblemSink, t: Translate): string[] {
  if (v.type !== 'array') {
    problem(t('Expected "{0}" to be a list of strings, found {1}', key, typeName(v, t)), v.start, v.end);
    return [];
  }
  const out: string[] = [];
  for (const item of v.items) {
    if (item.type === 'string') out.push(item.value);
    else problem(t('Expected "{0}" to hold strings, found {1}', key, typeName(item, t)), item.start, item.end);
  }
  return out;
}

/** `'a' or 'b' or 'c'`. */
function orList(items: readonly string[], t: Translate): string {
  return items.length ? items.reduce((list, item) => t('{0} or {1}', list, item)) : '';
}

function closest(id: string): string | null {
  // Suggest a rule id that shares most words with the unknown one.
  const words = new Set(id.split('-'));
  let best: string | null = null;
  let score = 0;
  for (const r of rules) {
    const s = r.meta.id.split('-').filter((w) => words.has(w)).length;
    if (s > score) {
      score = s;
      best = r.meta.id;
    }
  }
  return score >= 2 ? best : null;
}

function readRule(id: string, keyStart: number, keyEnd: number, v: JsonNode, layer: ConfigLayer, problem: ProblemSink, t: Translate): void {
  const rule = ruleById(id);
  if (!rule) {
    const hint = closest(id);
    problem(hint ? t("Unknown rule '{0}'; did you mean '{1}'?", id, hint) : t("Unknown rule '{0}'", id), keyStart, keyEnd, 'warning');
    return;
  }
  const setting: { severity?: SeveritySetting; options: Record<string, unknown> } = { options: {} };
  const severityOf = (node: JsonNode): SeveritySetting | undefined => {
    if (node.type === 'string' && (SEVERITIES as readonly string[]).includes(node.value)) return node.value as SeveritySetting;
    if (node.type === 'boolean') return node.value ? (rule.meta.defaultSeverity === 'off' ? 'warning' : rule.meta.defaultSeverity) : 'off';
    problem(t('Invalid severity for \'{0}\': expected "error", "warning", "info", "hint" or "off", found {1}', id, node.type === 'string' ? `"${node.value}"` : typeName(node, t)), node.start, node.end);
    return undefined;
  };
  const readOptions = (props: { key: string; keyStart: number; keyEnd: number; value: JsonNode }[]): void => {
    for (const p of props) {
      if (p.key === 'severity') {
        const s = severityOf(p.value);
        if (s) setting.severity = s;
        continue;
      }
      const spec: OptionSpec | undefined =
        p.key === 'allow' ? { type: 'string[]', description: '' } : (rule.meta.options as Record<string, OptionSpec>)[p.key];
      if (!spec) {
        const known = Object.keys(rule.meta.options);
        problem(
          known.length
            ? t('Unknown option "{0}" for \'{1}\', expected {2}', p.key, id, [...known, 'allow'].map((k) => `"${k}"`).join(', '))
            : t('Unknown option "{0}" for \'{1}\': it takes only "allow"', p.key, id),
          p.keyStart,
          p.keyEnd,
        );
        continue;
      }
      const value = checkOption(id, p.key, spec, p.value, problem, t);
      if (value !== undefined) setting.options[p.key] = value;
    }
  };

  if (v.type === 'array') {
    const [first, second, ...rest] = v.items;
    if (!first) {
      problem(t("Expected '{0}' to be [severity, options], found an empty list", id), v.start, v.end);
      return;
    }
    const s = severityOf(first);
    if (s) setting.severity = s;
    if (second) {
      if (second.type === 'object') readOptions(second.properties);
      else problem(t("Expected the options of '{0}' to be an object, found {1}", id, typeName(second, t)), second.start, second.end);
    }
    if (rest.length) problem(t("Expected '{0}' to be [severity, options]: extra items", id), rest[0]!.start, v.end);
  } else if (v.type === 'object') {
    readOptions(v.properties);
  } else {
    const s = severityOf(v);
    if (s) setting.severity = s;
  }
  layer.rules[id] = setting;
}

function checkOption(id: string, key: string, spec: OptionSpec, node: JsonNode, problem: ProblemSink, t: Translate): unknown {
  const bad = (expected: string): undefined => {
    const found = node.type === 'string' ? `"${node.value}"` : node.type === 'number' ? String(node.value) : typeName(node, t);
    problem(t('Invalid option "{0}" for \'{1}\': expected {2}, found {3}', key, id, expected, found), node.start, node.end);
    return undefined;
  };
  switch (spec.type) {
    case 'integer':
    case 'number': {
      if (node.type !== 'number' || (spec.type === 'integer' && !Number.isInteger(node.value))) return bad(spec.type === 'integer' ? t('a whole number') : t('a number'));
      if (spec.minimum !== undefined && node.value < spec.minimum) return bad(t('a number of at least {0}', spec.minimum));
      return node.value;
    }
    case 'boolean':
      return node.type === 'boolean' ? node.value : bad(t('true or false'));
    case 'string':
      if (node.type !== 'string') return bad(t('a string'));
      if (spec.enum && !spec.enum.includes(node.value)) return bad(orList(spec.enum.map((e) => `"${e}"`), t));
      return node.value;
    case 'string[]':
      if (node.type !== 'array' || node.items.some((i) => i.type !== 'string')) return bad(t('a list of strings'));
      return jsonValue(node);
  }
}

/**
 * Merges layers, outermost (least specific) first. Without any `extends`, the rules start from the
 * `recommended` preset (each rule's default). A layer's presets apply before its own rules.
 */
export function resolveConfig(layers: readonly ConfigLayer[]): ResolvedConfig {
  const settings: Record<string, RuleSetting> = preset('recommended');
  const ignores: string[] = [];
  const allow: string[] = [];
  for (const layer of layers) {
    for (const name of layer.extends) {
      // A preset sets severities; options set by an outer layer survive it.
      for (const [id, s] of Object.entries(preset(name))) settings[id] = { severity: s.severity, options: settings[id]?.options ?? s.options };
    }
    for (const [id, s] of Object.entries(layer.rules)) {
      const prev = settings[id] ?? { severity: 'off' as const, options: {} };
      settings[id] = { severity: s.severity ?? prev.severity, options: { ...prev.options, ...s.options } };
    }
    for (const pattern of layer.ignores) ignores.push(anchorPattern(pattern, layer.baseDir));
    allow.push(...layer.allow);
  }
  return { rules: settings, ignores, allow };
}

/** The configuration with no file at all: the `recommended` preset. */
export function defaultConfig(): ResolvedConfig {
  return resolveConfig([]);
}

function anchorPattern(pattern: string, baseDir: string | null): string {
  let p = toPosix(pattern.trim());
  const negated = p.startsWith('!');
  if (negated) p = p.slice(1);
  if (p.startsWith('./')) p = p.slice(2);
  // As in .gitignore: a pattern without a slash (`*.draft.okr.md`, `archive`) matches at any depth.
  const anyDepth = !p.replace(/\/$/, '').includes('/');
  let anchored: string;
  if (baseDir === null || baseDir === '' || baseDir === '.') anchored = p.startsWith('/') || p.startsWith('**/') ? p : `**/${p}`;
  // The folder is a path, not a glob: `[`, `{`, `*` … in it (a repository in `br[1]`) are escaped.
  else anchored = `${toPosix(baseDir).replace(/\/$/, '').replace(/[*?[\]{}()!+@]/g, '\\$&')}/${anyDepth ? '**/' : ''}${p.replace(/^\//, '')}`;
  if (!/\.[^/]*$/.test(anchored) && !anchored.endsWith('**')) anchored = `${anchored.replace(/\/$/, '')}{,/**}`;
  return negated ? `!${anchored}` : anchored;
}

/**
 * Ignore globs are matched here rather than by picomatch, whose backtracking RegExp multiplies the
 * work by a name's length for each `*` in it (`*a*a*a*a*b` took 2.5 s on one 60-character name;
 * 100 patterns of three wildcards, 16 s on one path of long names), and a config file comes with
 * any cloned repository. Brace groups are expanded first; each alternative is matched name by
 * name, `*` within a name and `**` across names by wildcard matching that remembers only the last
 * star, so one alternative costs at most about (path length × its length) steps for each `**` in
 * it, plus one, however many `*` it has. The limits bound the number and the total length of the
 * alternatives of one config, so the work of `isIgnored` is bounded too (about 25 ms on a path of
 * sixteen 250-character names at the limits with wildcard-dense patterns; under 0.01 ms for real
 * configs). Extglobs (`@(a|b)`) are not supported: `.gitignore` has none, and a pattern with one
 * is reported rather than read as something else.
 * (The same limits as the `okr.files` setting's: glob.ts's GLOB_LIMITS.)
 */
export const IGNORE_LIMITS = GLOB_LIMITS;

/**
 * Reads the `ignores` list into the layer. A pattern that cannot be used (extglob syntax, past the
 * limits above: glob.ts's `checkGlobList`, which checks `okr.files` too) is reported on its text as
 * an error naming what is wrong, left out, and listed in `refusedIgnores`: a host that writes files
 * treats that as a configuration error, since leaving it out widens what is linted and fixed.
 */
function readIgnores(v: JsonNode, layer: ConfigLayer, problem: ProblemSink, t: Translate): void {
  // Not a list (`"ignores": "archive/**"`), or not a string in it: nothing of it is ignored, which
  // lints and fixes what the author meant to leave alone; refused like a pattern that cannot be used.
  if (v.type !== 'array') {
    readStringList(v, 'ignores', problem, t);
    (layer.refusedIgnores ??= []).push(v.type === 'string' ? v.value : JSON.stringify(jsonValue(v)));
    return;
  }
  // (A second "ignores" key adds to the first: the patterns kept from it count towards the limits.)
  const kept = layer.ignores.length;
  const items = v.items.filter((item): item is Extract<JsonNode, { type: 'string' }> => item.type === 'string');
  const checks = checkGlobList([...layer.ignores, ...items.map((item) => item.value)], { negatable: true }).slice(kept);
  let next = 0;
  for (const item of v.items) {
    if (item.type !== 'string') {
      problem(t('Expected "{0}" to hold strings, found {1}', 'ignores', typeName(item, t)), item.start, item.end);
      (layer.refusedIgnores ??= []).push(JSON.stringify(jsonValue(item)));
      continue;
    }
    const { refusal } = checks[next++]!;
    if (refusal) {
      problem(globRefusalMessage(t, 'ignores', item.value, refusal), item.start, item.end);
      (layer.refusedIgnores ??= []).push(item.value);
    } else layer.ignores.push(item.value);
  }
}

// The editor checks `ignores` on every lint run: each config's globs are compiled once, and kept
// while the config is; globs are shared between configs through glob.ts's cache.
const configMatchers = new WeakMap<readonly string[], { source: string; matchers: { negated: boolean; match: GlobMatcher }[] }>();

const IGNORE_GLOB_OPTIONS = { anyDepth: true, maxLength: 2 * IGNORE_LIMITS.length + 4096, maxAlternatives: 2 * IGNORE_LIMITS.alternatives } as const;

/** An anchored ignore glob (no `!`): a relative one also matches at any depth. */
function ignoreMatcher(glob: string): GlobMatcher {
  // The limits were applied to the patterns as written (parseConfig); anchoring adds a folder and
  // a `{,/**}`. A glob past them that did not come from parseConfig matches nothing.
  return globMatcher(glob, IGNORE_GLOB_OPTIONS);
}

function matchersOf(ignores: readonly string[]): { negated: boolean; match: GlobMatcher }[] {
  const source = ignores.join('\n');
  const kept = configMatchers.get(ignores);
  if (kept && kept.source === source) return kept.matchers;
  const matchers = ignores.map((pattern) => {
    const negated = pattern.startsWith('!');
    return { negated, match: ignoreMatcher(negated ? pattern.slice(1) : pattern) };
  });
  configMatchers.set(ignores, { source, matchers });
  return matchers;
}

/** True when the configuration's `ignores` match the file (a path; backslashes are fine). */
export function isIgnored(config: ResolvedConfig, filePath: string): boolean {
  const names = toPosix(filePath).split('/');
  let ignored = false;
  for (const { negated, match } of matchersOf(config.ignores)) {
    // A later pattern decides only when it could change the answer.
    if (ignored !== negated) continue;
    if (match(names)) ignored = !negated;
  }
  return ignored;
}

/**
 * Ignoring is hierarchical, as in git and ESLint: a file is ignored when its own configuration or
 * that of any config file further up (`configs`, all of them) ignores it: the index of the first
 * that does, or -1. A config file inside an ignored folder does not bring the folder back, so a
 * walk may skip a folder its parent's configuration rules out (`isFolderIgnored`).
 */
export function ignoredByWhich(configs: readonly ResolvedConfig[], filePath: string): number {
  return configs.findIndex((c) => isIgnored(c, filePath));
}

/**
 * True when the configuration's `ignores` match every file below a folder (a path), whatever it
 * holds (`vendor/**`, `build/`, `archive`; not `**\/*.draft.okr.md`), and no later `!pattern` may
 * bring one back: a walk need not read the folder. False whenever that is not certain.
 */
export function isFolderIgnored(config: ResolvedConfig, folderPath: string): boolean {
  const names = toPosix(folderPath).replace(/(.)\/+$/, '$1').split('/');
  let ignored = false;
  for (const pattern of config.ignores) {
    // A `!pattern` that may re-include a file below: no longer certain, until a later pattern rules the folder out again.
    if (pattern.startsWith('!')) ignored &&= !folderGlobMatcher(pattern.slice(1), 'some', IGNORE_GLOB_OPTIONS)(names);
    else ignored ||= folderGlobMatcher(pattern, 'all', IGNORE_GLOB_OPTIONS)(names);
  }
  return ignored;
}

/** The folders a config search looks in for a file, nearest first: its own, then each parent. */
function configFolders(filePath: string): string[] {
  const out: string[] = [];
  let dir = dirname(filePath);
  for (let guard = 0; guard < 100; guard++) {
    out.push(dir);
    const parent = dirname(dir);
    if (parent === dir || dir === '.' || /^[A-Za-z]:$/.test(dir)) break;
    dir = parent;
  }
  return out;
}

/** A folder's config file names: `.okrlintrc.json`, then `package.json` (which it hides). */
function folderCandidates(dir: string): [string, string] {
  const prefix = dir === '/' ? '/' : dir === '.' ? '' : `${dir}/`;
  return [`${prefix}${CONFIG_FILE_NAME}`, `${prefix}package.json`];
}

/**
 * The config files that may apply to a file, nearest first: `.okrlintrc.json` then
 * `package.json` in the file's folder, then in each parent folder, to the top of the path. Where
 * the search really stops (a `"root": true` config, a repository's root) is `findConfigChain`'s.
 */
export function configCandidates(filePath: string): string[] {
  return configFolders(filePath).flatMap(folderCandidates);
}

/** What a host answers for a config search (`findConfigChain`): files it reads, folders it looks at. */
export interface ConfigSearchHost<T extends { layer: ConfigLayer }> {
  /**
   * The config file at `path` read and parsed (`{ layer }`, and whatever else the host keeps), or
   * null when there is none: the file does not exist, or is a `package.json` without an `okr` key
   * (`packageJsonHasConfig`). The host caches and reports problems as it likes.
   */
  config(path: string): T | null;
  /** True when the folder is a repository's root: it holds a `.git` entry (a folder, or a worktree's file). */
  isRepositoryRoot(dir: string): boolean;
}

/** `ConfigSearchHost`, answering later (the editor reads with `vscode.workspace.fs`). */
export interface AsyncConfigSearchHost<T extends { layer: ConfigLayer }> {
  config(path: string): Promise<T | null> | T | null;
  isRepositoryRoot(dir: string): Promise<boolean> | boolean;
}

/** One config file of a chain: its path and what the host made of it. */
export interface ConfigLink<T> {
  path: string;
  found: T;
}

type SearchQuestion = { kind: 'config'; path: string } | { kind: 'repository'; dir: string };

/**
 * The one config search, for the CLI and the editor alike: it asks, the host answers (sync or
 * async), so both stop at the same place. In each folder from the file's upward: `.okrlintrc.json`,
 * else a `package.json` with an `okr` key. It stops after
 * - a config file with `"root": true` (as ESLint's `root`, EditorConfig's `root = true`);
 * - the repository's root, the first folder holding a `.git` entry (its configs count; anything
 *   above the repository, say in a home folder or a CI runner's workspace, does not), as
 *   markdownlint-cli2 and Prettier keep to the project;
 * - the top of the path: the filesystem's root in the CLI, the workspace folder in the editor (it
 *   passes workspace-relative paths).
 */
function* configSearch<T extends { layer: ConfigLayer }>(filePath: string): Generator<SearchQuestion, ConfigLink<T>[], T | null | boolean> {
  const chain: ConfigLink<T>[] = [];
  const folders = configFolders(toPosix(filePath));
  for (let i = 0; i < folders.length; i++) {
    for (const path of folderCandidates(folders[i]!)) {
      const found = (yield { kind: 'config', path }) as T | null;
      if (!found) continue;
      chain.push({ path, found });
      if (found.layer.root === true) return chain;
      break; // `.okrlintrc.json` hides `package.json` in its folder
    }
    if (i + 1 < folders.length && (yield { kind: 'repository', dir: folders[i]! })) return chain;
  }
  return chain;
}

/**
 * The config files that apply to a file, nearest first (`configSearch`'s rule): the first gives the
 * file its configuration; the ignores of all of them apply (`ignoredByWhich`). Never throws by
 * itself: what the host's answers throw comes out.
 */
export function findConfigChain<T extends { layer: ConfigLayer }>(filePath: string, host: ConfigSearchHost<T>): ConfigLink<T>[] {
  const search = configSearch<T>(filePath);
  let step = search.next();
  while (!step.done) step = search.next(step.value.kind === 'config' ? host.config(step.value.path) : host.isRepositoryRoot(step.value.dir));
  return step.value;
}

/** `findConfigChain` with a host that answers later. */
export async function findConfigChainAsync<T extends { layer: ConfigLayer }>(filePath: string, host: AsyncConfigSearchHost<T>): Promise<ConfigLink<T>[]> {
  const search = configSearch<T>(filePath);
  let step = search.next();
  while (!step.done) step = search.next(step.value.kind === 'config' ? await host.config(step.value.path) : await host.isRepositoryRoot(step.value.dir));
  return step.value;
}

/**
 * True when a `package.json` text has lint configuration (so the host should use it). One that is
 * not JSON counts when it seems to have the key: the host then reports its error (parseConfig)
 * rather than passing over the configuration its author meant.
 */
export function packageJsonHasConfig(text: string): boolean {
  try {
    const root = parseJson(text);
    return root.type === 'object' && root.properties.some((p) => p.key === PACKAGE_JSON_KEY);
  } catch {
    return text.includes(`"${PACKAGE_JSON_KEY}"`);
  }
}
