import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IncrementalDocument } from '../../src/core/incremental';
import { defaultConfig, lint } from '../../src/core/lint/index';
import { parseOkr } from '../../src/core/parse';

// Random OKR files and random edit sequences (insert, delete, replace; across section boundaries,
// inside frontmatter and code fences; CRLF): after every edit the cache's model and diagnostics
// must equal a fresh parse's, every range included. FC_RUNS / FC_SEED run it longer or elsewhere.

const line = fc.constantFrom(
  '# Company OKRs — Q4 2026', '## Team Platform', '### O1: Delight new teams', '### O2: Grow revenue', '## O3 - Keep the lights on',
  '#### Key results', '#### Initiatives', '### Notes', '**Objective 4:** Win enterprise', ' ## indented', '#',
  'Owner: @alice · Type: committed', 'Aligns: company#o1', 'Weight: 2',
  '- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15 @bob', '- KR2: Reduce p95 latency from 900 ms to 300 ms',
  '* KR3: Improve onboarding', '1. Launch the new pricing page', '- [x] VP Sales hired', '- [ ] Ship 2.0',
  '  - 2026-11-07: 140, confidence 0.6 — blocked on infra', '  - 2026-13-01: 150', '  - Nov 14: 160, 7/10',
  'Initiatives:', '- Run the kickoff workshop', 'Some notes with *emphasis* and `code`.',
  '```', '~~~', '```yaml', '  ```', '<!-- okr-lint-disable-next-line kr-not-measurable -->', '<!--', '-->', '<div>', '> quote',
  '| a | b |', '|---|---|', '---', '', '', '',
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n');
const frontmatter = fc.constantFrom('', '---\nquarter: 2026-Q4\nowner: "@ceo"\n---\n', '---\ncycle: 2026-H2\n---\n', '---\nquarter: [\n---\n');
const doc = fc
  .tuple(frontmatter, fc.array(fc.tuple(line, eol), { minLength: 3, maxLength: 40 }))
  .map(([front, lines]) => front + lines.map(([l, e]) => l + e).join(''));

const inserted = fc.oneof(
  fc.constantFrom('x', '7', ' ', '\n', '\r\n', '#', '## ', '`', '```\n', '~~~\n', '-', '- KR9: from 1 to 2\n', '<!--', '-->', '---\n', '\n## O9: New\n\n- KR1: to 5\n', ']: x', '**'),
  line.map((l) => l + '\n'),
);
const editOp = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 24 }), insert: fc.oneof(fc.constant(''), inserted) });

function apply(text: string, op: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(op.at * text.length);
  return text.slice(0, at) + op.insert + text.slice(Math.min(text.length, at + op.remove));
}

describe('IncrementalDocument (property): any edit sequence gives a fresh parse’s model and diagnostics', () => {
  const options = { config: defaultConfig(), fileName: 'okr.md' };

  it('equals parseOkr and its lint after every edit', () => {
    const kinds: Record<string, number> = {};
    fc.assert(
      fc.property(doc, fc.array(editOp, { minLength: 1, maxLength: 8 }), (initial, ops) => {
        const cache = new IncrementalDocument();
        let text = initial;
        assert.deepEqual(cache.update(text), parseOkr(text));
        for (const op of ops) {
          text = apply(text, op);
          const incremental = cache.update(text);
          kinds[cache.lastUpdate] = (kinds[cache.lastUpdate] ?? 0) + 1;
          const fresh = parseOkr(text);
          assert.deepEqual(incremental, fresh, `after ${cache.lastUpdate} update of ${JSON.stringify(text)}`);
          assert.deepEqual(lint(incremental, text, options), lint(fresh, text, options));
        }
      }),
      { seed: Number(process.env['FC_SEED'] ?? 11), numRuns: Number(process.env['FC_RUNS'] ?? 40) },
    );
    if (process.env['FC_STATS']) console.log('update kinds', kinds);
  });

  it('takes the single-objective fast path for typing in a KR (so the property above exercises it)', () => {
    const text = '# OKRs Q4 2026\n\n## O1: Grow\n\n- KR1: from 1 to 2\n\n## O2: Win\n\n- KR1: from 3 to 4\n\n## O3: Keep\n\n- KR1: to 5\n';
    const cache = new IncrementalDocument();
    cache.update(text);
    const next = text.replace('from 3 to 4', 'from 3 to 45');
    assert.deepEqual(cache.update(next), parseOkr(next));
    assert.equal(cache.lastUpdate, 'objective');
  });
});
