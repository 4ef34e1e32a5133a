// Runs the TextMate token tests (vscode-tmgrammar-test) on test/grammar/**/*.test.md.
// The injection grammar comes from package.json (contributes.grammars), exactly as VS Code loads it;
// the Markdown base grammar is a copy of VS Code's, and a YAML stub lets its front-matter rule load.
// The Markdown grammar embeds ~60 languages we do not ship; the tool warns once per missing one,
// so those warnings are filtered out. Everything else, and the exit code, passes through.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('vscode-tmgrammar-test/package.json')), 'dist/unit.js');
const args = [
  cli,
  '--grammar', 'test/grammar/markdown.tmLanguage.json',
  '--grammar', 'test/grammar/yaml-stub.tmLanguage.json',
  '--config', 'package.json',
  'test/grammar/**/*.test.md',
];
// The JSON grammar is generated: fail first when it is out of date with its source.
const check = spawnSync(process.execPath, ['syntaxes/okr.injection.grammar.mjs', '--check'], { cwd: root, stdio: 'inherit' });
if (check.status !== 0) process.exit(1);

const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
let pending = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => {
  const lines = (pending + chunk).split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) if (!/^grammar not found for "/.test(line)) process.stderr.write(line + '\n');
});
child.on('close', (code, signal) => {
  if (pending && !/^grammar not found for "/.test(pending)) process.stderr.write(pending + '\n');
  process.exitCode = code === 0 ? 0 : 1;
  if (signal) console.error(`vscode-tmgrammar-test stopped by ${signal}`);
});
