// Long work shows in the status bar (window progress): the first lint of a large OKR file (here
// ~250 KB, parsed and linted in one synchronous run) says "Linting ‹file›" while it runs; a small
// file's lint shows nothing. What was shown is read from the extension API (`progressTitles`).
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
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true }).then(undefined, () => undefined);
    }
  });
});
