import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IncrementalDocument } from '../../src/core/incremental';
import { createLinter, defaultConfig, lint } from '../../src/core/lint/index';
import { parseOkr } from '../../src/core/parse';
import { LineIndex } from '../../src/core/text';
import { isNestingProblem, isTooDeep, MAX_NESTING_DEPTH } from '../../src/core/limits';
import { unexpectedSharing } from './incremental.helpers';
import { generateOkrFile } from '../../bench/generate';

// Random OKR files and random edit sequences (insert, delete, replace; across section boundaries,
// inside frontmatter and code fences; CRLF): after every edit the cache's model and diagnostics
// must equal a fresh parse's, every range included, and share no object the in-place shift does not
// know about (src/core/shift.ts). FC_RUNS / FC_SEED run it longer or elsewhere.

const line = fc.constantFrom(
  '# Company OKRs — Q4 2026', '## Team Platform', '### O1: Delight new teams', '### O2: Grow revenue', '## O3 - Keep the lights on',
  '#### Key results', '#### Initiatives', '### Notes', '#### KR2: Reduce churn from 5% to 3%', '- Baseline: 30', '- Target: 45', '**Objective 4:** Win enterprise', ' ## indented', '#',
  // KR, `Key results` and `Initiatives` headings of an objective's own level after deeper objectives
  // (`## O3`, `### O1`, `## KR5: …`): the objective's KRs run past the next objectives' starts.
  '## KR5: Grow revenue from 1 to 2', '### KR6: Cut costs from 9 to 3 by 2026-12-01', '#### O7: Go deeper', '### Key results', '## Initiatives',
  'Owner: @alice · Type: committed', 'Aligns: company#o1', 'Weight: 2',
  '- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15 @bob', '- KR2: Reduce p95 latency from 900 ms to 300 ms',
  '* KR3: Improve onboarding', '1. Launch the new pricing page', '- [x] VP Sales hired', '- [ ] Ship 2.0',
  '  - 2026-11-07: 140, confidence 0.6 — blocked on infra', '  - 2026-13-01: 150', '  - Nov 14: 160, 7/10',
  'Initiatives:', '- Run the kickoff workshop', 'Some notes with *emphasis* and `code`.',
  '```', '~~~', '```yaml', '  ```', '<!-- okr-lint-disable-next-line kr-not-measurable -->', '<!--', '-->', '<div>', '> quote',
  '| a | b |', '|---|---|', '---', '', '', '',
  // What Markdown splits off a KR or an objective item: a check-in indented 4 spaces or a tab (code
  // after a comment), 3 spaces (short of `10.`'s text), 1 space; objectives written as list items.
  '    - 2026-10-02: 40', '\t- 2026-10-03: 41', '   - 2026-10-04: 42', ' - 2026-10-05: 43', '10. Raise NPS from 30 to 45',
  '## Q4 objectives', '- O5: Grow the community', '  - KR1: Increase contributors from 40 to 60', '  - KR2: Improve docs', '      - 2026-11-01: 45',
  // A check-in at its KR's own column; objectives numbered `1.` with KRs indented 2 spaces (short of their text).
  '- 2026-10-06: 44', '2. 2026-10-07: 45', '1. O6: Win the market', '2) O7: Keep it up',
  // A collapsed part of a KR list.
  '<details><summary>Check-ins</summary>', '</details>', '<details><summary>Initiatives</summary>',
);
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n');
const frontmatter = fc.constantFrom('', '---\nquarter: 2026-Q4\nowner: "@ceo"\n---\n', '---\ncycle: 2026-H2\n---\n', '---\nquarter: [\n---\n');
const looseDoc = fc
  .tuple(frontmatter, fc.array(fc.tuple(line, eol), { minLength: 3, maxLength: 40 }))
  .map(([front, lines]) => front + lines.map(([l, e]) => l + e).join(''));
