// The quarter tree's wiring in a real extension host (web worker and Node): the view and its
// command are contributed and registered, and the command opens the view without an error.
// What the view shows is checked in a real browser by test/ui/panel.test.ts.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { getExtension, openFixture } from '../helpers';

describe('quarter tree', () => {
  it('contributes the OKRs view in its own container and the Show Quarter Tree command', () => {
    const contributes = (getExtension().packageJSON as { contributes?: Record<string, unknown> }).contributes ?? {};
    const containers = (contributes.viewsContainers as { activitybar?: { id: string }[] } | undefined)?.activitybar ?? [];
    assert.ok(containers.some((c) => c.id === 'okr'), 'activity-bar container "okr"');
    const views = (contributes.views as Record<string, { id: string; type?: string }[]> | undefined)?.okr ?? [];
    assert.ok(views.some((v) => v.id === 'okr.quarterTree' && v.type === 'webview'), 'webview view okr.quarterTree');
  });

  it('registers okr.showQuarterTree and opens the view with it', async () => {
    await openFixture('okr.md');
    await getExtension().activate();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('okr.showQuarterTree'), 'okr.showQuarterTree is registered');
    await vscode.commands.executeCommand('okr.showQuarterTree');
  });
});
