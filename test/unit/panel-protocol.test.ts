import assert from 'node:assert/strict';
import { ALLOWED_COMMANDS, isHostMessage, isPanelViewState, isWebviewMessage } from '../../src/protocol/panel';

describe('panel protocol validators', () => {
  it('accepts every well-formed webview message', () => {
    const good: unknown[] = [
      { type: 'ready', state: null },
      { type: 'ready', state: { scope: 'file', cycle: '2026-Q4' } },
      { type: 'ready' },
      { type: 'reveal', uri: 'file:///ws/okr.md', line: 0 },
      { type: 'reveal', uri: 'vscode-test-web://mount/teams/a.okr.md', line: 41 },
      ...ALLOWED_COMMANDS.map((command) => ({ type: 'runCommand', command })),
      { type: 'setScope', scope: 'workspace' },
      { type: 'selectCycle', cycle: null },
      { type: 'selectCycle', cycle: '2026-H2' },
    ];
    for (const message of good) assert.equal(isWebviewMessage(message), true, JSON.stringify(message));
  });

  it('refuses anything else: unknown types, commands off the allow-list, bad fields', () => {
    const bad: unknown[] = [
      null,
      undefined,
      'reveal',
      42,
      [],
      {},
      { type: 'eval', code: 'alert(1)' },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'runCommand', command: 'vscode.open' },
      { type: 'runCommand' },
      { type: 'reveal', uri: '', line: 1 },
      { type: 'reveal', uri: 'file:///a', line: -1 },
      { type: 'reveal', uri: 'file:///a', line: 1.5 },
      { type: 'reveal', uri: 'file:///a', line: '3' },
      { type: 'reveal', uri: 'x'.repeat(5000), line: 1 },
      { type: 'reveal', uri: { toString: () => 'file:///a' }, line: 1 },
      { type: 'setScope', scope: 'everything' },
      { type: 'selectCycle', cycle: 7 },
      { type: 'selectCycle', cycle: 'x'.repeat(101) },
      { type: 'ready', state: { scope: 'nope', cycle: null } },
      { type: 'ready', state: 'file' },
    ];
    for (const message of bad) assert.equal(isWebviewMessage(message), false, JSON.stringify(message)?.slice(0, 80));
  });

  it('checks remembered view state', () => {
    assert.equal(isPanelViewState({ scope: 'workspace', cycle: null }), true);
    assert.equal(isPanelViewState({ scope: 'workspace' }), false);
    assert.equal(isPanelViewState({ scope: 'file', cycle: 3 }), false);
  });

  it('checks host messages before the webview renders them', () => {
    assert.equal(isHostMessage({ type: 'model', seq: 1, model: { roots: [], cycles: [] } }), true);
    assert.equal(isHostMessage({ type: 'highlight', uri: null, line: null }), true);
    assert.equal(isHostMessage({ type: 'highlight', uri: 'file:///a', line: 3 }), true);
    assert.equal(isHostMessage({ type: 'model', seq: '1', model: { roots: [], cycles: [] } }), false);
    assert.equal(isHostMessage({ type: 'model', seq: 1, model: { roots: 'x', cycles: [] } }), false);
    assert.equal(isHostMessage({ type: 'highlight', uri: 'file:///a', line: -2 }), false);
    assert.equal(isHostMessage({ type: 'html', html: '<b>' }), false);
  });
});
