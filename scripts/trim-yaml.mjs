// An esbuild plugin for the extension bundles: leaves out methods of `yaml`'s public API that the
// product never calls, which esbuild cannot drop by itself (a class keeps all its methods).
// src/core/parse.ts is the only importer of yaml; it calls parseDocument, isMap, isScalar, and reads
// a document's `errors`, `contents` and `toJS()`, a map's `items`, a pair's `key`/`value`, a node's
// `range`/`value`, and `String(node)` for a collection key (yaml's stringifier then runs: kept).
// Inside yaml, the methods below are called only by one another, never while a document is parsed,
// converted to JS or a node stringified (checked for yaml 2.9.1; another version fails the build
// until the list is checked again). The stringifier, run for a collection key, calls
// Document#createNode only for a value that is not a node, which a parsed document never holds
// (its keys are nodes; a pair without a value, `? {a}`, is written before that call in a flow
// context, where collection keys are written). Without those, building nodes from JS values
// (doc/createNode.js, the `from` statics, each tag's `createNode`) is reached from nowhere: it goes
// too. ~10 KB less minified;
// test/unit/bundle.equivalence.test.ts compares front matter read through the bundle with the
// unbundled code.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const YAML_VERSION = '2.9.1';

/** Methods left out, by file under yaml/browser/dist/. */
export const UNUSED_YAML_METHODS = {
  // Document: building, editing and serialising a document (clone, add, set…, toJSON, toString);
  // kept: constructor, setSchema, toJS.
  'doc/Document.js': ['clone', 'add', 'addIn', 'createAlias', 'createNode', 'createPair', 'delete', 'deleteIn', 'get', 'getIn', 'has', 'hasIn', 'set', 'setIn', 'toJSON', 'toString'],
  // Collection: the path-based editing helpers, used only by Document's *In methods and each other.
  // Node#toJS(doc): a node converted on its own; parse.ts converts the whole document. The clone
  // methods (nodes, pairs, collections, schema, directives) are called only by each other and
  // Document#clone; Directives#toString only by the document stringifier (Document#toString).
  'nodes/Node.js': ['clone', 'toJS'],
  'nodes/Pair.js': ['clone'],
  'nodes/Collection.js': ['clone', 'addIn', 'deleteIn', 'getIn', 'hasIn', 'setIn'],
  'schema/Schema.js': ['clone'],
  'doc/directives.js': ['clone', 'toString'],
  // Building nodes from JS values (doc/createNode.js, createPair): reached only from the Document
  // and Collection methods above and from each tag's `createNode`, which only createNode.js calls.
  // The collections' own editing methods (add, delete, get, has, set): yaml's composer, toJS and
  // stringifier fill and read `items` directly; only the Document and Collection methods above and
  // YAMLOMap's constructor (which binds YAMLMap's, below) refer to them.
  'nodes/YAMLMap.js': ['static from', 'add', 'delete', 'get', 'has', 'set'],
  'nodes/YAMLSeq.js': ['add', 'delete', 'get', 'has', 'set', 'static from'],
  'schema/yaml-1.1/omap.js': ['static from'],
  'schema/yaml-1.1/set.js': ['add', 'get', 'set', 'static from'],
};

/** Whole lines left out: YAMLOMap's constructor binding YAMLMap's editing methods (left out above). */
export const UNUSED_YAML_LINES = {
  'schema/yaml-1.1/omap.js': ['add', 'delete', 'get', 'has', 'set'].map((m) => `        this.${m} = YAMLMap.prototype.${m}.bind(this);`),
  // The JSON schema, chosen only by a `schema: 'json'` option (parse.ts passes none; a document's
  // `%YAML` directive chooses between the core and 1.1 schemas, which stay).
  'schema/tags.js': ["    ['json', schema$1],"],
  // visitAsync (public API, unused) is kept alive only by these statements (esbuild keeps a
  // property assignment even on a function nothing else references).
  'visit.js': ['visitAsync.BREAK = BREAK;', 'visitAsync.SKIP = SKIP;', 'visitAsync.REMOVE = REMOVE;'],
};

/** Tag definitions whose one-line `createNode:` property is left out (see above). */
export const UNUSED_YAML_TAG_CREATE_NODE = ['schema/common/map.js', 'schema/common/seq.js', 'schema/yaml-1.1/omap.js', 'schema/yaml-1.1/pairs.js', 'schema/yaml-1.1/set.js'];

