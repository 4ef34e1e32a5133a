// The manifest is localisable: every user-facing string in package.json is a `%key%` placeholder
// with its English text in package.nls.json (no literal left, no key missing or unused), and both
// files ship in the package.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { RULES_KEY_PREFIX, rulesNls, rulesSetting, updatedNls, updatedPackageJson } from '../../scripts/manifest';
import { rules } from '../../src/core/lint/index';

const ROOT = path.resolve(__dirname, '../..');
const manifestText = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Record<string, unknown>;
const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** Manifest fields a person reads (VS Code UI, Marketplace), wherever they appear under `contributes`. */
const USER_FACING = new Set([
  'title', 'shortTitle', 'category', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions',
  'deprecationMessage', 'markdownDeprecationMessage', 'name', 'contextualTitle', 'label', 'altText', 'errorMessage',
]);
const PLACEHOLDER = /^%([^%]+)%$/;

/** Every user-facing string under `contributes` (and the top-level displayName/description), with its JSON path. */
function userFacingStrings(): { at: string; value: string }[] {
  const out: { at: string; value: string }[] = [
    { at: 'displayName', value: manifest['displayName'] as string },
    { at: 'description', value: manifest['description'] as string },
  ];
  const walk = (node: unknown, at: string, field: string | null): void => {
    if (typeof node === 'string') {
      if (field !== null && USER_FACING.has(field)) out.push({ at, value: node });
      return;
    }
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${at}[${i}]`, field === 'enumDescriptions' || field === 'markdownEnumDescriptions' ? field : null));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        // Inside a settings schema, `properties`/`default` hold names and values, not UI text.
        if (key === 'default' || key === 'enum' || key === 'examples') continue;
        walk(value, `${at}.${key}`, key);
      }
    }
  };
  walk(manifest['contributes'], 'contributes', null);
  return out;
}

describe('manifest localisation (package.nls.json)', () => {
  it('leaves no user-facing manifest string literal: each is a %key% placeholder', () => {
    const strings = userFacingStrings();
    assert.ok(strings.length > 40, `found ${strings.length} strings`);
    const literal = strings.filter((s) => !PLACEHOLDER.test(s.value)).map((s) => `${s.at}: ${s.value}`);
    assert.deepEqual(literal, []);
  });

  it('has every %key% of package.json in package.nls.json, and no unused key', () => {
    const used = new Set([...manifestText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]!));
    assert.deepEqual([...used].filter((k) => !(k in nls)), [], 'missing from package.nls.json');
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), [], 'unused in package.json');
    for (const [key, text] of Object.entries(nls)) assert.ok(typeof text === 'string' && text.trim().length > 0, `${key} is empty`);
  });

  it('keeps the English texts people saw before (spot checks)', () => {
    const text = (placeholder: unknown): string => nls[String(placeholder).slice(1, -1)]!;
    const contributes = manifest['contributes'] as { commands: { command: string; title: string; category: string }[] };
    const checkIn = contributes.commands.find((c) => c.command === 'okr.checkIn')!;
    assert.equal(`${text(checkIn.category)}: ${text(checkIn.title)}`, 'OKR: Check In');
    assert.equal(text(manifest['displayName']), 'OKR Markdown');
  });

  it('okr.lint.rules declares every rule, typed, as the rules do (regenerate: npx tsx scripts/manifest.ts)', () => {
    const setting = (manifest['contributes'] as { configuration: { properties: Record<string, Record<string, unknown>> } }).configuration.properties['okr.lint.rules']!;
    assert.deepEqual(setting, rulesSetting());
    // A misspelt rule id is flagged by VS Code: only the rules' ids are allowed.
    assert.equal(setting['additionalProperties'], false);
    assert.deepEqual(Object.keys(setting['properties'] as object), rules.map((r) => r.meta.id));
    const tooMany = (setting['properties'] as Record<string, { anyOf: { properties?: Record<string, { type?: string; minimum?: number }> }[] }>)['objective-too-many-key-results']!;
    assert.deepEqual(tooMany.anyOf[3]!.properties!['max'], { description: '%configuration.lint.rules.objective-too-many-key-results.max.description%', minimum: 1, type: 'integer' });
    // The generator would change nothing (so the layout is the generated one too).
    assert.equal(updatedPackageJson(manifestText), manifestText);
    const nlsText = readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8');
    assert.equal(updatedNls(nlsText), nlsText);
  });

  it('describes each rule in English from its metadata, through package.nls.json', () => {
    const generated = rulesNls();
    for (const rule of rules) {
      const text = generated[`${RULES_KEY_PREFIX}${rule.meta.id}.markdownDescription`];
      assert.ok(text?.startsWith(rule.meta.description), rule.meta.id);
      assert.equal(nls[`${RULES_KEY_PREFIX}${rule.meta.id}.markdownDescription`], text);
    }
    assert.equal(nls[`${RULES_KEY_PREFIX}objective-too-long.max.description`], 'Longest objective title, in characters.');
  });

  it('ships package.nls.json and the l10n bundle in the package', () => {
    const included = (file: string): boolean => {
      let ok = true;
      for (const raw of readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n')) {
        const line = raw.trim();
        if (!line || line.startsWith('#')) continue;
        const negated = line.startsWith('!');
        if (picomatch(negated ? line.slice(1) : line, { dot: true })(file)) ok = negated;
      }
      return ok;
    };
    assert.ok(included('package.nls.json'));
    assert.ok(included('l10n/bundle.l10n.json'));
    assert.equal(manifest['l10n'], './l10n');
  });
});
