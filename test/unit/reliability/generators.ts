// Shared generators for the reliability property tests: OKR-ish Markdown, hostile Unicode,
// mixed line endings, and mutations of the real examples. Seeds and run counts are fixed so a
// failure reproduces; `FC_RUNS=<n>` scales every property up (see docs/reliability.md).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Run count for a property: `base` by default, `FC_RUNS` when set (e.g. `FC_RUNS=2000 npx mocha test/unit/reliability`). */
export function runs(base: number): number {
  const env = Number(process.env['FC_RUNS']);
  return Number.isFinite(env) && env > 0 ? env : base;
}

/** A fixed seed per property (`FC_SEED` overrides, to explore other corners). */
export function seed(base: number): number {
  const env = Number(process.env['FC_SEED']);
  return Number.isFinite(env) && process.env['FC_SEED'] !== undefined ? env + base : base;
}

const EXAMPLES_DIR = join(__dirname, '..', '..', '..', 'examples');
export const EXAMPLES: { name: string; text: string }[] = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));

/** Characters that break naive code: lone and paired surrogates, RTL marks and overrides, zero-width, combining marks, NUL, controls. */
export const NASTY_CHARS = [
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '👩‍👩‍👧', '🇫🇷', '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u2069',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u0301', '\u0308', '\u20DD', 'é', 'ß', 'İ', 'ﬃ', 'ع', 'שׁ', '中', '\u0000',
  '\u0007', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029', '\t', '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '$', '%', '@',
  ':', '~', '!', '{', '}', '"', "'", '-', '+', '.', ',', '0', '9', '½', '٣', '१',
];

const CHAR = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_CHARS) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 3, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789') },
);

/** Random Unicode text, lone surrogates included. */
export const nastyString = (maxLength = 40): fc.Arbitrary<string> => fc.string({ unit: CHAR, maxLength });

/** Lines people write in OKR files. */
export const FRAGMENTS = [
  '# Acme OKRs — Q4 2026', '## O1: Grow revenue', '### Team Platform', '## Notes', '## Initiatives', '### Key results', '# OKRs',
  '**Objective 2:** Ship faster', 'Owner: @alice · Type: committed', 'Type: aspirational', 'Weight: 2', 'Aligns: okr#o1',
  'Aligns: ./okr.md#o3, growth#o2', 'Initiatives:', '- KR1: Increase users from 120 to 200 by Dec 15 @bob',
  '- Reduce p95 latency below 300 ms (now 320 ms)', '1. Reach $1.2M ARR', '- [x] Release 2.0', '- [ ] Hire a VP Sales',
  '- KR2: Improve onboarding', '- Keep churn under 2% · Due: 2026-12-01 · Confidence: 0.4', '- Grow NPS by 25% to 2x',
  '  - 2026-11-07: 150, confidence 0.6 — blocked', '  - 2026-13-45: 3', '\t- Nov 3: 7/10', '  - 11/12: 40 ms', '    - deep note',
  '---', 'quarter: 2026-Q4', 'cycle: 2026-H2', 'owner: "@x', 'parent: ../okr.md', 'start: 2026-10-01', 'team: [a, {b: ',
  '```', '~~~md', '| a | b |', '|---|---|', '> quote', '> - KR in a quote from 1 to 2', '<!-- okr-lint-disable -->',
  '<!-- okr-lint-disable-next-line kr-vague-verb -->', '<!-- okr-lint-enable', '<div>', '</div>', '[ref]: http://x "t"',
  '    indented code', '', ' ', '\uFEFF', '🚀', '* * *', '===', 'Setext', '- ', '1)', '- [', '## ', '#', '- KR3:', '- O1:',
];

const LINE = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: nastyString(30) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), nastyString(12)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('', '  ', '    ', '\t', '> ', '- ', '  - ', '1. '), fc.constantFrom(...FRAGMENTS)).map(([a, b]) => a + b) },
);

const EOL = fc.constantFrom('\n', '\r\n', '\r');

/** Joins lines with one line ending, or a random one per line (mixed). */
function joinLines(lines: string[], eols: string[], mixed: boolean): string {
  let out = '';
  lines.forEach((l, i) => {
    out += l;
    if (i < lines.length - 1) out += mixed ? eols[i % eols.length]! : eols[0]!;
  });
  return out;
}

