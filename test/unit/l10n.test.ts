// Localisation: every template the code passes to a translator is in l10n/bundle.l10n.json (and
// nothing else is), and no lint message, related message or fix title is built outside the
// translator (a pseudo-locale wraps every translated string; anything unwrapped was concatenated
// in English).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUNDLE, bundleText, collectTemplates } from '../../scripts/l10n';
import { parseOkr } from '../../src/core/parse';
import { configFromObject, lint, parseConfig, preset, rules, type LintDiagnostic, type ResolvedConfig } from '../../src/core/lint/index';
import { english, type Translate } from '../../src/core/translate';
import { progressReasonText } from '../../src/core/progress';
import { buildTree, type TreeNode } from '../../src/core/tree';

const ROOT = path.resolve(__dirname, '../..');

/** A pseudo-locale: `⟦…⟧` around every translated string, arguments substituted as given. */
const pseudo: Translate = (message, ...args) => `⟦${english(message, ...args)}⟧`;

/** Every rule on, at its strictest, with options that make the count rules fire on small files. */
function everything(): ResolvedConfig {
  const rulesOn = preset('strict');
  for (const id of Object.keys(rulesOn)) rulesOn[id] = { ...rulesOn[id]!, severity: 'warning' };
  rulesOn['cycle-too-many-objectives']!.options = { max: 1 };
  rulesOn['objective-too-many-key-results']!.options = { max: 1 };
  rulesOn['objective-too-few-key-results']!.options = { min: 3 };
  rulesOn['objective-too-long']!.options = { max: 20 };
  rulesOn['kr-missing-baseline']!.options = { increases: true };
  return { rules: rulesOn, ignores: [], allow: [] };
}

const SAMPLES = [
  `---
cycle: 2026-Q4
owner: nobody: here
---

# Growth

## O1: Grow revenue to $2M while we maintain quality and more words

Aligns: company#nowhere

- Improve onboarding
- Launch the new pricing page (Q4)
- Increase weekly active teams from 120 to 200 by 2027-03-01
- Increase weekly active teams from 120 to 200 by 2027-03-01
- Reduce p95 latency to 300 ms
- Improve NPS from 30 to 45
- Reach 5000 users
- Revenue from $1M
- Increase signups from 100 to 200
  - 2026-10-05: 150
  - 2026-09-01: 120
  - 2026-13-45: 130
  - 2026-10-05: 160

## O1: Maintain the platform

- Support the sales team

## O3: Keep the lights on

Aligns: grow

## O4: Another objective

- Increase activation from 20% to 40%
  - 2026-10-01: 50%
`,
  `---
cycle: nonsense
---

# OKRs

## Objective 1: Delight customers

- [ ] Hire a VP Sales
- Write the docs
- Double activation
- Grow something?
`,
  `---
: [broken
---

## O1: Do things

- Increase conversion from 2% to 3%
`,
  `# Plan

## O1: Be better

- Increase revenue from 1 to 2 by 2026-12-31
`,
  `---
cycle: 2026-10-01..2026-12-31
---

## O1: Grow

Aligns: 

<!-- okr-lint-disable-next-line kr-not-measureable -->
- Increase revenue from 1 to 2 by 2027-02-01
- Lower churn from 5% to 3%
  - 2026-11-01: 6%
`,
];

function lintAll(t: Translate | undefined): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  for (const [i, text] of SAMPLES.entries()) {
    const doc = parseOkr(text);
    out.push(
      ...lint(doc, text, {
        config: everything(),
        fileName: `team${i}.okr.md`,
        workspace: { files: [{ fileName: 'company.okr.md', objectives: [{ id: 'o1', slug: 'grow' }] }, { fileName: 'other.okr.md', objectives: [{ id: 'o1', slug: 'grow' }] }] },
        translate: t,
      }),
    );
  }
  return out;
}

