// Bulk fixes against a configuration with an ignore pattern the linter refuses (an extglob): the
// pattern is left out, which widens what is linted, so OKR: Fix All and source.fixAll.okr (also
// what editor.codeActionsOnSave runs) leave the file as it is and say why, pointing at the config
// file or the setting, as `okr lint --fix` refuses to fix anything then. Once the pattern is
// corrected, they fix again. The file is still linted, and a quick fix picked by hand still applies.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { codeOf, getExtension, okrDiagnostics, sleep, workspaceRoot, until } from '../helpers';
import { waitForRules, withoutAutoSave } from './editing-helpers';

const TEXT = '---\nquarter: 2026-Q4\n---\n# Team\n\n## O1: Ship calmer releases\n\nOwner: @ana\n\n- KR1: Grow weekly deploys from 3 to 9\n- KR2: Release the new deploy dashboard\n';
const FIXED = TEXT.replace('- KR2:', '- [ ] KR2:');


const write = (uri: vscode.Uri, text: string): Thenable<void> => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

async function fixAllActions(uri: vscode.Uri): Promise<vscode.CodeAction[]> {
  const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 20, 0), 'source.fixAll.okr');
  return (all ?? []).filter((a) => a.kind?.value === 'source.fixAll.okr');
}

/** The files the refusal warning was shown for (the extension API). */
function warnings(): readonly string[] {
  const list = (getExtension().exports as { fixAllWarnings?: readonly string[] } | undefined)?.fixAllWarnings;
  assert.ok(Array.isArray(list), 'the extension API lists the fix-all refusals shown');
  return list;
}

