// A link to a folder the walk has read already: the files under it that no name took yet are
// visited again under the link's name, each real file once per link (bounded however links nest),
// and the folders left out under the first name are read under the link's name when not left out there.
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveOkrFiles } from '../../../src/cli/files';
import { isIgnored, parseConfig, resolveConfig } from '../../../src/core/lint/index';
import { CLEAN } from '../fixtures';
import { useSandbox } from './sandbox';

const FAILING = `${CLEAN}\n## O2: Ship it\n`;

describe('okr lint: links to folders read already', () => {
  const box = useSandbox({ prefix: 'okr-links-revisit-', git: true });
  let dir = '';
  beforeEach(() => (dir = box.dir));
  const okr = box.okr;
  const linted = async (...args: string[]) => {
    const run = await okr('lint', '--format', 'json', ...args);
    assert.notEqual(run.code, 2, run.stderr);
    return [...new Set((JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file))].sort();
  };

  /** f01..fK, each fN (N > 1) holding its okr.md and two links to f(N-1): 2^K names for K files. */
  function chainOfLinks(k: number): void {
    for (let n = 1; n <= k; n++) {
      const folder = join(dir, `f${String(n).padStart(2, '0')}`);
      mkdirSync(folder);
      writeFileSync(join(folder, 'okr.md'), FAILING);
      if (n > 1) for (const link of ['n1', 'n2']) symlinkSync(`../f${String(n - 1).padStart(2, '0')}`, join(folder, link));
    }
  }
  const ignoring = (ignores: string[]) => {
    const config = resolveConfig([parseConfig(JSON.stringify({ ignores }), join(dir, '.okrlintrc.json')).config]);
    return (file: string) => !isIgnored(config, file);
  };

  it('20 levels of two links each: every file taken under its first name, each name asked about once', () => {
    chainOfLinks(20);
    const asked: string[] = [];
    const files = resolveOkrFiles(['.'], dir, { accept: (file) => (asked.push(file), true) });
    assert.equal(files.length, 20);
    assert.deepEqual(asked.map((f) => relative(dir, f)), files.map((f) => relative(dir, f)), 'no name of a taken file is asked about again');
  });

  it('20 levels, each file ignored under its own name: taken under a link, a bounded number of names asked about', () => {
    chainOfLinks(20);
    const asked: string[] = [];
    const accept = ignoring(['f*/okr.md']);
    const files = resolveOkrFiles(['.'], dir, { accept: (file) => (asked.push(file), accept(file)) });
    const expected = Array.from({ length: 19 }, (_, i) => `f${String(i + 2).padStart(2, '0')}/n1/okr.md`);
    assert.deepEqual(files.map((f) => relative(dir, f)).sort(), expected);
    // 20 direct names, then per link at most one name for each file not taken: 2^20 before.
    assert.ok(asked.length <= 20 + 38 * 20, `${asked.length} names asked about`);
    assert.equal(new Set(asked).size, asked.length, 'no name twice');
  });

  it('every name ignored: still bounded, nothing taken', () => {
    chainOfLinks(20);
    let asked = 0;
    const files = resolveOkrFiles(['.'], dir, { accept: () => (asked++, false) });
    assert.deepEqual(files, []);
    assert.ok(asked <= 20 + 38 * 20, `${asked} names asked about`);
  });

  it('a subfolder ignored by a folder pattern under the first name is read under the link, as with a file pattern', async () => {
    mkdirSync(join(dir, 'teams', 'a', 'archive'), { recursive: true });
    writeFileSync(join(dir, 'teams', 'a', 'okr.md'), FAILING);
    writeFileSync(join(dir, 'teams', 'a', 'archive', 'old.okr.md'), FAILING);
    symlinkSync('teams/a', join(dir, 'mirror'));
    writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ ignores: ['teams/a/archive/*.okr.md'] }));
    const filePattern = await linted('.');
    writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ ignores: ['teams/a/archive/'] }));
    const folderPattern = await linted('.');
    assert.deepEqual(filePattern, ['mirror/archive/old.okr.md', 'teams/a/okr.md']);
    assert.deepEqual(folderPattern, filePattern);
    // Ruled out under the link's name too: not read.
    writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ ignores: ['**/archive/'] }));
    assert.deepEqual(await linted('.'), ['teams/a/okr.md']);
  });
});
