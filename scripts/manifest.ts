// The `okr.lint.rules` setting's schema in package.json, generated from the rules' metadata (one
// entry per rule id, its options typed, `additionalProperties: false` so VS Code flags a misspelt
// id), with its texts as `%key%` placeholders whose English is in package.nls.json.
// Usage: npx tsx scripts/manifest.ts [--check]
// Edits only the `"okr.lint.rules"` block of package.json (one line per rule) and the rule keys of
// package.nls.json; with --check, writes nothing and exits 1 when either is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../src/core/lint/index';
import { ENGLISH_SCHEMA_TEXTS, ruleSchemas, type RuleSchemaTexts } from '../src/core/lint/schema';

export const ROOT = path.resolve(__dirname, '..');
const PACKAGE_JSON = path.join(ROOT, 'package.json');
const PACKAGE_NLS = path.join(ROOT, 'package.nls.json');
const SETTING = 'okr.lint.rules';
/** The nls keys this script owns start with this. */
export const RULES_KEY_PREFIX = 'configuration.lint.rules.';
/** The hand-written description of the setting itself (kept, and the generated keys follow it). */
const SETTING_KEY = `${RULES_KEY_PREFIX}markdownDescription`;

const key = {
  rule: (id: string): string => `${RULES_KEY_PREFIX}${id}.markdownDescription`,
  option: (id: string, option: string): string => `${RULES_KEY_PREFIX}${id}.${option}.description`,
  allow: `${RULES_KEY_PREFIX}allow.description`,
};

const placeholders: RuleSchemaTexts = {
  description: () => null,
  markdownDescription: (meta) => `%${key.rule(meta.id)}%`,
  option: (meta, option) => `%${key.option(meta.id, option)}%`,
  allow: () => `%${key.allow}%`,
};

/** The `okr.lint.rules` setting as package.json should declare it (its placeholders unresolved). */
export function rulesSetting(): Record<string, unknown> {
  return {
    type: 'object',
    default: {},
    scope: 'resource',
    markdownDescription: `%${SETTING_KEY}%`,
    properties: ruleSchemas(placeholders),
    additionalProperties: false,
  };
}

/** The English texts of the generated keys, in rule order. */
export function rulesNls(): Record<string, string> {
  const out: Record<string, string> = {};
  const allowText = rules.map((r) => ENGLISH_SCHEMA_TEXTS.allow(r.meta));
  out[key.allow] = allowText[0]!;
  for (const rule of rules) {
    out[key.rule(rule.meta.id)] = ENGLISH_SCHEMA_TEXTS.markdownDescription(rule.meta);
    for (const [option, spec] of Object.entries(rule.meta.options as Record<string, import('../src/core/lint/types').OptionSpec>)) {
      out[key.option(rule.meta.id, option)] = ENGLISH_SCHEMA_TEXTS.option(rule.meta, option, spec);
    }
  }
  return out;
}

/** `[start, end)` of the JSON value that starts at `start` (an object or array), strings respected. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unbalanced JSON');
}

/** The setting's block in package.json's style: fields one per line, one line per rule. */
function settingText(indent: string): string {
  const setting = rulesSetting();
  const inner = `${indent}  `;
  const lines: string[] = [];
  for (const [field, value] of Object.entries(setting)) {
    if (field === 'properties') {
      const rulesLines = Object.entries(value as Record<string, unknown>).map(([id, schema]) => `${inner}  ${JSON.stringify(id)}: ${JSON.stringify(schema)}`);
      lines.push(`${inner}"properties": {\n${rulesLines.join(',\n')}\n${inner}}`);
    } else lines.push(`${inner}${JSON.stringify(field)}: ${JSON.stringify(value)}`);
  }
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

/** package.json's text with the setting's block regenerated (nothing else touched). */
export function updatedPackageJson(text: string): string {
  const anchor = `"${SETTING}": `;
  const at = text.indexOf(anchor);
  if (at < 0 || text.indexOf(anchor, at + 1) >= 0) throw new Error(`expected one ${anchor} in package.json`);
  const start = at + anchor.length;
  const end = valueEnd(text, start);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = text.slice(lineStart, at);
  return text.slice(0, start) + settingText(indent) + text.slice(end);
}

/** package.nls.json's text with the generated keys right after the setting's own description. */
export function updatedNls(text: string): string {
  const current = JSON.parse(text) as Record<string, string>;
  const generated = rulesNls();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(current)) {
    if (k.startsWith(RULES_KEY_PREFIX) && k !== SETTING_KEY) continue;
    out[k] = v;
    if (k === SETTING_KEY) Object.assign(out, generated);
  }
  if (!(SETTING_KEY in current)) throw new Error(`package.nls.json has no ${SETTING_KEY}`);
  return `${JSON.stringify(out, null, 2)}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const pkg = readFileSync(PACKAGE_JSON, 'utf8');
  const nls = readFileSync(PACKAGE_NLS, 'utf8');
  const nextPkg = updatedPackageJson(pkg);
  const nextNls = updatedNls(nls);
  const stale = [nextPkg !== pkg ? 'package.json' : null, nextNls !== nls ? 'package.nls.json' : null].filter(Boolean);
  if (check) {
    if (stale.length) console.error(`${stale.join(' and ')} out of date: run npx tsx scripts/manifest.ts`);
    process.exitCode = stale.length ? 1 : 0;
    return;
  }
  if (nextPkg !== pkg) writeFileSync(PACKAGE_JSON, nextPkg);
  if (nextNls !== nls) writeFileSync(PACKAGE_NLS, nextNls);
  console.log(stale.length ? `updated ${stale.join(' and ')}` : 'package.json and package.nls.json up to date');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
