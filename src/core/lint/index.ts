// Public API of the lint engine. The editor layer and the CLI import only from here.
//
// A host (the editor, the CLI) does:
//   1. find the config: `findConfigChain(filePath, host)` (or its async twin) asks the host for each
//      `.okrlintrc.json` / `package.json` nearest first (a package.json only if `packageJsonHasConfig`;
//      `parseConfig(text, path)` → { config: layer, problems with ranges in that file }) and whether a
//      folder is a repository's root; it stops at a `"root": true` config or the repository's root.
//      The nearest config is the file's; the ignores of the whole chain apply (`ignoredByWhich`);
//   2. `resolveConfig([fileLayer, configFromObject(editorSettings).config])` (later layers win);
//   3. skip the file when `isIgnored(config, filePath)`;
//   4. `lint(doc, text, { config, fileName, workspace })` with a `WorkspaceIndex` built from
//      `workspaceFileOf(fileName, doc)` for every OKR file it knows (for alignment-unresolved);
//   5. fixes are data: `fix.edits` (snippet syntax when `fix.snippet`; `plainEdits(fix)` for plain
//      text); fix-all = `compatibleEdits(preferred fixes)` then `applyEdits` or the editor's edit API.
export { lint, ruleSetting, createLinter, IncrementalLinter } from './engine';
export { rules, ruleById } from './rules/index';
export {
  parseConfig,
  configFromObject,
  resolveConfig,
  defaultConfig,
  isIgnored,
  isFolderIgnored,
  ignoredByWhich,
  configCandidates,
  findConfigChain,
  findConfigChainAsync,
  packageJsonHasConfig,
  emptyLayer,
  CONFIG_FILE_NAME,
  PACKAGE_JSON_KEY,
  type ConfigLayer,
  type ConfigLink,
  type ConfigSearchHost,
  type AsyncConfigSearchHost,
  type ParsedConfig,
} from './config';
export { preset, PRESET_NAMES, type PresetName } from './presets';
export { parseDirective, Suppressions, type Directive } from './directives';
export { workspaceFileOf } from './workspace';
export { configSchema } from './schema';
export { applyEdits, compatibleEdits, minimizeEdit, plainEdits, snippetToPlainText } from '../edits';
export * from './types';
