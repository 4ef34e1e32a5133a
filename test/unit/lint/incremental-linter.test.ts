import assert from 'node:assert/strict';
import { IncrementalDocument } from '../../../src/core/incremental';
import { createLinter, defaultConfig, lint, ruleById } from '../../../src/core/lint/index';
import { parseOkr } from '../../../src/core/parse';

const options = { config: defaultConfig(), fileName: 'okr.md' };
const objective = (n: number): string => `## O${n}: Improve things ${n}\n\n- KR1: Write blog posts\n- KR2: Increase signups from 10 to 20\n`;
const file = `---\ncycle: 2026-Q4\n---\n\n# OKRs\n\n${[1, 2, 3].map(objective).join('\n')}`;

describe('createLinter: incremental lint', () => {
  it('re-runs the objective-scope rules only for the edited objective, shifting the others', () => {
    const cache = new IncrementalDocument();
    const linter = createLinter();
    linter.lint(cache.update(file), file, options);
    assert.deepEqual(linter.lastStats, { reused: 0, computed: 3 });
    // Type a line into the first objective: the two after it move down by one line.
    const at = file.indexOf('- KR2');
    const edited = `${file.slice(0, at)}- KR0: Reduce churn from 5% to 3%\n${file.slice(at)}`;
    const got = linter.lint(cache.update(edited), edited, { ...options, lines: cache.lineIndex ?? undefined });
    assert.deepEqual(linter.lastStats, { reused: 2, computed: 1 });
    assert.equal(linter.lastFollowedEdit, true, 'the cache rebuilt one objective and moved the others: the linter took its word for it');
    assert.deepEqual(got, lint(parseOkr(edited), edited, options));
    assert.ok(got.some((d) => d.ruleId === 'kr-task-like' && d.range.start.line > edited.slice(0, edited.indexOf('## O3')).split('\n').length - 1), 'a shifted report in O3');
  });

  it('follows the cache’s edit only from the model it linted last, and equals lint either way', () => {
    const cache = new IncrementalDocument();
    const linter = createLinter();
    const lintNow = (text: string) => {
      const got = linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
      assert.deepEqual(got, lint(parseOkr(text), text, options), JSON.stringify(text));
    };
    const type = (text: string, where: string, what: string) => text.replace(where, where + what);
    lintNow(file);
    assert.equal(linter.lastFollowedEdit, false, 'a first call');
    // Edits in O2 move O3 (by characters, by lines); edits in O1 move both.
    let text = file;
    for (const [where, what] of [['Improve things 2\n', '\nOwner: @ana\n'], ['Write blog posts', ' weekly'], ['signups from 1', '5'], ['Improve things 1\n', '\n- KR0: Hire a PM\n']] as const) {
      text = type(text, where, what);
      lintNow(text);
      assert.equal(cache.lastUpdate, 'objective');
      assert.equal(linter.lastFollowedEdit, true, `${where} + ${what}`);
      assert.equal(linter.lastStats.reused + linter.lastStats.computed, 3);
    }
    // Two updates with no lint between them: the second edit is not from the model the linter saw.
    text = type(text, 'Write blog posts', '!');
    cache.update(text);
    text = type(text, 'Improve things 3\n', '\nType: committed\n');
    lintNow(text);
    assert.equal(cache.lastUpdate, 'objective');
    assert.equal(linter.lastFollowedEdit, false);
    assert.ok(linter.lastStats.reused > 0, 'still reused, by text');
    // A model the cache did not make.
    const other = text.replace('Write blog posts', 'Write blog posts!');
    assert.deepEqual(linter.lint(parseOkr(other), other, options), lint(parseOkr(other), other, options));
    assert.equal(linter.lastFollowedEdit, false);
    // And back to the cache, whose last model is not the one linted last.
    lintNow(type(text, 'Improve things 1', '!'));
    assert.equal(linter.lastFollowedEdit, false);
  });

  it('recomputes everything when a document fact the rules read changes (the cycle)', () => {
    const linter = createLinter();
    linter.lint(parseOkr(file), file, options);
    const other = file.replace('2026-Q4', '2027-Q1');
    assert.deepEqual(linter.lint(parseOkr(other), other, options), lint(parseOkr(other), other, options));
    assert.deepEqual(linter.lastStats, { reused: 0, computed: 3 });
  });

  it('recomputes after the options change', () => {
    const linter = createLinter();
    linter.lint(parseOkr(file), file, options);
    const config = { ...options.config, rules: { ...options.config.rules, 'kr-task-like': { severity: 'off' as const, options: {} } } };
    const got = linter.lint(parseOkr(file), file, { ...options, config });
    assert.equal(linter.lastStats.reused, 0);
    assert.ok(!got.some((d) => d.ruleId === 'kr-task-like'));
    assert.deepEqual(got, lint(parseOkr(file), file, { ...options, config }));
  });
});

