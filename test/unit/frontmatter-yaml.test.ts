import assert from 'node:assert/strict';
import { parseOkr } from '../../src/core/parse';

// Front matter read through yaml (src/core/parse.ts, Builder#frontmatter).
function document(frontMatter: string): string {
  return ['---', frontMatter, '---', '# Company OKRs 2026-Q4', '', '## O1: Grow', '', '- KR1: Increase revenue from 1 to 2', ''].join('\n');
}

describe('front matter: yaml values', () => {
  it("a failure of yaml's toJS (too many aliases) is a front-matter problem, not every value silently null", () => {
    const lol = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]', 'owner: maya'].join('\n');
    const text = document(lol);
    const parsed = parseOkr(text);
    const problems = parsed.problems.filter((p) => p.code === 'frontmatter-invalid');
    assert.equal(problems.length, 1, JSON.stringify(parsed.problems));
    assert.match(problems[0]!.message, /^Invalid YAML front matter: .*alias/i);
    // The range is the front matter's text (between the fences).
    assert.equal(text.slice(problems[0]!.range.start.offset, problems[0]!.range.end.offset), lol);
    // The keys are still listed.
    assert.deepEqual(parsed.frontmatter!.entries.map((e) => e.key), ['a', 'b', 'c', 'd', 'owner']);
    // A few aliases are fine: no problem, values read.
    const few = parseOkr(document('a: &a [x, y]\nb: [*a, *a]\nowner: maya'));
    assert.deepEqual(few.problems.filter((p) => p.code === 'frontmatter-invalid'), []);
    assert.deepEqual(few.frontmatter!.entries.find((e) => e.key === 'b')!.value, [['x', 'y'], ['x', 'y']]);
    assert.equal(few.frontmatter!.owner, 'maya');
  });

  it("a collection key's entry has its value (yaml's object spells the key `[ a, b ]`, the entry `[\"a\",\"b\"]`)", () => {
    const fm = ['1: one', '[a, b]: c', '? {x: 1, y: [2]}', ': d', '[a]: first', '[a]: second', '? [n]', ': {m: [x, y]}', '[o]: @maya', '[]: empty', 'owner: kai'].join('\n');
    const parsed = parseOkr(document(fm));
    const entries = parsed.frontmatter!.entries.map((e) => [e.key, e.value]);
    assert.deepEqual(entries, [
      ['1', 'one'],
      ['["a","b"]', 'c'],
      ['{"x":1,"y":[2]}', 'd'],
      ['["a"]', 'first'],
      ['["a"]', 'second'],
      ['["n"]', { m: ['x', 'y'] }],
      ['["o"]', '@maya'],
      ['[]', 'empty'],
      ['owner', 'kai'],
    ]);
    assert.equal(parsed.frontmatter!.owner, 'kai');
  });
});
