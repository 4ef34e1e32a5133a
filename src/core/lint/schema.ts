// The JSON schemas of `.okrlintrc.json`, derived from the rules' metadata so they never drift:
// schemas/okrlintrc.schema.json (`configSchema`, published: it validates, for `$schema` and other
// editors) and schemas/okrlintrc.editor.schema.json (`editorConfigSchema`, the one the extension
// associates: it describes and completes, and the linter validates). A unit test compares both.
import { PRESET_NAMES } from './presets';
import { rules } from './rules/index';
import type { OptionSpec, RuleMeta } from './types';

/**
 * The texts of the rule schemas: English for `.okrlintrc.json`'s schema; `%key%` placeholders for
 * the `okr.lint.rules` setting in package.json (scripts/manifest.ts), translated from package.nls.json.
 */
export interface RuleSchemaTexts {
  /** The rule's description; `null` leaves the field out. */
  description(meta: RuleMeta<any>): string | null;
  markdownDescription(meta: RuleMeta<any>): string;
  option(meta: RuleMeta<any>, key: string, spec: OptionSpec): string;
  /** The `allow` option every rule takes. */
  allow(meta: RuleMeta<any>): string;
}

export const ENGLISH_SCHEMA_TEXTS: RuleSchemaTexts = {
  description: (meta) => `${meta.description}. Default: ${meta.defaultSeverity}. ${meta.docsUrl}`,
  markdownDescription: (meta) => `${meta.description}. Default: \`${meta.defaultSeverity}\`. [Documentation](${meta.docsUrl})`,
  option: (_meta, _key, spec) => spec.description,
  allow: () => 'Phrases whose presence silences this rule.',
};

function optionSchema(spec: OptionSpec, description: string): Record<string, unknown> {
  const base: Record<string, unknown> = { description };
  if (spec.type === 'string[]') return { ...base, type: 'array', items: { type: 'string' } };
  if (spec.minimum !== undefined) base['minimum'] = spec.minimum;
  if (spec.enum) base['enum'] = [...spec.enum];
  return { ...base, type: spec.type };
}

/**
 * Per rule id, the schema of its setting: a severity, a boolean, `[severity, options]` or
 * `{ severity, ...options }`, the options typed as the rule declares them. Shared by the
 * `.okrlintrc.json` schema and the `okr.lint.rules` setting, so both follow the rules' metadata.
 */
export function ruleSchemas(texts: RuleSchemaTexts = ENGLISH_SCHEMA_TEXTS): Record<string, unknown> {
  const severity = { enum: ['error', 'warning', 'info', 'hint', 'off'] };
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    const options: Record<string, unknown> = {
      allow: { type: 'array', items: { type: 'string' }, description: texts.allow(rule.meta) },
    };
    for (const [key, spec] of Object.entries(rule.meta.options as Record<string, OptionSpec>)) options[key] = optionSchema(spec, texts.option(rule.meta, key, spec));
    const optionsObject = { type: 'object', properties: options, additionalProperties: false };
    const description = texts.description(rule.meta);
    ruleProperties[rule.meta.id] = {
      ...(description === null ? {} : { description }),
      markdownDescription: texts.markdownDescription(rule.meta),
      anyOf: [
        severity,
        { type: 'boolean' },
        { type: 'array', items: [severity, optionsObject], additionalItems: false, minItems: 1 },
        { type: 'object', properties: { severity, ...options }, additionalProperties: false },
      ],
    };
  }
  return ruleProperties;
}

/** What JSON schema validation checks; `withoutValidation` takes these out. */
const VALIDATION_KEYWORDS = new Set(['type', 'enum', 'additionalProperties', 'additionalItems', 'minItems', 'minimum']);

/**
 * `schema` describing the same keys and values without validating them: `enum` values become
 * `examples` and a boolean's `true` / `false` too (VS Code still completes them), an object or a
 * list keeps its `{}` / `[]` completion as a `defaultSnippets` body, and the rest of what validates
 * (`type`, `additionalProperties`, `minimum`, …) is left out. For the extension's `.okrlintrc.json`
 * association: the extension reports every problem in an open config file itself, more precisely
 * ("Unknown rule 'kr-vage-verb'; did you mean 'kr-vague-verb'?"), as the CLI does, so VS Code's
 * schema warning on the same text would show each problem twice.
 */
export function withoutValidation(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutValidation);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties') out[key] = Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withoutValidation(v)]));
    else if (!VALIDATION_KEYWORDS.has(key)) out[key] = withoutValidation(value);
  }
  const { type, enum: values } = schema as { type?: unknown; enum?: unknown[] };
  if (values) out['examples'] = [...values];
  else if (type === 'boolean') out['examples'] = [true, false];
  if (type === 'object' || type === 'array') out['defaultSnippets'] = [{ body: type === 'object' ? {} : [] }];
  return out;
}

const SCHEMA_BASE = 'https://github.com/okr-markdown/okr-markdown/blob/main/schemas/';

/**
 * The schema the extension associates with `.okrlintrc.json` (package.json `jsonValidation`):
 * `configSchema` without validation (descriptions and completions; the linter validates).
 */
export function editorConfigSchema(): Record<string, unknown> {
  return { ...(withoutValidation(configSchema()) as Record<string, unknown>), $id: `${SCHEMA_BASE}okrlintrc.editor.schema.json` };
}

/** The published schema of `.okrlintrc.json`: it validates (what a `$schema` URL and other editors use). */
export function configSchema(): Record<string, unknown> {
  const ruleProperties = ruleSchemas();
  return {
    // draft-07: what VS Code's JSON language service and most validators understand fully.
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${SCHEMA_BASE}okrlintrc.schema.json`,
    title: 'OKR Markdown lint configuration (.okrlintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Built-in preset(s) to start from.',
        anyOf: [{ enum: [...PRESET_NAMES] }, { type: 'array', items: { enum: [...PRESET_NAMES] } }],
      },
      rules: { type: 'object', description: 'Per-rule severity and options.', properties: ruleProperties, additionalProperties: false },
      ignores: { type: 'array', items: { type: 'string' }, description: "Globs of files not to lint, relative to this file's folder." },
      allow: { type: 'array', items: { type: 'string' }, description: 'Phrases whose presence silences any diagnostic about them.' },
      root: { type: 'boolean', description: 'Stop looking for config files here: none in a folder further up applies (its rules or its ignores).' },
    },
  };
}
