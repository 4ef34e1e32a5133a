// One checker for lists of user globs (glob.ts's checkGlobList): lint `ignores` and the `okr.files`
// setting refuse the same patterns, each alone, with a message naming the pattern and the limit.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isOkrFile, okrFilesGlob, okrFilesGlobs, okrFilesProblems } from '../../../src/core/files';
import { checkGlobList, GLOB_LIMITS, globCacheSize } from '../../../src/core/glob';
import { parseConfig } from '../../../src/core/lint/config';
import { runs, seed } from '../reliability/generators';

/** The ignore patterns a config refuses. */
const refusedIgnores = (ignores: string[]): string[] => parseConfig(JSON.stringify({ ignores }), '/repo/.okrlintrc.json').config.refusedIgnores ?? [];

describe('glob lists: one checker for lint ignores and okr.files', () => {
  // 30 patterns of 990 characters: past the total of the alternatives at the 21st.
  const wide = Array.from({ length: 30 }, (_, i) => `w${String(i).padStart(2, '0')}/${'y'.repeat(GLOB_LIMITS.length - 10)}`);
  const fits = Math.floor(GLOB_LIMITS.expandedLength / wide[0]!.length);

  it('past the total length of the alternatives, only the pattern that overflows is refused; a shorter one after it is used', () => {
    const list = [...wide.slice(0, fits + 1), 'late/*.md'];
    const checks = checkGlobList(list);
    assert.deepEqual(
      checks.map((c) => c.refusal?.reason ?? 'used'),
      [...Array<string>(fits).fill('used'), 'expandedLength', 'used'],
    );
    // okr.files: the late pattern matches (it was dropped with the rest); the overflowing one does not.
    assert.equal(isOkrFile('late/q4.md', list), true);
    assert.equal(isOkrFile(wide[fits]!, list), false);
    assert.equal(isOkrFile(wide[fits - 1]!, list), true);
    // Lint ignores: the same one refused.
    assert.deepEqual(refusedIgnores(list), [wide[fits]]);
  });

  it('okr.files problems name the pattern and the limit, one per refused pattern', () => {
    const problems = okrFilesProblems(['goals/*.md', '@(a|b)/*.md', `x/${'{a,b}'.repeat(9)}`, `x/${'{a,b}'.repeat(40)}`, 'z'.repeat(GLOB_LIMITS.length + 1), ...wide.slice(0, fits + 1), '', 7]);
    assert.deepEqual(
      problems.map((p) => p.message.replace(/'[^']*'/g, 'P')),
      [
        'P is extglob syntax, which okr.files patterns do not support; list the alternatives as patterns of their own or in a brace group. The pattern is not used',
        `okr.files pattern P has 512 alternatives (each brace group multiplies them); at most ${GLOB_LIMITS.alternatives}. It is not used`,
        `okr.files pattern P has more than 1000000 alternatives (each brace group multiplies them); at most ${GLOB_LIMITS.alternatives}. It is not used`,
        `okr.files pattern P has ${GLOB_LIMITS.length + 1} characters; at most ${GLOB_LIMITS.length}. It is not used`,
        `With P, the okr.files patterns have ${'goals/*.md'.length + (fits + 1) * wide[0]!.length} characters in all, brace groups expanded; at most ${GLOB_LIMITS.expandedLength}. It is not used`,
      ],
    );
    assert.equal(problems[0]!.pattern, '@(a|b)/*.md');
    assert.match(problems[0]!.message, /^'@\(a\|b\)' is extglob syntax/);
    const many = Array.from({ length: GLOB_LIMITS.patterns + 1 }, (_, i) => `p${i}/*.md`);
    assert.deepEqual(okrFilesProblems(many).map((p) => p.message), [`More than ${GLOB_LIMITS.patterns} okr.files patterns; 'p${GLOB_LIMITS.patterns}/*.md' is not used`]);
    assert.deepEqual(okrFilesProblems(['goals/*.md', 'okrs/', './a/{b,c}.md']), []);
  });

  it('lint ignores and okr.files refuse the same patterns of any list (without ! and ./ that only one of them reads)', () => {
    const part = fc.constantFrom('a', 'b*', '{a,b}', '{a,b,c}{d,e}', '@(x)', 'y'.repeat(300), `{${'q'.repeat(200)},r}`, '**');
    const pattern = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 40 }), (list) => {
        assert.deepEqual(refusedIgnores(list), okrFilesProblems(list).map((p) => p.pattern));
      }),
      { numRuns: runs(300), seed: seed(9201) },
    );
  });

  it('okr.files patterns are expanded once: compiling a list adds nothing to the glob cache', () => {
    const before = globCacheSize();
    assert.equal(isOkrFile('plans/q4.md', [`plans-${Date.now()}/*.md`, '{plans,goals}/*.md']), true);
    assert.equal(globCacheSize(), before);
    assert.equal(okrFilesGlob('{plans,goals}/*.md'), '{plans,goals}/*.md');
    assert.equal(okrFilesGlob('@(a|b)/*.md'), null);
  });

  it('okr.files: the search / watcher / selector globs leave out what isOkrFile leaves out, a pattern refused for the list total too', () => {
    // 20 patterns of 990 characters: 19,800; the 21st overflows the list's expanded length.
    const patterns = Array.from({ length: 20 }, (_, i) => `x${i}/${'a'.repeat(985)}/*.md`);
    const notes = `notes${'n'.repeat(200)}/*.md`;
    const list = ['OBJECTIVES.md', ...patterns, notes, '@(a|b)/*.md'];
    assert.deepEqual(okrFilesProblems(list).map((p) => p.pattern), [notes, '@(a|b)/*.md']);
    assert.equal(isOkrFile(`notes${'n'.repeat(200)}/q1.md`, list), false);
    const globs = okrFilesGlobs(list);
    assert.deepEqual(globs, ['**/OBJECTIVES.md', ...patterns]);
    // Alone, it is within the limits.
    assert.equal(okrFilesGlob(notes), notes);
  });
});
