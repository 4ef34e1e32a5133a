// Webview safety on the Node side (issue #8): the webview code never turns text into markup, the
// message validators reject every unexpected shape, and hostile text reaches the tree model as
// plain data (the panel then shows it with textContent; test/ui/hostile.test.ts checks that in
// Chromium, with the CSP).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ALLOWED_COMMANDS, isHostMessage, isWebviewMessage } from '../../../src/protocol/panel';
import { parseOkr } from '../../../src/core/parse';
import { buildTree, type TreeNode } from '../../../src/core/tree';
import { HOSTILE_STRINGS, hostileLine, hostileOkrFile } from '../../fixtures/hostile';
import { runs, seed } from './generators';

const ROOT = join(__dirname, '..', '..', '..');
const WEBVIEW_DIR = join(ROOT, 'src', 'webview');

/** Sinks that turn a string into markup, code or a navigation. */
const SINKS: [RegExp, string][] = [
  [/\.innerHTML\b/, 'innerHTML'],
  [/\.outerHTML\b/, 'outerHTML'],
  [/insertAdjacentHTML/, 'insertAdjacentHTML'],
  [/document\.write/, 'document.write'],
  [/createContextualFragment/, 'createContextualFragment'],
  [/DOMParser/, 'DOMParser'],
  [/\beval\s*\(/, 'eval'],
  [/new\s+Function\s*\(/, 'new Function'],
  [/setAttribute\(\s*['"`](on\w+|href|src|srcdoc|style)['"`]/, 'setAttribute of an event handler, link, source or style'],
  [/\.(href|src|srcdoc)\s*=/, 'a link or source assignment'],
  [/\.cssText\s*=/, 'cssText'],
  [/setTimeout\(\s*['"`]/, 'setTimeout with a string'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function* nodes(list: readonly TreeNode[]): Generator<TreeNode> {
  for (const n of list) {
    yield n;
    yield* nodes(n.children ?? []);
  }
}

describe('reliability: webview safety (Node side)', () => {
  it('the webview app uses no markup, code or navigation sink', () => {
    const files = sourceFiles(WEBVIEW_DIR);
    assert.ok(files.length > 0, 'src/webview has sources');
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const [pattern, name] of SINKS) assert.ok(!pattern.test(text), `${file} uses ${name}`);
    }
  });

  it('the sink check can fail: it catches innerHTML and an event-handler attribute', () => {
    const check = (text: string): string[] => SINKS.filter(([p]) => p.test(text)).map(([, n]) => n);
    assert.deepEqual(check('el.innerHTML = title;'), ['innerHTML']);
    assert.equal(check("el.setAttribute('onclick', x)").length, 1);
    assert.deepEqual(check('el.textContent = title;'), []);
  });

  it('webview → host: any value is either rejected or a well-formed message; commands stay on the allow list', () => {
    const hostileValue = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.anything(), fc.constantFrom('okr.newFile', 'workbench.action.terminal.new', '_workbench.downloadResource', 'vscode.open'));
    const shaped = fc.record(
      {
        type: fc.constantFrom('ready', 'reveal', 'runCommand', 'setScope', 'selectCycle', 'model', '__proto__', 'constructor'),
        uri: hostileValue,
        line: fc.oneof(fc.integer(), fc.double(), hostileValue),
        command: hostileValue,
        scope: fc.oneof(fc.constantFrom('file', 'workspace'), hostileValue),
        cycle: fc.oneof(fc.constant(null), hostileValue),
        state: fc.oneof(fc.constant(null), fc.record({ scope: hostileValue, cycle: hostileValue }), hostileValue),
      },
      { requiredKeys: ['type'] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), (message) => {
        const ok = isWebviewMessage(message);
        isHostMessage(message); // never throws either
        if (!ok) return;
        accepted++;
        const m = message as unknown as Record<string, unknown>;
        if (m['type'] === 'runCommand') assert.ok((ALLOWED_COMMANDS as readonly unknown[]).includes(m['command']), `command ${String(m['command'])}`);
        if (m['type'] === 'reveal') assert.ok(typeof m['uri'] === 'string' && (m['uri'] as string).length <= 4096 && Number.isInteger(m['line']) && (m['line'] as number) >= 0);
        if (m['type'] === 'setScope') assert.ok(m['scope'] === 'file' || m['scope'] === 'workspace');
      }),
      { numRuns: runs(2000), seed: seed(8401) },
    );
    assert.ok(accepted > 20, `only ${accepted} messages were well-formed`);
    // The obvious attacks, by name.
    for (const command of ['workbench.action.terminal.new', 'vscode.open', '_workbench.downloadResource', 'okr.newFile ', ...HOSTILE_STRINGS]) {
      assert.equal(isWebviewMessage({ type: 'runCommand', command }), false, command.slice(0, 60));
    }
    assert.equal(isWebviewMessage({ type: 'reveal', uri: 'x'.repeat(5000), line: 0 }), false);
  });

  it('hostile text reaches the tree model verbatim, as data', () => {
    const text = hostileOkrFile();
    const doc = parseOkr(text);
    assert.equal(doc.objectives.length, HOSTILE_STRINGS.length);
    const model = buildTree([{ uri: 'file:///w/hostile.okr.md', fileName: 'hostile.okr.md', doc }], { today: '2026-11-21', scope: 'workspace' });
    const titles = new Set([...nodes(model.roots)].map((n) => n.title));
    HOSTILE_STRINGS.forEach((s, i) => {
      const objective = doc.objectives[i]!;
      assert.ok(titles.has(objective.title), `O${i + 1}'s title reaches the tree as parsed`);
      // Without entities or escapes, the title is the file's text verbatim (decoding `&lt;` to `<` is Markdown's own rule).
      // Emphasis markers (`__x__`, `*x*`) are Markdown too: only plain strings are compared verbatim.
      if (s.includes('&')) assert.ok(objective.title.includes('<b>not bold</b>'), `entities decode to text: ${JSON.stringify(objective.title)}`);
      else if (!/[\\_*`]/.test(s)) assert.ok(objective.title.includes(hostileLine(s).slice(0, 30)), `O${i + 1}: ${JSON.stringify(objective.title.slice(0, 60))}`);
    });
    // The model survives a JSON round trip (postMessage) unchanged.
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  });
});
