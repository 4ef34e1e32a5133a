// Code actions in a real VS Code: each kind applied through `vscode.executeCodeActionProvider` +
// `vscode.workspace.applyEdit`, the resulting text compared byte for byte, and undo restoring it.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { ruleById } from '../../../src/core/lint/index';
import { codeOf, okrDiagnostics, openFixture, sleep, waitForDiagnostics, workspaceRoot } from '../helpers';
import { openScratch, openWithText, revert, waitForNoRules, waitForRules, withoutAutoSave } from './editing-helpers';

const TEXT = `---
team: Editing
cycle: 2026-Q4
---

# Editing fixture

## O1: Ship a calmer release train

- KR1: Increase releases per week from 2 to 5 by 2026-12-15
- KR2: Release the new deploy dashboard
- KR3: Reduce rollback rate from 8% to 2% by 2026-12-15
- KR4: Reduce rollback rate from 8% to 2% by 2026-12-15
`;

async function actionsFor(document: vscode.TextDocument, ruleId: string): Promise<{ diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const diagnostics = await waitForRules(document.uri, [ruleId]);
  const diagnostic = diagnostics.find((d) => codeOf(d) === ruleId)!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  return { diagnostic, actions };
}

function titled(actions: vscode.CodeAction[], title: string | RegExp): vscode.CodeAction {
  const found = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  if (!found) assert.fail(`no action ${String(title)} among ${JSON.stringify(actions.map((a) => a.title))}`);
  return found;
}

async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit!), `${action.title} applied`);
}

