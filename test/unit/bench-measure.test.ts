// The benchmark times a case's columns side by side (bench/measure.ts's pairedMedians) so that
// "parse + lint ÷ remark" compares runs made in the same minutes after the same warm-up.
import assert from 'node:assert/strict';
import { pairedMedians } from '../../bench/measure';
import { renderResults, type BenchResults } from '../../bench/report';

describe('bench: paired medians', () => {
  it('runs every function as often, warm-up first, in an order that rotates from round to round', () => {
    const calls: string[] = [];
    const fn = (name: string) => () => void calls.push(name);
    const medians = pairedMedians([fn('a'), null, fn('b'), fn('c')], 4, 2);
    assert.equal(medians[1], null, 'a null function is skipped');
    assert.ok(medians.every((m, i) => i === 1 || (typeof m === 'number' && m >= 0)));
    // Two warm-up rounds in order, then rounds starting at a, b, c, a.
    assert.deepEqual(calls.join(''), 'abc' + 'abc' + 'abc' + 'bca' + 'cab' + 'abc');
  });

  it('gives each function the median of its own runs', () => {
    // Busy-waits on the clock for the given number of ms of CPU time (the default clock).
    const spin = (ms: number) => () => {
      const u0 = process.cpuUsage();
      for (;;) {
        const u = process.cpuUsage(u0);
        if ((u.user + u.system) / 1000 >= ms) return;
      }
    };
    const [fast, slow] = pairedMedians([spin(1), spin(6)], 5, 0) as number[];
    assert.ok(fast! >= 1 && fast! < 6, `fast ${fast}`);
    assert.ok(slow! >= 6, `slow ${slow}`);
  });
});

describe('bench report: remark as our parse runs it', () => {
  it('shows it beside the cache columns, with parse + lint divided by it', () => {
    const r: BenchResults = {
      cases: [{ name: 'examples/growth.okr.md', lines: 45, bytes: 1108, remarkParseMs: 2.4, fullLintMs: 3, editMedianMs: 0.8, editP95Ms: 2, markdownlintMs: 3 }],
      bundleBytes: { node: null, web: null, webview: null },
      peakHeapMb: null,
      workspace500Ms: null,
    };
    const markdown = renderResults(r, {
      activationMs: null,
      date: '2026-11-21',
      extras: [{ name: 'examples/growth.okr.md', remarkPartsMs: 1.5, parseOkrWholeLintMs: 2.9, lintOnlyMs: 0.3, updateMedianMs: 0.5, updateKinds: { objective: 60 } }],
      load: '1 / 1 / 1',
      perRule: [],
    });
    assert.match(markdown, /\| remark, our GFM parts \(ms\) \| parse \+ lint ÷ it \|/);
    assert.match(markdown, /\| examples\/growth\.okr\.md \| 0\.50 \| 0\.30 \| 2\.90 \| 1\.50 \| 2\.00× \| objective 60 \|/);
    // The target row still divides by remark as remark-gfm runs it.
    assert.match(markdown, /\| Full parse \+ lint ≤ 1\.25× remark parse alone \(worst case\) \| 1\.25× \| \*\*met\*\* \|/);
  });
});
