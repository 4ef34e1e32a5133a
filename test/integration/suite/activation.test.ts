// Activation and silence: the extension is installed, activates on okr.md and *.okr.md, and
// says nothing (no `okr` diagnostics) about other Markdown files. Mocha `bdd` (describe/it).
import * as assert from '../assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, getExtension, logMetric, okrDiagnostics, openFixture, sleep, workspaceRoot } from '../helpers';

describe('activation', () => {
  it('runs against the real vscode API with the fixtures workspace open', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    const root = workspaceRoot();
    assert.ok(['file', 'vscode-test-web', 'vscode-remote'].includes(root.scheme), `unexpected workspace scheme ${root.scheme}`);
    console.log(`host: ${vscode.env.appName} ${vscode.version}, ui ${vscode.UIKind[vscode.env.uiKind]}, workspace ${root.toString()}`);
  });

  it('is installed with a Node and a browser entry', () => {
    const extension = getExtension();
    assert.equal(extension.id, EXTENSION_ID);
    const manifest = extension.packageJSON as { main?: string; browser?: string };
    assert.equal(typeof manifest.main, 'string');
    assert.equal(typeof manifest.browser, 'string');
    // The runner that installs the .vsix checks this line to prove the packaged build was tested.
    console.log(`OKR_EXTENSION_PATH=${extension.extensionUri.toString()}`);
  });

  it('declares activation on okr.md and *.okr.md workspaces and on Markdown documents', () => {
    const events = (getExtension().packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
    for (const event of ['workspaceContains:**/okr.md', 'workspaceContains:**/*.okr.md', 'onLanguage:markdown']) {
      assert.ok(events.includes(event), `activationEvents lacks ${event}: ${JSON.stringify(events)}`);
    }
  });

  it('activates when okr.md opens', async () => {
    const extension = getExtension();
    const wasActive = extension.isActive;
    const document = await openFixture('okr.md');
    assert.equal(document.languageId, 'markdown');
    const started = Date.now();
    await extension.activate();
    const waited = Date.now() - started;
    assert.equal(extension.isActive, true);
    // Measured by the extension itself when it reports it, else the wait seen from here.
    const reported = (extension.exports as { activationMs?: unknown } | undefined)?.activationMs;
    logMetric('OKR_ACTIVATION_MS', typeof reported === 'number' ? reported : waited);
    console.log(`activation: already active before opening okr.md: ${wasActive}`);
  });

  it('is active with team.okr.md open', async () => {
    const document = await openFixture('team.okr.md');
    assert.equal(document.languageId, 'markdown');
    assert.ok(document.getText().includes('## O1:'), 'the fixture text is readable through the API');
    assert.equal(getExtension().isActive, true);
  });

  it('stays silent on plain Markdown files', async () => {
    const readme = await openFixture('README.md');
    const notes = await openFixture('notes/other.md');
    // Give a linter time to (wrongly) report; diagnostics on okr files arrive well within this.
    await sleep(1500);
    assert.deepEqual(okrDiagnostics(readme.uri).map((d) => d.message), []);
    assert.deepEqual(okrDiagnostics(notes.uri).map((d) => d.message), []);
  });
});
