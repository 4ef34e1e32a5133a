// ConfigLookup (selection.ts) finds a folder's config chain once and shares it among the folder's
// files: each file still gets its own folder's configuration and ignores, whatever order files
// from different folders are asked in.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ConfigLookup } from '../../../src/cli/selection';

describe('ConfigLookup: one config search per folder', () => {
  let dir = '';
  const io = { stdout: () => {}, stderr: () => {}, cwd: '', today: () => '2026-11-22' };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-lookup-'));
    const files: Record<string, string> = {
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.okrlintrc.json': JSON.stringify({ rules: { 'kr-missing-owner': 'off' }, ignores: ['old/**'] }),
      'a/.okrlintrc.json': JSON.stringify({ rules: { 'kr-vague-verb': 'off' }, ignores: ['skip.okr.md'] }),
      // The same text as a/'s, in another folder: its ignores are anchored to b/, so a configuration of its own.
      'b/.okrlintrc.json': JSON.stringify({ rules: { 'kr-vague-verb': 'off' }, ignores: ['skip.okr.md'] }),
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each file its own folder’s configuration and ignores, asked in any order and again', () => {
    const lookup = new ConfigLookup({ ...io, cwd: dir });
    const at = (p: string): string => join(dir, p);
    const order = ['okr.md', 'a/x.okr.md', 'c/okr.md', 'a/skip.okr.md', 'okr.md', 'b/skip.okr.md', 'old/okr.md', 'a/deep/y.okr.md', 'skip.okr.md', 'c/okr.md'];
    const seen = order.map((p) => ({ p, config: lookup.configOf(at(p)), files: lookup.configFiles(at(p)), ignoredBy: lookup.ignoredBy(at(p)) }));
    const of = (p: string) => seen.find((s) => s.p === p)!;
    // The root's configuration for the files without a config of their own (c/ has none).
    assert.equal(of('okr.md').config, of('c/okr.md').config);
    assert.equal(of('okr.md').config, of('old/okr.md').config);
    assert.deepEqual(of('c/okr.md').files, [at('.okrlintrc.json')]);
    // a/ and a/deep/ take a/'s; b/ its own.
    assert.notEqual(of('a/x.okr.md').config, of('okr.md').config);
    assert.equal(of('a/deep/y.okr.md').config, of('a/x.okr.md').config);
    assert.notEqual(of('b/skip.okr.md').config, of('a/x.okr.md').config);
    assert.notEqual(of('b/skip.okr.md').config, of('okr.md').config);
    assert.deepEqual(of('a/deep/y.okr.md').files, [at('a/.okrlintrc.json'), at('.okrlintrc.json')]);
    assert.deepEqual(of('b/skip.okr.md').files, [at('b/.okrlintrc.json'), at('.okrlintrc.json')]);
    // Ignores: a folder's own (relative to it), and the root's further up; not a/'s for the root's files.
    assert.equal(of('a/skip.okr.md').ignoredBy, at('a/.okrlintrc.json'));
    assert.equal(of('b/skip.okr.md').ignoredBy, at('b/.okrlintrc.json'));
    assert.equal(of('old/okr.md').ignoredBy, at('.okrlintrc.json'));
    assert.equal(of('skip.okr.md').ignoredBy, null);
    assert.equal(of('a/x.okr.md').ignoredBy, null);
    // Asked twice, the same answers (the second from the folder's kept chain).
    for (const s of seen) assert.deepEqual({ config: lookup.configOf(at(s.p)), files: lookup.configFiles(at(s.p)) }, { config: s.config, files: s.files });
    assert.equal(lookup.configs.length, 3);
    // A fresh lookup asked in another order agrees.
    const other = new ConfigLookup({ ...io, cwd: dir });
    for (const s of [...seen].reverse()) assert.deepEqual(other.configFiles(at(s.p)), s.files);
  });
});
