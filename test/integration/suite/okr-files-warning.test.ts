// A refused `okr.files` pattern (extglob syntax, past a limit) matches nothing: the editor says so
// once for each value of the setting, naming the pattern, and the patterns it can use still work.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { getExtension, openFixture, sleep, until } from '../helpers';

interface Api {
  okrFilesWarnings: readonly string[];
}

function warnings(): readonly string[] {
  const exports = getExtension().exports as Partial<Api> | undefined;
  assert.ok(exports && Array.isArray(exports.okrFilesWarnings), 'the extension API lists the okr.files warnings');
  return exports.okrFilesWarnings!;
}


describe('okr.files: a pattern that is not used', () => {
  it('gets one warning naming it, once while the setting refuses the same patterns; the usable pattern beside it still applies', async () => {
    const notes = await openFixture('notes/other.md');
    const config = vscode.workspace.getConfiguration('okr');
    const lenses = async (): Promise<string[]> =>
      ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', notes.uri)) ?? []).map((l) => l.command?.title ?? '').filter((title) => /KRs?$/.test(title));
    const before = warnings().length;
    await config.update('files', ['@(notes|plans)/*.md', 'notes/*.md'], vscode.ConfigurationTarget.Workspace);
    try {
      const shown = await until(warnings, (xs) => xs.length > before, 'the okr.files warning');
      assert.equal(shown.length, before + 1);
      assert.match(shown[before]!, /^OKR Markdown: setting okr\.files: '@\(notes\|plans\)' is extglob syntax, which okr\.files patterns do not support; .*The pattern is not used$/);
      await until(lenses, (xs) => xs.length === 1, 'a CodeLens on notes/other.md (notes/*.md still applies)');
      // A change that keeps the same refused pattern: nothing new to tell.
      await config.update('files', ['@(notes|plans)/*.md', 'notes/*.md', 'other/*.md'], vscode.ConfigurationTarget.Workspace);
      await sleep(500);
      assert.equal(warnings().length, before + 1);
    } finally {
      await config.update('files', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(lenses, (xs) => xs.length === 0, 'no CodeLens once the patterns are gone');
    assert.equal(warnings().length, before + 1, 'no warning for a setting without refused patterns');
  });
});
