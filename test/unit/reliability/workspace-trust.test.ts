// Untrusted workspaces and virtual file systems (issue #8): what package.json declares
// (untrustedWorkspaces supported, virtualWorkspaces true) holds because the extension only reads,
// through vscode.workspace.fs, and runs nothing; and a config file can never be looked up outside
// the workspace folder.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import fc from 'fast-check';
import { configCandidates, emptyLayer, findConfigChain } from '../../../src/core/lint/config';
import { runs, seed } from './generators';

const ROOT = join(__dirname, '..', '..', '..');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [{ file: join(dir, e.name), text: readFileSync(join(dir, e.name), 'utf8') }] : [],
  );
}

/** How the editor joins a candidate to the workspace folder (diagnostics.ts readConfig: joinPath of the non-empty segments). */
function hostJoin(folder: string, candidate: string): string {
  return posix.normalize(posix.join(folder, ...candidate.split('/').filter((s) => s !== '')));
}

describe('reliability: untrusted and virtual workspaces', () => {
  it('package.json declares untrusted-workspace and virtual-workspace support', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown } };
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  });

  it('the extension runs nothing and reads files only through vscode.workspace.fs (so virtual file systems work)', () => {
    const files = [...sources(join(ROOT, 'src', 'vscode')), ...sources(join(ROOT, 'src', 'core')), ...sources(join(ROOT, 'src', 'protocol'))];
    assert.ok(files.length > 10);
    const forbidden: [RegExp, string][] = [
      [/from ['"](node:)?(fs|fs\/promises|child_process|worker_threads|vm|net|http|https)['"]/, 'a Node module that reads files, runs processes or opens sockets'],
      [/require\(/, 'require'],
      [/\bcreateTerminal\b|ShellExecution|ProcessExecution|vscode\.tasks\.executeTask/, 'a terminal, task or process'],
      [/\beval\s*\(|new Function\s*\(/, 'eval'],
      [/\bfetch\s*\(|XMLHttpRequest|WebSocket/, 'network access'],
    ];
    for (const { file, text } of files) for (const [pattern, what] of forbidden) assert.ok(!pattern.test(text), `${file} uses ${what}`);
  });

  it('config candidates of a file inside the workspace never leave the workspace folder', () => {
    const segment = fc.oneof(fc.constantFrom('teams', 'a', '.', 'okr.md', 'x y', 'é', '.okrlintrc.json', 'package.json', ''), fc.stringMatching(/^[a-zA-Z0-9._ -]{1,8}$/));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 0, maxLength: 12 }), fc.constantFrom('okr.md', 'team.okr.md'), fc.boolean(), (dirs, name, leadingSlash) => {
        const clean = dirs.filter((d) => d !== '..');
        const relative = `${leadingSlash ? '/' : ''}${[...clean, name].join('/')}`;
        const candidates = configCandidates(relative);
        assert.ok(candidates.length >= 2, 'at least the folder itself is tried');
        for (const c of candidates) {
          assert.ok(!c.split('/').includes('..'), `candidate ${c} has ..`);
          const joined = hostJoin('/ws/folder', c);
          assert.ok(joined.startsWith('/ws/folder/'), `${relative} → ${c} → ${joined} is outside the folder`);
          assert.match(c, /(^|\/)(\.okrlintrc\.json|package\.json)$/);
        }
        // The last candidates are the workspace folder's own files.
        assert.deepEqual(candidates.slice(-2).map((c) => hostJoin('/ws/folder', c)), ['/ws/folder/.okrlintrc.json', '/ws/folder/package.json']);
      }),
      { numRuns: runs(500), seed: seed(8501) },
    );
  });

  it('the search the editor runs (findConfigChain) asks only about files and `.git` entries inside the workspace folder', () => {
    const segment = fc.oneof(fc.constantFrom('teams', 'a', '.', 'x y', 'é', ''), fc.stringMatching(/^[a-zA-Z0-9._ -]{1,8}$/));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 0, maxLength: 10 }), fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), (dirs, answers) => {
        const relative = [...dirs.filter((d) => d !== '..'), 'okr.md'].join('/');
        const asked: string[] = [];
        let i = 0;
        // Any answers: configs found here and there (none `"root": true`), repositories or not.
        findConfigChain(relative, {
          config: (path) => (asked.push(path), answers[i++ % answers.length] ? { layer: emptyLayer() } : null),
          isRepositoryRoot: (dir) => (asked.push(`${dir}/.git`), answers[i++ % answers.length] === true && i % 3 === 0),
        });
        assert.ok(asked.length >= 1);
        for (const path of asked) {
          const joined = posix.normalize(posix.join('/ws/folder', ...path.split('/').filter((s) => s !== '' && s !== '.')));
          assert.ok(joined.startsWith('/ws/folder/'), `${relative} → ${path} → ${joined} is outside the folder`);
        }
      }),
      { numRuns: runs(300), seed: seed(8502) },
    );
  });

  it('the editor refuses a document path with `..` before looking for its config (the guard the property relies on)', () => {
    const text = readFileSync(join(ROOT, 'src', 'vscode', 'diagnostics.ts'), 'utf8');
    assert.match(text, /=== '\.\.'\)? \? null/, 'diagnostics.ts posixRelative rejects `..` segments');
    // Without the guard, `..` would climb out: this is why it matters.
    assert.ok(configCandidates('../outside/okr.md').some((c) => !hostJoin('/ws/folder', c).startsWith('/ws/folder/')));
  });
});
