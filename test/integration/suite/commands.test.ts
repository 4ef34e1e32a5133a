// The OKR commands in a real VS Code: check-in (scripted arguments, and the interactive path
// driven through the real quick pick and input boxes), fix all, new file, export, and no effect
// outside OKR files.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { scaffoldOkrFile } from '../../../src/core/scaffold';
import { todayIso } from '../../../src/vscode/convert';
import { getExtension, openFixture, sleep, workspaceRoot } from '../helpers';
import { openScratch, revert, waitForRules, withoutAutoSave } from './editing-helpers';

const TEXT = `---
team: Editing
cycle: 2026-Q4
---

# Editing fixture

## O1: Ship a calmer release train

Owner: @ana

- KR1: Increase releases per week from 2 to 5 by 2026-12-15, now 3
  - 2026-11-07: 3, confidence 0.6
- KR2: Reduce rollback rate from 8% to 2% by 2026-12-15
- KR3: Release the new deploy dashboard
`;

/** Accepts the open quick pick or input box (this id exists in every VS Code the suite runs in). */
const ACCEPT = 'workbench.action.acceptSelectedQuickOpenItem';

/** Waits until `predicate` holds (the interactive command runs while the test drives its inputs). */
async function until(predicate: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('commands', () => {
  let scratch: vscode.TextDocument | undefined;
  withoutAutoSave();

  afterEach(async () => {
    if (scratch) await revert(scratch);
    scratch = undefined;
  });

  it('are contributed in the OKR category and shown in the palette only where they apply', () => {
    const manifest = getExtension().packageJSON as {
      contributes: { commands: { command: string; category?: string }[]; menus: { commandPalette: { command: string; when: string }[] } };
    };
    for (const id of ['okr.newFile', 'okr.checkIn', 'okr.fixAll', 'okr.exportReport']) {
      assert.equal(manifest.contributes.commands.find((c) => c.command === id)?.category, 'OKR', id);
    }
    const when = (id: string): string | undefined => manifest.contributes.menus.commandPalette.find((m) => m.command === id)?.when;
    assert.equal(when('okr.checkIn'), 'okr.activeEditorIsOkrFile');
    assert.equal(when('okr.fixAll'), 'okr.activeEditorIsOkrFile');
    assert.equal(when('okr.exportReport'), 'okr.workspaceHasOkrFiles');
  });

  it('checks in with scripted arguments: a dated nested line and the KR\'s current value updated', async () => {
    scratch = await openScratch(TEXT);
    const line = TEXT.split('\n').findIndex((l) => l.includes('KR1:'));
    const ok = await vscode.commands.executeCommand<boolean>('okr.checkIn', { uri: scratch.uri.toString(), line, value: '4', confidence: 0.75 });
    assert.equal(ok, true);
    assert.equal(
      scratch.getText(),
      TEXT.replace('now 3\n  - 2026-11-07: 3, confidence 0.6\n', `now 4\n  - 2026-11-07: 3, confidence 0.6\n  - ${todayIso()}: 4, confidence 0.75\n`),
    );
    await vscode.window.showTextDocument(scratch);
    await vscode.commands.executeCommand('undo');
    assert.equal(scratch.getText(), TEXT, 'one undo step restores the text');
  });

  it('checks in interactively: pick the KR, accept the value and confidence boxes', async () => {
    scratch = await openScratch(TEXT);
    const editor = await vscode.window.showTextDocument(scratch);
    editor.selection = new vscode.Selection(0, 0, 0, 0); // not inside a KR: the command asks which
    const versionBefore = scratch.version;
    const running = vscode.commands.executeCommand<boolean>('okr.checkIn');
    await sleep(700);
    await vscode.commands.executeCommand('quickInput.next'); // KR1 → KR2
    await vscode.commands.executeCommand(ACCEPT);
    await sleep(500);
    // The value box: KR2 states no current value, so it starts empty and refuses to accept.
    await vscode.commands.executeCommand(ACCEPT);
    await sleep(300);
    assert.equal(scratch.version, versionBefore, 'an empty value is not accepted');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, false, 'escape cancels without an edit');
    assert.equal(scratch.getText(), TEXT);

    // KR1 has a current value and a previous confidence: both boxes start filled in.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const second = vscode.commands.executeCommand<boolean>('okr.checkIn');
    await sleep(700);
    await vscode.commands.executeCommand(ACCEPT); // KR1
    await sleep(500);
    await vscode.commands.executeCommand(ACCEPT); // value 3
    await sleep(500);
    await vscode.commands.executeCommand(ACCEPT); // confidence 0.6
    assert.equal(await second, true);
    await until(() => scratch!.getText() !== TEXT, 'the check-in edit');
    assert.equal(scratch.getText(), TEXT.replace('confidence 0.6\n', `confidence 0.6\n  - ${todayIso()}: 3, confidence 0.6\n`));
  });

  it('uses the KR at the cursor without asking which', async () => {
    scratch = await openScratch(TEXT);
    const editor = await vscode.window.showTextDocument(scratch);
    const line = TEXT.split('\n').findIndex((l) => l.includes('KR2:'));
    editor.selection = new vscode.Selection(line, 10, line, 10);
    const running = vscode.commands.executeCommand<boolean>('okr.checkIn', { value: '5%', confidence: '70%' });
    assert.equal(await running, true);
    assert.equal(scratch.getText(), TEXT.replace('2% by 2026-12-15\n', `2% by 2026-12-15\n  - ${todayIso()}: 5%, confidence 0.7\n`));
  });

  describe('on a milestone (a checkbox KR without a number)', () => {
    const MILESTONES = `---
team: Editing
cycle: 2026-Q4
---

# Editing fixture

## O1: Ship a calmer release train

Owner: @ana

- KR1: Increase releases per week from 2 to 5 by 2026-12-15, now 3
- [ ] KR2: Rollback runbook published
  - 2026-11-07: confidence 0.5
- [x] KR3: Deploy dashboard released
`;

    it('marks it done or not done with a scripted "done": the box character only, one undo step', async () => {
      scratch = await openScratch(MILESTONES);
      const line = MILESTONES.split('\n').findIndex((l) => l.includes('KR2:'));
      assert.equal(await vscode.commands.executeCommand<boolean>('okr.checkIn', { uri: scratch.uri.toString(), line, done: true }), true);
      assert.equal(scratch.getText(), MILESTONES.replace('- [ ] KR2', '- [x] KR2'));
      assert.equal(await vscode.commands.executeCommand<boolean>('okr.checkIn', { uri: scratch.uri.toString(), line, done: true }), true, 'already done: nothing to change');
      assert.equal(scratch.getText(), MILESTONES.replace('- [ ] KR2', '- [x] KR2'));
      const kr3 = MILESTONES.split('\n').findIndex((l) => l.includes('KR3:'));
      assert.equal(await vscode.commands.executeCommand<boolean>('okr.checkIn', { uri: scratch.uri.toString(), line: kr3, done: false }), true);
      assert.equal(scratch.getText(), MILESTONES.replace('- [ ] KR2', '- [x] KR2').replace('- [x] KR3', '- [ ] KR3'));
      await vscode.window.showTextDocument(scratch);
      await vscode.commands.executeCommand('undo');
      await vscode.commands.executeCommand('undo');
      assert.equal(scratch.getText(), MILESTONES);
      // A KR that is no checkbox cannot be marked done.
      const kr1 = MILESTONES.split('\n').findIndex((l) => l.includes('KR1:'));
      assert.equal(await vscode.commands.executeCommand<boolean>('okr.checkIn', { uri: scratch.uri.toString(), line: kr1, done: true }), false);
      assert.equal(scratch.getText(), MILESTONES);
    });

    it('asks "Mark done" instead of a number when run at the cursor, and can record a confidence alone', async () => {
      scratch = await openScratch(MILESTONES);
      const editor = await vscode.window.showTextDocument(scratch);
      const line = MILESTONES.split('\n').findIndex((l) => l.includes('KR2:'));
      editor.selection = new vscode.Selection(line, 12, line, 12);
      const first = vscode.commands.executeCommand<boolean>('okr.checkIn');
      await sleep(700);
      await vscode.commands.executeCommand(ACCEPT); // "Mark done"
      assert.equal(await first, true);
      assert.equal(scratch.getText(), MILESTONES.replace('- [ ] KR2', '- [x] KR2'));
      scratch = await openScratch(MILESTONES);

      (await vscode.window.showTextDocument(scratch)).selection = new vscode.Selection(line, 12, line, 12);
      const second = vscode.commands.executeCommand<boolean>('okr.checkIn');
      await sleep(700);
      await vscode.commands.executeCommand('quickInput.next'); // "Record your confidence"
      await vscode.commands.executeCommand(ACCEPT);
      await sleep(500);
      await vscode.commands.executeCommand(ACCEPT); // the previous confidence, 0.5
      assert.equal(await second, true);
      await until(() => scratch!.getText() !== MILESTONES, 'the check-in edit');
      assert.equal(scratch.getText(), MILESTONES.replace('confidence 0.5\n', `confidence 0.5\n  - ${todayIso()}: confidence 0.5\n`));
    });

    it('keeps a CRLF file byte for byte outside the box', async () => {
      const uri = vscode.Uri.joinPath(workspaceRoot(), 'editing', `milestone-crlf-${Date.now()}.okr.md`);
      const crlf = MILESTONES.replace(/\n/g, '\r\n');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(crlf));
      try {
        const document = await vscode.workspace.openTextDocument(uri);
        const line = crlf.split('\r\n').findIndex((l) => l.includes('KR2:'));
        assert.equal(await vscode.commands.executeCommand<boolean>('okr.checkIn', { uri: uri.toString(), line, done: true }), true);
        assert.equal(document.getText(), crlf.replace('- [ ] KR2', '- [x] KR2'));
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      } finally {
        await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      }
    });

    it('puts a check-in CodeLens on each KR that runs Check In on it (Mark done on a milestone)', async () => {
      scratch = await openScratch(MILESTONES);
      const lines = MILESTONES.split('\n');
      const krLenses = async (): Promise<vscode.CodeLens[]> =>
        ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', scratch!.uri, 100)) ?? [])
          .filter((l) => l.command?.command === 'okr.checkIn')
          .sort((a, b) => a.range.start.line - b.range.start.line);
      const lenses = await krLenses();
      assert.deepEqual(
        lenses.map((l) => [l.range.start.line, l.command!.title]),
        [
          [lines.findIndex((l) => l.includes('KR1:')), 'Check in'],
          [lines.findIndex((l) => l.includes('KR2:')), 'Mark done'],
          [lines.findIndex((l) => l.includes('KR3:')), 'Mark not done'],
        ],
      );
      const markDone = lenses[1]!.command!;
      assert.equal(await vscode.commands.executeCommand<boolean>(markDone.command, ...(markDone.arguments ?? [])), true);
      assert.equal(scratch.getText(), MILESTONES.replace('- [ ] KR2', '- [x] KR2'));
      const after = await krLenses();
      assert.equal(after[1]!.command!.title, 'Mark not done', 'the lens follows the box');
      // The value check-in lens names the KR; with a value it checks in on that KR.
      const checkInArgs = lenses[0]!.command!.arguments?.[0] as { uri: string; line: number };
      assert.equal(await vscode.commands.executeCommand<boolean>('okr.checkIn', { ...checkInArgs, value: '4', confidence: null }), true);
      assert.match(scratch.getText(), new RegExp(`now 4\\n  - ${todayIso()}: 4\\n- \\[x\\] KR2`));
      // KR3's lens from before the check-in (a line was added above it since) still acts on KR3.
      const stale = lenses[2]!.command!;
      assert.equal(await vscode.commands.executeCommand<boolean>(stale.command, ...(stale.arguments ?? [])), true);
      assert.match(scratch.getText(), /- \[x\] KR2.*\n.*confidence 0\.5\n- \[ \] KR3/);

      const config = vscode.workspace.getConfiguration('okr');
      await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
      try {
        assert.deepEqual(await krLenses(), [], 'okr.codeLens.enabled = false hides them');
      } finally {
        await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await config.update('codeLens.checkIn', false, vscode.ConfigurationTarget.Workspace);
      try {
        assert.deepEqual(await krLenses(), [], 'okr.codeLens.checkIn = false hides them');
        const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', scratch.uri, 100);
        assert.equal(all.filter((l) => / · 3 KRs$/.test(l.command?.title ?? '')).length, 1, 'and keeps the objective lens');
      } finally {
        await config.update('codeLens.checkIn', undefined, vscode.ConfigurationTarget.Workspace);
      }
      assert.equal((await krLenses()).length, 3, 'back with the setting');
    });

    it('a stale lens whose KR moved (an objective inserted above) acts on that KR; one whose KR was edited is refused', async () => {
      scratch = await openScratch(MILESTONES);
      const lenses = ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', scratch.uri, 100)) ?? [])
        .filter((l) => l.command?.command === 'okr.checkIn')
        .sort((a, b) => a.range.start.line - b.range.start.line);
      const markKR2 = lenses[1]!.command!;
      assert.equal(markKR2.title, 'Mark done');
      // Lines inserted above since the lens was computed: its line now names another objective's KR.
      const above = '## O0: Sell more plans\n\n- [ ] KR1: Pricing page released\n\n';
      const edit = new vscode.WorkspaceEdit();
      edit.insert(scratch.uri, new vscode.Position(MILESTONES.split('\n').indexOf('## O1: Ship a calmer release train'), 0), above);
      assert.ok(await vscode.workspace.applyEdit(edit));
      const moved = MILESTONES.replace('## O1:', `${above}## O1:`);
      assert.equal(scratch.getText(), moved);
      assert.equal(await vscode.commands.executeCommand<boolean>(markKR2.command, ...(markKR2.arguments ?? [])), true);
      assert.equal(scratch.getText(), moved.replace('- [ ] KR2', '- [x] KR2'), 'KR2 marked done, nothing else changed');

      // Its KR's text edited since: refused (no edit), not applied to whatever is on that line now.
      const stale = lenses[2]!.command!; // KR3, "Mark not done"
      const renamed = scratch.getText().replace('Deploy dashboard released', 'Deploy dashboard shipped');
      const rename = new vscode.WorkspaceEdit();
      rename.replace(scratch.uri, new vscode.Range(0, 0, scratch.lineCount, 0), renamed);
      assert.ok(await vscode.workspace.applyEdit(rename));
      assert.equal(await vscode.commands.executeCommand<boolean>(stale.command, ...(stale.arguments ?? [])), false);
      assert.equal(scratch.getText(), renamed, 'nothing changed');
    });
  });

  it('fixes all automatically fixable problems in the active file', async () => {
    scratch = await openScratch(TEXT);
    await vscode.window.showTextDocument(scratch);
    await waitForRules(scratch.uri, ['kr-task-like']);
    const count = await vscode.commands.executeCommand<number>('okr.fixAll');
    assert.equal(count, 1);
    assert.equal(scratch.getText(), TEXT.replace('- KR3: Release', '- [ ] KR3: Release'));
  });

  it('creates a new OKR file for the next quarter with the owner, and opens it', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'editing', `new-${Date.now()}.okr.md`);
    try {
      const created = await vscode.commands.executeCommand<vscode.Uri>('okr.newFile', { uri: uri.toString(), which: 'next', owner: 'ana' });
      assert.equal(created?.toString(), uri.toString());
      const expected = scaffoldOkrFile({ today: todayIso(), which: 'next', owner: 'ana' });
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.equal(onDisk.replace(/\r\n/g, '\n'), expected.text);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      assert.equal(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), '‹What to achieve: qualitative, short and inspiring›');
      assert.equal(await vscode.commands.executeCommand('okr.newFile', { uri: uri.toString(), which: 'next' }), undefined, 'never overwrites');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('asks for the cycle of a new file in a quick pick', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'editing', `picked-${Date.now()}.okr.md`);
    try {
      const running = vscode.commands.executeCommand<vscode.Uri>('okr.newFile', { uri: uri.toString() });
      await sleep(700);
      await vscode.commands.executeCommand('quickInput.next'); // the next quarter
      await vscode.commands.executeCommand(ACCEPT);
      assert.equal((await running)?.toString(), uri.toString());
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.ok(onDisk.includes(`quarter: ${scaffoldOkrFile({ today: todayIso(), which: 'next' }).cycle}\n`), onDisk.slice(0, 80));
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('exports the workspace report as CSV into a new editor', async () => {
    await openFixture('okr.md');
    const csv = await vscode.commands.executeCommand<string>('okr.exportReport', { format: 'csv', scope: 'workspace' });
    try {
      const rows = (csv ?? '').split('\r\n');
      assert.match(rows[0]!, /^file,cycle,objective_id,objective,/);
      assert.ok(rows.some((r) => r.startsWith('okr.md,2026-Q4,o1,Make deploys boring for every product team,')), 'okr.md KR rows');
      assert.ok(rows.some((r) => r.startsWith('team.okr.md,')), 'team.okr.md rows');
      const shown = vscode.window.activeTextEditor?.document;
      assert.equal(shown?.isUntitled, true);
      assert.equal(shown?.getText(), csv);
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('does nothing in a plain README.md', async () => {
    const readme = await openFixture('README.md');
    const before = readme.getText();
    assert.equal(await vscode.commands.executeCommand('okr.checkIn', { uri: readme.uri.toString(), line: 7, value: '3' }), false);
    assert.equal(await vscode.commands.executeCommand('okr.fixAll'), 0);
    assert.equal(readme.getText(), before);
    assert.equal(readme.isDirty, false);
  });
});