// OKR-shaped files: groups and objectives with metadata, KRs and check-ins, with odd lines mixed in,
// so that most edits land inside one objective (the fast path) or near a cut.
const groupHeading = fc.constantFrom('## Team Platform', '## Growth', '# Company');
// (`## KR5` after `## O4` and a `###` objective, `### KR6` after `### O1` and `#### O7`: KRs of an
// objective that lie after later objectives.)
const objectiveHeading = fc.constantFrom(
  '### O1: Delight new teams', '### O2: Grow revenue', '### O3 - Keep the lights on', '### Ship faster', '## O4: Win', '#### Key results', '#### KR1: Increase NPS from 30 to 45',
  '## KR5: Grow revenue from 1 to 2', '### KR6: Cut costs from 9 to 3', '#### O7: Go deeper', '### Key results',
);
const kr = fc.constantFrom(
  '- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15 @bob',
  '- KR2: Reduce p95 latency from 900 ms to 300 ms',
  '- KR3: Improve onboarding',
  '- [x] VP Sales hired',
  '1. Launch the new pricing page',
  '- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15 @bob\n  - 2026-11-07: 140, confidence 0.6',
  '- KR4: NPS at least 40, now 35\n  - 2026-10-01: 30\n  - 2026-13-01: 31',
  // References: the KR's text changes with a definition anywhere in the file (`inserted`).
  '- KR2: Reduce p95 latency from 900 ms to 300 ms[^n]',
  '- KR5: Ship the [foo] importer to 40 teams',
  // Split by a directive at column 0: a check-in indented into a code block, one short of `10.`'s text.
  '- KR6: Grow signups from 10 to 20\n<!-- okr-lint-disable-next-line kr-not-measurable -->\n    - 2026-10-02: 12',
  '10. Raise NPS from 30 to 45\n   - 2026-10-02: 40',
  '1. Grow activation from 20% to 40%\n  - context: from the Q3 survey\n  - 2026-10-02: 30%\n2. Reduce churn from 5% to 3%',
  '100. Raise NPS from 30 to 45\n    - 2026-10-02: 40\n    blocked',
  '1. Grow signups from 10 to 20\n<!-- c -->\n    - 2026-10-02: 12\n2. Raise NPS from 30 to 45\n3. Cut churn from 5% to 3%',
  '1. Grow signups from 10 to 20\n<!-- c -->\n    - 2026-10-02: 12\n2. Ship the [foo] importer to 40 teams[^n]',
  // An example between two KRs: a fenced code block at column 0, with blank lines around it or not.
  '- KR7: Grow signups from 10 to 20\n\n```sql\nselect 1\n```\n\n- KR8: Cut churn from 5% to 3%',
  '1. Grow signups from 10 to 20\n~~~\nselect 1\n~~~\n2. Cut churn from 5% to 3%',
  // A check-in at the KR's own column (the KR above's, reported), and under a date-first KR.
  '- KR9: Raise NPS from 30 to 45\n- 2026-10-02: 40\n* 2026-10-09: 41',
  '1. Grow signups from 10 to 20\n2. 2026-10-02: 12',
  '- 2026-10-15: beta to 10 customers\n- 2026-11-30: GA to 100 customers',
  // A check-in short of `1.`'s text between blank lines: the numbered KRs go on after it.
  '1. Raise NPS from 30 to 45\n\n  - 2026-10-02: 40\n\n2. Cut churn from 5% to 3%',
  '- KR10: Grow signups from 10 to 20\n<details><summary>Check-ins</summary>\n\n  - 2026-10-02: 12\n\n</details>\n\n- KR11: Cut churn from 5% to 3%',
);
const objectiveBlock = fc
  .tuple(objectiveHeading, fc.option(fc.constantFrom('Owner: @alice · Type: committed', 'Aligns: company#o1', 'Owner: @dave\nWeight: 2')), fc.array(kr, { minLength: 0, maxLength: 4 }), fc.array(line, { maxLength: 2 }))
  .map(([h, meta, krs, extra]) => [h, '', ...(meta ? [meta, ''] : []), ...krs, '', ...extra, ''].join('\n'));
const groupBlock = fc.tuple(groupHeading, fc.array(line, { maxLength: 2 })).map(([h, extra]) => [h, '', ...extra, ''].join('\n'));
// Objectives written as list items, their KRs split off by a directive at column 0.
const itemObjectivesBlock = fc
  .tuple(fc.constantFrom('## Objectives', '### Q4 OKRs'), fc.array(fc.constantFrom('- O1: Grow the community', '- O2: Ship faster', '  - KR1: Increase contributors from 40 to 60', '  - KR2: Improve docs', '<!-- okr-lint-disable-next-line kr-not-measurable -->', '      - 2026-11-01: 45', '   - 2026-11-02: 46', '   - context: from the Q3 survey', '  ```sql\n  select 1\n  ```', '1. O3: Delight users', '10. O4: Win', '  - 2026-11-03: 47', '  1. KR3: Raise NPS from 30 to 45', '', '- 2026-11-04: 48'), { minLength: 2, maxLength: 8 }))
  .map(([h, items]) => [h, '', '- O1: Grow the community', ...items, ''].join('\n'));
