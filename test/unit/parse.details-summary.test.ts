// A `<details>` block bridges a run of key results only when its summary is empty or names
// check-ins, updates or key results; any other summary (rev-m: 'Notes from the Q3 review',
// 'Archive', 'Dropped KRs', 'Show more') is notes: its list is not key results.
import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../src/core/incremental';
import { parseOkr } from '../../src/core/parse';

const block = (summary: string | null, items: string[]): string =>
  `## O1: Grow\n\n- KR1: Grow signups from 10 to 20\n\n<details>${summary === null ? '' : `<summary>${summary}</summary>`}\n\n${items.join('\n')}\n\n</details>\n`;
const krs = (text: string): string[] => parseOkr(text).objectives.flatMap((o) => o.keyResults.map((k) => k.text));

describe('<details> summaries and the KR run', () => {
  for (const summary of ['Notes from the Q3 review', 'Previous quarter (Q3)', 'Archive', 'Dropped KRs', 'Show more', 'Notes', '**Context**']) {
    it(`'${summary}' is notes: its list is not key results`, () => {
      const text = block(summary, ['- Hiring may slip by 2 weeks', '- Budget cut of 10%']);
      assert.deepEqual(krs(text), ['Grow signups from 10 to 20']);
      const inc = new IncrementalDocument();
      inc.update(text.replace('10 to 20', '10 to 30'));
      assert.deepEqual(inc.update(text).objectives[0]!.keyResults.map((k) => k.text), krs(text));
    });
  }

  for (const summary of [null, 'Check-ins', 'Older updates', 'More key results', 'KRs 4–6', 'Key results:']) {
    it(`${summary === null ? 'no summary' : `'${summary}'`} bridges the run: key results and check-ins inside count`, () => {
      assert.deepEqual(krs(block(summary, ['- KR2: Cut churn from 5% to 3%'])), ['Grow signups from 10 to 20', 'Cut churn from 5% to 3%']);
      const doc = parseOkr(block(summary, ['  - 2026-10-02: 12']));
      assert.deepEqual(doc.objectives[0]!.keyResults.map((k) => k.checkins.map((c) => c.value?.value)), [[12]]);
    });
  }
});
