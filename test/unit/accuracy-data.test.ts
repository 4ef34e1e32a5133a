import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HAND_WRITTEN, assignSplits, parseJsonl, sourceGroup, type KeyResultRecord, type SplitMap } from '../accuracy/splits';

const file = fileURLToPath(new URL('../accuracy/key-results.jsonl', import.meta.url));
const records = parseJsonl(readFileSync(file, 'utf8')) as KeyResultRecord[];
const frozen = JSON.parse(readFileSync(fileURLToPath(new URL('../accuracy/splits.json', import.meta.url)), 'utf8')) as SplitMap;
const FIELDS = ['text', 'measurable', 'taskLike', 'split', 'source', 'note'];

describe('key-result evaluation set (test/accuracy/key-results.jsonl)', () => {
  it('has records with exactly the documented fields and types', () => {
    assert.ok(records.length > 0);
    records.forEach((r, i) => {
      const where = `line ${i + 1}`;
      assert.equal(typeof r, 'object', where);
      assert.deepEqual(Object.keys(r).sort(), [...FIELDS].sort(), where);
      assert.equal(typeof r.text, 'string', where);
      assert.ok(r.text.trim().length > 0 && r.text === r.text.trim(), `${where}: text is empty or padded`);
      assert.ok(!/[\r\n]/.test(r.text), `${where}: text spans lines`);
      assert.equal(typeof r.measurable, 'boolean', where);
      assert.equal(typeof r.taskLike, 'boolean', where);
      assert.ok(r.split === 'dev' || r.split === 'test', `${where}: split ${String(r.split)}`);
      assert.equal(typeof r.source, 'string', where);
      assert.ok(r.source.trim().length > 0, `${where}: no source`);
      assert.equal(typeof r.note, 'string', where);
    });
  });

  it('has no duplicate texts, within or across splits', () => {
    const seen = new Map<string, number>();
    records.forEach((r, i) => {
      const key = r.text.toLowerCase().replace(/\s+/g, ' ');
      assert.ok(!seen.has(key), `line ${i + 1} repeats line ${seen.get(key)}: ${r.text}`);
      seen.set(key, i + 1);
    });
  });

  it('keeps every source group in one split and hand-written records in dev', () => {
    const splitOf = new Map<string, string>();
    for (const r of records) {
      const g = sourceGroup(r.source);
      const before = splitOf.get(g);
      assert.ok(before === undefined || before === r.split, `source group ${g} is in both splits`);
      splitOf.set(g, r.split);
      if (r.source === HAND_WRITTEN) assert.equal(r.split, 'dev', `hand-written in test: ${r.text}`);
    }
  });

  it('matches the frozen split of every source group (run test/accuracy/assign-splits.ts after adding data)', () => {
    for (const r of records) {
      const g = sourceGroup(r.source);
      assert.ok(g in frozen, `source group ${g} is not in splits.json`);
      assert.equal(r.split, frozen[g], r.text);
    }
    const expected = assignSplits(records, frozen);
    for (const r of records) assert.equal(r.split, expected.get(sourceGroup(r.source)), r.text);
  });

  it('never moves a frozen group and places new groups on the smaller split', () => {
    const recs = [
      ...Array.from({ length: 5 }, () => ({ source: 'old-org/repo/OKR.md' })),
      ...Array.from({ length: 3 }, () => ({ source: 'https://www.example.com/okrs' })),
      ...Array.from({ length: 2 }, () => ({ source: 'new-org/repo/OKR.md' })),
      { source: HAND_WRITTEN },
    ];
    const splits = assignSplits(recs, { 'old-org': 'test', 'example.com': 'test' });
    assert.equal(splits.get('old-org'), 'test');
    assert.equal(splits.get('example.com'), 'test');
    assert.equal(splits.get('new-org'), 'dev');
    assert.equal(splits.get(HAND_WRITTEN), 'dev');
  });

  it('has two non-trivial splits with positives and negatives of both labels', () => {
    for (const split of ['dev', 'test'] as const) {
      const part = records.filter((r) => r.split === split);
      assert.ok(part.length >= records.length * 0.35, `${split} has only ${part.length} of ${records.length}`);
      for (const label of ['measurable', 'taskLike'] as const) {
        const yes = part.filter((r) => r[label]).length;
        assert.ok(yes >= 40 && part.length - yes >= 40, `${split}: ${label} true ${yes}, false ${part.length - yes}`);
      }
    }
  });

  it('comes from many sources', () => {
    const groups = new Set(records.filter((r) => r.source !== HAND_WRITTEN).map((r) => sourceGroup(r.source)));
    assert.ok(groups.size >= 15, `only ${groups.size} source groups`);
  });
});

