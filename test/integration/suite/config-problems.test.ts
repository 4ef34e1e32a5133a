// Problems in a config file, once each: a `.okrlintrc.json` read for two folders below it, and
// again when it is saved (the save and the file watcher's event for it), logs each problem once;
// and opened in the editor it shows our diagnostic for each problem, with no JSON-schema warning
// from VS Code's JSON language service on the same text (the schema describes and completes, the
// linter validates), while the schema's completions still work.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { getExtension, okrDiagnostics, sleep, until, workspaceRoot } from '../helpers';
import { withoutAutoSave } from './editing-helpers';

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
});
