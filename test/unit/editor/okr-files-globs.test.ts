// `okr.files` globs (workspace settings, which come with any cloned repository): matched by the
// bounded-time matcher of src/core/glob.ts, as lint ignores are; agreeing with picomatch, which
// matched them before, on ordinary globs; patterns past the limits match nothing.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import picomatch from 'picomatch/posix';
import { isOkrFile, OKR_FILES_LIMITS, okrFilesGlob } from '../../../src/core/files';
import { globCacheSize } from '../../../src/core/glob';
import { runs, seed } from '../reliability/generators';

function timed(f: () => void): number {
  const started = performance.now();
  f();
  return performance.now() - started;
}

describe('editor: okr.files globs', () => {
  it('agrees with picomatch (dot: true; a pattern without a slash matches the base name) on ordinary globs', () => {
    // Left out, where the two differ on purpose (as for lint ignores, config-ignores.test.ts):
    // `[!a]`, which picomatch/posix reads as `[a]` (here: not a, as gitignore and POSIX); a brace
    // alternative that is a bare `**` (expanded first here, as in the shell, so it is a globstar);
    // `***` or `**` next to a brace (picomatch reads some as a globstar); `.` and `..` as names
    // (picomatch drops a leading `./`); a trailing `/**` after a wildcard name (here it matches the
    // name itself too); an empty name (`a//b`). Also extglobs (`@(a|b)`), which picomatch reads and
    // which match nothing here (the next test); and a leading `/` or `./`, which isOkrFile strips
    // (both mean the workspace folder) before either matcher would see it; and a trailing `/`, which
    // names a folder here (everything under it, as lint ignores read it) and matches no file in picomatch.
    const part = fc.constantFrom('*', '**', '?', '/', '.', 'a', 'b', 'ab', '{a,b}', '{a,{b,c}}', '{ab,a/b}', '[ab]', '[^a]', '[a-c]', '-', 'x.md', '\\*', '{a}');
    const glob = fc
      .array(part, { minLength: 1, maxLength: 8 })
      .map((p) => p.join(''))
      .filter((g) => !/\{[^}]*,\}|\{,|\*\*\*|\*\*[{}]|[{}]\*\*|(^|\/)\.\.?(\/|$)|\/\/|^\/|[*?[\]{}][^/]*\/\*\*$|\/$/.test(g));
    // No name is okr.md or *.okr.md: those are OKR files whatever the patterns.
    const name = fc.constantFrom('a', 'b', 'ab', 'ba', '.a', 'x.md', 'a.md', 'c', '*', 'aab', '{a}', '.md');
    const path = fc.array(name, { minLength: 1, maxLength: 5 }).map((names) => names.join('/'));
    let matched = 0;
    fc.assert(
      fc.property(glob, path, (g, p) => {
        const expected = picomatch(g, { dot: true, basename: !g.includes('/') })(p);
        if (expected) matched++;
        assert.equal(isOkrFile(p, [g]), expected, `${g} on ${p}`);
      }),
      { numRuns: runs(3000), seed: seed(5501) },
    );
    // The property is not only about globs that match nothing.
    assert.ok(matched > 50, `${matched} matches`);
  });

  it('extglobs and patterns past the limits match nothing; the others in the list still do; nothing throws', () => {
    const fine = 'goals/*.md';
    const refused = [
      '@(goals|plans)/*.md',
      '+(a)/*.md',
      `goals/${'x'.repeat(OKR_FILES_LIMITS.length)}*.md`,
      `goals/${'{a,b}'.repeat(9)}*.md`, // 512 alternatives
      `goals/${'{a,b}'.repeat(40)}*.md`, // more than a trillion: not expanded
    ];
    for (const pattern of refused) {
      assert.equal(isOkrFile('goals/q4.md', [pattern]), false, pattern);
      assert.equal(isOkrFile('goals/q4.md', [pattern, fine]), true, pattern);
      // Nor do the editor's search, watchers and document selectors get it.
      assert.equal(okrFilesGlob(pattern), null, pattern);
    }
    assert.equal(okrFilesGlob(fine), fine);
    // Just under the limits: used.
    assert.equal(isOkrFile('goals/abababab-q4.md', [`goals/${'{a,b}'.repeat(8)}*.md`]), true); // 256 alternatives
    assert.equal(isOkrFile(`goals/${'x'.repeat(OKR_FILES_LIMITS.length - 20)}.md`, [`goals/${'x'.repeat(OKR_FILES_LIMITS.length - 20)}.md`]), true);
    // Patterns after the first `patterns` are not used.
    const many = Array.from({ length: OKR_FILES_LIMITS.patterns + 1 }, (_, i) => `p${i}/*.md`);
    assert.equal(isOkrFile(`p${OKR_FILES_LIMITS.patterns - 1}/x.md`, many), true);
    assert.equal(isOkrFile(`p${OKR_FILES_LIMITS.patterns}/x.md`, many), false);
    // Past the total length of the alternatives: the pattern that overflows is not used (here each one after it overflows too).
    const wide = Array.from({ length: 30 }, (_, i) => `w${String(i).padStart(2, '0')}/${'y'.repeat(OKR_FILES_LIMITS.length - 10)}`);
    const fits = Math.floor(OKR_FILES_LIMITS.expandedLength / wide[0]!.length);
    assert.equal(isOkrFile(wide[fits - 1]!, wide), true);
    assert.equal(isOkrFile(wide[fits]!, wide), false);
    assert.doesNotThrow(() => isOkrFile('a.md', [null, 3, {}, '[', '{', '\\'] as unknown as string[]));
  });

  it('hostile okr.files (wildcard-dense patterns, up to and past the limits) against paths of long names: bounded time', () => {
    const piece = fc.constantFrom('*', '**', '*a', 'a*', '?', '[a-z]', '{a,aa}', '{,a}', '/', '**/', 'a', 'b', '.md');
    const pattern = fc.array(piece, { minLength: 1, maxLength: 60 }).map((p) => p.join(''));
    const list = fc.tuple(fc.array(pattern, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 30 })).map(([patterns, times]) => {
      const out: string[] = [];
      for (let k = 0; k < times; k++) for (const p of patterns) out.push(`${p}${k}`);
      return out;
    });
    const name = fc.constantFrom('a'.repeat(255), 'a'.repeat(120) + 'b', 'aa', 'b', 'x.md');
    const path = fc.array(name, { minLength: 1, maxLength: 16 }).map((names) => names.join('/'));
    fc.assert(
      fc.property(list, fc.array(path, { minLength: 1, maxLength: 3 }), (patterns, paths) => {
        const ms = timed(() => {
          for (const p of paths) isOkrFile(p, patterns);
        });
        assert.ok(ms / paths.length < 1500, `${(ms / paths.length).toFixed(0)} ms per path for ${patterns.length} patterns like ${JSON.stringify(patterns[0])}`);
      }),
      { numRuns: runs(40), seed: seed(5502) },
    );
    // The pattern that took picomatch 2.5 s on one 60-character name.
    const ms = timed(() => assert.equal(isOkrFile(`${'a'.repeat(60)}.md`, ['*a*a*a*a*b']), false));
    assert.ok(ms < 200, `${ms.toFixed(0)} ms`);
  });

  it('the compiled patterns are cached in bounded memory, and a changed list is matched with its new patterns', () => {
    for (let i = 0; i < 3000; i++) isOkrFile('goals/x.md', [`goals${i}/*.md`]);
    assert.ok(globCacheSize() <= 2000, `${globCacheSize()} globs cached`);
    const list = ['goals/*.md'];
    assert.equal(isOkrFile('plans/x.md', list), false);
    list.push('plans/*.md');
    assert.equal(isOkrFile('plans/x.md', list), true);
  });
});

describe('okr.files: a trailing slash names a folder', () => {
  it('matches everything under the folder, as lint ignores read it, and gives the editor the same glob', () => {
    assert.equal(isOkrFile('goals/x.md', ['goals/']), true);
    assert.equal(isOkrFile('goals/a/x.md', ['goals/']), true);
    assert.equal(isOkrFile('other/x.md', ['goals/']), false);
    assert.equal(okrFilesGlob('goals/'), 'goals/**');
  });
});
