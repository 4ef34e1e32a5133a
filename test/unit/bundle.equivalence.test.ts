import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import { fault as realFault } from 'fault';
import { nodeExtension, webExtension } from '../../scripts/bundles.mjs';
import { fault as shimFault } from '../../scripts/shims/fault.mjs';
import { trimMdast } from '../../scripts/trim-mdast.mjs';
import { replacedOnce, trimYaml, withoutLines, withoutMethods, withoutProperty } from '../../scripts/trim-yaml.mjs';
import { parseDocument } from 'yaml';
import { parseOkr } from '../../src/core/parse';

// The extension bundles change some dependencies at bundle time (scripts/bundles.mjs: yaml's unused
// modules dropped, yaml's never-called API methods left out by scripts/trim-yaml.mjs, two GFM
// serialiser handlers by scripts/trim-mdast.mjs, `fault` replaced by a shim). These tests hold that the bundled parser reads every
// front matter exactly as the unbundled code the rest of the unit suite tests: same values, same
// keys (collection keys go through yaml's stringifier), same problems with the same messages and
// ranges, for YAML 1.2 and 1.1 documents, explicit tags, aliases, merge keys and broken YAML.

const FRONT_MATTERS = [
  'owner: @maya\nteam: Growth\ncycle: 2026-Q4\nreviewers:\n  - @kai\n  - "@ana"',
  'quarter: Q3 2026\nparent: company.okr.md\ntype: committed',
  'cycle: {start: 2026-01-01, end: 2026-03-31}\nyear: 2026\nratio: 0.5\nhex: 0x1F\noct: 0o17\ninf: .inf\nnan: .NaN\nneg: -12e3\nnothing: ~\nyes: yes\nno: false',
  'base: &base\n  owner: kai\n  team: Core\nteam1:\n  <<: *base\n  team: Edge\nlist: [*base, *base]',
  'a: &a [1, 2]\nb: &b [*a, *a]\nc: [*b, *b]\nd: *missing',
  'date: !!timestamp 2026-01-01\nstamp: !!timestamp 2026-01-01T10:00:00Z\nset: !!set\n  ? a\n  ? b\nomap: !!omap\n  - x: 1\n  - y: 2\npairs: !!pairs\n  - x: 1\n  - x: 2\nbin: !!binary aGVsbG8=\nstr: !!str 12\nint: !!int "7"\nfloat: !!float 1\nbool: !!bool true\nnul: !!null ""\nlocal: !thing value\nbadint: !!int abc',
  '%YAML 1.1\n--- {on: yes, off: no, octal: 017, sexa: 1:20, date: 2026-01-01, merged: {<<: {a: 1}, b: 2}}',
  '%YAML 1.2\n--- {on: yes, octal: 017}',
  '%TAG !e! tag:example.com,2026:\n--- !e!thing {a: 1}',
  '[a, b]: c\n[]: empty\n{x: 1, y: [2]}: d\n? - e\n  - f\n: g\n? |\n  block key\n: h\n"quoted: key": i\n? !!set {p, q}\n: j',
  'text: |\n  line one\n  line two\nfolded: >-\n  folded\n  text\nplain: multi\n  line plain\nquoted: "esc \\u00e9 \\t"\nsingle: \'it\'\'s\'',
  'owner: maya\nowner: kai',
  'key: "unclosed\nother: 1',
  'a:\n  - 1\n - 2\nb: [1, 2',
  'a: 1\n\tb: 2',
  'just a scalar',
  '- a list\n- of items',
  '# only a comment',
  '',
  'key value without colon\nanother: ok',
  'a: {b: 1, b: 2}\nc: @inline\nd: - @x',
  'a: b: c',
  'emoji: "🎯 ünïcödé"\nkey with spaces: value # comment\n"": empty key\n? null\n: x',
  'owner: maya\r\nteam: Web\r\ncycle: 2026-Q1',
  'anchor: &x value\nalias: *x\n&k key: aliased key\nrecurse: &r [*r]',
  '---\na: 1\n---\nb: 2',
  '...\na: 1',
  'a: !!map [1]\nb: !!seq {x: 1}\nc: !!str [x]',
  // Collection keys with pairs without a value and empty items: yaml's stringifier, in a flow context.
  '? ? a\n: x\n? {b, c: }\n: y\n? !!pairs [d: ]\n: z\n? - e\n  -\n: w\n? ? ? f\n: v\n? !!omap [g: 1]\n: u\n? [&k h, *k]\n: t',
  // `!!binary`: yaml's browser build (the bundles') decodes it with a strict atob, its node build
  // with a lenient Buffer; parse.ts reads it as its base64 text in both (rev-p).
  'bin: !!binary "not base64!"\nurl: !!binary aGVs_bG8-\nlines: !!binary |\n  aGVs\n  bG8=',
  '? !!binary b3duZXI=\n: maya',
  '? [!!binary aGVsbG8=]\n: x',
  '%YAML 1.1\n--- {bin: !!binary aGVs_bG8-, ok: !!binary aGVsbG8=}',
];

