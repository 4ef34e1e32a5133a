// The split rules' merges keep state between lints (kr-duplicate's and objective-duplicate-label's
// key counts, patched with the objectives that changed; cycle-too-many-objectives' related
// locations): after any sequence of edits a long-lived linter must still report exactly what the
// stateless lint reports. Edits here make and unmake duplicates (KR lines copied into objectives far
// apart and removed again, labels renumbered) and add and remove objectives past a low limit.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IncrementalDocument } from '../../../src/core/incremental';
import { createLinter, defaultConfig, lint, type LintDiagnostic } from '../../../src/core/lint/index';
import type { KeyOccurrences } from '../../../src/core/lint/occurrences';
import { parseOkr } from '../../../src/core/parse';
import { generateOkrFile } from '../../../bench/generate';

const base = defaultConfig();
const config = { ...base, rules: { ...base.rules, 'cycle-too-many-objectives': { severity: 'warning' as const, options: { max: 2 } } } };
const options = { config, fileName: 'okr.md' };

/** Line starts of a text. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** How the kr-duplicate merge's counts were brought up to date in the linter's last call (the memo is private: read for the test). */
function countsUpdate(linter: ReturnType<typeof createLinter>): string | undefined {
  const memos = (linter as unknown as { memos: Map<string, Map<string, unknown>> }).memos;
  return (memos.get('kr-duplicate')?.get('occurrences') as KeyOccurrences<unknown> | undefined)?.lastUpdate;
}

const ofRule = (ds: LintDiagnostic[], id: string) => ds.filter((d) => d.ruleId === id);

