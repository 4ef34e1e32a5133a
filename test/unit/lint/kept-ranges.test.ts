// A diagnostic outlives the model it was made from: the editor keeps the last result until the next
// lint, and the incremental cache moves the model's positions in place on the next edit
// (src/core/shift.ts; docs/performance.md). So no diagnostic may hold one of the model's own range
// objects, in `range`, `related` or a fix's edits: it would move with the next edit. For every rule, on the
// not-ok examples of its doc page: lint, keep the diagnostics, edit above them, and check that what
// was kept still says what it said.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { IncrementalDocument } from '../../../src/core/incremental';
import { parseOkr } from '../../../src/core/parse';
import { createLinter, emptyLayer, lint, resolveConfig, rules, type LintDiagnostic } from '../../../src/core/lint/index';

const DIR = 'docs/rules';

function notOkExamples(markdown: string): string[] {
  return [...markdown.matchAll(/^```markdown not-ok\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

/** Every position a diagnostic holds, as plain data. */
function positions(diagnostics: readonly LintDiagnostic[]): string {
  return JSON.stringify(diagnostics.map((d) => [d.ruleId, d.range, (d.related ?? []).map((r) => r.range), (d.fixes ?? []).map((f) => f.edits.map((e) => e.range))]));
}

// The cache moves what follows an edited objective (an edit in the preamble re-parses it all), so
// the examples get an objective of their own in front, and the edit goes into it.
const EXTRA = '## O0: An objective in front\n\nOwner: @someone\n\n- KR1: Grow weekly users from 10 to 20\n\n';

/** The example with the extra objective before its first objective heading; null without one. */
function withExtra(text: string): string | null {
  const heading = /^#{2,6} /m.exec(text);
  if (!heading) return null;
  return `${text.slice(0, heading.index)}${EXTRA}${text.slice(heading.index)}`;
}

/** A note line typed into the extra objective. */
function editAbove(text: string): string {
  return text.replace('## O0: An objective in front\n', '## O0: An objective in front\n\nA note typed in.\n');
}

describe('kept diagnostics do not move with the model', () => {
  /** Rules whose examples went through the cache's in-place move (an `objective` update). */
  const moved = new Set<string>();

  for (const page of readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    const id = page.replace(/\.md$/, '');
    notOkExamples(readFileSync(`${DIR}/${page}`, 'utf8')).forEach((example, i) => {
      const text = withExtra(example);
      if (text === null) return;
      for (const twice of [false, true]) {
        it(`${id}, not-ok example ${i + 1}${twice ? ', linted twice (reports reused)' : ''}`, () => {
          const layer = emptyLayer();
          layer.rules[id] = { severity: 'warning', options: {} };
          const config = resolveConfig([layer]);
          const options = { config, fileName: 'okr.md', workspace: { files: [] } };
          const cache = new IncrementalDocument();
          // The editor's way: one linter per document over the cache's models.
          const linter = createLinter();
          let kept = linter.lint(cache.update(text), text, options);
          // A second run of a text with the same objectives reuses their reports and the merges' memos.
          const base = twice ? `${text}\n` : text;
          if (twice) kept = linter.lint(cache.update(base), base, options);
          const before = positions(kept);
          const next = editAbove(base);
          const after = linter.lint(cache.update(next), next, options);
          if (cache.lastUpdate === 'objective') moved.add(id);
          assert.equal(positions(kept), before, 'the kept diagnostics moved');
          assert.ok(kept.some((d) => d.ruleId === id), `the example produces ${id}`);
          // And the new run is right for the new text.
          assert.equal(positions(after), positions(lint(parseOkr(next), next, options)));
        });
      }
    });
  }

  it('cycle-missing on a title below an objective does not move when that objective is edited', () => {
    const text = 'Intro.\n\n## O1: Grow usage\n\n- KR1: Grow weekly users from 10 to 20\n\n# Company OKRs\n\n## O2: Cut costs\n\n- KR1: Cut cloud spend from 100 to 80\n';
    const next = text.replace('from 10 to 20', 'from 10 to 20\n  - 2026-11-01: 12');
    const options = { config: resolveConfig([emptyLayer()]), fileName: 'okr.md', workspace: { files: [] } };
    const cache = new IncrementalDocument();
    const linter = createLinter();
    const kept = linter.lint(cache.update(text), text, options).filter((d) => d.ruleId === 'cycle-missing');
    assert.equal(kept.length, 1);
    const before = JSON.stringify(kept[0]!.range);
    assert.equal(kept[0]!.range.start.line, 6, 'reported on the title');
    const after = linter.lint(cache.update(next), next, options).filter((d) => d.ruleId === 'cycle-missing');
    assert.equal(cache.lastUpdate, 'objective', 'the edit moved the title in place');
    assert.equal(JSON.stringify(kept[0]!.range), before, 'the kept diagnostic moved');
    assert.equal(after[0]!.range.start.line, 7);
  });

  it('cycle-too-many-objectives reuses its list of copies while the titles stay put, and makes a new one when they move', () => {
    const objective = (n: number) => `## O${n}: Improve things ${n}\n\n- KR1: Increase signups from ${n} to ${n + 10}\n\n`;
    const text = [1, 2, 3, 4].map(objective).join('');
    const layer = emptyLayer();
    layer.rules['cycle-too-many-objectives'] = { severity: 'warning', options: { max: 1 } };
    const options = { config: resolveConfig([layer]), fileName: 'okr.md', workspace: { files: [] } };
    const cache = new IncrementalDocument();
    const linter = createLinter();
    const find = (ds: LintDiagnostic[]) => ds.find((d) => d.ruleId === 'cycle-too-many-objectives')!;
    const first = find(linter.lint(cache.update(text), text, options));
    const doc = cache.update(`${text}\n`);
    const again = find(linter.lint(doc, `${text}\n`, options));
    assert.equal(again.related, first.related, 'the same list while nothing moved');
    assert.equal(again.related!.length, 2);
    for (const [k, r] of again.related!.entries()) {
      assert.notEqual(r.range, doc.objectives[2 + k]!.titleRange, 'a copy, not the model range');
      assert.deepEqual(r.range, doc.objectives[2 + k]!.titleRange);
    }
    assert.notEqual(again.range, doc.objectives[1]!.titleRange);
    const before = JSON.stringify(again);
    const next = `${text}\n`.replace('- KR1: Increase signups from 2 to 12\n', '- KR1: Increase signups from 2 to 12\n- KR2: Cut churn from 5% to 3%\n');
    const moved = find(linter.lint(cache.update(next), next, options));
    assert.equal(cache.lastUpdate, 'objective');
    assert.equal(JSON.stringify(again), before, 'the kept diagnostic did not move');
    assert.notEqual(moved.related, again.related);
    assert.deepEqual(moved.related!.map((r) => r.range.start.line), [next.split('\n').indexOf('## O3: Improve things 3'), next.split('\n').indexOf('## O4: Improve things 4')]);
  });

  it('covers every rule', () => {
    assert.deepEqual(
      rules.map((r) => r.meta.id).filter((ruleId) => !moved.has(ruleId)),
      [],
    );
  });
});
