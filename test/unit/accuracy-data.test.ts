import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HAND_WRITTEN, assignSplits, parseJsonl, sourceGroup, type KeyResultRecord } from '../accuracy/splits';

const file = fileURLToPath(new URL('../accuracy/key-results.jsonl', import.meta.url));
const records = parseJsonl(readFileSync(file, 'utf8')) as KeyResultRecord[];
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

  it('matches the deterministic split assignment (run test/accuracy/assign-splits.ts after adding data)', () => {
    const expected = assignSplits(records);
    for (const r of records) assert.equal(r.split, expected.get(sourceGroup(r.source)), r.text);
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
