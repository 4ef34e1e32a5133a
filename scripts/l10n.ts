// The l10n bundle: every English template a person may read, so translators have one file to work from.
// Usage: npm run l10n [-- --check]   (or: npx tsx scripts/l10n.ts [--check])
// Writes l10n/bundle.l10n.json (the format `@vscode/l10n-dev export` writes: template → template);
// with --check, writes nothing and exits 1 when the bundle is out of date.
//
// `@vscode/l10n-dev export` only finds `l10n.t('…')` calls; the core's templates go through a
// `Translate` parameter (`t('…')`, see src/core/translate.ts) or `translatable('…')` (the parser's
// problems), so this collects all three from the TypeScript sources with the compiler's parser.
// A call whose template is not a string literal cannot be translated: it is reported, and the unit
// test (test/unit/l10n.test.ts) fails on it, except the forwarding functions listed in FORWARDERS.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const ROOT = path.resolve(__dirname, '..');
export const BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.json');
/** Where user-facing strings are built: the core (through `t`), the editor layer (`vscode.l10n.t`) and the webview (its `t`, src/webview/l10n.ts). */
const SOURCE_DIRS = ['src/core', 'src/vscode', 'src/webview'];
/** Files whose translate calls pass a template through (they define the translators). */
const FORWARDERS = new Set(['src/core/translate.ts', 'src/vscode/convert.ts', 'src/webview/l10n.ts']);

export interface TemplateUse {
  template: string;
  /** `src/…/file.ts:line` */
  at: string;
}

export interface Collected {
  templates: TemplateUse[];
  /** Translate calls whose first argument is not a literal (outside the forwarders). */
  dynamic: string[];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out.sort();
}

/** `t(…)`, `translatable(…)`, and `t` reached through an object: `l10n.t(…)` (as `vscode.l10n.t`), `ctx.t(…)`. */
function isTranslateCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't' || callee.text === 'translatable';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/** Every template used in the sources, in file order. */
export function collectTemplates(): Collected {
  const templates: TemplateUse[] = [];
  const dynamic: string[] = [];
  for (const file of SOURCE_DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isTranslateCall(node)) {
        const first = node.arguments[0];
        const at = `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) templates.push({ template: first.text, at });
        else if (!FORWARDERS.has(file)) dynamic.push(`${at}: ${node.getText(source).slice(0, 80)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { templates, dynamic };
}

/** The bundle's text: each distinct template mapped to itself, sorted, as JSON with a final newline. */
export function bundleText(templates: readonly TemplateUse[]): string {
  const keys = [...new Set(templates.map((t) => t.template))].sort();
  const bundle: Record<string, string> = {};
  for (const key of keys) bundle[key] = key;
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const { templates, dynamic } = collectTemplates();
  for (const d of dynamic) console.error(`not translatable (the template is not a string literal): ${d}`);
  const text = bundleText(templates);
  let current = '';
  try {
    current = readFileSync(BUNDLE, 'utf8');
  } catch {
    // No bundle yet.
  }
  const count = Object.keys(JSON.parse(text)).length;
  if (check) {
    if (current !== text) console.error(`${path.relative(ROOT, BUNDLE)} is out of date: run npm run l10n`);
    else console.log(`${path.relative(ROOT, BUNDLE)}: ${count} templates, up to date`);
    process.exitCode = current !== text || dynamic.length ? 1 : 0;
    return;
  }
  mkdirSync(path.dirname(BUNDLE), { recursive: true });
  if (current !== text) writeFileSync(BUNDLE, text);
  console.log(`${path.relative(ROOT, BUNDLE)}: ${count} templates${current === text ? ' (unchanged)' : ''}`);
  if (dynamic.length) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) main();