function document(frontMatter: string): string {
  const eol = frontMatter.includes('\r\n') ? '\r\n' : '\n';
  return ['---', frontMatter, '---', '# Company OKRs 2026-Q4', '', '## O1: Grow', '', '- KR1: Increase revenue from 1 to 2', ''].join(eol);
}

function differences(bundled: typeof parseOkr): string[] {
  const differ: string[] = [];
  for (const fm of FRONT_MATTERS) {
    const expected = parseOkr(document(fm));
    let actual;
    try {
      actual = bundled(document(fm));
    } catch (error) {
      differ.push(`${fm}: ${String(error)}`);
      continue;
    }
    if (!isDeepStrictEqual([actual.frontmatter, actual.cycle, actual.problems], [expected.frontmatter, expected.cycle, expected.problems])) differ.push(fm);
  }
  return differ;
}

async function bundledParseOkr(options: typeof nodeExtension): Promise<typeof parseOkr> {
  const { entryPoints: _entry, outfile: _out, ...rest } = options;
  const result = await build({
    ...rest,
    stdin: { contents: "export { parseOkr } from './src/core/parse.ts';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as { parseOkr: typeof parseOkr };
  return module.parseOkr;
}

describe('extension bundles read front matter as the unbundled code does (bundle-time dependency changes)', function () {
  this.timeout(60_000);

  for (const [name, options] of [['node', nodeExtension], ['web', webExtension]] as const) {
    it(`the ${name} bundle: same front matter model and problems on ${FRONT_MATTERS.length} front matters`, async () => {
      const bundled = await bundledParseOkr(options);
      let values = 0;
      let problems = 0;
      for (const fm of FRONT_MATTERS) {
        const text = document(fm);
        const expected = parseOkr(text);
        const actual = bundled(text);
        assert.deepEqual(actual.frontmatter, expected.frontmatter, fm);
        assert.deepEqual(actual.cycle, expected.cycle, fm);
        assert.deepEqual(actual.problems, expected.problems, fm);
        values += expected.frontmatter?.entries.length ?? 0;
        problems += expected.problems.length;
      }
      // The corpus reaches what it is meant to: values, collection keys and YAML errors.
      assert.ok(values > 60, `${values} entries`);
      assert.ok(problems > 10, `${problems} problems`);
      const keys = parseOkr(document(FRONT_MATTERS[9]!)).frontmatter!.entries.map((e) => e.key);
      assert.ok(keys.includes('["a","b"]') && keys.includes('[]'), keys.join(' | '));
      // A collection key's value (read from toJS's mapAsMap output, in order).
      assert.equal(parseOkr(document(FRONT_MATTERS[9]!)).frontmatter!.entries.find((e) => e.key === '[]')!.value, 'empty');
      assert.equal(parseOkr(document(FRONT_MATTERS[9]!)).frontmatter!.entries.find((e) => e.key === '["a","b"]')!.value, 'c');
      // `!!binary` is its base64 text, whitespace removed, even where it is not valid base64; no problem.
      for (const fm of FRONT_MATTERS.filter((f) => f.includes('!!binary') && !f.startsWith('date:'))) assert.deepEqual(parseOkr(document(fm)).problems, [], fm);
      const binaries = parseOkr(document(FRONT_MATTERS.find((f) => f.startsWith('bin: !!binary'))!)).frontmatter!.entries.map((e) => e.value);
      assert.deepEqual(binaries, ['notbase64!', 'aGVs_bG8-', 'aGVsbG8=']);
      assert.equal(parseOkr(document('? !!binary b3duZXI=\n: maya')).frontmatter!.entries[0]!.key, 'b3duZXI=');
      const stamp = parseOkr(document(FRONT_MATTERS[5]!)).frontmatter!.entries.find((e) => e.key === 'date')!.value;
      assert.ok(stamp instanceof Date, String(stamp));
    });
  }

  it("yaml's stringifier writes each collection key as the unbundled code does (a scalar key spelled like it is overwritten by it)", async () => {
    // toJS names a collection key with yaml's stringifier; a scalar key spelled the same, before it,
    // then reads the collection key's value. So the entries show the stringifier's exact output.
    const KEYS = [
      '[a, b]', '{x: 1, y: [2, 3]}', '[]', '{}', '[a: 1]', '!!set {p, q}', '[&anc v, *anc]', '["quoted, comma", \'single\', "tab\\there"]',
      `[${'a long item that will not fit on one line of eighty characters, '.repeat(2)}end]`, '[multi\n  line flow]',
      '- |\n  block text\n  second line\n- >\n  folded\n  text\n- plain # comment', 'a: 1\nb:\n  - c\n  - {d: e}', '[1.5, 0x1F, true, null, ~, .inf]',
      '[2026-01-01, "2026-01-01"]', '["--- marker", "... end", "#hash", "a: b", "- dash"]', '{? complex: key, "": empty}', '!!omap [o: 1, p: 2]', '[ü, "🎯", "\\u0001"]',
      // Document markers in plain and block scalars (yaml writes those as blocks at indent 0 only).
      '- --- x\n- ... y', '[--- z]', '- |\n  a\n  --- b\n- >\n  --- c', '- plain\n  ---\n  cont',
    ];
    const fronts = KEYS.map((key) => {
      const doc = parseDocument(`? ${key.replace(/\n/g, '\n  ')}\n: from the collection key`, { prettyErrors: false, logLevel: 'error' });
      assert.deepEqual(doc.errors, [], key);
      const spelled = Object.keys(doc.toJS() as object)[0]!;
      return `${JSON.stringify(spelled)}: from the scalar key\n? ${key.replace(/\n/g, '\n  ')}\n: from the collection key`;
    });
    for (const fm of fronts) {
      const scalar = parseOkr(document(fm)).frontmatter!.entries[0]!;
      assert.equal(scalar.value, 'from the collection key', fm);
    }
    for (const options of [nodeExtension, webExtension]) {
      const bundled = await bundledParseOkr(options);
      for (const fm of fronts) assert.deepEqual(bundled(document(fm)).frontmatter, parseOkr(document(fm)).frontmatter, fm);
    }
  });

  it('the node bundle gives the whole model of the examples and of a GFM-rich file (footnotes, strikethrough, tables, task lists, autolinks) as the unbundled code', async () => {
    const bundled = await bundledParseOkr(nodeExtension);
    const gfm = [
      '---', 'owner: @maya', 'cycle: 2026-Q4', '---', '# Growth OKRs', '',
      '## O1: Grow ~~fast~~ sustainably[^why]', '', '| KR | Target |', '| :- | -: |', '| a | 1 |', '',
      '- KR1: Increase ~~weekly~~ active users from 1,000 to 2,000 (see https://example.com/a and www.example.org)',
      '  - 2026-10-05: 1,200 ~draft~ — mail ana@example.com',
      '- [ ] KR2: Ship the ~~beta~~ launch',
      '- [x] KR3: Reduce churn from 5% to 3%[^src]', '',
      '[^why]: Because.', '[^src]: The dashboard.', '',
    ].join('\n');
    const texts = [gfm, ...readdirSync('examples').filter((f) => f.endsWith('.md')).map((f) => readFileSync(join('examples', f), 'utf8'))];
    assert.ok(texts.length >= 3);
    assert.equal(parseOkr(gfm).objectives[0]?.keyResults.length, 3);
    for (const text of texts) assert.deepEqual(bundled(text), parseOkr(text), text.slice(0, 80));
  });

  it('the corpus notices a yaml method that is called: a bundle without YAMLSeq#toString (String(node) of a collection key) reads some front matter differently', async () => {
    const tooMuch = {
      name: 'trim-yaml-too-much',
      setup(build: Parameters<typeof trimYaml.setup>[0]) {
        build.onLoad({ filter: /[\\/]yaml[\\/]browser[\\/]dist[\\/]nodes[\\/]YAMLSeq\.js$/ }, async (args) => ({
          contents: withoutMethods(await readFile(args.path, 'utf8'), ['toString'], 'nodes/YAMLSeq.js'),
          loader: 'js' as const,
        }));
      },
    };
    const differ = differences(await bundledParseOkr({ ...nodeExtension, plugins: [tooMuch, ...(nodeExtension.plugins ?? [])] }));
    assert.ok(differ.some((fm) => fm.startsWith('[a, b]: c\n')), differ.join(' / ') || 'no difference');
    assert.deepEqual(differences(await bundledParseOkr(nodeExtension)), []);
  });

  it("every trimming applies: the yaml modules reached only through what it leaves out are not in either bundle", async () => {
    for (const options of [nodeExtension, webExtension]) {
      const result = await build({ ...options, bundle: true, minify: true, write: false, metafile: true, logLevel: 'silent' });
      const yamlFiles = Object.values(result.metafile.outputs)
        .flatMap((o) => Object.entries(o.inputs))
        .filter(([path, i]) => path.includes('node_modules/yaml/') && i.bytesInOutput > 0)
        .map(([path]) => path.split('/browser/dist/')[1]);
      assert.ok(yamlFiles.includes('parse/parser.js') && yamlFiles.includes('stringify/stringifyString.js'), yamlFiles.join(' '));
      for (const gone of ['doc/createNode.js', 'doc/applyReviver.js', 'stringify/stringifyDocument.js', 'schema/json/schema.js', 'parse/line-counter.js', 'parse/cst-visit.js'])
        assert.ok(!yamlFiles.includes(gone), gone);
    }
  });

  it("yaml's unused visitAsync, kept alive only by property assignments, is left out", async () => {
    const bundle = async (plugins: NonNullable<typeof nodeExtension.plugins>) => {
      const result = await build({ stdin: { contents: "export { visit } from './node_modules/yaml/browser/dist/visit.js';", resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', plugins });
      return result.outputFiles[0]!.text;
    };
    assert.match(await bundle([]), /async function/);
    assert.doesNotMatch(await bundle([trimYaml]), /async function/);
  });

  it('the GFM footnote and strikethrough serialiser handlers (their `.peek`) are left out; the fromMarkdown halves stay', async () => {
    for (const [pkg, name] of [['mdast-util-gfm-footnote', 'gfmFootnoteFromMarkdown'], ['mdast-util-gfm-strikethrough', 'gfmStrikethroughFromMarkdown']]) {
      const bundle = async (plugins: NonNullable<typeof nodeExtension.plugins>) => {
        const result = await build({ stdin: { contents: `export { ${name} } from '${pkg}';`, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', plugins });
        return result.outputFiles[0]!.text;
      };
      const [plain, trimmed] = await Promise.all([bundle([]), bundle([trimMdast])]);
      assert.match(plain, /\.peek=/, pkg);
      assert.doesNotMatch(trimmed, /peek|attention/, pkg);
      const fromMarkdown = (await import(`data:text/javascript;base64,${Buffer.from(trimmed).toString('base64')}`)) as Record<string, () => { enter: object; exit: object }>;
      assert.ok(Object.keys(fromMarkdown[name]!().exit).length > 0, pkg);
    }
  });

  it("trim-yaml leaves yaml's stringifier as it is (block collections and block scalars are written as by yaml, not flow-only or a throw)", async () => {
    // Only deletions of code nothing calls are kept (rev-p): the stringifier runs for collection keys.
    const contents = [
      "import { stringify, createStringifyContext } from './node_modules/yaml/browser/dist/stringify/stringify.js';",
      "import { Scalar } from './node_modules/yaml/browser/dist/nodes/Scalar.js';",
      "import { YAMLSeq } from './node_modules/yaml/browser/dist/nodes/YAMLSeq.js';",
      "import { Schema } from './node_modules/yaml/browser/dist/schema/Schema.js';",
      "export const f = () => { const doc = { schema: new Schema({}) }; const seq = new YAMLSeq(doc.schema); seq.items.push(new Scalar('line one\\nline two'), new Scalar('b')); return stringify(seq, createStringifyContext(doc, {})); };",
    ].join('\n');
    const written = async (plugins: NonNullable<typeof nodeExtension.plugins>) => {
      const result = await build({ stdin: { contents, resolveDir: process.cwd() }, bundle: true, format: 'esm', write: false, logLevel: 'silent', plugins });
      const module = (await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString('base64')}`)) as { f: () => string };
      return module.f();
    };
    const plain = await written([]);
    assert.equal(plain, '- |-\n  line one\n  line two\n- b');
    assert.equal(await written([trimYaml]), plain);
  });

  it("trim-yaml checks the version of the yaml copy it patches (a nested one of another version is refused, the top-level one's version does not vouch for it)", async () => {
    const root = await mkdtemp(join(tmpdir(), 'trim-yaml-'));
    try {
      const yamlDir = join(root, 'node_modules', 'some-dep', 'node_modules', 'yaml');
      await mkdir(join(yamlDir, 'browser', 'dist', 'doc'), { recursive: true });
      await writeFile(join(yamlDir, 'package.json'), JSON.stringify({ name: 'yaml', version: '2.0.0' }));
      await writeFile(join(yamlDir, 'browser', 'dist', 'doc', 'Document.js'), 'export class Document {\n    clone() {\n    }\n}\n');
      const bundle = build({ stdin: { contents: `export { Document } from ${JSON.stringify(join(yamlDir, 'browser', 'dist', 'doc', 'Document.js'))};`, resolveDir: root }, bundle: true, format: 'esm', write: false, logLevel: 'silent', plugins: [trimYaml] });
      await assert.rejects(bundle, /trim-yaml: written for yaml 2\.9\.1, found 2\.0\.0/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('the trimming refuses a yaml whose methods are not where the list says', () => {
    assert.throws(() => withoutMethods('class A {\n    b() {\n    }\n}\n', ['c'], 'a.js'), /expected one method c, found 0/);
    assert.throws(() => withoutProperty('const t = {\n    tag: 1,\n};\n', 'createNode', 't.js'), /expected one property createNode, found 0/);
    assert.equal(withoutProperty('const t = {\n    tag: 1,\n    createNode: (s) => X.from(s)\n};\n', 'createNode', 't.js'), 'const t = {\n    tag: 1,\n};\n');
    assert.throws(() => replacedOnce('x = 1;\nx = 1;\n', [['x = 1;', 'x = 2;']], 'r.js'), /expected "x = 1;"… once, found 2/);
    assert.equal(replacedOnce('a $ b\n', [['$ b', '$& c']], 'r.js'), 'a $& c\n');
    assert.throws(() => withoutLines('a\nb\nb\n', ['b'], 'l.js'), /expected the line "b" once, found 2/);
    assert.equal(withoutLines('a\n  b\nc\n', ['  b'], 'l.js'), 'a\nc\n');
    assert.equal(withoutMethods('class A {\n    static from(x) {\n    }\n}\n', ['static from'], 'a.js'), 'class A {\n}\n');
    assert.equal(withoutMethods('class A {\n    b(x) {\n        return x;\n    }\n    c() {\n    }\n}\n', ['b'], 'a.js'), 'class A {\n    c() {\n    }\n}\n');
  });

  it("the fault shim gives the messages of the `fault` package for micromark-extension-frontmatter's four calls", () => {
    const cases: [string, unknown][] = [
      ['Missing matter definition for `%s`', 'toml2'],
      ['Expected matter to be an object, not `%j`', 12],
      ['Missing `type` in matter `%j`', { marker: '-' }],
      ['Missing `marker` or `fence` in matter `%j`', { type: 'yaml', nested: ['a', null] }],
    ];
    for (const [format, value] of cases) {
      const expected = realFault(format, value);
      const actual = shimFault(format, value);
      assert.ok(actual instanceof Error);
      assert.equal(actual.message, expected.message);
    }
  });
});