describe('l10n: the bundle', () => {
  it('l10n/bundle.l10n.json lists exactly the templates the sources use (regenerate: npm run l10n)', () => {
    const { templates } = collectTemplates();
    const onDisk = JSON.parse(readFileSync(BUNDLE, 'utf8')) as Record<string, string>;
    const used = new Set(templates.map((t) => t.template));
    const missing = [...used].filter((t) => !(t in onDisk));
    const stale = Object.keys(onDisk).filter((k) => !used.has(k));
    assert.deepEqual(missing, [], 'templates used in the code but missing from the bundle');
    assert.deepEqual(stale, [], 'bundle entries no code uses');
    assert.equal(readFileSync(BUNDLE, 'utf8'), bundleText(templates), 'the bundle is in the generated form');
  });

  it('finds the lint templates, the editor layer’s l10n.t calls and the parser’s translatable() ones', () => {
    const { templates } = collectTemplates();
    const at = (template: string): string | undefined => templates.find((t) => t.template === template)?.at;
    assert.match(at('KR has no target: {0} starts from {1} but does not say where to go') ?? '', /^src\/core\/lint\/rules\/kr-missing-target\.ts:\d+$/);
    assert.match(at('Fix all {0} problems in this file') ?? '', /^src\/vscode\/codeActions\.ts:\d+$/);
    assert.match(at('Check-in date "{0}" is not a valid date (expected YYYY-MM-DD).') ?? '', /^src\/core\/parse\.ts:\d+$/);
  });

  it('every translate call has a literal template (a computed one cannot be translated)', () => {
    assert.deepEqual(collectTemplates().dynamic, []);
  });

  it('templates use only {n} placeholders that vscode.l10n.t fills', () => {
    for (const { template, at } of collectTemplates().templates) {
      for (const m of template.matchAll(/\{([^}]*)\}/g)) {
        // `{start: 2026-10-01, end: …}` is literal text in one message; a placeholder is `{digits}`.
        if (/^\d+$/.test(m[1]!) || /[:,]/.test(m[1]!)) continue;
        assert.fail(`${at}: '${m[0]}' in "${template}" is not a positional placeholder`);
      }
    }
  });

  it('the editor layer shows no literal text in messages, pickers, input boxes or status items', () => {
    // A string literal where VS Code shows text to a person (format names like 'Markdown' excepted).
    const SHOWN = /show(?:Information|Warning|Error)Message\(\s*['`"]|\b(?:title|placeHolder|prompt|saveLabel|tooltip|name|label)\s*[:=]\s*['`"](?!Markdown'|JSON'|CSV')[A-Za-z]/;
    const dir = path.join(ROOT, 'src/vscode');
    const offenders: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      readFileSync(path.join(dir, file), 'utf8').split('\n').forEach((line, i) => {
        if (SHOWN.test(line) && !line.includes('<meta ')) offenders.push(`src/vscode/${file}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
    assert.ok(SHOWN.test("void vscode.window.showWarningMessage(`Could not run ${x}.`);") && SHOWN.test("{ title: 'Pick one' }"), 'the check can fail');
  });

  it('kr-not-measurable has a whole-sentence template for every reason wording.ts gives a number', () => {
    const wording = readFileSync(path.join(ROOT, 'src/core/lint/wording.ts'), 'utf8');
    const reasons = new Set([...wording.matchAll(/claim\([\s\S]*?,\s*'([^']+)'\);/g), ...wording.matchAll(/reason = '([^']+)'/g)].map((m) => m[1]!));
    assert.ok(reasons.has('a date') && reasons.has('part of a name'), `found the reasons: ${[...reasons].join(', ')}`);
    const rule = readFileSync(path.join(ROOT, 'src/core/lint/rules/kr-not-measurable.ts'), 'utf8');
    for (const reason of reasons) assert.ok(rule.includes(`case '${reason}': return t("'{0}' is ${reason}"`), `no template for "${reason}"`);
  });
});

describe('l10n: reasons kept as English data in the model', () => {
  it('progressReasonText has a template for every reason keyResultProgress gives', () => {
    const progress = readFileSync(path.join(ROOT, 'src/core/progress.ts'), 'utf8');
    const reasons = new Set([...progress.matchAll(/reason: '([^']+)'/g)].map((m) => m[1]!));
    assert.ok(reasons.has('no target') && reasons.size >= 4, [...reasons].join(', '));
    for (const reason of reasons) assert.equal(progressReasonText(reason, pseudo), `⟦${reason}⟧`, reason);
  });
});

describe('l10n: the quarter tree through the translator', () => {
  it('wraps every status label, screen-reader label, detail, progress reason and parse problem whole', () => {
    const sources = SAMPLES.map((text, i) => ({ uri: `file:///w/team${i}.okr.md`, fileName: `team${i}.okr.md`, doc: parseOkr(text) }));
    const plain = buildTree(sources, { today: '2026-11-21', scope: 'workspace' });
    const wrapped = buildTree(sources, { today: '2026-11-21', scope: 'workspace', t: pseudo });
    const all = (nodes: readonly TreeNode[]): TreeNode[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
    const [a, b] = [all(plain.roots), all(wrapped.roots)];
    assert.equal(b.length, a.length);
    const isWrapped = (s: string): boolean => /^⟦[\s\S]*⟧$/.test(s);
    let statuses = 0;
    let details = 0;
    for (const [i, n] of b.entries()) {
      assert.ok(isWrapped(n.ariaLabel), n.ariaLabel);
      if (n.status) {
        statuses++;
        assert.ok(isWrapped(n.status.label), n.status.label);
        assert.equal(n.status.key, a[i]!.status!.key, 'the filter key stays English');
      }
      if (n.progressReason) assert.ok(isWrapped(n.progressReason), n.progressReason);
      if (n.krKind === 'milestone' && n.detail) {
        details++;
        assert.ok(isWrapped(n.detail), n.detail);
      }
    }
    assert.ok(statuses > 3 && details > 0, `statuses ${statuses}, milestone details ${details}`);
    const problems = wrapped.files.flatMap((f) => f.parseProblems);
    assert.ok(problems.length > 0 && problems.every((p) => /^⟦⟦[\s\S]*⟧ \(line \d+\)⟧$/.test(p)), JSON.stringify(problems));
    assert.ok(wrapped.status === null || isWrapped(wrapped.status.label));
  });
});

describe('l10n: lint through the translator', () => {
  it('the samples exercise every rule (so the pseudo-locale test below covers them all)', () => {
    const fired = new Set(lintAll(undefined).map((d) => d.ruleId));
    assert.deepEqual(rules.map((r) => r.meta.id).filter((id) => !fired.has(id)), []);
  });

  it('English by default: the same messages and titles as translate: english', () => {
    assert.deepEqual(lintAll(undefined), lintAll(english));
  });

  it('a pseudo-locale wraps every message, related message and fix title whole', () => {
    const plain = lintAll(undefined);
    const wrapped = lintAll(pseudo);
    assert.equal(wrapped.length, plain.length);
    const unwrap = (s: string): string => s.replace(/⟦|⟧/g, '');
    let titles = 0;
    for (const [i, d] of wrapped.entries()) {
      const label = `${d.ruleId}: ${d.message}`;
      assert.match(d.message, /^⟦[\s\S]*⟧$/, label);
      assert.equal(unwrap(d.message), plain[i]!.message, 'the same English inside');
      for (const r of d.related ?? []) assert.match(r.message, /^⟦[\s\S]*⟧$/, `${label} related: ${r.message}`);
      for (const [j, f] of (d.fixes ?? []).entries()) {
        titles++;
        assert.match(f.title, /^⟦[\s\S]*⟧$/, `${label} fix: ${f.title}`);
        assert.equal(unwrap(f.title), plain[i]!.fixes![j]!.title);
      }
    }
    assert.ok(titles > 10, `fix titles checked: ${titles}`);
  });

  it('the incremental linter does not reuse messages written in another language', async () => {
    const { createLinter } = await import('../../src/core/lint/index');
    const text = SAMPLES[0]!;
    const doc = parseOkr(text);
    const linter = createLinter();
    const options = { config: everything(), fileName: 'team.okr.md' };
    const first = linter.lint(doc, text, { ...options, translate: pseudo });
    assert.ok(first.every((d) => d.message.startsWith('⟦')));
    const second = linter.lint(doc, text, options);
    assert.deepEqual(second, lint(doc, text, options));
    assert.ok(second.every((d) => !d.message.startsWith('⟦')));
  });

  it('config problems (.okrlintrc.json, settings) come out translated whole too', () => {
    const text = `{
  "extends": ["nope", 3],
  "rules": {
    "kr-task-lik": "warning",
    "kr-task-like": "loud",
    "objective-too-long": ["warning", { "max": 2, "nope": 1 }, 3],
    "objective-too-many-key-results": { "max": "four" },
    "cycle-missing": [],
    "kr-missing-baseline": ["info", 3],
    "kr-duplicate": { "x": 1 }
  },
  "ignores": "x",
  "allow": [1],
  "other": true
}`;
    const plain = parseConfig(text, '/r/.okrlintrc.json').problems;
    const wrapped = parseConfig(text, '/r/.okrlintrc.json', pseudo).problems;
    assert.ok(plain.length >= 10, `problems: ${plain.length}`);
    assert.equal(wrapped.length, plain.length);
    for (const [i, p] of wrapped.entries()) {
      assert.match(p.message, /^⟦[\s\S]*⟧$/, p.message);
      assert.equal(p.message.replace(/⟦|⟧/g, ''), plain[i]!.message);
    }
    assert.match(parseConfig('{ nope', '/r/.okrlintrc.json', pseudo).problems[0]!.message, /^⟦Invalid JSON in \.okrlintrc\.json/);
    assert.match(configFromObject({ rules: 3 }, null, pseudo).problems[0]!.message, /^⟦Expected "rules" to be an object of rule ids, found ⟦a number⟧⟧$/);
  });
});
