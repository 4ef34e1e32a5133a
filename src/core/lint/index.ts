// Public API of the lint engine. The editor layer and the CLI import only from here.
export { lint, ruleSetting } from './engine';
export { rules, ruleById } from './rules/index';
export {
  parseConfig,
  configFromObject,
  resolveConfig,
  defaultConfig,
  isIgnored,
  configCandidates,
  packageJsonHasConfig,
  emptyLayer,
  CONFIG_FILE_NAME,
  PACKAGE_JSON_KEY,
  type ConfigLayer,
  type ParsedConfig,
} from './config';
export { preset, PRESET_NAMES, type PresetName } from './presets';
export { parseDirective, Suppressions, type Directive } from './directives';
export { workspaceFileOf } from './workspace';
export { configSchema } from './schema';
export { applyEdits, compatibleEdits, minimizeEdit, plainEdits, snippetToPlainText } from '../edits';
export * from './types';
