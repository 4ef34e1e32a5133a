import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateOkrFile } from '../../bench/generate';
import { IncrementalDocument } from '../../src/core/incremental';
import { createLinter, defaultConfig, lint } from '../../src/core/lint/index';
import type { Group } from '../../src/core/model';
import { parseOkr } from '../../src/core/parse';
import { commonPrefixLength, commonSuffixLength } from '../../src/core/sections';
import { InPlaceShift, movePositions, objectivePositions } from '../../src/core/shift';
import { genericShift, sharedObjects, unexpectedSharing } from './incremental.helpers';

// The in-place move of positions after an edit (src/core/shift.ts) and the contract it brings:
// a model from IncrementalDocument.update is valid until the next update.

const RICH = [
  // Check-ins that give the KR its current value and confidence, one with a bad date (a problem
  // sharing the check-in's date range), owners, metadata, aligns, initiatives, a KR list range.
  [
    '---', 'quarter: 2026-Q4', 'owner: "@ceo"', '---', '# Platform OKRs', '',
    '## Team Platform', '',
    '### O1: Delight new teams', '', 'Owner: @alice · Type: committed', 'Aligns: company#o1', 'Weight: 2', '',
    '- KR1: Increase weekly active teams from 120 to 200 by 2026-12-15 @bob', '  - 2026-11-07: 140, confidence 0.6 — blocked on infra', '  - 2026-13-01: 150',
    '- KR2: Reduce p95 latency from 900 ms to 300 ms, confidence 7/10', '- [x] VP Sales hired', '',
    'Initiatives:', '- Run the kickoff workshop', '- [ ] Ship 2.0', '',
    '<!-- okr-lint-disable-next-line kr-not-measurable -->', '### O2: Grow revenue', '',
    '#### KR1: Increase NPS from 30 to 45', '', '- 2026-11-01: 35', '',
  ].join('\n'),
  // A cycle named by the H1 after an objective (the title and the cycle share a range), and
  // an owner without `@` (the owner’s range is the metadata value’s).
  '## O1: A\n\nOwner: alice\n\n- KR1: to 5\n\n# 2026-Q4\n\n## O2\n\n- KR: from 1 to 3\n  - 2026-10-01: 2, confidence 0.5\n  - Nov 14: 3, 7/10\n',
];

function texts(): string[] {
  const examples = readdirSync('examples')
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join('examples', f), 'utf8'));
  return [...RICH, generateOkrFile({ objectives: 12, seed: 3 }), ...examples];
}

/** A group without its objectives (those move through `doc.objectives`), nested groups included. */
function groupShell(g: Group): unknown {
  return { ...g, objectives: [], groups: g.groups.map(groupShell) };
}

