import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { configSchema } from '../../../src/core/lint/schema';
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