describe('accuracy script (scripts/accuracy.ts)', () => {
  // Imported lazily so a broken linter cannot hide the data checks above.
  const load = () => import('../../scripts/accuracy');
  const at = (line: number, ruleId: string) =>
    ({
      ruleId,
      severity: 'warning',
      message: ruleId,
      docsUrl: '',
      range: { start: { line, character: 2, offset: 0 }, end: { line, character: 9, offset: 0 } },
    }) as const;
  const record = (text: string, measurable: boolean, taskLike: boolean): KeyResultRecord => ({
    text,
    measurable,
    taskLike,
    split: 'test',
    source: 'hand-written',
    note: '',
  });

  it('counts a rule only when it reports on the probed KR line', async () => {
    const { evaluate, probeDocument } = await load();
    const { line } = probeDocument('Launch the website');
    const outcome = evaluate(record('Launch the website', true, true), () => [
      at(line, 'kr-task-like'),
      at(line + 1, 'kr-not-measurable'),
      at(line, 'objective-too-long'),
    ]);
    assert.deepEqual([...outcome.fired.keys()], ['kr-task-like']);
    assert.equal(outcome.problem, null);
  });

  it('computes TP/FP/FN/TN, precision and recall per rule', async () => {
    const { RULES, count, precision, recall } = await load();
    const notMeasurable = RULES.find((r) => r.id === 'kr-not-measurable');
    assert.ok(notMeasurable);
    const flagged = (r: KeyResultRecord) => ({ record: r, fired: new Map([['kr-not-measurable' as const, at(8, 'kr-not-measurable')]]), problem: null });
    const silent = (r: KeyResultRecord) => ({ record: r, fired: new Map(), problem: null });
    const outcomes = [
      flagged(record('Improve onboarding', false, false)), // TP
      flagged(record('Reach 200 teams', true, false)), // FP
      silent(record('Be better', false, false)), // FN
      silent(record('Cut churn to 2%', true, false)), // TN
      silent(record('Cut churn to 1%', true, false)), // TN
    ];
    const c = count(outcomes, notMeasurable);
    assert.deepEqual(c, { tp: 1, fp: 1, fn: 1, tn: 2 });
    assert.equal(precision(c), 0.5);
    assert.equal(recall(c), 0.5);
    assert.equal(precision({ tp: 0, fp: 0, fn: 3, tn: 1 }), null);
  });

  it('gives a Wilson interval around the proportion, narrower with more data', async () => {
    const { wilson } = await load();
    assert.equal(wilson(0, 0), null);
    const small = wilson(8, 10);
    const large = wilson(80, 100);
    assert.ok(small && large);
    assert.ok(small[0] < 0.8 && 0.8 < small[1]);
    assert.ok(large[1] - large[0] < small[1] - small[0]);
    assert.ok(Math.abs(large[0] - 0.711) < 0.01 && Math.abs(large[1] - 0.867) < 0.01, `${large}`);
  });

  it('scores one rater\'s labels against another\'s as a rule would be scored', async () => {
    const { countPairs, precision, recall } = await load();
    // [truth, predicted]: 2 found, 1 false alarm, 1 missed, 1 correctly quiet.
    const c = countPairs([
      [true, true],
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ]);
    assert.deepEqual(c, { tp: 2, fp: 1, fn: 1, tn: 1 });
    assert.equal(precision(c), 2 / 3);
    assert.equal(recall(c), 2 / 3);
    assert.equal(precision(countPairs([[true, false]])), null);
  });

  it("computes agreement and Cohen's kappa between two raters", async () => {
    const { agreement } = await load();
    assert.deepEqual(agreement([]), { n: 0, observed: 0, kappa: null });
    const same = agreement([
      [true, true],
      [false, false],
      [true, true],
      [false, false],
    ]);
    assert.equal(same.observed, 1);
    assert.equal(same.kappa, 1);
    // 50% yes each, agreeing on half: no better than chance.
    const chance = agreement([
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ]);
    assert.equal(chance.observed, 0.5);
    assert.equal(chance.kappa, 0);
  });

  it('notices a KR text that breaks the probe document', async () => {
    const { probeProblem } = await load();
    assert.equal(probeProblem('Increase NPS from 30 to 45'), null);
    assert.notEqual(probeProblem('Ship it\n\n## Another objective\n\n- Reach 10 users'), null);
  });
});