describe('InPlaceShift (src/core/shift.ts): moving positions after an edit in place', () => {
  it('moves every position of an objective exactly once, as a generic walk does (no range field forgotten)', () => {
    let objectives = 0;
    let shared = 0;
    for (const text of texts()) {
      const doc = parseOkr(text);
      for (const o of doc.objectives) {
        const expected = structuredClone(o);
        genericShift(expected, 3, -17);
        new InPlaceShift(3, -17).objective(o);
        assert.deepEqual(o, expected, o.title);
        objectives++;
        shared += o.keyResults.filter((kr) => kr.checkins.some((c) => c.value === kr.current || c.confidence === kr.confidence)).length;
      }
    }
    assert.ok(objectives > 20);
    assert.ok(shared > 0, 'the inputs have KRs whose current value or confidence is a check-in’s (moved once)');
  });

  it('moves a group’s own ranges and its nested groups’, not its objectives', () => {
    const doc = parseOkr(generateOkrFile({ objectives: 12, seed: 3 }));
    const outer: Group = { ...doc.groups[0]!, groups: doc.groups.slice(1, 3) };
    const before = structuredClone(outer.groups[0]!.objectives[0]!);
    const expected = structuredClone(groupShell(outer));
    genericShift(expected, 0, 5);
    new InPlaceShift(0, 5).groupTree(outer);
    assert.deepEqual(groupShell(outer), expected);
    assert.deepEqual(outer.groups[0]!.objectives[0], before);
  });

  it('lists every position of an objective exactly once (objectivePositions), each shared one once', () => {
    let listed = 0;
    for (const text of texts()) {
      for (const o of parseOkr(text).objectives) {
        const list = objectivePositions(o);
        // Every position object under the objective, found by a generic walk (groupPath holds none).
        const all = new Set<object>();
        const walk = (x: unknown): void => {
          if (!x || typeof x !== 'object' || all.has(x)) return;
          const r = x as Record<string, unknown>;
          if (typeof r['line'] === 'number' && typeof r['offset'] === 'number') return void all.add(x);
          all.add(x);
          for (const v of Array.isArray(x) ? x : Object.values(r)) walk(v);
        };
        walk(o);
        const positions = [...all].filter((x) => typeof (x as Record<string, unknown>)['offset'] === 'number' && 'character' in x);
        assert.equal(new Set(list).size, list.length, `no position listed twice (${o.title})`);
        assert.deepEqual(new Set(list), new Set(positions), o.title);
        listed += list.length;
      }
    }
    assert.ok(listed > 500);
  });

  it('moves a list of positions by lines and offsets, or by offsets alone', () => {
    const o = parseOkr(RICH[0]!).objectives[0]!;
    const list = objectivePositions(o);
    const before = list.map((p) => ({ ...p }));
    movePositions(list, 2, 7);
    list.forEach((p, i) => assert.deepEqual(p, { line: before[i]!.line + 2, character: before[i]!.character, offset: before[i]!.offset + 7 }));
    movePositions(list, 0, -7);
    list.forEach((p, i) => assert.deepEqual(p, { ...before[i]!, line: before[i]!.line + 2 }));
  });

  it('the parser shares only what shift.ts knows about', () => {
    for (const text of texts()) assert.deepEqual(unexpectedSharing(parseOkr(text)), []);
    // (and the inputs above do share those things)
    const kinds = new Set(texts().flatMap((t) => sharedObjects(parseOkr(t))));
    assert.ok(kinds.size >= 4, [...kinds].join('\n'));
  });
});

