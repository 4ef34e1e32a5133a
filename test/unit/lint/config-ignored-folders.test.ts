// `isFolderIgnored`: a folder that a config's `ignores` rule out entirely, which `okr lint` and
// `okr report` then do not read. It must never claim a folder that holds a file `isIgnored` keeps.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IGNORE_LIMITS, ignoredByWhich, isFolderIgnored, isIgnored, parseConfig, resolveConfig } from '../../../src/core/lint/config';
import type { ResolvedConfig } from '../../../src/core/lint/types';
import { runs, seed } from '../reliability/generators';

function configOf(ignores: string[], dir = '/repo'): ResolvedConfig {
  return resolveConfig([parseConfig(JSON.stringify({ ignores }), `${dir}/.okrlintrc.json`).config]);
}

describe('lint config: folders the ignores rule out', () => {
  it('a folder pattern (vendor/**, build/, a bare name, a star folder) rules its folder out at its depth', () => {
    const config = configOf(['vendor/**', 'build/', 'archive', 'docs/*', 'gen/**/*', 'old/2025']);
    for (const folder of ['/repo/vendor', '/repo/vendor/x', '/repo/build', '/repo/a/b/build', '/repo/archive', '/repo/team/archive', '/repo/docs', '/repo/docs/sub', '/repo/gen', '/repo/gen/a', '/repo/old/2025']) {
      assert.equal(isFolderIgnored(config, folder), true, folder);
    }
    // vendor/** is anchored at the config's folder; old/2025 leaves the rest of old.
    for (const folder of ['/repo', '/repo/team/vendor', '/repo/old', '/repo/builds', '/other/vendor']) {
      assert.equal(isFolderIgnored(config, folder), false, folder);
    }
  });

  it('a pattern that matches only some files below is no reason to skip the folder', () => {
    const config = configOf(['**/*.draft.okr.md', 'team/*.okr.md', 'x/*/*']);
    for (const folder of ['/repo/team', '/repo/a.draft.okr.md', '/repo/x', '/repo/x/y']) assert.equal(isFolderIgnored(config, folder), false, folder);
  });

  it('a later !pattern may bring a file back: the folder is read, unless a pattern after it rules it out again', () => {
    assert.equal(isFolderIgnored(configOf(['vendor/**', '!vendor/keep.okr.md']), '/repo/vendor'), false);
    assert.equal(isFolderIgnored(configOf(['vendor/**', '!keep.okr.md']), '/repo/vendor'), false, 'a bare name matches at any depth');
    assert.equal(isFolderIgnored(configOf(['vendor/**', '!**/keep.okr.md']), '/repo/vendor/a'), false);
    // One that cannot match below it: another folder, or a path no deeper than the folder.
    assert.equal(isFolderIgnored(configOf(['vendor/**', 'build/', '!vendor/keep.okr.md']), '/repo/build'), true);
    assert.equal(isFolderIgnored(configOf(['vendor/**', '!vendor/*/x.okr.md']), '/repo/vendor/a/b'), true);
    assert.equal(isFolderIgnored(configOf(['!x.okr.md', 'vendor/**']), '/repo/vendor'), true);
    assert.equal(isFolderIgnored(configOf(['vendor/**', '!x.okr.md', 'vendor']), '/repo/vendor'), true);
  });

  it('never rules out a folder holding a file isIgnored keeps (random patterns and paths)', () => {
    const name = fc.constantFrom('a', 'b', 'x.okr.md', 'okr.md');
    const part = fc.constantFrom('a', 'b', '*', '**', '*.okr.md', '{a,b}', 'a*', '?', '[ab]', 'x.okr.md', '{,a/**}');
    const pattern = fc.tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean()).map(([negated, parts, slash, lead]) => `${negated ? '!' : ''}${lead ? '/' : ''}${parts.join('/')}${slash ? '/' : ''}`);
    let ruledOut = 0;
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), fc.array(name, { minLength: 1, maxLength: 3 }), fc.array(name, { minLength: 1, maxLength: 3 }), (ignores, folder, below) => {
        const config = configOf(ignores);
        const dir = `/repo/${folder.join('/')}`;
        if (!isFolderIgnored(config, dir)) return;
        ruledOut++;
        assert.equal(isIgnored(config, `${dir}/${below.join('/')}`), true, `${JSON.stringify(ignores)} rules out ${dir} but keeps ${below.join('/')}`);
      }),
      { numRuns: runs(3000), seed: seed(9101) },
    );
    assert.ok(ruledOut > 100, `the property saw folders ruled out (${ruledOut})`);
  });

  it('with config files at several depths, a folder its parent\'s config rules out holds no file the configs above it keep (hierarchical ignoring)', () => {
    const name = fc.constantFrom('a', 'b', 'okr.md');
    const part = fc.constantFrom('a', 'b', '*', '**', '*.md', '{a,b}', 'okr.md');
    const pattern = fc.tuple(fc.boolean(), fc.array(part, { minLength: 1, maxLength: 3 })).map(([negated, parts]) => `${negated ? '!' : ''}${parts.join('/')}`);
    const ignores = fc.array(pattern, { maxLength: 3 });
    let ruledOut = 0;
    fc.assert(
      fc.property(fc.tuple(ignores, ignores, ignores), fc.array(name, { minLength: 1, maxLength: 3 }), fc.array(name, { minLength: 1, maxLength: 3 }), (byDepth, folder, below) => {
        // Config files in /repo, /repo/a and /repo/a/b (a config in the folder itself or below it is not looked for by the walk).
        const configs = byDepth.map((list, depth) => ({ dir: ['/repo', '/repo/a', '/repo/a/b'][depth]!, config: configOf(list, ['/repo', '/repo/a', '/repo/a/b'][depth]) }));
        const dir = `/repo/${folder.join('/')}`;
        const file = `${dir}/${below.join('/')}`;
        const above = (path: string) => configs.filter((c) => path.startsWith(`${c.dir}/`)).reverse();
        const parent = above(dir.slice(0, dir.lastIndexOf('/') + 1) + 'x')[0]!;
        if (!isFolderIgnored(parent.config, dir)) return;
        ruledOut++;
        assert.ok(ignoredByWhich(above(file).map((c) => c.config), file) >= 0, `${JSON.stringify(byDepth)} rules out ${dir} but keeps ${file}`);
      }),
      { numRuns: runs(3000), seed: seed(9102) },
    );
    assert.ok(ruledOut > 50, `the property saw folders ruled out (${ruledOut})`);
  });

  it('a hostile config at the limits: one folder check costs about what isIgnored costs on a file in it, not one match per ancestor', () => {
    const shapes = [(i: number) => `**/*a*a*a*a*b${i}/**`, (i: number) => `**/*a*/**/*a*a*b${i}/**`, (i: number) => `{a,*a}*a/**/*a*b${i}/**`];
    const ignores = Array.from({ length: IGNORE_LIMITS.patterns }, (_, i) => shapes[i % 3]!(i));
    const config = configOf(ignores);
    // 64 names of 250 characters: before, each of the 64 ancestors was matched against every pattern (5-13 s here).
    const dir = `/repo/${Array.from({ length: 64 }, () => 'a'.repeat(250)).join('/')}`;
    const time = (f: () => void) => {
      const started = performance.now();
      f();
      return performance.now() - started;
    };
    const file = time(() => assert.equal(isIgnored(config, `${dir}/okr.md`), false));
    const folder = time(() => assert.equal(isFolderIgnored(config, dir), false));
    // Generous bounds (the machine is shared): what matters is that the depth no longer multiplies the work.
    assert.ok(folder < 3000 && folder < 10 * file + 500, `folder ${folder.toFixed(0)} ms, a file in it ${file.toFixed(0)} ms`);
    // And it still rules out what it should at that depth.
    assert.equal(isFolderIgnored(configOf([...ignores.slice(0, -1), '**/aaa*/**']), dir), true);
  });
});
