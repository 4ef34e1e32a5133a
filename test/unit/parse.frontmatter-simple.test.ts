import assert from 'node:assert/strict';
import fc from 'fast-check';
import { enableSimpleFrontmatter, parseOkr, simpleFrontmatter } from '../../src/core/parse';

// parseOkr reads a frontmatter of plain `key: text` lines without yaml (simpleFrontmatter); the
// model (entries, values, ranges, owner/team/parent, problems) must be the one yaml's reading gives.
function withYamlOnly<T>(f: () => T): T {
  enableSimpleFrontmatter(false);
  try {
    return f();
  } finally {
    enableSimpleFrontmatter(true);
  }
}

const document = (raw: string, eol: string): string => `---${eol}${raw}${eol}---${eol}${eol}# Team OKRs${eol}${eol}## O1: Grow${eol}${eol}- KR1: from 1 to 2${eol}`;

describe('frontmatter read without yaml (parse.ts simpleFrontmatter)', () => {
  it('reads the bench workspace’s frontmatter, and gives yaml’s model', () => {
    const raw = 'quarter: 2026-Q4\nowner: "@ceo"\nteam: Team 12\nparent: ../okr.md';
    const pairs = simpleFrontmatter(raw);
    assert.deepEqual(pairs?.map((p) => [p.key, p.value, raw.slice(p.valueStart, p.valueEnd)]), [
      ['quarter', '2026-Q4', '2026-Q4'],
      ['owner', '@ceo', '"@ceo"'],
      ['team', 'Team 12', 'Team 12'],
      ['parent', '../okr.md', '../okr.md'],
    ]);
    const text = document(raw, '\n');
    assert.deepEqual(parseOkr(text), withYamlOnly(() => parseOkr(text)));
    assert.equal(parseOkr(text).frontmatter?.owner, 'ceo');
  });

  it('leaves to yaml what yaml reads as something else than text, or may', () => {
    for (const raw of ['n: 12', 'n: 1.5', 'n: .inf', 'n: -.NaN', 'b: true', 'b: False', 'z: null', 'z: ~', 'd: 2026-10-01', 'h: 0x1F', 'k:', 'k: a # c', 'k: a: b', '  k: v', 'k:\tv', 'k: [a]', 'k: "a\\"b"', 'k: v\nk: w', 'true: v', '- a', '# c', 'k: @', 'k: -x', 'k: a\rj: b']) {
      assert.equal(simpleFrontmatter(raw), null, JSON.stringify(raw));
    }
  });

  it('property: the model is yaml’s, and the yaml-free reading is taken often', () => {
    const key = fc.constantFrom('owner', 'team', 'parent', 'quarter', 'cycle', 'Owner', 'x', 'a-b', 'a_b', '_k', 'k1', 'true', 'Null', '1k', 'k k', 'k:', '');
    const value = fc.constantFrom(
      '@maya', '"@maya"', "'@maya'", 'Team 1', 'Team  1', 'Café', 'Équipe ü', '../okr.md', './a/b.okr.md', '2026-Q4', 'FY27-Q1', 'Q4 2026', '2026-10-01', '12', '1.5', '.5', '1e3',
      '0x1F', '0o17', '+1', '-1', '.inf', '-.Inf', '.nan', 'true', 'TRUE', 'yes', 'no', 'off', 'null', 'NULL', '~', '', ' ', 'a  ', 'a b ', '"a b"', '"a\'b"', "'a\"b'", '"a\\nb"',
      "'it''s'", '"', "'", 'a # c', 'a#c', 'a: b', 'a:b', '[a]', '{a: 1}', '*x', '&x', '!x', '%x', '|', '>', '-', '- a', '-a', '@', '@1', '.', '..', '/', '_', 'a\u2028b', '"\u00e9"', 'a\tb',
    );
    const sep = fc.constantFrom(': ', ':  ', ':', ':\t', ' : ');
    // Mostly lines of the kind read without yaml, so that whole frontmatters of them are common.
    const plainKey = fc.constantFrom('owner', 'team', 'parent', 'quarter', 'cycle', 'Owner', 'a-b', '_k');
    const plainValue = fc.constantFrom('@maya', '"@maya"', "'@maya'", 'Team 1', 'Team  1', 'Café', '../okr.md', '2026-Q4', 'a b ', '"a b"', '"a\'b"', "'a\"b'", '.', '_', 'a');
    const line = fc.oneof(
      { weight: 12, arbitrary: fc.tuple(plainKey, fc.constantFrom(': ', ':  '), plainValue).map(([k, s, v]) => k + s + v) },
      { weight: 2, arbitrary: fc.tuple(key, sep, value).map(([k, s, v]) => k + s + v) },
      { weight: 1, arbitrary: fc.constantFrom('', '# c', '  x: y', '- a', '  ') },
    );
    const eol = fc.constantFrom('\n', '\r\n');
    let simple = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), eol, (lines, e) => {
        const raw = lines.join(e);
        const text = document(raw, e);
        if (simpleFrontmatter(raw)) simple++;
        assert.deepEqual(parseOkr(text), withYamlOnly(() => parseOkr(text)), JSON.stringify(raw));
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 600), seed: 21 },
    );
    assert.ok(simple > 100, `read without yaml ${simple} times`);
  });
});