describe('incremental linter (property): the merges that keep state between lints', function () {
  this.timeout(process.env['FC_RUNS'] ? 0 : 180_000);

  it('reports what lint reports after edits that make and unmake duplicates and objectives', () => {
    const file = fc
      .record({ objectives: fc.integer({ min: 2, max: 18 }), seed: fc.nat(), crlf: fc.boolean() })
      .map(({ objectives, seed, crlf }) => {
        const text = generateOkrFile({ objectives, seed, perGroup: 4 });
        return crlf ? text.replace(/\n/g, '\r\n') : text;
      });
    // A line inserted at a line start, or a line removed, or a character typed.
    const op = fc.oneof(
      {
        arbitrary: fc.record({
          kind: fc.constant('insert' as const),
          line: fc.nat(),
          what: fc.constantFrom(
            '- KR7: Grow weekly active teams from 10 to 20',
            '- KR8: Cut churn from 5% to 3% @bob',
            '- kr8: cut churn from 5 % to 3%',
            '- KR1: Increase activation rate from 34% to 106% by 2026-12-25 @dave',
            '### O1: Copied label',
            '### O2: Another copied label\n\n- KR1: Cut churn from 5% to 3%',
            // Equal to KR7 once `[^n]: …` is defined; quoted as 'foo' once `[foo]: …` is.
            '- KR6: Grow weekly active teams from 10 to 20[^n]',
            '- KR5: Ship the [foo] importer to 40 teams',
          ),
        }),
        weight: 4,
      },
      // A copy of a KR line (of any objective, often a far one) inserted before another KR line.
      { arbitrary: fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), line: fc.nat() }), weight: 3 },
      { arbitrary: fc.record({ kind: fc.constant('delete' as const), line: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }), weight: 3 },
      { arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), what: fc.constantFrom('x', '1', '') }), weight: 2 },
      // A definition at any line start, between blank lines: it changes what references in objectives far away read as.
      { arbitrary: fc.record({ kind: fc.constant('define' as const), line: fc.nat(), what: fc.constantFrom('[foo]: https://example.com/foo', '[^n]: counted by finance') }), weight: 2 },
    );
    let defined = 0;
    const stats: Record<string, number> = {};
    let duplicates = 0;
    let capped = 0;
    fc.assert(
      fc.property(file, fc.array(op, { minLength: 1, maxLength: 10 }), (initial, ops) => {
        const cache = new IncrementalDocument();
        const linter = createLinter();
        let text = initial;
        linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
        for (const o of ops) {
          const eol = text.includes('\r\n') ? '\r\n' : '\n';
          const starts = lineStarts(text);
          // Before a KR line or an objective heading, so that a KR goes into a KR list (any line when there is none).
          const krLines = starts.filter((at) => text.startsWith('- KR', at) || text.startsWith('### O', at));
          const before = (n: number) => (krLines.length ? krLines[n % krLines.length]! : starts[n % starts.length]!);
          if (o.kind === 'insert') {
            const at = before(o.line);
            text = text.slice(0, at) + o.what.replace(/\n/g, eol) + eol + text.slice(at);
          } else if (o.kind === 'copy') {
            const from = before(o.from);
            const end = text.indexOf(eol, from);
            const copied = text.slice(from, end < 0 ? text.length : end).replace(/^### O\d+:/, '- KR1:');
            const at = before(o.line);
            text = text.slice(0, at) + copied + eol + text.slice(at);
          } else if (o.kind === 'delete') {
            const from = o.line % starts.length;
            const at = starts[from]!;
            const end = starts[from + o.count] ?? text.length;
            text = text.slice(0, at) + text.slice(end);
          } else if (o.kind === 'define') {
            const at = starts[o.line % starts.length]!;
            text = text.slice(0, at) + eol + o.what + eol + eol + text.slice(at);
          } else {
            const at = o.at % (text.length + 1);
            text = o.what ? text.slice(0, at) + o.what + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
          }
          const got = linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
          const expected = lint(parseOkr(text), text, options);
          if (/\[(?:foo|\^n)\]:/.test(text) && /\[(?:foo|\^n)\](?!:)/.test(text)) defined++;
          assert.deepEqual(got, expected, JSON.stringify(text));
          const how = countsUpdate(linter) ?? 'none';
          stats[how] = (stats[how] ?? 0) + 1;
          if (ofRule(got, 'kr-duplicate').length) duplicates++;
          if ((ofRule(got, 'cycle-too-many-objectives')[0]?.related?.length ?? 0) > 0 && parseOkr(text).objectives.length > 14) capped++;
        }
      }),
      { seed: Number(process.env['FC_SEED'] ?? 21), numRuns: Number(process.env['FC_RUNS'] ?? 25) },
    );
    if (process.env['FC_STATS']) console.log('kr-duplicate counts', stats, 'with duplicates', duplicates, 'capped', capped, 'defined and referenced', defined);
    assert.ok(defined > 10, `edits with a definition and a reference: ${defined}`);
    assert.ok((stats['patched'] ?? 0) > 50, `the counts were patched in place: ${JSON.stringify(stats)}`);
    assert.ok(duplicates > 50, `edits made duplicates: ${duplicates}`);
    assert.ok(capped > 10, `files past the related locations' cap: ${capped}`);
  });
  it('alignment-unresolved: references resolved and unresolved as lines change, against a workspace', () => {
    const workspace = { files: [{ fileName: 'company.okr.md', objectives: [{ id: 'o1', slug: 'grow' }, { id: 'o2', slug: 'win' }] }] };
    const opts = { ...options, workspace };
    const file = fc
      .record({ objectives: fc.integer({ min: 2, max: 14 }), seed: fc.nat() })
      .map(({ objectives, seed }) => generateOkrFile({ objectives, seed, perGroup: 4 }));
    const target = fc.constantFrom('company#o1', 'company#o2', 'company#o7', 'company#', 'o1', 'o3', 'o99', 'nowhere#o1', 'company#grow');
    const op = fc.oneof(
      // Another target on one objective's `Aligns:` line (the generated files align every objective to company#oN).
      { arbitrary: fc.record({ kind: fc.constant('realign' as const), which: fc.nat(), target }), weight: 4 },
      // A renamed objective heading (this file's names change: resolved again from scratch).
      { arbitrary: fc.record({ kind: fc.constant('rename' as const), which: fc.nat() }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('type' as const), at: fc.nat(), what: fc.constantFrom('x', '') }), weight: 2 },
    );
    let reported = 0;
    fc.assert(
      fc.property(file, fc.array(op, { minLength: 1, maxLength: 10 }), (initial, ops) => {
        const cache = new IncrementalDocument();
        const linter = createLinter();
        let text = initial;
        linter.lint(cache.update(text), text, { ...opts, lines: cache.lineIndex ?? undefined });
        for (const o of ops) {
          if (o.kind === 'realign') {
            const lines = [...text.matchAll(/^Aligns: (.*)$/gm)];
            if (lines.length) {
              const m = lines[o.which % lines.length]!;
              const at = m.index! + 'Aligns: '.length;
              text = text.slice(0, at) + o.target + text.slice(at + m[1]!.length);
            }
          } else if (o.kind === 'rename') {
            const headings = [...text.matchAll(/^### O(\d+):/gm)];
            if (headings.length) {
              const m = headings[o.which % headings.length]!;
              text = text.slice(0, m.index!) + `### O${Number(m[1]) + 1}:` + text.slice(m.index! + m[0].length);
            }
          } else {
            const at = o.at % (text.length + 1);
            text = o.what ? text.slice(0, at) + o.what + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
          }
          const got = linter.lint(cache.update(text), text, { ...opts, lines: cache.lineIndex ?? undefined });
          assert.deepEqual(got, lint(parseOkr(text), text, opts), JSON.stringify(text));
          reported += ofRule(got, 'alignment-unresolved').length;
        }
      }),
      { seed: Number(process.env['FC_SEED'] ?? 22), numRuns: Number(process.env['FC_RUNS'] ?? 25) },
    );
    assert.ok(reported > 100, `unresolved references reported: ${reported}`);
  });
});
