import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { configSchema, editorConfigSchema, withoutValidation } from '../../../src/core/lint/schema';
import { rules } from '../../../src/core/lint/index';

// Regenerate both: npx tsx -e "import {configSchema, editorConfigSchema} from './src/core/lint/schema'; import {writeFileSync} from 'node:fs';
//   writeFileSync('schemas/okrlintrc.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
//   writeFileSync('schemas/okrlintrc.editor.schema.json', JSON.stringify(editorConfigSchema(), null, 2) + '\n')"
describe('.okrlintrc.json schema', () => {
  it('schemas/okrlintrc.schema.json (published) and okrlintrc.editor.schema.json match the rules', () => {
    assert.deepEqual(JSON.parse(readFileSync('schemas/okrlintrc.schema.json', 'utf8')), configSchema());
    assert.deepEqual(JSON.parse(readFileSync('schemas/okrlintrc.editor.schema.json', 'utf8')), editorConfigSchema());
  });

  it('the published schema validates: unknown keys and rule ids, severities, option types (what $schema and other editors use)', () => {
    const schema = JSON.parse(readFileSync('schemas/okrlintrc.schema.json', 'utf8'));
    assert.equal(schema.$id, 'https://github.com/okr-markdown/okr-markdown/blob/main/schemas/okrlintrc.schema.json');
    assert.equal(schema.type, 'object');
    assert.equal(schema.additionalProperties, false, "a misspelt top-level key ('rulez') is flagged");
    assert.equal(schema.properties.rules.additionalProperties, false, "a misspelt rule id ('kr-vage-verb') is flagged");
    assert.equal(schema.properties.root.type, 'boolean');
    assert.equal(schema.properties.ignores.type, 'array');
    const rule = schema.properties.rules.properties['objective-too-many-key-results'];
    assert.deepEqual(rule.anyOf[0].enum, ['error', 'warning', 'info', 'hint', 'off'], "a wrong severity ('eror') is flagged");
    assert.equal(rule.anyOf[3].additionalProperties, false, 'an unknown option is flagged');
    assert.equal(rule.anyOf[3].properties.max.type, 'integer');
  });

  it('the extension associates the describing schema, and ships both', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.okrlintrc.json', url: './schemas/okrlintrc.editor.schema.json' }]);
    assert.match(readFileSync('.vscodeignore', 'utf8'), /^!schemas\/\*\.json$/m);
    const editor = editorConfigSchema();
    assert.equal(editor.$id, 'https://github.com/okr-markdown/okr-markdown/blob/main/schemas/okrlintrc.editor.schema.json');
    assert.deepEqual({ ...editor, $id: undefined }, { ...(withoutValidation(configSchema()) as object), $id: undefined });
  });

  it('lists every rule with its options', () => {
    const props = (configSchema() as { properties: { rules: { properties: Record<string, { anyOf: { properties?: Record<string, unknown> }[] }> } } }).properties.rules.properties;
    assert.deepEqual(Object.keys(props).sort(), rules.map((r) => r.meta.id).sort());
    assert.ok('max' in props['objective-too-many-key-results']!.anyOf[3]!.properties!);
  });
});

describe('.okrlintrc.json editor schema: describes, does not validate', () => {
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
    assert.deepEqual(keywords(editorConfigSchema()), []);
    assert.ok(keywords(configSchema()).length > 100, 'the published one validates');
  });

  it('keeps what VS Code completes: rule ids, severities and presets as examples, true/false, {} and []', () => {
    const schema = editorConfigSchema() as { properties: Record<string, any> };
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