/** `source` without the named methods of its class(es); throws unless each is found exactly once. */
export function withoutMethods(source, names, file) {
  for (const name of names) {
    // yaml's dist is tsc output: class members at four spaces, their closing brace alone at four.
    const method = new RegExp(`^    ${name}\\(.*\\) \\{\\n(?:.*\\n)*?    \\}\\n`, 'gm');
    const found = source.match(method) ?? [];
    if (found.length !== 1) throw new Error(`trim-yaml: ${file}: expected one method ${name}, found ${found.length}`);
    source = source.replace(method, '');
  }
  return source;
}

/** `source` without the one-line property `name:` of an object literal; throws unless found exactly once. */
export function withoutProperty(source, name, file) {
  const property = new RegExp(`^    ${name}: .*\\n`, 'gm');
  const found = source.match(property) ?? [];
  if (found.length !== 1) throw new Error(`trim-yaml: ${file}: expected one property ${name}, found ${found.length}`);
  return source.replace(property, '');
}

/** `source` without the given lines; throws unless each is found exactly once. */
export function withoutLines(source, lines, file) {
  for (const line of lines) {
    const found = source.split('\n').filter((l) => l === line).length;
    if (found !== 1) throw new Error(`trim-yaml: ${file}: expected the line ${JSON.stringify(line)} once, found ${found}`);
    source = source.replace(`${line}\n`, '');
  }
  return source;
}

/**
 * Exact replacements, each found once: Document#toJS without its `onAnchor` and `reviver` options
 * (parse.ts passes only maxAliasCount), so doc/applyReviver.js goes; parseDocument without pretty
 * errors (its LineCounter and prettifyError), which parse.ts turns off (prettyErrors: false).
 */
export const YAML_REPLACEMENTS = {
  'public-api.js': [
    ['    const lineCounter = options.lineCounter || (prettyErrors && new LineCounter()) || null;\n', '    const lineCounter = options.lineCounter || null;\n'],
    ['    if (prettyErrors && lineCounter) {\n        doc.errors.forEach(prettifyError(source, lineCounter));\n        doc.warnings.forEach(prettifyError(source, lineCounter));\n    }\n', ''],
  ],
  // yaml's stringifier (run by toJS for a collection key) is left as it is: rewriting code that
  // still runs (collections always in flow style, block scalars as a throw) saved ~2 KB for a risk
  // that only yaml's internals rule out (rev-p); only code nothing calls is left out.
  'doc/Document.js': [
    [
      [
        "        if (typeof onAnchor === 'function')",
        '            for (const { count, res } of ctx.anchors.values())',
        '                onAnchor(res, count);',
        "        return typeof reviver === 'function'",
        "            ? applyReviver(reviver, { '': res }, '', res)",
        '            : res;',
        '',
      ].join('\n'),
      '        return res;\n',
    ],
  ],
};

/** `source` with each [from, to] replaced; throws unless `from` is found exactly once. */
export function replacedOnce(source, replacements, file) {
  for (const [from, to] of replacements) {
    const found = source.split(from).length - 1;
    if (found !== 1) throw new Error(`trim-yaml: ${file}: expected ${JSON.stringify(from.split('\n')[0])}… once, found ${found}`);
    source = source.replace(from, () => to);
  }
  return source;
}

export const trimYaml = {
  name: 'trim-yaml',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/]browser[\\/]dist[\\/].+\.js$/ }, async (args) => {
      const at = args.path.replace(/\\/g, '/').lastIndexOf('/browser/dist/');
      const file = args.path.replace(/\\/g, '/').slice(at + '/browser/dist/'.length);
      const names = UNUSED_YAML_METHODS[file] ?? [];
      const createNode = UNUSED_YAML_TAG_CREATE_NODE.includes(file);
      if (!names.length && !createNode && !UNUSED_YAML_LINES[file] && !YAML_REPLACEMENTS[file]) return undefined;
      // The version of the yaml copy this file belongs to (a dependency may bring its own, nested one).
      const packageJson = join(args.path.slice(0, at), 'package.json');
      const pkg = JSON.parse(await readFile(packageJson, 'utf8'));
      if (pkg.version !== YAML_VERSION) throw new Error(`trim-yaml: written for yaml ${YAML_VERSION}, found ${pkg.version} (${packageJson}): check UNUSED_YAML_METHODS against it`);
      let source = withoutMethods(await readFile(args.path, 'utf8'), names, file);
      source = replacedOnce(withoutLines(source, UNUSED_YAML_LINES[file] ?? [], file), YAML_REPLACEMENTS[file] ?? [], file);
      return { contents: createNode ? withoutProperty(source, 'createNode', file) : source, loader: 'js' };
    });
  },
};
