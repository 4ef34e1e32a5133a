import assert from 'node:assert/strict';
import { build, type Plugin } from 'esbuild';
import { characterEntities } from 'character-entities';
import { compactEntities, compactEntitiesModule } from '../../scripts/compact-entities.mjs';

// The extension bundles ship character-entities packed into one string (scripts/compact-entities.mjs).
// These tests hold that the packed table is the package's, entry for entry, as bundled.
async function importModule(text: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as Record<string, unknown>;
}

describe('compact character-entities (esbuild plugin of the extension bundles)', function () {
  this.timeout(30_000);

  it('unpacks to exactly the table of the installed package', async () => {
    const { characterEntities: unpacked } = await importModule(compactEntitiesModule(characterEntities));
    assert.ok(Object.keys(characterEntities).length > 2000);
    assert.deepEqual({ ...(unpacked as Record<string, string>) }, { ...characterEntities });
  });

  it('keeps a value with letters (fjlig) and values with newlines, quotes and astral characters', async () => {
    // frac1x: names that share a prefix ending in digits (the front coding must not split a number).
    const sample = { fjlig: 'fj', NewLine: '\n', quot: '"', bsol: '\\', Afr: '𝔄', nvlt: '<⃒', amp: '&', AMP: '&', frac12: '½', frac13: '⅓', frac1: '?', sup1: '¹', sup: '⊃' };
    const { characterEntities: unpacked } = await importModule(compactEntitiesModule(sample));
    assert.deepEqual({ ...(unpacked as Record<string, string>) }, sample);
  });

  it('makes a letter family (52 names counting up in code points) by a loop and keeps its exceptions', async () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    const sample: Record<string, string> = { amp: '&' };
    [...letters].forEach((l, i) => (sample[`${l}fr`] = String.fromCodePoint(0x1d504 + i)));
    sample.Cfr = 'ℭ'; // an exception, as in the real table
    sample.zfr = '!'; // the last one too
    const incomplete = { ...sample };
    delete incomplete.Qfr; // a family with a name missing is packed name by name
    for (const table of [sample, incomplete]) {
      const text = compactEntitiesModule(table);
      const { characterEntities: unpacked } = await importModule(text);
      assert.deepEqual({ ...(unpacked as Record<string, string>) }, table);
      assert.equal(text.includes('Bfr'), table === incomplete, 'Bfr packed only when the family is incomplete');
    }
  });

  it('refuses a table whose names are not a letter then letters and digits (the packing would be ambiguous)', () => {
    assert.throws(() => compactEntitiesModule({ 'a-b': 'x' }), /unexpected name/);
    assert.throws(() => compactEntitiesModule({ '1a': '!' }), /unexpected name/);
  });

  it('a bundle built with the plugin decodes every named reference as the package does, and is smaller', async () => {
    const entry = "import { decodeNamedCharacterReference } from 'decode-named-character-reference'; export const decode = decodeNamedCharacterReference;";
    const bundle = async (plugins: Plugin[]) => {
      const result = await build({ stdin: { contents: entry, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', platform: 'node', charset: 'utf8', write: false, logLevel: 'silent', plugins });
      return result.outputFiles[0]!.text;
    };
    const [packed, plain] = await Promise.all([bundle([compactEntities]), bundle([])]);
    assert.ok(Buffer.byteLength(packed) < Buffer.byteLength(plain) - 5_000, `${Buffer.byteLength(packed)} vs ${Buffer.byteLength(plain)}`);
    const decode = (await importModule(packed)).decode as (name: string) => string | false;
    for (const [name, value] of Object.entries(characterEntities)) assert.equal(decode(name), value, name);
    for (const name of ['toString', 'constructor', '__proto__', 'nosuchentity', '']) assert.equal(decode(name), false, name);
  });
});
