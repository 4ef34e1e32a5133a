// objective-no-key-results on a file past the parser's read limit (parse.ts's MAX_TEXT_LENGTH, or
// ParseOptions.maxLength): the bare-heading scans stop where the parser stopped (the `too-large`
// problem's range), and the objective that runs into the unread rest is not reported either: the
// parser never read the key results there (a 1.2 MB file gave ~1,400 false reports).
import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../../src/core/incremental';
import { createLinter, defaultConfig, lint } from '../../../src/core/lint/index';
import { MAX_TEXT_LENGTH, parseOkr } from '../../../src/core/parse';

const options = { config: defaultConfig(), fileName: 'okr.md' };

/** Objectives with two KRs each, past `length` characters; a bare labelled heading (`### O0: …`) where `bare` says. */
function file(length: number, bare: 'lead' | 'first' | 'none'): string {
  const parts = ['---', 'quarter: 2026-Q4', '---', '', '# Company OKRs', ''];
  if (bare === 'lead') parts.push('```', '```', '', '### O0: Bare before the first objective', '');
  let size = parts.join('\n').length;
  for (let i = 1; size < length; i++) {
    const block = [`## O${i}: Delight team ${i}`, '', `- KR1: Increase weekly active teams from ${i} to ${i + 20} by 2026-12-15`, `- KR2: Cut p95 latency from 900 ms to ${300 + (i % 50)} ms`, ''];
    if (i === 1 && bare === 'first') block.push('### O0: Bare inside the first objective', '');
    parts.push(...block);
    size += block.join('\n').length + 1;
  }
  return parts.join('\n');
}

const ofRule = (text: string, maxLength?: number) => lint(parseOkr(text, { maxLength }), text, options).filter((d) => d.ruleId === 'objective-no-key-results');

describe('objective-no-key-results: a file past the read limit', function () {
  // 1 MB parses and lints on a busy machine.
  this.timeout(300_000);

  it('reports nothing past the limit, wherever the limit cuts (a heading read, its key results not)', () => {
    const text = file(30_000, 'none');
    let cutAfterHeading = 0;
    // Limits at every line start and mid-line over a stretch of several objectives.
    for (let maxLength = 20_000; maxLength < 20_400; maxLength += 13) {
      const doc = parseOkr(text, { maxLength });
      const tooLarge = doc.problems.find((p) => p.code === 'too-large')!;
      if (doc.objectives.at(-1)!.keyResults.length === 0) cutAfterHeading++;
      // Labelled headings past the limit that the model has no objective for: what the scans used to report.
      assert.ok((text.slice(tooLarge.range.start.offset).match(/^## O\d+:/gm) ?? []).length > 50);
      assert.deepEqual(ofRule(text, maxLength), [], `maxLength ${maxLength}`);
    }
    assert.ok(cutAfterHeading > 0, 'some limits fell between a heading and its key results');
  });

  it('still reports a bare heading in the part the parser read (before the first objective and inside one), and an objective without KRs', () => {
    for (const where of ['lead', 'first'] as const) {
      const found = ofRule(file(30_000, where), 20_000);
      assert.equal(found.length, 1, where);
      assert.match(found[0]!.message, where === 'lead' ? /Bare before/ : /Bare inside/);
    }
    const text = file(30_000, 'none').replace(/^## O3: .*\n\n- KR1: .*\n- KR2: .*\n/m, '## O3: No key results\n\n');
    assert.deepEqual(ofRule(text, 20_000).map((d) => d.message), ["Objective has no key results: 'No key results' cannot be measured; add 2–4 key results"]);
  });

  it('a file just over MAX_TEXT_LENGTH: nothing past it, with lint and with the long-lived linter as the file shrinks below the limit', () => {
    const big = file(MAX_TEXT_LENGTH + 3_000, 'none');
    // parseOkr runs remark on the whole text (about 1 MB here: seconds of CPU), so each text is parsed once.
    const bigDoc = parseOkr(big);
    assert.ok(bigDoc.problems.some((p) => p.code === 'too-large'));
    const cache = new IncrementalDocument();
    const linter = createLinter();
    // The same last objectives, first cut off by the limit, then read (text removed above them).
    const cut = big.indexOf('## O2:');
    const small = big.slice(0, cut) + big.slice(big.indexOf('## O', cut + 10_000));
    for (const text of [big, small]) {
      const got = linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
      const expected = lint(text === big ? bigDoc : parseOkr(text), text, options);
      assert.equal(got.length, expected.length);
      assert.ok(got.every((d, i) => JSON.stringify(d) === JSON.stringify(expected[i])), 'the linter reports what lint reports');
      assert.equal(expected.filter((d) => d.ruleId === 'objective-no-key-results').length, 0);
    }
  });
});