describe('createLinter: document-scope rules split per objective', () => {
  const lintBoth = (linter: ReturnType<typeof createLinter>, text: string, opts: Parameters<typeof lint>[2] = options) => {
    const got = linter.lint(parseOkr(text), text, opts);
    assert.deepEqual(got, lint(parseOkr(text), text, opts));
    return got;
  };
  const ids = <D extends { ruleId: string }>(ds: D[], id: string): D[] => ds.filter((d) => d.ruleId === id);

  it('runs a split rule’s objective part only for changed objectives, and its merge every time', () => {
    const split = ruleById('kr-duplicate')!.split!;
    const original = { objective: split.objective, merge: split.merge };
    let objectiveCalls = 0;
    let mergeCalls = 0;
    split.objective = (c) => (objectiveCalls++, original.objective(c));
    split.merge = (c, f, m) => (mergeCalls++, original.merge(c, f, m));
    try {
      const linter = createLinter();
      linter.lint(parseOkr(file), file, options);
      assert.deepEqual([objectiveCalls, mergeCalls], [3, 1]);
      // Make O3's second KR a copy of O1's first: only O3 is looked at again, the merge finds the pair.
      const edited = file.replace('## O3: Improve things 3\n\n- KR1: Write blog posts\n- KR2: Increase signups from 10 to 20', '## O3: Improve things 3\n\n- KR1: Write blog posts\n- KR2: Reduce churn from 5% to 3%');
      const got = linter.lint(parseOkr(edited), edited, options);
      assert.deepEqual([objectiveCalls, mergeCalls], [4, 2]);
      assert.deepEqual(linter.lastStats, { reused: 2, computed: 1 });
      assert.deepEqual(got, lint(parseOkr(edited), edited, options));
      // O1's KR1 ("Write blog posts") is repeated by O2 and O3; O1's KR2 only by O2 now.
      assert.deepEqual(ids(got, 'kr-duplicate').map((d) => d.message), [
        "Duplicate KR: 'Write blog posts' already appears under 'Improve things 1'",
        "Duplicate KR: 'Increase signups from 10 to 20' already appears under 'Improve things 1'",
        "Duplicate KR: 'Write blog posts' already appears under 'Improve things 1'",
      ]);
    } finally {
      split.objective = original.objective;
      split.merge = original.merge;
    }
  });

  it('skips only the split rule whose objective part fails, as the stateless lint does', () => {
    const split = ruleById('kr-duplicate')!.split!;
    const original = split.objective;
    split.objective = (c) => {
      if (c.doc.objectives[0]!.title.endsWith('things 2')) throw new Error('rule bug');
      return original(c);
    };
    try {
      // Another split rule that reports from its merge still does.
      const text = file.replace('## O3:', '## O1:');
      const got = lintBoth(createLinter(), text);
      assert.deepEqual(ids(got, 'kr-duplicate'), []);
      assert.equal(ids(got, 'objective-duplicate-label').length, 1);
    } finally {
      split.objective = original;
    }
  });

  it('shifts a cached check-in finding when lines above its objective change, and drops it when its objective changes', () => {
    const text = file.replace('## O2: Improve things 2\n\n- KR1: Write blog posts\n', '## O2: Improve things 2\n\n- KR1: Write blog posts\n  - 2026-11-14: 3\n  - 2026-11-07: 2\n');
    const linter = createLinter();
    const before = ids(lintBoth(linter, text), 'checkin-invalid');
    assert.equal(before.length, 1);
    const above = text.replace('## O1: Improve things 1\n', '## O1: Improve things 1\n\nOwner: @alice\n');
    const after = ids(lintBoth(linter, above), 'checkin-invalid');
    assert.deepEqual(linter.lastStats, { reused: 2, computed: 1 });
    assert.equal(after[0]!.range.start.line, before[0]!.range.start.line + 2);
    assert.equal(after[0]!.range.start.offset, before[0]!.range.start.offset + '\nOwner: @alice\n'.length);
    const fixed = above.replace('2026-11-07: 2', '2026-11-21: 2');
    assert.deepEqual(ids(lintBoth(linter, fixed), 'checkin-invalid'), []);
  });

  it('objective-duplicate-label: a renamed label in one objective changes the finding in another', () => {
    const linter = createLinter();
    assert.deepEqual(ids(lintBoth(linter, file), 'objective-duplicate-label'), []);
    const twice = file.replace('## O3:', '## O1:');
    const got = ids(lintBoth(linter, twice), 'objective-duplicate-label');
    assert.equal(got.length, 1);
    assert.equal(got[0]!.fixes![0]!.title, 'Renumber as O3');
  });

  it('alignment-unresolved: follows renamed objectives in the file and a changed workspace, reusing neither', () => {
    const aligned = file.replace('## O3: Improve things 3\n', '## O3: Improve things 3\n\nAligns: company#o7\n');
    const workspace = { files: [{ fileName: 'company.okr.md', objectives: [{ id: 'o1', slug: 'grow' }] }] };
    const linter = createLinter();
    const opts = { ...options, workspace };
    assert.equal(ids(lintBoth(linter, aligned, opts), 'alignment-unresolved').length, 1);
    // The same workspace again, another objective edited: the same finding.
    const edited = aligned.replace('Improve things 1', 'Improve things 10');
    assert.equal(ids(lintBoth(linter, edited, opts), 'alignment-unresolved').length, 1);
    // The workspace gains the objective: resolved.
    const grown = { files: [{ fileName: 'company.okr.md', objectives: [{ id: 'o1', slug: 'grow' }, { id: 'o7', slug: 'win' }] }] };
    assert.deepEqual(ids(lintBoth(linter, edited, { ...options, workspace: grown }), 'alignment-unresolved'), []);
    // A reference to this file's objective: resolved until that objective is renamed.
    const local = aligned.replace('Aligns: company#o7', 'Aligns: o2');
    assert.deepEqual(ids(lintBoth(linter, local, opts), 'alignment-unresolved'), []);
    const renamed = local.replace('## O2: Improve things 2', '## Improve things 2');
    assert.equal(ids(lintBoth(linter, renamed, opts), 'alignment-unresolved').length, 1);
  });

  it('cycle-too-many-objectives: its related list follows the objectives past the limit as they move, come and go', () => {
    const config = { ...options.config, rules: { ...options.config.rules, 'cycle-too-many-objectives': { severity: 'warning' as const, options: { max: 1 } } } };
    const opts = { ...options, config };
    const cache = new IncrementalDocument();
    const linter = createLinter();
    const run = (text: string) => {
      const got = linter.lint(cache.update(text), text, { ...opts, lines: cache.lineIndex ?? undefined });
      assert.deepEqual(got, lint(parseOkr(text), text, opts));
      return ids(got, 'cycle-too-many-objectives')[0]!;
    };
    const before = run(file);
    assert.deepEqual(before.related!.map((r) => r.range.start.line), [file.split('\n').indexOf('## O3: Improve things 3')]);
    const moved = file.replace('- KR2: Increase signups from 10 to 20\n', '- KR2: Increase signups from 10 to 20\n- KR3: Reduce churn from 5% to 3%\n');
    const after = run(moved);
    assert.deepEqual(after.related!.map((r) => r.range.start.line), [moved.split('\n').indexOf('## O3: Improve things 3')]);
    const more = `${moved}\n${objective(4)}`;
    assert.equal(run(more).related!.length, 2);
  });

  it('objective-no-key-results: a cached objective is scanned again for the fence state that leads into it', () => {
    // An unclosed fence in O1's KR item ends with the item for remark; the line scan keeps it open
    // and so does not see the labelled heading in the HTML block under O3.
    const text = [
      '## O1: Grow', '', '- KR1: Increase NPS from 30 to 45', '  ```', '',
      '## O3: Win', '', '- KR1: Increase signups from 10 to 20', '', '<div>', '## O2: In html', '</div>', '',
    ].join('\n');
    const linter = createLinter();
    assert.deepEqual(ids(lintBoth(linter, text), 'objective-no-key-results'), []);
    const closed = text.replace('  ```\n', '');
    const got = ids(lintBoth(linter, closed), 'objective-no-key-results');
    assert.deepEqual(linter.lastStats, { reused: 1, computed: 1 });
    assert.equal(got.length, 1);
    assert.match(got[0]!.message, /'In html'/);
    assert.deepEqual(ids(lintBoth(linter, text), 'objective-no-key-results'), []);
  });
});