async function closeWithoutSaving(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('bulk fixes with an ignore pattern the linter cannot use', () => {
  withoutAutoSave();
  let dir: vscode.Uri | undefined;

  afterEach(async () => {
    if (dir) await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
    dir = undefined;
  });

  it('in .okrlintrc.json: Fix All and source.fixAll.okr leave the file alone until the pattern is corrected; a quick fix still applies', async () => {
    dir = vscode.Uri.joinPath(workspaceRoot(), `refused-ignore-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(dir);
    const config = vscode.Uri.joinPath(dir, '.okrlintrc.json');
    await write(config, '{\n  "ignores": ["@(drafts|old)/**"]\n}\n');
    const uri = vscode.Uri.joinPath(dir, 'team.okr.md');
    await write(uri, TEXT);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    try {
      await until(() => okrDiagnostics(config), (ds) => ds.length === 1, 'the config problem');
      await waitForRules(uri, ['kr-task-like']); // still linted
      assert.equal(await vscode.commands.executeCommand<number>('okr.fixAll', { uri: uri.toString() }), 0);
      assert.equal(await vscode.commands.executeCommand<number>('okr.fixAll'), 0, 'the active editor too');
      assert.deepEqual(await fixAllActions(uri), [], 'no source.fixAll.okr action');
      await sleep(200);
      assert.equal(document.getText(), TEXT);

      // A quick fix picked by hand is not a bulk fix: it is offered as before.
      const diagnostic = okrDiagnostics(uri).find((d) => codeOf(d) === 'kr-task-like')!;
      const quick = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      assert.ok(quick.some((a) => a.isPreferred && a.edit), 'the preferred quick fix is offered');

      // Corrected: bulk fixes run again.
      await write(config, '{\n  "ignores": ["drafts/**", "old/**"]\n}\n');
      await until(() => okrDiagnostics(config), (ds) => ds.length === 0, 'the config problem gone');
      const actions = await until(() => fixAllActions(uri), (xs) => xs.length === 1, 'source.fixAll.okr offered again');
      assert.ok(actions[0]!.edit);
      assert.equal(await vscode.commands.executeCommand<number>('okr.fixAll', { uri: uri.toString() }), 1);
      assert.equal(document.getText(), FIXED);
    } finally {
      await closeWithoutSaving(document);
    }
  });

  it('warns only when there is something to fix, and refuses the per-rule Fix all too', async () => {
    dir = vscode.Uri.joinPath(workspaceRoot(), `refused-eager-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(dir);
    const config = vscode.Uri.joinPath(dir, '.okrlintrc.json');
    await write(config, '{\n  "ignores": ["@(drafts|old)/**"]\n}\n');
    const cleanUri = vscode.Uri.joinPath(dir, 'clean.okr.md');
    await write(cleanUri, FIXED);
    const TWO = TEXT + '- KR3: Release the new status page\n';
    const uri = vscode.Uri.joinPath(dir, 'team.okr.md');
    await write(uri, TWO);
    const editor = vscode.workspace.getConfiguration('editor');
    await editor.update('codeActionsOnSave', { 'source.fixAll.okr': 'always' }, vscode.ConfigurationTarget.Workspace);
    const clean = await vscode.workspace.openTextDocument(cleanUri);
    const document = await vscode.workspace.openTextDocument(uri);
    try {
      await until(() => okrDiagnostics(config), (ds) => ds.length === 1, 'the config problem');
      const before = warnings().length;
      // Nothing to fix: no warning from Fix All, the Source Action menu, or a save.
      await vscode.window.showTextDocument(clean, { preview: false });
      await waitForRules(cleanUri, []);
      assert.equal(await vscode.commands.executeCommand<number>('okr.fixAll', { uri: cleanUri.toString() }), 0);
      assert.deepEqual(await fixAllActions(cleanUri), []);
      await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(clean.lineCount - 1, 0), '\n'));
      assert.ok(await clean.save());
      await sleep(300);
      assert.deepEqual(warnings().slice(before), [], 'no warning without anything to fix');

      // Something to fix: listing the source actions does not warn (the action is disabled there),
      // and "Fix all kr-task-like problems in this file" is refused as well (disabled: not listed).
      await vscode.window.showTextDocument(document, { preview: false });
      await waitForRules(uri, ['kr-task-like']);
      assert.deepEqual(await fixAllActions(uri), []);
      assert.deepEqual(warnings().slice(before), [], 'listing the source actions does not warn');
      const diagnostic = okrDiagnostics(uri).find((d) => codeOf(d) === 'kr-task-like')!;
      const quick = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      assert.ok(quick.some((a) => a.isPreferred && a.edit), 'the quick fix of the one problem is offered');
      assert.ok(!quick.some((a) => a.title.startsWith('Fix all kr-task-like')), quick.map((a) => a.title).join(' | '));
      // Fix All and a save with fixes to make warn, and fix nothing.
      assert.equal(await vscode.commands.executeCommand<number>('okr.fixAll', { uri: uri.toString() }), 0);
      assert.deepEqual(warnings().slice(before), [uri.toString()]);
      await vscode.window.activeTextEditor!.edit((b) => b.insert(new vscode.Position(document.lineCount - 1, 0), '\n'));
      assert.ok(await document.save());
      await until(() => warnings().slice(before), (w) => w.length === 2, 'the warning on save');
      assert.equal(document.getText(), TWO + '\n');
    } finally {
      await editor.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
      await closeWithoutSaving(document);
      await closeWithoutSaving(clean);
    }
  });

  it('in the okr.lint.ignores setting: the same, until the setting is corrected', async () => {
    dir = vscode.Uri.joinPath(workspaceRoot(), `refused-setting-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(dir);
    const uri = vscode.Uri.joinPath(dir, 'team.okr.md');
    await write(uri, TEXT);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    const settings = vscode.workspace.getConfiguration('okr.lint');
    await settings.update('ignores', ['+(drafts|old)/**'], vscode.ConfigurationTarget.Workspace);
    try {
      await waitForRules(uri, ['kr-task-like']);
      await sleep(300);
      assert.equal(await vscode.commands.executeCommand<number>('okr.fixAll', { uri: uri.toString() }), 0);
      assert.deepEqual(await fixAllActions(uri), []);
      assert.equal(document.getText(), TEXT);
      await settings.update('ignores', undefined, vscode.ConfigurationTarget.Workspace);
      await until(() => fixAllActions(uri), (xs) => xs.length === 1, 'source.fixAll.okr offered again');
      assert.equal(await vscode.commands.executeCommand<number>('okr.fixAll', { uri: uri.toString() }), 1);
      assert.equal(document.getText(), FIXED);
    } finally {
      await settings.update('ignores', undefined, vscode.ConfigurationTarget.Workspace);
      await closeWithoutSaving(document);
    }
  });
});