describe('IncrementalDocument.update: a model is valid until the next update', () => {
  const company = generateOkrFile({ objectives: 12, seed: 3 });
  const options = { config: defaultConfig(), fileName: 'okr.md' };

  it('reuses the objects before an edit, moves those after it in place, and builds the edited objective anew', () => {
    const cache = new IncrementalDocument();
    const first = cache.update(company);
    const k = 4; // the last objective of the first group: the group ends where it ends
    const edited = first.objectives[k]!;
    const before = first.objectives[k - 1]!;
    const after = first.objectives[k + 2]!;
    const afterStart = { ...after.range.start };
    const beforeStart = { ...before.range.start };
    const at = edited.keyResults[0]!.textRange.end.offset;
    const text = company.slice(0, at) + ' (and more)\n  - 2026-11-20: 3' + company.slice(at);
    const second = cache.update(text);
    assert.equal(cache.lastUpdate, 'objective');
    assert.deepEqual(second, parseOkr(text));
    assert.notEqual(second, first, 'a new document object');
    assert.notEqual(second.objectives, first.objectives, 'a new objectives array');
    assert.equal(second.objectives[k - 1], before);
    assert.deepEqual(before.range.start, beforeStart);
    assert.notEqual(second.objectives[k], edited);
    assert.equal(second.objectives[k + 2], after, 'the same object…');
    assert.deepEqual(after.range.start, { line: afterStart.line + 1, character: afterStart.character, offset: afterStart.offset + ' (and more)\n  - 2026-11-20: 3'.length }, '…moved');
    // The group around the edited objective is new; the groups after it are the old ones, moved.
    const groupOf = (doc: typeof first, title: string) => doc.groups.find((g) => g.objectives.some((o) => o.title === title));
    assert.notEqual(groupOf(second, edited.title), groupOf(first, edited.title));
    assert.deepEqual(unexpectedSharing(second), []);
  });

  it('an incremental linter kept across updates that moved its objectives reports what a fresh lint does', () => {
    const cache = new IncrementalDocument();
    const linter = createLinter();
    let text = company;
    linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
    const edits: [string, string][] = [['- KR1', '- KR1 x'], ['- KR2', '- KR2\n  - 2026-11-01: 4'], ['- KR1 x', '- KR1'], ['- KR2\n  - 2026-11-01: 4', '- KR2']];
    for (const [from, to] of edits) {
      const at = text.indexOf(from, 200);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      const doc = cache.update(text);
      assert.equal(cache.lastUpdate, 'objective');
      assert.deepEqual(linter.lint(doc, text, { ...options, lines: cache.lineIndex ?? undefined }), lint(parseOkr(text), text, options));
      assert.ok(linter.lastStats.reused > 0);
    }
  });

  it('moves a problem whose range is a moved check-in’s date once (problems move last, if not moved yet)', () => {
    const text = [
      '# 2026-Q4', '', '## O1: First', '', '- KR1: Increase NPS from 30 to 45', '',
      '## O2: Second', '', '- KR1: Reduce churn from 5% to 3%', '  - 2026-13-01: 4%', '  - 2026-11-31: 4%', '',
    ].join('\n');
    for (const [from, to] of [['from 30', 'from 3000'], ['from 30', 'from 30\n  - 2026-11-02: 31'], ['Increase NPS', 'Raise NPS']] as const) {
      const cache = new IncrementalDocument();
      const first = cache.update(text);
      assert.equal(first.problems.length, 2);
      const edited = text.replace(from, to);
      const second = cache.update(edited);
      assert.equal(cache.lastUpdate, 'objective');
      assert.deepEqual(second, parseOkr(edited), `${from} → ${to}`);
      const kr = second.objectives[1]!.keyResults[0]!;
      assert.equal(second.problems[0]!.range, kr.checkins[0]!.dateRange, 'still shared');
      assert.equal(second.problems[1]!.range, kr.checkins[1]!.dateRange);
    }
  });

  it('does not move anything for an edit that keeps the length and the lines (a character replaced)', () => {
    const cache = new IncrementalDocument();
    const first = cache.update(company);
    const last = first.objectives[first.objectives.length - 1]!;
    const start = { ...last.range.start };
    const at = company.indexOf('- KR2', company.length >> 2) + 3;
    const text = company.slice(0, at) + (company[at] === 'K' ? 'Q' : 'K') + company.slice(at + 1);
    assert.deepEqual(cache.update(text), parseOkr(text));
    assert.deepEqual(last.range.start, start);
  });
});

describe('commonPrefixLength / commonSuffixLength (finding the changed text)', () => {
  const long = generateOkrFile({ objectives: 3, seed: 1 });

  it('finds the first and last difference at any place, chunk boundaries included', () => {
    for (const at of [0, 1, 1023, 1024, 1025, 2048, long.length >> 1, long.length - 1]) {
      const changed = long.slice(0, at) + '\u00e9' + long.slice(at + 1);
      assert.equal(commonPrefixLength(long, changed), at, `prefix at ${at}`);
      assert.equal(commonSuffixLength(long, changed), long.length - at - 1, `suffix at ${at}`);
      const inserted = long.slice(0, at) + 'xy' + long.slice(at);
      assert.equal(commonPrefixLength(long, inserted), long.slice(at).startsWith('x') ? at + 1 : at);
      assert.equal(commonSuffixLength(long, inserted), long.length - at);
    }
  });

  it('handles equal, empty and prefix-of texts, and caps the suffix', () => {
    assert.equal(commonPrefixLength(long, long), long.length);
    assert.equal(commonSuffixLength(long, long), long.length);
    assert.equal(commonPrefixLength('', long), 0);
    assert.equal(commonSuffixLength(long, ''), 0);
    assert.equal(commonPrefixLength(long, long.slice(0, 3000)), 3000);
    assert.equal(commonSuffixLength(long, long.slice(-3000)), 3000);
    assert.equal(commonSuffixLength(long, long, 10), 10);
    assert.equal(commonSuffixLength('aaaa', 'aaaaa', 2), 2);
  });
});
