import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { configSchema, withoutValidation } from '../../../src/core/lint/schema';
import { rules } from '../../../src/core/lint/index';

describe('.okrlintrc.json schema', () => {
  it('schemas/okrlintrc.schema.json matches the rules (regenerate: npx tsx -e "…configSchema()")', () => {
    const onDisk = JSON.parse(readFileSync('schemas/okrlintrc.schema.json', 'utf8'));
    assert.deepEqual(onDisk, configSchema());
  });

  it('lists every rule with its options', () => {
    const props = (configSchema() as { properties: { rules: { properties: Record<string, { anyOf: { properties?: Record<string, unknown> }[] }> } } }).properties.rules.properties;
    assert.deepEqual(Object.keys(props).sort(), rules.map((r) => r.meta.id).sort());
    assert.ok('max' in props['objective-too-many-key-results']!.anyOf[3]!.properties!);
  });
});

describe('.okrlintrc.json schema: describes, does not validate', () => {
  const VALIDATING = ['type', 'enum', 'additionalProperties', 'additionalItems', 'minItems', 'minimum'];
  function keywords(schema: unknown, path = '', out: string[] = []): string[] {
    if (Array.isArray(schema)) schema.forEach((s, i) => keywords(s, `${path}[${i}]`, out));
    else if (schema && typeof schema === 'object') {
      for (const [key, value] of Object.entries(schema)) {
        if (key === 'properties') for (const [name, sub] of Object.entries(value as object)) keywords(sub, `${path}.${name}`, out);
        else if (key !== 'examples' && key !== 'defaultSnippets') {
          if (VALIDATING.includes(key)) out.push(`${path}.${key}`);
          keywords(value, `${path}.${key}`, out);
        }
      }
    }
    return out;
  }

  it('has no validating keyword (the linter reports each config problem once, on the config file)', () => {
    assert.deepEqual(keywords(configSchema()), []);
  });

  it('keeps what VS Code completes: rule ids, severities and presets as examples, true/false, {} and []', () => {
    const schema = configSchema() as { properties: Record<string, any> };
    const rule = schema.properties.rules.properties['kr-task-like'];
    assert.deepEqual(rule.anyOf[0].examples, ['error', 'warning', 'info', 'hint', 'off']);
    assert.deepEqual(rule.anyOf[1].examples, [true, false]);
    assert.deepEqual(rule.anyOf[3].defaultSnippets, [{ body: {} }]);
    assert.ok('milestones' in rule.anyOf[3].properties, 'options are still named');
    assert.deepEqual(schema.properties.extends.anyOf[0].examples, ['recommended', 'strict']);
    assert.deepEqual(schema.properties.root.examples, [true, false]);
    assert.deepEqual(schema.properties.ignores.defaultSnippets, [{ body: [] }]);
    assert.match(rule.markdownDescription, /Documentation/);
  });

  it('withoutValidation keeps property names that are keywords ("type" as an option) and changes nothing in place', () => {
    const input = { type: 'object', additionalProperties: false, properties: { type: { type: 'string', enum: ['a', 'b'], description: 'd' }, n: { type: 'integer', minimum: 1 } } };
    const copy = structuredClone(input);
    assert.deepEqual(withoutValidation(input), {
      defaultSnippets: [{ body: {} }],
      properties: { type: { description: 'd', examples: ['a', 'b'] }, n: {} },
    });
    assert.deepEqual(input, copy);
  });
});
