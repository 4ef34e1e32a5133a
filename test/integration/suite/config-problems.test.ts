// Problems in a config file, once each: a `.okrlintrc.json` read for two folders below it, and
// again when it is saved (the save and the file watcher's event for it), logs each problem once;
// and opened in the editor it shows our diagnostic for each problem, with no JSON-schema warning
// from VS Code's JSON language service on the same text (the schema describes and completes, the
// linter validates), while the schema's completions still work.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { getExtension, okrDiagnostics, sleep, until, workspaceRoot } from '../helpers';
import { rangeOf, revert, withoutAutoSave } from './editing-helpers';

interface Api {
  logged: readonly string[];
}

function api(): Api {
  const exports = getExtension().exports as Partial<Api> | undefined;
  assert.ok(exports && Array.isArray(exports.logged), 'the extension API exposes logged');
  return exports as Api;
}

const CONFIG = '{\n  "rules": {\n    "kr-vage-verb": "warning",\n    "kr-task-like": "loud"\n  }\n}\n';
const OKR = '---\nquarter: 2026-Q4\n---\n# Team\n\n## O1: Ship it\n\nOwner: @ana\n\n- KR1: Improve onboarding\n';

describe('config problems, once each', function () {
  this.timeout(60_000);
  withoutAutoSave();
  let dir: vscode.Uri;

  before(async () => {
    await getExtension().activate();
    dir = vscode.Uri.joinPath(workspaceRoot(), `config-problems-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(dir);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
  });

  it('are logged once however often the config file is read, and shown once on it', async () => {
    const before = api().logged.length;
    const config = vscode.Uri.joinPath(dir, '.okrlintrc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(CONFIG));
    for (const folder of ['a', 'b']) {
      const uri = vscode.Uri.joinPath(dir, folder, 'team.okr.md');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(OKR));
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { preview: false });
      await until(() => okrDiagnostics(uri).length, (n) => n > 0, `${folder}/team.okr.md linted`);
    }
    const ours = await until(() => okrDiagnostics(config), (ds) => ds.length === 2, 'our two problems on the config file');
    assert.match(ours.map((d) => d.message).join('\n'), /Unknown rule 'kr-vage-verb'; did you mean 'kr-vague-verb'\?/);

    // Saved in the editor (an edit that keeps the same problems): the save and the watcher both re-read it.
    const configDocument = await vscode.workspace.openTextDocument(config);
    const editor = await vscode.window.showTextDocument(configDocument, { preview: false });
    await editor.edit((edit) => edit.insert(new vscode.Position(configDocument.lineCount - 1, 0), '\n'));
    assert.ok(await configDocument.save(), 'saved');
    await sleep(1500); // the watcher's event, the re-read and the re-lint

    const logged = api().logged.slice(before).filter((l) => l.includes('.okrlintrc.json'));
    const unknownRule = logged.filter((l) => l.includes("Unknown rule 'kr-vage-verb'"));
    const severity = logged.filter((l) => l.includes("'kr-task-like'"));
    assert.equal(unknownRule.length, 1, `the unknown rule logged once: ${JSON.stringify(logged)}`);
    assert.equal(severity.length, 1, `the severity logged once: ${JSON.stringify(logged)}`);

    // Open in the editor: VS Code's JSON language service has validated it by now (it completes
    // from our schema, below); no warning of its own on the same problems.
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      config,
      new vscode.Position(2, 4),
    );
    const labels = (completions?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => l.includes('kr-vague-verb')), `the schema still completes rule ids: ${JSON.stringify(labels.slice(0, 10))}`);
    await sleep(1000);
    const others = vscode.languages.getDiagnostics(config).filter((d) => d.source !== 'okr');
    assert.deepEqual(others.map((d) => `${d.source ?? '?'}: ${d.message}`), [], 'no second diagnostic for the same problems');
    assert.equal(okrDiagnostics(config).length, 2, 'ours, once each');
  });

  // rev-e: with the schema validating nothing, a config file showed nothing unless an open OKR file
  // read it from disk, and nothing of an unsaved edit. Now its own text is read, open or typed.
  it('an open config file shows its own problems with no OKR file open, unsaved edits too, once each', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const sub = vscode.Uri.joinPath(dir, 'alone');
    // An OKR file the config applies to, never opened.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(sub, 'team.okr.md'), new TextEncoder().encode(OKR));
    const config = vscode.Uri.joinPath(sub, '.okrlintrc.json');
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  "rules": {\n    "kr-vage-verb": "warning"\n  }\n}\n'));
    const before = api().logged.length;
    const document = await vscode.workspace.openTextDocument(config);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const opened = await until(() => okrDiagnostics(config), (ds) => ds.length === 1, 'the problem of the opened config file');
    assert.match(opened[0]!.message, /Unknown rule 'kr-vage-verb'; did you mean 'kr-vague-verb'\?/);
    assert.equal(opened[0]!.range.start.line, 2);

    // Typed, not saved: the unsaved text's problems, as they are now.
    await editor.edit((e) => e.insert(new vscode.Position(3, 0), '    ,"objective-too-long": ["warning", { "max": "x" }]\n'));
    assert.ok(document.isDirty, 'unsaved');
    const typed = await until(() => okrDiagnostics(config), (ds) => ds.length === 2, 'the problems of the unsaved text');
    assert.match(typed.map((d) => d.message).join('\n'), /Invalid option "max" for 'objective-too-long'/);
    await sleep(1000); // VS Code's JSON language service has validated by now (it did before the fix too)
    const all = vscode.languages.getDiagnostics(config);
    assert.deepEqual(all.filter((d) => d.source !== 'okr').map((d) => `${d.source ?? '?'}: ${d.message}`), [], 'no schema diagnostic besides ours');
    assert.equal(all.length, 2, `each problem once: ${JSON.stringify(all.map((d) => d.message))}`);

    // Saved: still shown (a config change re-reads the open file rather than clearing it), logged once.
    assert.ok(await document.save(), 'saved');
    await sleep(1500); // the save's and the watcher's config change
    assert.equal(okrDiagnostics(config).length, 2, 'still shown after the save');
    const logged = api().logged.slice(before).filter((l) => l.includes('alone/.okrlintrc.json'));
    assert.equal(logged.filter((l) => l.includes("Unknown rule 'kr-vage-verb'")).length, 2, `logged for the opened and the saved version: ${JSON.stringify(logged)}`);
    assert.equal(logged.filter((l) => l.includes("Invalid option \"max\"")).length, 1, `the saved version's new problem logged once, the unsaved edit not: ${JSON.stringify(logged)}`);

    // Fixed while typing: gone before any save.
    await editor.edit((e) => e.replace(rangeOf(document, 'kr-vage-verb'), 'kr-vague-verb'));
    await until(() => okrDiagnostics(config), (ds) => ds.length === 1, 'the fixed rule id no longer reported');
    await revert(document);
  });
});