describe('code actions', () => {
  let scratch: vscode.TextDocument | undefined;
  withoutAutoSave();

  afterEach(async () => {
    if (scratch) await revert(scratch);
    scratch = undefined;
  });

  it('offers a diagnostic\'s fixes with the preferred one marked; applying it is minimal and undo restores the text', async () => {
    scratch = await openScratch(TEXT);
    const { actions } = await actionsFor(scratch, 'kr-task-like');
    const milestone = titled(actions, /milestone/);
    assert.equal(milestone.isPreferred, true);
    assert.ok(!titled(actions, /Initiatives/).isPreferred, 'only one preferred fix');
    await apply(milestone);
    assert.equal(scratch.getText(), TEXT.replace('- KR2: Release', '- [ ] KR2: Release'));
    await vscode.window.showTextDocument(scratch);
    await vscode.commands.executeCommand('undo');
    assert.equal(scratch.getText(), TEXT);
  });

  it('applies a template fix as a snippet so the cursor lands on the placeholder', async () => {
    scratch = await openScratch(TEXT);
    const editor = await vscode.window.showTextDocument(scratch);
    const { actions } = await actionsFor(scratch, 'objective-missing-owner');
    await apply(titled(actions, 'Add an owner'));
    assert.equal(scratch.getText(), TEXT.replace('release train\n', 'release train\n\nOwner: @‹name›\n'));
    assert.equal(scratch.getText(editor.selection), '‹name›', 'the placeholder is selected');
  });

  it('leaves a template\'s placeholders marked, so a KR left as `from ‹baseline› to ‹target›` is still flagged', async () => {
    const text = TEXT.replace('- KR2: Release the new deploy dashboard', '- KR2: Improve onboarding experience');
    scratch = await openScratch(text);
    const editor = await vscode.window.showTextDocument(scratch);
    const { actions } = await actionsFor(scratch, 'kr-not-measurable');
    await apply(titled(actions, "Add 'from ‹baseline› to ‹target›'"));
    assert.equal(scratch.getText(), text.replace('onboarding experience\n', 'onboarding experience from ‹baseline› to ‹target›\n'));
    assert.equal(scratch.getText(editor.selection), '‹baseline›', 'the placeholder is selected');
    await vscode.commands.executeCommand('leaveSnippet');
    // Plain words (`from baseline to target`) read as a measurable KR and the warning went away.
    const line = scratch.positionAt(scratch.getText().indexOf('‹target›')).line;
    await waitForDiagnostics(scratch.uri, (ds) => ds.some((d) => codeOf(d) === 'kr-not-measurable' && d.range.start.line === line && d.range.end.character > scratch!.lineAt(line).text.indexOf('‹target›')));
  });

  it('fixes all problems of one rule in the file', async () => {
    const two = TEXT.replace('- KR4: Reduce rollback rate from 8% to 2% by 2026-12-15', '- KR4: Launch the on-call handbook');
    scratch = await openScratch(two);
    const { actions } = await actionsFor(scratch, 'kr-task-like');
    await apply(titled(actions, 'Fix all kr-task-like problems in this file'));
    assert.equal(scratch.getText(), two.replace('- KR2:', '- [ ] KR2:').replace('- KR4:', '- [ ] KR4:'));
  });

  it('provides source.fixAll.okr with every preferred fix (what editor.codeActionsOnSave runs)', async () => {
    scratch = await openScratch(TEXT);
    await waitForRules(scratch.uri, ['kr-task-like', 'kr-duplicate']);
    const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', scratch.uri, new vscode.Range(0, 0, scratch.lineCount, 0), 'source.fixAll.okr');
    const ours = all.filter((a) => a.kind?.value === 'source.fixAll.okr');
    assert.equal(ours.length, 1);
    await apply(ours[0]!);
    // Only unattended fixes: the milestone checkbox; removing a duplicate is left to a person.
    assert.equal(scratch.getText(), TEXT.replace('- KR2:', '- [ ] KR2:'));
  });

  it('runs source.fixAll.okr on save with editor.codeActionsOnSave', async () => {
    const editorSettings = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    scratch = await openScratch(TEXT);
    await waitForRules(scratch.uri, ['kr-task-like']);
    await editorSettings.update('codeActionsOnSave', { 'source.fixAll.okr': 'explicit' }, vscode.ConfigurationTarget.Global, true);
    try {
      await vscode.window.showTextDocument(scratch);
      await vscode.commands.executeCommand('workbench.action.files.save');
      const deadline = Date.now() + 5000;
      while (scratch.getText() === TEXT && Date.now() < deadline) await sleep(50);
      assert.equal(scratch.getText(), TEXT.replace('- KR2:', '- [ ] KR2:'));
    } finally {
      await editorSettings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global, true);
    }
  });

  it('disables a rule for one line with an inline comment that keeps the list together', async () => {
    scratch = await openScratch(TEXT);
    const { actions } = await actionsFor(scratch, 'kr-duplicate');
    await apply(titled(actions, 'Disable kr-duplicate for this line'));
    const expected = TEXT.replace('- KR4:', '  <!-- okr-lint-disable-next-line kr-duplicate -->\n- KR4:');
    assert.equal(scratch.getText(), expected);
    await waitForRules(scratch.uri, ['kr-task-like']); // still an OKR file with its KRs
    await waitForNoRules(scratch.uri, ['kr-duplicate']); // and the rule is quiet on that line
  });

  it('links to the rule documentation', async () => {
    scratch = await openScratch(TEXT);
    const { actions } = await actionsFor(scratch, 'kr-duplicate');
    const learn = titled(actions, 'Learn more about kr-duplicate');
    // `vscode.open` reaches the caller as its internal id.
    assert.ok(['vscode.open', '_workbench.open'].includes(learn.command?.command ?? ''), learn.command?.command);
    assert.equal(String((learn.command?.arguments?.[0] as vscode.Uri).toString(true)), ruleById('kr-duplicate')!.meta.docsUrl);
  });

  it('ignores a phrase by adding it to the allow list of the .okrlintrc.json in effect', async () => {
    const document = await openFixture('editing/configured/okr.md');
    const configUri = vscode.Uri.joinPath(document.uri, '..', '.okrlintrc.json');
    const original = await vscode.workspace.fs.readFile(configUri);
    try {
      const { actions } = await actionsFor(document, 'objective-too-long');
      const ignore = titled(actions, /^Ignore "A title that is longer than twenty characters"/);
      assert.equal(ignore.command?.command, 'okr.ignorePhrase');
      await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
      const config = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
      assert.equal(config, new TextDecoder().decode(original).replace('"allow": []', '"allow": ["A title that is longer than twenty characters"]'));
      await waitForNoRules(document.uri, ['objective-too-long']);
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
      const configDoc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === configUri.toString());
      if (configDoc?.isDirty) await revert(configDoc);
    }
    await waitForRules(document.uri, ['objective-too-long']);
  });

  it('ignores a phrase in the workspace setting okr.lint.allow when no config file applies', async () => {
    scratch = await openScratch(TEXT);
    const settingsFile = vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json');
    const hadSettingsFile = await vscode.workspace.fs.stat(settingsFile).then(() => true, () => false);
    const { actions } = await actionsFor(scratch, 'kr-task-like');
    const ignore = titled(actions, /^Ignore "Release the new deploy dashboard"/);
    try {
      await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
      const allow = vscode.workspace.getConfiguration('okr.lint', scratch.uri).inspect<string[]>('allow');
      assert.deepEqual(allow?.workspaceValue, ['Release the new deploy dashboard']);
      await waitForNoRules(scratch.uri, ['kr-task-like']);
      assert.ok(okrDiagnostics(scratch.uri).some((d) => codeOf(d) === 'kr-duplicate'), 'other KRs are still linted');
    } finally {
      await vscode.workspace.getConfiguration('okr.lint').update('allow', undefined, vscode.ConfigurationTarget.Workspace);
      if (!hadSettingsFile) await vscode.workspace.fs.delete(settingsFile).then(undefined, () => undefined);
    }
    await waitForRules(scratch.uri, ['kr-task-like']);
  });

  it('offers nothing in a plain README.md', async () => {
    const plain = await openFixture('README.md');
    const readme = await openWithText('README.md', `${plain.getText()}- KR2: Launch the portal\n`);
    try {
      await sleep(800);
      assert.equal(okrDiagnostics(readme.uri).length, 0);
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider', readme.uri, new vscode.Range(0, 0, readme.lineCount, 0), 'source.fixAll.okr');
      assert.equal(all.filter((a) => a.kind?.value === 'source.fixAll.okr').length, 0);
    } finally {
      await revert(readme);
    }
  });
});
