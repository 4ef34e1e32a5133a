// Property: applying the preferred fixes once leaves nothing for a second pass (what `--fix` relies
// on), and the bytes outside the fixed ranges — line endings included — are unchanged.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOkr } from '../../../src/core/parse';
import { applyEdits, compatibleEdits, defaultConfig, lint, resolveConfig, configFromObject, type LintDiagnostic } from '../../../src/core/lint/index';

const KRS = [
  'Improve p95 latency from 450 ms to 300 ms',
  'Improve NPS from 30 to 45',
  'Launch the partner portal',
  'v2 released',
  'Write 5 blog posts',
  'Improve onboarding',
  'Increase weekly active teams from 120 to 200 @bob',
  'Keep availability above 99.9%',
  'Increase weekly active teams from 120 to 200 @bob',
  '**Launch** the [new site](https://example.com)',
];

const preferred = (ds: LintDiagnostic[]) => compatibleEdits(ds.flatMap((d) => (d.fixes ?? []).filter((f) => f.preferred && !f.snippet)));

describe('preferred fixes', () => {
  for (const [name, config] of [
    ['recommended', defaultConfig()],
    ['strict', resolveConfig([configFromObject({ extends: 'strict' }).config])],
  ] as const) {
    it(`are idempotent and minimal (${name})`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.array(fc.constantFrom(...KRS), { minLength: 0, maxLength: 5 }), { minLength: 1, maxLength: 3 }),
          fc.constantFrom('\n', '\r\n'),
          (objectives, eol) => {
            const lines = ['---', 'cycle: 2026-Q4', '---', ''];
            objectives.forEach((krs, i) => {
              lines.push(`## O${i + 1}: Objective ${i + 1}`, '', ...krs.map((kr, j) => `- KR${j + 1}: ${kr}`), '');
            });
            const text = lines.join(eol);
            const edits = preferred(lint(parseOkr(text), text, { config }));
            const once = applyEdits(text, edits);
            // Outside the edited ranges nothing moved: the text before the first edit and after the last is identical.
            if (edits.length) {
              const first = Math.min(...edits.map((e) => e.range.start.offset));
              const last = Math.max(...edits.map((e) => e.range.end.offset));
              assert.equal(once.slice(0, first), text.slice(0, first));
              assert.equal(once.slice(once.length - (text.length - last)), text.slice(last));
            }
            assert.equal(once.split('\r\n').length, text.split('\r\n').length);
            const again = preferred(lint(parseOkr(once), once, { config }));
            assert.deepEqual(again, [], `second pass would change:\n${once}`);
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});
