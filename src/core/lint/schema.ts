// The JSON schema of `.okrlintrc.json`, derived from the rules' metadata so it never drifts.
// schemas/okrlintrc.schema.json is this object, written by a test when it differs.
import { PRESET_NAMES } from './presets';
import { rules } from './rules/index';
import type { OptionSpec } from './types';

function optionSchema(spec: OptionSpec): Record<string, unknown> {
  const base: Record<string, unknown> = { description: spec.description };
  if (spec.type === 'string[]') return { ...base, type: 'array', items: { type: 'string' } };
  if (spec.minimum !== undefined) base['minimum'] = spec.minimum;
  if (spec.enum) base['enum'] = [...spec.enum];
  return { ...base, type: spec.type };
}

export function configSchema(): Record<string, unknown> {
  const severity = { enum: ['error', 'warning', 'info', 'hint', 'off'] };
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    const options: Record<string, unknown> = {
      allow: { type: 'array', items: { type: 'string' }, description: 'Phrases whose presence silences this rule.' },
    };
    for (const [key, spec] of Object.entries(rule.meta.options as Record<string, OptionSpec>)) options[key] = optionSchema(spec);
    const optionsObject = { type: 'object', properties: options, additionalProperties: false };
    ruleProperties[rule.meta.id] = {
      description: `${rule.meta.description}. Default: ${rule.meta.defaultSeverity}. ${rule.meta.docsUrl}`,
      markdownDescription: `${rule.meta.description}. Default: \`${rule.meta.defaultSeverity}\`. [Documentation](${rule.meta.docsUrl})`,
      anyOf: [
        severity,
        { type: 'boolean' },
        { type: 'array', items: [severity, optionsObject], additionalItems: false, minItems: 1 },
        { type: 'object', properties: { severity, ...options }, additionalProperties: false },
      ],
    };
  }
  return {
    // draft-07: what VS Code's JSON validation (contributes.jsonValidation) understands fully.
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/okr-markdown/okr-markdown/blob/main/schemas/okrlintrc.schema.json',
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
    },
  };
}