describe('createLinter: merges that keep state between lints', () => {
  const many = (n: number) => `---\ncycle: 2026-Q4\n---\n\n${Array.from({ length: n }, (_, i) => objective(i + 1)).join('\n')}`;
  const lineOf = (text: string, s: string) => text.split('\n').indexOf(s);

  it('cycle-too-many-objectives lists at most 10 more objectives, then the last one with how many more there are', () => {
    const text = many(30);
    const [d] = lint(parseOkr(text), text, options).filter((x) => x.ruleId === 'cycle-too-many-objectives');
    assert.equal(d!.message, 'Too many objectives: 30 in this cycle, expected at most 5; a team that focuses on everything focuses on nothing');
    assert.equal(d!.range.start.line, lineOf(text, '## O6: Improve things 6'));
    const related = d!.related!;
    assert.equal(related.length, 11);
    assert.deepEqual(related.slice(0, 10).map((r) => r.range.start.line), [7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((n) => lineOf(text, `## O${n}: Improve things ${n}`)));
    assert.ok(related.slice(0, 10).every((r) => r.message === 'Another objective past the limit'));
    // O17 to O30 are not listed one by one: 14 of them, the last one named.
    assert.equal(related[10]!.message, '14 more objectives past the limit, this last one included');
    assert.equal(related[10]!.range.start.line, lineOf(text, '## O30: Improve things 30'));
  });

  it('cycle-too-many-objectives lists every objective past the limit while one more would be all the summary names', () => {
    for (const [n, listed] of [[6, 0], [16, 10], [17, 11]] as const) {
      const text = many(n);
      const [d] = lint(parseOkr(text), text, options).filter((x) => x.ruleId === 'cycle-too-many-objectives');
      assert.equal(d!.related?.length ?? 0, listed, `${n} objectives`);
      assert.ok((d!.related ?? []).every((r) => r.message === 'Another objective past the limit'));
    }
    const text = many(18);
    const [d] = lint(parseOkr(text), text, options).filter((x) => x.ruleId === 'cycle-too-many-objectives');
    assert.equal(d!.related!.length, 11);
    assert.equal(d!.related![10]!.message, '2 more objectives past the limit, this last one included');
  });

  it('cycle-too-many-objectives keeps the locations that did not move, and makes the others anew', () => {
    const cache = new IncrementalDocument();
    const linter = createLinter();
    const run = (text: string) => {
      const got = linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
      assert.deepEqual(got, lint(parseOkr(text), text, options));
      return got.find((x) => x.ruleId === 'cycle-too-many-objectives')!.related!;
    };
    const text = many(30);
    const before = run(text);
    const kept = JSON.stringify(before);
    // A KR typed into O20 (listed neither one by one nor as the last): only the last location moves.
    const edited = text.replace('## O20: Improve things 20\n\n', '## O20: Improve things 20\n\n- KR0: Cut churn from 5% to 3%\n');
    const after = run(edited);
    assert.equal(cache.lastUpdate, 'objective');
    assert.equal(linter.lastFollowedEdit, true);
    assert.equal(JSON.stringify(before), kept, 'what the editor still shows did not move');
    assert.notEqual(after, before);
    for (let k = 0; k < 10; k++) assert.equal(after[k], before[k], `location ${k} reused`);
    assert.notEqual(after[10], before[10]);
    assert.equal(after[10]!.range.start.line, before[10]!.range.start.line + 1);
    // Nothing moved: the same list.
    const again = `${edited}\n`;
    assert.equal(run(again), after);
    // A KR typed into O8 moves the listed ones below it, and the last one.
    const above = again.replace('## O8: Improve things 8\n\n', '## O8: Improve things 8\n\n- KR0: Cut churn from 5% to 3%\n');
    const moved = run(above);
    assert.equal(moved[0], after[0], 'O7 did not move');
    assert.equal(moved[1], after[1], 'O8 did not move (its heading is above the edit)');
    assert.notEqual(moved[2], after[2]);
    // Fewer objectives: the summary goes.
    const fewer = many(12);
    assert.equal(run(fewer).length, 6);
  });

  it('kr-duplicate: a duplicate made, moved and unmade by edits in one objective and a far one, as lint reports it', () => {
    const cache = new IncrementalDocument();
    const linter = createLinter();
    const duplicates = (text: string) => {
      const got = linter.lint(cache.update(text), text, { ...options, lines: cache.lineIndex ?? undefined });
      assert.deepEqual(got, lint(parseOkr(text), text, options));
      return got.filter((d) => d.ruleId === 'kr-duplicate');
    };
    // Every objective's KRs are the same two texts: make them differ first.
    let text = many(40).replace(/## O(\d+): Improve things \d+\n\n- KR1: Write blog posts\n- KR2: Increase signups from 10 to 20\n/g, (_, n: string) => `## O${n}: Improve things ${n}\n\n- KR1: Grow metric ${n} from 1 to 2\n- KR2: Cut cost ${n} from 9 to 3\n`);
    assert.deepEqual(duplicates(text), []);
    // O35 gets O3's first KR: a duplicate across far objectives, found by the edited objective's new key.
    text = text.replace('- KR2: Cut cost 35 from 9 to 3\n', '- KR2: Cut cost 35 from 9 to 3\n- KR3: grow METRIC 3 from 1 to 2 @ana\n');
    let got = duplicates(text);
    assert.equal(linter.lastFollowedEdit, true);
    assert.deepEqual(got.map((d) => [d.range.start.line, d.related![0]!.range.start.line]), [[lineOf(text, '- KR3: grow METRIC 3 from 1 to 2 @ana'), lineOf(text, '- KR1: Grow metric 3 from 1 to 2')]]);
    // An edit in O3 (above both) moves the pair; the duplicate stays.
    text = text.replace('## O3: Improve things 3\n\n', '## O3: Improve things 3\n\nOwner: @bo\n\n');
    got = duplicates(text);
    assert.equal(linter.lastFollowedEdit, true);
    assert.equal(got.length, 1);
    assert.equal(got[0]!.range.start.line, lineOf(text, '- KR3: grow METRIC 3 from 1 to 2 @ana'));
    // O3's KR is edited away: now O35's is the first and only one.
    text = text.replace('- KR1: Grow metric 3 from 1 to 2\n', '- KR1: Grow metric 3 from 1 to 5\n');
    assert.deepEqual(duplicates(text), []);
    // And back: O3's is the first again, O35's the duplicate.
    text = text.replace('- KR1: Grow metric 3 from 1 to 5\n', '- KR1: Grow metric 3 from 1 to 2\n');
    assert.equal(duplicates(text)[0]!.range.start.line, lineOf(text, '- KR3: grow METRIC 3 from 1 to 2 @ana'));
    // A third copy, in O1: it becomes the first occurrence, the two others its duplicates.
    text = text.replace('- KR2: Cut cost 1 from 9 to 3\n', '- KR2: Cut cost 1 from 9 to 3\n- KR3: Grow metric 3 from 1 to 2\n');
    got = duplicates(text);
    assert.deepEqual(got.map((d) => d.related![0]!.range.start.line), [lineOf(text, '- KR3: Grow metric 3 from 1 to 2'), lineOf(text, '- KR3: Grow metric 3 from 1 to 2')]);
    assert.equal(got.length, 2);
    // O35's copy removed: one left.
    text = text.replace('- KR3: grow METRIC 3 from 1 to 2 @ana\n', '');
    assert.equal(duplicates(text).length, 1);
    assert.equal(linter.lastFollowedEdit, true);
  });
});
