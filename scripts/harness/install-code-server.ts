// Installs code-server (a real VS Code with the Node extension host) from npm into the
// git-ignored `.code-server/` folder. Idempotent: does nothing when the pinned version is there.
//
//   node --import tsx scripts/harness/install-code-server.ts [--force]
//
// A plain `npm i code-server` fails on these machines in three places, handled here:
//   1. kerberos needs the Kerberos headers: apt `libkrb5-dev` (.ci/run installs it);
//   2. @vscode/ripgrep downloads its binary from GitHub: we copy Debian's `rg` (apt `ripgrep`);
//   3. node-pty's install runs `npx node-gyp`, which npm's `yes=false` refuses: npm_config_yes=true,
//      and npm 11 runs dependencies' install scripts only when allowed: we allow them for the
//      rebuild steps only, everything else installs with --ignore-scripts.
// Then the rest of code-server's own postinstall.sh is done by hand.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, createSandbox } from './common';

export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(ROOT, '.code-server');
const PACKAGE_DIR = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server');
/** The launcher (`bin/code-server` wraps `out/node/entry.js`). */
export const CODE_SERVER_ENTRY = path.join(PACKAGE_DIR, 'out', 'node', 'entry.js');
const MARKER = path.join(CODE_SERVER_DIR, 'installed.json');

export function isCodeServerInstalled(): boolean {
  if (!existsSync(MARKER) || !existsSync(CODE_SERVER_ENTRY)) return false;
  try {
    return (JSON.parse(readFileSync(MARKER, 'utf8')) as { version?: string }).version === CODE_SERVER_VERSION;
  } catch {
    return false;
  }
}

export function installCodeServer(force = false): void {
  if (!force && isCodeServerInstalled()) {
    console.log(`code-server ${CODE_SERVER_VERSION} is already installed in ${path.relative(ROOT, CODE_SERVER_DIR)}/`);
    return;
  }
  const started = Date.now();
  const rg = findRipgrep();
  console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CODE_SERVER_DIR)}/ (about a minute)…`);
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  // Its own package.json, so npm does not walk up to the project's.
  writeFileSync(path.join(CODE_SERVER_DIR, 'package.json'), `${JSON.stringify({ name: 'okr-markdown-code-server', private: true }, null, 2)}\n`);

  npm(CODE_SERVER_DIR, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--save-exact', `code-server@${CODE_SERVER_VERSION}`]);
  npm(CODE_SERVER_DIR, ['rebuild', 'argon2'], { scripts: true });

  const vscodeDir = path.join(PACKAGE_DIR, 'lib', 'vscode');
  npm(vscodeDir, ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']);
  const native = nativePackages(path.join(vscodeDir, 'node_modules'));
  console.log(`rebuilding native modules: ${native.join(', ')}`);
  npm(vscodeDir, ['rebuild', ...native], { scripts: true });

  const rgTarget = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  mkdirSync(path.dirname(rgTarget), { recursive: true });
  copyFileSync(rg, rgTarget);
  chmodSync(rgTarget, 0o755);

  // The rest of code-server's postinstall.sh (vscode_install after the npm install).
  relink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  relink('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  relink('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));
  npm(path.join(vscodeDir, 'extensions'), ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']);

  // Smoke check: the launcher answers --version (in a sandbox: it writes a config file to ~/.config).
  const sandbox = createSandbox('code-server-check');
  try {
    const version = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--version'], { encoding: 'utf8', env: { ...process.env, ...sandbox.env } });
    if (version.status !== 0 || !version.stdout.includes(CODE_SERVER_VERSION)) {
      throw new Error(`code-server does not start after installing:\n${version.stdout}\n${version.stderr}`);
    }
  } finally {
    sandbox.dispose();
  }
  writeFileSync(MARKER, `${JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString() })}\n`);
  console.log(`code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function npm(cwd: string, args: string[], options: { scripts?: boolean } = {}): void {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_yes: 'true', npm_config_update_notifier: 'false' };
  if (options.scripts) {
    env.npm_config_ignore_scripts = 'false';
    env.npm_config_dangerously_allow_all_scripts = 'true';
  } else {
    env.npm_config_ignore_scripts = 'true';
  }
  console.log(`$ (cd ${path.relative(ROOT, cwd)} && npm ${args.join(' ')})`);
  const result = spawnSync('npm', args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
}

/** Packages under `nodeModules` with a binding.gyp (scoped ones included), except windows-only ones. */
function nativePackages(nodeModules: string): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(nodeModules)) {
    const candidates = entry.startsWith('@') ? readdirSync(path.join(nodeModules, entry)).map((sub) => `${entry}/${sub}`) : [entry];
    for (const name of candidates) {
      const base = name.split('/').pop() ?? name;
      if (base.startsWith('windows-')) continue;
      if (existsSync(path.join(nodeModules, name, 'binding.gyp'))) names.push(name);
    }
  }
  return names;
}

function findRipgrep(): string {
  const candidates = [process.env.RG_PATH, '/usr/bin/rg', '/usr/local/bin/rg'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('ripgrep (`rg`) is not installed: `apt-get install -y ripgrep` (code-server needs it for search)');
  return found;
}

function relink(target: string, link: string): void {
  rmSync(link, { recursive: true, force: true });
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(target, link);
}

if (require.main === module) {
  try {
    installCodeServer(process.argv.includes('--force'));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
