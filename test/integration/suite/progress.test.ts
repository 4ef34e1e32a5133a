// Long work shows in the status bar (window progress): the first parse of a large OKR file (here
// ~250 KB), whichever feature asks for it first, says "Reading the OKRs of ‹file›", and its first
// lint "Linting ‹file›"; a small file shows nothing. What was shown is read from the extension API
// (`progressTitles`). The indexing progress's timing is unit-tested (test/unit/editor/busy.test.ts).
import * as assert from '../assert';
import * as vscode from 'vscode';
import { getExtension, okrDiagnostics, sleep, workspaceRoot } from '../helpers';

function titles(): readonly string[] {
  const exports = getExtension().exports as { progressTitles?: readonly string[] } | undefined;
  assert.ok(exports && Array.isArray(exports.progressTitles), 'the extension API exposes progressTitles');
  return exports.progressTitles;
}

function okrFile(objectives: number): string {
  const out = ['---', 'quarter: 2026-Q4', '---', '# Progress OKRs', ''];
  for (let i = 1; i <= objectives; i++) {
    out.push(`## O${i}: Make area ${i} calmer for the people who run it`, '', `Owner: @owner${i % 7}`, '');
    out.push(`- KR1: Reduce pages for area ${i} from ${20 + (i % 9)} to 4 per week by 2026-12-15`);
    out.push(`  - 2026-11-07: ${12 + (i % 5)}, confidence 0.6`);
    out.push(`- KR2: Improve the on-call handbook for area ${i}`, `- [ ] KR3: Runbook ${i} published`, '');
  }
  return out.join('\n');
}

async function until(ok: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('progress in the status bar', () => {
  it('shows "Linting ‹file›" for the first lint of a large file, and nothing for a small one', async function () {
    this.timeout(120_000);
    const dir = vscode.Uri.joinPath(workspaceRoot(), `progress-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(dir);
    try {
      const big = vscode.Uri.joinPath(dir, 'big.okr.md');
      const text = okrFile(900);
      assert.ok(text.length >= 200_000, `large enough: ${text.length}`);
      await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(text));
      const small = vscode.Uri.joinPath(dir, 'small.okr.md');
      await vscode.workspace.fs.writeFile(small, new TextEncoder().encode(okrFile(2)));

      const smallDocument = await vscode.workspace.openTextDocument(small);
      await vscode.window.showTextDocument(smallDocument, { preview: false });
      await until(() => okrDiagnostics(small).length > 0, 'the small file linted');
      assert.ok(!titles().some((t) => t.includes('small.okr.md')), `nothing for the small file: ${JSON.stringify(titles())}`);

      const document = await vscode.workspace.openTextDocument(big);
      await vscode.window.showTextDocument(document, { preview: false });
      await until(() => okrDiagnostics(big).length > 0, 'the large file linted');
      const name = vscode.workspace.asRelativePath(big);
      assert.ok(titles().includes(`Linting ${name}`), `shown: ${JSON.stringify(titles())}`);
      assert.ok(titles().includes(`Reading the OKRs of ${name}`), `its first parse too: ${JSON.stringify(titles())}`);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('shows the first parse of a large file when another feature asks for it first (here the outline, with lint off)', async function () {
    this.timeout(120_000);
    const dir = vscode.Uri.joinPath(workspaceRoot(), `progress-parse-${Date.now()}`);
    await vscode.workspace.fs.createDirectory(dir);
    const lint = vscode.workspace.getConfiguration('okr.lint');
    await lint.update('enable', false, vscode.ConfigurationTarget.Workspace);
    try {
      const big = vscode.Uri.joinPath(dir, 'outline.okr.md');
      await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(okrFile(900)));
      const name = vscode.workspace.asRelativePath(big);
      const document = await vscode.workspace.openTextDocument(big);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      assert.ok((symbols ?? []).length > 0, 'the outline has the objectives');
      await until(() => titles().includes(`Reading the OKRs of ${name}`), 'the parse shown');
      assert.ok(!titles().includes(`Linting ${name}`), `no lint ran: ${JSON.stringify(titles())}`);
    } finally {
      await lint.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
