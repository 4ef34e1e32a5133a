// The manifest parts of the editing features: commands, settings, walkthrough, JSON schema and
// capabilities are declared, point at files that exist, and ship in the package.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

const ROOT = path.resolve(__dirname, '../../..');
// As VS Code reads it in English: `%key%` placeholders replaced from package.nls.json.
const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'), (_key, value: unknown) =>
  typeof value === 'string' && /^%[^%]+%$/.test(value) && value.slice(1, -1) in nls ? nls[value.slice(1, -1)] : value,
);
const contributes = manifest.contributes;
const vscodeSources = readdirSync(path.join(ROOT, 'src/vscode')).map((f) => readFileSync(path.join(ROOT, 'src/vscode', f), 'utf8')).join('\n');

/** Whether `.vscodeignore` lets a file into the package (last matching pattern wins). */
function packaged(file: string): boolean {
  let included = true;
  for (const raw of readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (picomatch(negated ? line.slice(1) : line, { dot: true })(file)) included = negated;
  }
  return included;
}

describe('manifest: commands, settings, walkthrough', () => {
  it('contributes every okr.* command the extension registers for people, in the OKR category', () => {
    const registered = [...vscodeSources.matchAll(/registerCommand\(\s*'(okr\.[\w.]+)'/g)].map((m) => m[1]!);
    assert.ok(registered.includes('okr.checkIn') && registered.includes('okr.exportReport'), 'found the registrations');
    const contributed = new Map<string, { category?: string }>(contributes.commands.map((c: { command: string }) => [c.command, c]));
    for (const id of registered) {
      assert.ok(contributed.has(id), `${id} is registered but not contributed`);
      assert.equal(contributed.get(id)!.category, 'OKR', id);
    }
  });

  it('describes every okr.lint.* and okr.defaultOwner setting the code reads, with a default', () => {
    const props = contributes.configuration.properties as Record<string, { default?: unknown; markdownDescription?: string; description?: string; enum?: unknown[]; enumDescriptions?: unknown[] }>;
    const read = new Set<string>();
    for (const m of vscodeSources.matchAll(/getConfiguration\('okr\.lint'[^)]*\)[\s\S]{0,40}?\.(?:get|inspect)(?:<[^>]*>)?\('([\w.]+)'/g)) read.add(`okr.lint.${m[1]}`);
    for (const key of ['enable', 'run', 'debounceMs', 'extends', 'rules', 'ignores', 'allow']) read.add(`okr.lint.${key}`);
    read.add('okr.defaultOwner');
    for (const key of read) {
      const p = props[key];
      assert.ok(p, `${key} is not contributed`);
      assert.ok('default' in p, `${key} has no default`);
      assert.ok((p.markdownDescription ?? p.description ?? '').length > 20, `${key} has no description`);
      if (p.enum) assert.equal(p.enumDescriptions?.length, p.enum.length, `${key} describes each enum value`);
    }
  });

  it('has a walkthrough whose steps show packaged Markdown and run contributed or built-in commands', () => {
    const [walkthrough] = contributes.walkthroughs;
    assert.ok(walkthrough.steps.length >= 4);
    const ours = new Set(contributes.commands.map((c: { command: string }) => c.command));
    for (const step of walkthrough.steps) {
      const media = step.media.markdown as string;
      assert.ok(existsSync(path.join(ROOT, media)), `${media} exists`);
      assert.ok(packaged(media), `${media} is packaged`);
      for (const m of (step.description as string).matchAll(/\(command:([\w.]+)/g)) {
        assert.ok(ours.has(m[1]) || !m[1]!.startsWith('okr.'), `${m[1]} is contributed`);
      }
    }
  });

  it('validates .okrlintrc.json with the packaged schema and declares its capabilities', () => {
    const [validation] = contributes.jsonValidation;
    assert.equal(validation.fileMatch, '.okrlintrc.json');
    const schema = validation.url.replace(/^\.\//, '');
    assert.ok(existsSync(path.join(ROOT, schema)), `${schema} exists`);
    assert.ok(packaged(schema), `${schema} is packaged`);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true);
    // Virtual workspaces: the editor layer reads files only through vscode.workspace.fs.
    assert.doesNotMatch(vscodeSources, /from 'node:|require\('fs'\)|from 'fs'/);
  });
});
