import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The extension bundles leave out parts of yaml's public API that the product never calls
// (scripts/trim-yaml.mjs: Document#set/toString/createNode, stringify's building, the collections'
// editing methods…). The unit tests run the unbundled package, so a new call to one of them would
// work here and fail only in the shipped extension, some silently (String(doc) gives
// "[object Object]"). This guard keeps yaml's API use where trim-yaml's lists were checked.

/** The one file that may import yaml, and what it may import (values; `import type` is erased). */
const ALLOWED = { file: 'src/core/parse.ts', names: ['isMap', 'isScalar', 'parseDocument'] };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(?:[cm]?ts|tsx|[cm]?js)$/.test(path) ? [path] : [];
  });
}

interface YamlImport {
  /** The names imported as values, or '*' for a namespace, default, dynamic or require import. */
  names: string[];
  statement: string;
}

/** The imports of `yaml` (or a `yaml/…` subpath) in a source text. */
export function yamlImports(source: string): YamlImport[] {
  const found: YamlImport[] = [];
  const spec = String.raw`['"]yaml(?:\/[^'"]*)?['"]`;
  for (const m of source.matchAll(new RegExp(String.raw`\b(?:import|export)\s+(type\s+)?([^'";]*?)\s+from\s*${spec}`, 'g'))) {
    if (m[1]) continue; // import type / export type: erased
    const clause = m[2]!;
    const braces = /\{([^}]*)\}/.exec(clause);
    const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
    const names = braces
      ? braces[1]!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')).map((n) => n.split(/\s+as\s+/)[0]!.trim())
      : [];
    if (outside || !braces) names.push('*'); // default or namespace import, `export *`
    found.push({ names, statement: m[0] });
  }
  for (const m of source.matchAll(new RegExp(String.raw`\bimport\s*${spec}|\b(?:import|require)\s*\(\s*${spec}\s*\)`, 'g'))) found.push({ names: ['*'], statement: m[0] });
  return found;
}

describe('architecture: yaml API use (see scripts/trim-yaml.mjs)', () => {
  it(`only ${ALLOWED.file} imports yaml, and only ${ALLOWED.names.join(', ')}`, () => {
    const offenders: string[] = [];
    for (const file of files('src')) {
      const path = file.split('\\').join('/');
      for (const { names, statement } of yamlImports(readFileSync(file, 'utf8'))) {
        const extra = names.filter((n) => !ALLOWED.names.includes(n));
        if (path !== ALLOWED.file || extra.length) offenders.push(`${path}: ${statement}${extra.length ? ` (${extra.join(', ')})` : ''}`);
      }
    }
    assert.deepEqual(
      offenders,
      [],
      "scripts/trim-yaml.mjs leaves yaml's building, editing and serialising API out of the extension bundles: " +
        'a new yaml import or name works in the unit tests and breaks only the shipped extension. Check the name ' +
        '(and every method it reaches) against UNUSED_YAML_METHODS / UNUSED_YAML_LINES / YAML_REPLACEMENTS in ' +
        'scripts/trim-yaml.mjs, take what it needs off those lists, then allow it here.',
    );
    // The allowed file does import yaml (the guard is not looking at nothing).
    assert.deepEqual(yamlImports(readFileSync(ALLOWED.file, 'utf8')).flatMap((i) => i.names).sort(), [...ALLOWED.names].sort());
  });

  it('finds every way of importing yaml', () => {
    const names = (source: string) => yamlImports(source).map((i) => i.names);
    assert.deepEqual(names("import { isMap, isScalar, parseDocument } from 'yaml';"), [['isMap', 'isScalar', 'parseDocument']]);
    assert.deepEqual(names("import {\n  parseDocument,\n  stringify as dump,\n} from \"yaml\";"), [['parseDocument', 'stringify']]);
    assert.deepEqual(names("import YAML from 'yaml';"), [['*']]);
    assert.deepEqual(names("import * as YAML from 'yaml';"), [['*']]);
    assert.deepEqual(names("import YAML, { isMap } from 'yaml';"), [['isMap', '*']]);
    assert.deepEqual(names("export { stringify } from 'yaml';"), [['stringify']]);
    assert.deepEqual(names("export * from 'yaml/util';"), [['*']]);
    assert.deepEqual(names("const y = await import('yaml');"), [['*']]);
    assert.deepEqual(names("const y = require( 'yaml' );"), [['*']]);
    assert.deepEqual(names("import 'yaml';"), [['*']]);
    assert.deepEqual(names("import { parseDocument, type Document } from 'yaml';"), [['parseDocument']]);
    assert.deepEqual(names("import type { Document } from 'yaml';"), []);
    assert.deepEqual(names("import { x } from 'yaml-lint';\nimport { y } from './yaml';"), []);
  });
});
