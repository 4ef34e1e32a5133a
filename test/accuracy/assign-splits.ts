// Rewrites the `split` field of key-results.jsonl by the rule in README.md ("Splits") and records
// the split of any new source group in splits.json.
// Usage: npx tsx test/accuracy/assign-splits.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assignSplits, parseJsonl, sourceGroup, type KeyResultRecord, type SplitMap } from './splits';

const file = fileURLToPath(new URL('./key-results.jsonl', import.meta.url));
const frozenFile = fileURLToPath(new URL('./splits.json', import.meta.url));
const records = parseJsonl(readFileSync(file, 'utf8')) as KeyResultRecord[];
const frozen = JSON.parse(readFileSync(frozenFile, 'utf8')) as SplitMap;
const splits = assignSplits(records, frozen);
const next: SplitMap = {};
for (const g of [...splits.keys()].sort()) next[g] = splits.get(g) ?? 'dev';
writeFileSync(frozenFile, JSON.stringify(next, null, 2) + '\n');
const out = records.map((r) => {
  const { text, measurable, taskLike, source, note } = r;
  return JSON.stringify({ text, measurable, taskLike, split: splits.get(sourceGroup(source)) ?? 'dev', source, note });
});
writeFileSync(file, out.join('\n') + '\n');
const n = (s: string) => out.filter((l) => l.includes(`"split":"${s}"`)).length;
console.log(`${records.length} records, ${splits.size} source groups: dev ${n('dev')}, test ${n('test')}`);