/** Random OKR-ish documents: fragments and junk, any line endings (mixed too), sometimes a BOM or a trailing newline. */
export const okrishDocument: fc.Arbitrary<string> = fc
  .record({
    lines: fc.array(LINE, { maxLength: 30 }),
    eols: fc.array(EOL, { minLength: 1, maxLength: 6 }),
    mixed: fc.boolean(),
    bom: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map(({ lines, eols, mixed, bom, trailing }) => (bom ? '\uFEFF' : '') + joinLines(lines, eols, mixed) + (trailing ? eols[0]! : ''));

/** A mutation of a text: insert, delete or replace a slice at a random place, or change its line endings. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(nastyString(20), fc.constantFrom(...FRAGMENTS, '\n', '\r\n', '\r', '\n- ', '\n## ', '---\n')) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('eol' as const), eol: EOL }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
);

export type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

export function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'duplicate': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
    }
    case 'eol':
      return text.replace(/\r\n|\r|\n/g, m.eol);
  }
}

/** A real example file after a few random mutations. */
export const mutatedExample: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...EXAMPLES.map((e) => e.text)), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([text, ms]) => ms.reduce(mutate, text));

/** Any of the above. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: okrishDocument },
  { weight: 2, arbitrary: mutatedExample },
  { weight: 1, arbitrary: nastyString(400) },
);

/** Hand-built extreme inputs (each checked once, deterministically). */
export function extremeDocuments(): { name: string; text: string }[] {
  const longWord = 'x'.repeat(50_000);
  const longKr = `- KR1: Increase ${'very '.repeat(10_000)}users from 1 to 2`;
  const platform = EXAMPLES.find((e) => e.name === 'platform.okr.md')?.text ?? EXAMPLES[0]!.text;
  return [
    { name: 'empty', text: '' },
    { name: 'only a BOM', text: '\uFEFF' },
    { name: 'only line breaks', text: '\r\n\r\r\n\n\r' },
    { name: 'NUL bytes', text: '# T\0\n## O1: \0Grow\0\n- KR1: from \0 1 to 2\0\n\0' },
    { name: 'lone surrogates', text: '## O1: \uD800 grow\n- KR1: Increase \uDC00 from 1 to 2 \uD83D\n' },
    { name: '50,000-character line', text: `## O1: Grow\n- KR1: Increase users from 1 to 2 ${longWord}\n` },
    { name: '50,000-character KR wording', text: `## O1: Grow\n${longKr}\n` },
    { name: '50,000-character heading', text: `## ${'O'.repeat(50_000)}\n- KR1: from 1 to 2\n` },
    // Indented nesting grows quadratically (500 levels is 260 KB, ~20 s in micromark alone): 120 levels.
    { name: '120 nested lists (indented)', text: `## O1: Deep\n${Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- KR${i}: from 1 to ${i + 2}`).join('\n')}\n` },
    { name: '500 nested blockquotes', text: `## O1: Deep\n${'> '.repeat(500)}- KR1: from 1 to 2\n` },
    { name: '500 nested lists (one line)', text: `## O1: Deep\n${'- '.repeat(500)}KR1: from 1 to 2\n` },
    { name: '500 nested quotes and lists', text: `## O1: Deep\n${'> - '.repeat(250)}from 1 to 2\n` },
    { name: 'broken YAML (unclosed)', text: '---\nquarter: 2026-Q4\nowner: "@x\n## O1: Grow\n- KR1: from 1 to 2\n' },
    { name: 'broken YAML (tabs, flow)', text: '---\n\tquarter: [2026-Q4\nteam: {a: \n---\n## O1: Grow\n- KR1: from 1 to 2\n' },
    { name: 'YAML with anchors', text: '---\na: &a [*a]\nb: *a\nquarter: *a\ncycle: {start: *a, end: 3}\n---\n## O1: Grow\n' },
    { name: 'YAML billion laughs', text: `---\na: &a ["x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c]\nquarter: [*d,*d,*d]\n---\n## O1: Grow\n` },
    { name: 'YAML wrong types', text: '---\nquarter: 2026\nowner: [1, 2]\nparent: {x: 1}\ncycle: {start: nope, end: 2026-02-30}\n---\n## O1: Grow\n' },
    { name: 'frontmatter only, CR', text: '---\rquarter: 2026-Q4\r---' },
    { name: 'platform example, CRLF', text: platform.replace(/\n/g, '\r\n') },
    { name: 'platform example, CR', text: platform.replace(/\n/g, '\r') },
    { name: 'platform example, BOM + mixed', text: `\uFEFF${platform.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join('')}` },
    { name: '400 objectives', text: Array.from({ length: 400 }, (_, i) => `## O${i}: Grow ${i}\n- KR1: from ${i} to ${i + 1}`).join('\n') },
    // A pattern that rescanned a run of digits once per position took 3.5 s at 20,000 digits.
    { name: '100,000-digit number in a KR', text: `## O1: Grow\n- KR1: Grow weekly users to ${'1'.repeat(100_000)}\n  - 2026-11-01: ${'2'.repeat(100_000)}\n` },
    { name: 'huge number', text: `## O1: Grow\n- KR1: Increase from 1e308 to ${'9'.repeat(400)} and -0 to NaN\n  - 2026-11-01: ${'9'.repeat(400)}\n` },
  ];
}