const block = fc.oneof({ arbitrary: objectiveBlock, weight: 4 }, { arbitrary: groupBlock, weight: 1 }, { arbitrary: itemObjectivesBlock, weight: 1 });
const okrDoc = fc
  .tuple(frontmatter, fc.constantFrom('', '# Platform OKRs — Q4 2026\n\n'), fc.array(block, { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([front, title, blocks, crlf]) => {
    const text = front + title + blocks.join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
const doc = fc.oneof({ arbitrary: okrDoc, weight: 3 }, { arbitrary: looseDoc, weight: 1 });

// Where an edit lands, 0–1 of the text: fc.double alone is uniform over float representations, so
// nearly all its values are near 0 (the start of the file); half the places are uniform instead.
const place = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000));

const inserted = fc.oneof(
  fc.constantFrom('x', '7', ' ', '\n', '\r\n', '#', '## ', '`', '```\n', '~~~\n', '-', '- KR9: from 1 to 2\n', '<!--', '-->', '---\n', '\n## O9: New\n\n- KR1: to 5\n', ']: x', '**'),
  // Definitions (which change what an unchanged objective's `[foo]` and `[^n]` read as) and references.
  fc.constantFrom('\n[foo]: https://example.com/foo\n', '\n[^n]: counted by finance\n', '[foo]', '[^n]'),
  line.map((l) => l + '\n'),
);
// Mostly typing (one character in, one out), sometimes a paste or a cut across lines and sections.
const editOp = fc.record({
  at: place,
  remove: fc.oneof({ arbitrary: fc.nat({ max: 1 }), weight: 3 }, { arbitrary: fc.nat({ max: 40 }), weight: 1 }),
  insert: fc.oneof({ arbitrary: fc.constantFrom('', 'x', '7', ' '), weight: 3 }, { arbitrary: inserted, weight: 2 }),
});

function apply(text: string, op: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(op.at * text.length);
  return text.slice(0, at) + op.insert + text.slice(Math.min(text.length, at + op.remove));
}

describe('IncrementalDocument (property): any edit sequence gives a fresh parse’s model and diagnostics', function () {
  // Each run parses every version twice (cache and parseOkr); on a busy machine that takes a while.
  this.timeout(process.env['FC_RUNS'] ? 0 : 180_000);
  const options = { config: defaultConfig(), fileName: 'okr.md' };

  it('equals parseOkr and its lint after every edit', () => {
    const kinds: Record<string, number> = {};
    let reused = 0;
    let lineEdits = 0;
    fc.assert(
      fc.property(doc, fc.array(editOp, { minLength: 1, maxLength: 8 }), (initial, ops) => {
        const cache = new IncrementalDocument();
        const linter = createLinter();
        let text = initial;
        assert.deepEqual(cache.update(text), parseOkr(text));
        linter.lint(cache.update(text), text, options);
        for (const op of ops) {
          text = apply(text, op);
          const incremental = cache.update(text);
          kinds[cache.lastUpdate] = (kinds[cache.lastUpdate] ?? 0) + 1;
          lineEdits += cache.lastLineEdits;
          const fresh = parseOkr(text);
          assert.deepEqual(incremental, fresh, `after ${cache.lastUpdate} update of ${JSON.stringify(text)}`);
          // The next update moves this model's positions in place: it must share nothing the shift does not know about.
          assert.deepEqual(unexpectedSharing(incremental), [], `sharing after ${cache.lastUpdate} update of ${JSON.stringify(text)}`);
          assert.deepEqual(cache.lineIndex?.lineStarts, new LineIndex(text).lineStarts);
          const expected = lint(fresh, text, options);
          assert.deepEqual(lint(incremental, text, options), expected);
          // The editor's path: per-objective cached reports, the cache's LineIndex.
          assert.deepEqual(linter.lint(incremental, text, { ...options, lines: cache.lineIndex ?? undefined }), expected, `cached lint of ${JSON.stringify(text)}`);
          reused += linter.lastStats.reused;
        }
      }),
      { seed: Number(process.env['FC_SEED'] ?? 11), numRuns: Number(process.env['FC_RUNS'] ?? 40) },
    );
    assert.ok(reused > 0, 'the incremental linter reused cached objective reports');
    if (process.env['FC_STATS']) console.log('update kinds', kinds, 'reused objectives', reused, 'paragraph line edits', lineEdits);
    assert.ok(lineEdits > 0, 'some edits re-parsed one paragraph line alone');
  });

  it('typing anywhere in a file of flat objectives under groups (mostly the single-objective fast path)', () => {
    const flatObjective = fc
      .tuple(fc.constantFrom('### O1: Delight new teams', '### O2: Grow revenue', '### Ship faster'), fc.array(kr, { minLength: 1, maxLength: 4 }), fc.array(line, { maxLength: 1 }))
      .map(([h, krs, extra]) => [h, '', 'Owner: @alice', '', ...krs, '', ...extra, ''].join('\n'));
    const file = fc
      .tuple(frontmatter, fc.array(fc.tuple(fc.option(fc.constantFrom('## Team Platform', '## Growth')), flatObjective), { minLength: 2, maxLength: 8 }))
      .map(([front, parts]) => front + parts.map(([group, o]) => (group ? `${group}\n\n` : '') + o).join('\n'));
    const typing = fc.record({ at: place, remove: fc.nat({ max: 1 }), insert: fc.constantFrom('', 'x', '9', ' ', '\n') });
    let patched = 0;
    let reused = 0;
    fc.assert(
      fc.property(file, fc.array(typing, { minLength: 1, maxLength: 10 }), (initial, ops) => {
        const cache = new IncrementalDocument();
        const linter = createLinter();
        let text = initial;
        linter.lint(cache.update(text), text, options);
        for (const op of ops) {
          text = apply(text, op);
          const incremental = cache.update(text);
          if (cache.lastUpdate === 'objective') patched++;
          const fresh = parseOkr(text);
          assert.deepEqual(incremental, fresh);
          assert.deepEqual(unexpectedSharing(incremental), []);
          const expected = lint(fresh, text, options);
          assert.deepEqual(lint(incremental, text, options), expected);
          assert.deepEqual(linter.lint(incremental, text, { ...options, lines: cache.lineIndex ?? undefined }), expected);
          reused += linter.lastStats.reused;
        }
      }),
      { seed: Number(process.env['FC_SEED'] ?? 5), numRuns: Number(process.env['FC_RUNS'] ?? 40) },
    );
    assert.ok(patched > 0, 'the fast path was taken');
    assert.ok(reused > 0, 'the incremental linter reused cached objective reports');
    if (process.env['FC_STATS']) console.log('patched', patched);
  });

  it('typing, pasting and cutting at uniformly random places of realistic files (the in-place move of everything after the edit)', () => {
    // Places are uniform over bench-like files (groups,
    // objectives with metadata, KRs with check-ins, initiatives, notes), so most edits take the
    // single-objective fast path and move the objectives, groups, comments and problems after it.
    const file = fc
      .record({ objectives: fc.integer({ min: 2, max: 9 }), seed: fc.nat(), perGroup: fc.integer({ min: 1, max: 4 }), crlf: fc.boolean(), extra: fc.boolean() })
      .map(({ objectives, seed, perGroup, crlf, extra }) => {
        let text = generateOkrFile({ objectives, seed, perGroup });
        // Parse problems and comments after most objectives, and KRs whose current value is a check-in's.
        if (extra) text = text.replace(/\n- KR2: /g, '\n<!-- okr-lint-disable-next-line kr-vague-verb -->\n- KR2: ').replace(/(\n {2}- )2026-(\d\d)-(\d\d):/, '$12026-13-$3:');
        return crlf ? text.replace(/\n/g, '\r\n') : text;
      });
    const op = fc.record({
      at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000),
      remove: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 2 }, { arbitrary: fc.integer({ min: 4, max: 60 }), weight: 1 }),
      insert: fc.constantFrom('', 'x', '7', ' ', '\n', '\n  - 2026-11-20: 42, confidence 0.8', '\n  - 2026-13-40: 1', ' @zoe', ' by 2026-12-01', '\n- KR9: Raise NPS from 10 to 20', '\n\nA note.\n', '<!-- x -->'),
    });
    const kinds: Record<string, number> = {};
    let followed = 0;
    let lineEdits = 0;
    fc.assert(
      fc.property(file, fc.array(op, { minLength: 1, maxLength: 8 }), (initial, ops) => {
        const cache = new IncrementalDocument();
        const linter = createLinter();
        let text = initial;
        linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
        for (const o of ops) {
          text = apply(text, o);
          const incremental = cache.update(text);
          kinds[cache.lastUpdate] = (kinds[cache.lastUpdate] ?? 0) + 1;
          lineEdits += cache.lastLineEdits;
          const fresh = parseOkr(text);
          assert.deepEqual(incremental, fresh, `after ${cache.lastUpdate} update of ${JSON.stringify(text)}`);
          assert.deepEqual(unexpectedSharing(incremental), []);
          // (After a single-objective update the linter takes the cache's word for what moved.)
          assert.deepEqual(linter.lint(incremental, text, { ...options, lines: cache.lineIndex ?? undefined }), lint(fresh, text, options));
          if (linter.lastFollowedEdit) followed++;
        }
      }),
      { seed: Number(process.env['FC_SEED'] ?? 3), numRuns: Number(process.env['FC_RUNS'] ?? 15) },
    );
    const total = Object.values(kinds).reduce((a, b) => a + b, 0);
    if (process.env['FC_STATS']) console.log('update kinds', kinds, 'linter followed the edit', followed, 'paragraph line edits', lineEdits);
    // (Typing in a KR, a check-in or a note re-parses that line alone: test/unit/incremental.line-edit.test.ts.)
    assert.ok(lineEdits >= total / 10, `paragraph line edits: ${lineEdits} of ${total}`);
    assert.ok((kinds['objective'] ?? 0) >= total / 2, `most edits take the fast path: ${JSON.stringify(kinds)}`);
    assert.ok(followed >= total / 4, `the linter followed the cache's edit: ${followed} of ${total}`);
  });

  it('refuses exactly the versions nested past the bound, though it scans only around each edit', () => {
    // Lines near the bound (one-line chains of list markers, indented items, quotes) and edits that
    // add or remove a marker, a line break or an indentation; the cache's verdict must be the
    // whole-text scan's, whatever the lines around the edit are.
    const near = (n: number): string => '- '.repeat(n) + 'x';
    const deepLine = fc.oneof(
      fc.integer({ min: MAX_NESTING_DEPTH - 3, max: MAX_NESTING_DEPTH + 1 }).map(near),
      fc.integer({ min: 0, max: 8 }).map((n) => ' '.repeat(2 * n) + '- item'),
      // Indented into a chain above it: its depth depends on the lines before it.
      fc.integer({ min: MAX_NESTING_DEPTH - 4, max: MAX_NESTING_DEPTH + 1 }).map((n) => ' '.repeat(2 * n) + '- deep'),
      fc.constantFrom('## O1: Grow', '- KR1: to 5', '', '> - quoted', '  text', 'Plain line', '\r'),
    );
    const text = fc.array(deepLine, { minLength: 2, maxLength: 12 }).map((lines) => lines.join('\n') + '\n');
    const op = fc.record({ at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000), remove: fc.nat({ max: 3 }), insert: fc.constantFrom('', '- ', '\n', '  ', 'x', '\n- - ', '> ') });
    let refused = 0;
    fc.assert(
      fc.property(text, fc.array(op, { minLength: 1, maxLength: 8 }), (initial, ops) => {
        const cache = new IncrementalDocument();
        let current = initial;
        cache.update(current);
        for (const o of ops) {
          current = apply(current, o);
          const deep = cache.update(current).problems.some(isNestingProblem);
          assert.equal(deep, isTooDeep(current), JSON.stringify(current));
          if (deep) refused++;
        }
      }),
      { seed: Number(process.env['FC_SEED'] ?? 9), numRuns: Number(process.env['FC_RUNS'] ?? 300) },
    );
    assert.ok(refused > 0, 'some versions were nested too deep');
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
