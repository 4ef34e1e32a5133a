// findConfigChain: the one search for config files (CLI and editor). What it asks the host, in
// which order, and where it stops, on an in-memory tree.
import assert from 'node:assert/strict';
import { emptyLayer, findConfigChain, findConfigChainAsync, type ConfigLayer } from '../../../src/core/lint/index';

/** A host over `files` (path → layer, or 'no-okr' for a package.json without the key) and `repositories`, logging every question. */
function host(files: Record<string, Partial<ConfigLayer> | 'no-okr'>, repositories: string[] = []) {
  const asked: string[] = [];
  return {
    asked,
    config(path: string): { layer: ConfigLayer } | null {
      asked.push(path);
      const f = files[path];
      return f === undefined || f === 'no-okr' ? null : { layer: { ...emptyLayer(), ...f } };
    },
    isRepositoryRoot(dir: string): boolean {
      asked.push(`git? ${dir}`);
      return repositories.includes(dir);
    },
  };
}

describe('findConfigChain', () => {
  it('asks for .okrlintrc.json then package.json in each folder upward, to the top, and returns the configs nearest first', () => {
    const h = host({ '/r/a/package.json': {}, '/r/.okrlintrc.json': {}, '/package.json': 'no-okr' });
    const chain = findConfigChain('/r/a/okr.md', h);
    assert.deepEqual(chain.map((c) => c.path), ['/r/a/package.json', '/r/.okrlintrc.json']);
    assert.deepEqual(h.asked, [
      '/r/a/.okrlintrc.json', '/r/a/package.json', 'git? /r/a',
      '/r/.okrlintrc.json', 'git? /r', // a .okrlintrc.json hides the package.json beside it: not read
      '/.okrlintrc.json', '/package.json', // the top: no question about a repository above it
    ]);
  });

  it('stops after the repository root: its config counts, nothing above is read', () => {
    const h = host({ '/home/.okrlintrc.json': {}, '/home/repo/.okrlintrc.json': {}, '/home/repo/team/.okrlintrc.json': {} }, ['/home/repo']);
    assert.deepEqual(findConfigChain('/home/repo/team/okr.md', h).map((c) => c.path), ['/home/repo/team/.okrlintrc.json', '/home/repo/.okrlintrc.json']);
    assert.ok(!h.asked.some((q) => q.startsWith('/home/.') || q.startsWith('/home/package')), h.asked.join(', '));
  });

  it('stops after a "root": true config, before asking anything further up', () => {
    const h = host({ '/r/a/b/.okrlintrc.json': {}, '/r/a/.okrlintrc.json': { root: true }, '/r/.okrlintrc.json': {} });
    assert.deepEqual(findConfigChain('/r/a/b/okr.md', h).map((c) => c.path), ['/r/a/b/.okrlintrc.json', '/r/a/.okrlintrc.json']);
    assert.equal(h.asked.at(-1), '/r/a/.okrlintrc.json');
    // "root": false is the same as no key.
    const f = host({ '/r/a/.okrlintrc.json': { root: false }, '/r/.okrlintrc.json': {} });
    assert.equal(findConfigChain('/r/a/okr.md', f).length, 2);
  });

  it('a workspace-relative path (the editor) ends at the workspace folder; backslashes are read as separators', async () => {
    const h = host({ 'a/.okrlintrc.json': {}, '.okrlintrc.json': {} }, ['a']);
    assert.deepEqual((await findConfigChainAsync('a/b/okr.md', { config: async (p) => h.config(p), isRepositoryRoot: async (d) => h.isRepositoryRoot(d) })).map((c) => c.path), ['a/.okrlintrc.json']);
    const top = host({ '.okrlintrc.json': {} });
    assert.deepEqual(findConfigChain('okr.md', top).map((c) => c.path), ['.okrlintrc.json']);
    assert.deepEqual(top.asked, ['.okrlintrc.json']);
    const win = host({ 'C:/r/.okrlintrc.json': {} });
    assert.deepEqual(findConfigChain('C:\\r\\t\\okr.md', win).map((c) => c.path), ['C:/r/.okrlintrc.json']);
  });

  it('what the host throws comes out (the CLI stops on an unreadable config)', () => {
    assert.throws(() => findConfigChain('/r/okr.md', { config: () => { throw new Error('EACCES'); }, isRepositoryRoot: () => false }), /EACCES/);
  });
});
