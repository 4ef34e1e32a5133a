// Localisation in a real VS Code: the manifest's `%key%` placeholders come out as package.nls.json's
// English, and the diagnostics' messages, related messages and code action titles that went through
// `vscode.l10n.t` are exactly what the core's English templates give (the editor runs in English;
// the unit test test/unit/l10n.test.ts shows, with a pseudo-locale, that none is built outside the
// translator).
import * as assert from '../assert';
import * as vscode from 'vscode';
import { defaultConfig, lint, type LintDiagnostic } from '../../../src/core/lint/index';
import { parseOkr } from '../../../src/core/parse';
import { english } from '../../../src/core/translate';
import { codeOf, getExtension } from '../helpers';
import { openScratch, revert, waitForRules, withoutAutoSave } from './editing-helpers';

const TEXT = `---
team: Localisation
cycle: 2026-Q4
---

# Localisation fixture

## O1: Ship a calmer release train

- KR1: Improve onboarding
- KR2: Launch the new deploy dashboard
- KR3: Reduce rollback rate from 8% to 2% by 2027-02-15
- KR4: Reduce rollback rate from 8% to 2% by 2027-02-15
`;

const RULES = ['kr-not-measurable', 'kr-task-like', 'kr-deadline-outside-cycle', 'kr-duplicate'];

function key(range: { start: { line: number; character: number }; end: { line: number; character: number } }, ruleId: string): string {
  return `${ruleId}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

describe('localisation', () => {
  let scratch: vscode.TextDocument | undefined;
  withoutAutoSave();

  afterEach(async () => {
    if (scratch) await revert(scratch);
    scratch = undefined;
  });

  it('runs in English here, and the manifest placeholders resolve to package.nls.json', () => {
    assert.equal(vscode.env.language, 'en');
    const manifest = getExtension().packageJSON as {
      displayName: string;
      contributes: { commands: { command: string; title: string; category: string }[]; configuration: { properties: Record<string, { properties?: Record<string, { markdownDescription?: string }>; additionalProperties?: boolean }> } };
    };
    const checkIn = manifest.contributes.commands.find((c) => c.command === 'okr.checkIn')!;
    assert.equal(`${checkIn.category}: ${checkIn.title}`, 'OKR: Check In');
    assert.equal(manifest.displayName, 'OKR Markdown');
    const rulesSetting = manifest.contributes.configuration.properties['okr.lint.rules']!;
    assert.equal(rulesSetting.additionalProperties, false);
    assert.match(rulesSetting.properties!['kr-task-like']!.markdownDescription ?? '', /^Key results should measure an outcome/);
  });

  it('shows the English templates’ messages and related messages, as the core lints the same text', async () => {
    scratch = await openScratch(TEXT);
    const shown = await waitForRules(scratch.uri, RULES);
    const expected = new Map<string, LintDiagnostic>();
    for (const d of lint(parseOkr(TEXT), TEXT, { config: defaultConfig(), fileName: 'editing/lint.okr.md', translate: english })) expected.set(key(d.range, d.ruleId), d);
    let compared = 0;
    for (const d of shown) {
      const core = expected.get(key(d.range, String(codeOf(d))));
      if (!core) continue;
      assert.equal(d.message, core.message, `message of ${String(codeOf(d))}`);
      assert.deepEqual((d.relatedInformation ?? []).map((r) => r.message), (core.related ?? []).map((r) => r.message), `related messages of ${String(codeOf(d))}`);
      compared++;
    }
    assert.ok(compared >= RULES.length, `compared ${compared} diagnostics`);
    const task = shown.find((d) => codeOf(d) === 'kr-task-like')!;
    assert.equal(
      task.message,
      english('KR is a milestone: {0} is checkable but describes an output ({1}), not the outcome it should cause', "'Launch the new deploy dashboard'", 'launch'),
    );
    const deadline = shown.find((d) => codeOf(d) === 'kr-deadline-outside-cycle')!;
    assert.equal(deadline.message, english('Deadline outside the cycle: {0} ({1}) is after {2} ({3} to {4})', 'by 2027-02-15', '2027-02-15', '2026-Q4', '2026-10-01', '2026-12-31'));
  });

  it('titles the quick fixes with the English templates, the core’s and the editor layer’s', async () => {
    scratch = await openScratch(TEXT);
    const shown = await waitForRules(scratch.uri, RULES);
    const task = shown.find((d) => codeOf(d) === 'kr-task-like')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', scratch.uri, task.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    for (const title of [english('Move to Initiatives'), english('Mark as a milestone (- [ ])'), english('Disable {0} for this line', 'kr-task-like'), english('Ignore "{0}" in lint results (allow list)', 'Launch the new deploy dashboard'), english('Learn more about {0}', 'kr-task-like')]) {
      assert.ok(titles.includes(title), `"${title}" among ${JSON.stringify(titles)}`);
    }
    const duplicate = shown.find((d) => codeOf(d) === 'kr-duplicate')!;
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', scratch.uri, duplicate.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(fixes.some((a) => a.title === english('Remove the duplicate')), JSON.stringify(fixes.map((a) => a.title)));
  });
});
