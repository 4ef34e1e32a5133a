// Language features in a real VS Code: completions at each trigger position, hovers, outline
// symbols, CodeLens, workspace symbols, go to definition / find references on `Aligns:`, and
// silence on a plain README.md. Texts are changed in memory only and reverted after each test.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { quarterLabels } from '../../../src/core/completions';
import { todayIso } from '../../../src/vscode/convert';
import { getExtension, openFixture, sleep } from '../helpers';
import { revert, setText } from './editing-helpers';

const FILE = 'language/features.okr.md';
const CURSOR = '‸';

/** Polls `get` until `accept` is true (the workspace index fills in after activation). */
async function eventually<T>(get: () => Thenable<T> | T, accept: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  let last: T = await get();
  while (!accept(last)) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(last, null, 1).slice(0, 1500)}`);
    await sleep(200);
    last = await get();
  }
  return last;
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

/** Puts `marked` (with one `‸`) into the document and returns the cursor position. */
async function withCursor(document: vscode.TextDocument, marked: string): Promise<vscode.Position> {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the text has a cursor marker');
  await setText(document, marked.replace(CURSOR, ''));
  return document.positionAt(offset);
}

async function complete(document: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, trigger);
  return list?.items ?? [];
}

/** Our completion labels (the built-in Markdown features add path and word items of their own). */
const OURS = /^(committed|aspirational|@\w+|o\d|\.{1,2}\/.*#.*|Metric key result|Threshold key result|Milestone key result|Check-in .*|\d{4}-Q\d|FY\d\d-Q\d|min|users|%)$/;

describe('language features', () => {
  let document: vscode.TextDocument;
  let original: string;

  before(async () => {
    await getExtension().activate();
    document = await openFixture(FILE);
    original = document.getText();
  });

  afterEach(async () => {
    await revert(document);
    assert.equal(document.getText(), original, 'the fixture is back to its text on disk');
  });

  describe('completions', () => {
    it('offers the current and the next quarter after `quarter:`', async () => {
      const position = await withCursor(document, original.replace('quarter: 2026-Q4', `quarter: ${CURSOR}`));
      const labels = (await complete(document, position, ' ')).map(labelOf);
      const [current, next] = quarterLabels(todayIso());
      assert.ok(labels.includes(current) && labels.includes(next), `quarters ${current}, ${next} in ${JSON.stringify(labels)}`);
    });

    it('opens the values again after a key is accepted (`quarter: ` then the quarters)', async () => {
      const position = await withCursor(document, original.replace('quarter: 2026-Q4', `qua${CURSOR}`));
      const quarter = (await complete(document, position)).find((i) => labelOf(i) === 'quarter');
      assert.ok(quarter, 'the quarter key is offered');
      assert.equal(quarter!.command?.command, 'editor.action.triggerSuggest');
    });

    it('offers committed / aspirational after `Type:`', async () => {
      const position = await withCursor(document, original.replace('Type: aspirational', `Type:${CURSOR}`));
      const items = await complete(document, position, ':');
      const labels = items.map(labelOf);
      assert.ok(labels.includes('committed') && labels.includes('aspirational'), JSON.stringify(labels));
      const committed = items.find((i) => labelOf(i) === 'committed')!;
      assert.equal(committed.insertText, ' committed');
    });

    it('offers the parent file’s objectives after `Aligns:`, with the title as detail', async () => {
      const position = await withCursor(document, original.replace('Aligns: ../okr.md#o1', `Aligns: ${CURSOR}`));
      const items = await eventually(
        () => complete(document, position, ' '),
        (xs) => xs.some((i) => labelOf(i) === '../okr.md#o1'),
        'the parent objectives in Aligns completions',
      );
      const o1 = items.find((i) => labelOf(i) === '../okr.md#o1')!;
      assert.equal(o1.detail, 'Make deploys boring for every product team');
      const other = items.find((i) => labelOf(i) === '../team.okr.md#o1');
      assert.ok(other, 'another file’s objective by relative path');
      assert.ok((o1.sortText ?? '') < (other.sortText ?? ''), 'the parent file’s objectives sort first');
    });

    it('offers owners from every OKR file after `@`', async () => {
      const position = await withCursor(document, original.replace('(now 150 users)', `(now 150 users) @${CURSOR}`));
      const labels = await eventually(
        async () => (await complete(document, position, '@')).map(labelOf),
        (xs) => ['@dana', '@lee', '@nora', '@sam'].every((o) => xs.includes(o)),
        'owners of okr.md, team.okr.md and this file',
      );
      assert.ok(labels.every((l) => !l.startsWith('@') || /^@[\w.-]+$/.test(l)));
    });

    it('offers KR templates as snippets on a new list item under an objective', async () => {
      const position = await withCursor(document, original.replace('(now 150 users)\n', `(now 150 users)\n- ${CURSOR}\n`));
      const items = (await complete(document, position, ' ')).filter((i) => i.kind === vscode.CompletionItemKind.Snippet && OURS.test(labelOf(i)));
      assert.deepEqual(items.map(labelOf), ['Metric key result', 'Threshold key result', 'Milestone key result']);
      assert.ok(items[0]!.insertText instanceof vscode.SnippetString);
      assert.match((items[0]!.insertText as vscode.SnippetString).value, /from \$\{3:‹baseline›\} to \$\{4:‹target›\} by \$\{5:2026-12-31\}/);
    });

    it('offers a dated check-in on an item nested under a KR', async () => {
      const position = await withCursor(document, original.replace('confidence 0.6\n', `confidence 0.6\n  - ${CURSOR}\n`));
      const items = (await complete(document, position, ' ')).filter((i) => labelOf(i).startsWith('Check-in '));
      assert.equal(items.length, 1);
      assert.match((items[0]!.insertText as vscode.SnippetString).value, new RegExp(`^${todayIso()}: \\$\\{1:‹value›\\} min, confidence \\$\\{2:0.6\\}$`));
    });

    it('offers the units used in the file after a number', async () => {
      const position = await withCursor(document, original.replace('(now 150 users)\n', `(now 150 users)\n- KR3: Cut review rounds from 3 ${CURSOR}\n`));
      const labels = (await complete(document, position, ' ')).map(labelOf);
      assert.ok(labels.includes('min') && labels.includes('users'), JSON.stringify(labels));
    });
  });

  it('hovers a KR with its numbers, status and check-ins, and an objective with its roll-up', async () => {
    const kr = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(original.indexOf('Cut the time')));
    const text = hoverText(kr);
    assert.match(text, /60 min → \*\*40 min\*\* → 20 min/);
    assert.match(text, /`[█░]{10}` \d+%/);
    assert.match(text, /Status: \*\*/);
    assert.match(text, /\| 2026-11-07 \| 40 min \| 0\.6 \|/);
    const objective = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(original.indexOf('Make writing')));
    assert.match(hoverText(objective), /Roll-up of 2 of 2 key results/);
  });

  it('lists objectives and KRs in the outline with progress in the detail', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const flat = (xs: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => xs.flatMap((s) => [s, ...flat(s.children ?? [])]);
    const o1 = flat(symbols).find((s) => s.name === 'O1: Make writing an OKR plan feel effortless' && s.kind === vscode.SymbolKind.Class);
    assert.ok(o1, `objective symbol in ${JSON.stringify(flat(symbols).map((s) => s.name))}`);
    assert.match(o1.detail, /^\d+%/);
    assert.deepEqual(o1.children.map((c) => c.name.slice(0, 4)), ['KR1:', 'KR2:']);
    assert.equal(o1.selectionRange.start.line, document.positionAt(original.indexOf('Make writing')).line);
  });

  it('puts a CodeLens with progress, status and KR count above each objective', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const ours = lenses.filter((l) => /^(\d+%|–) · .*KRs?$/.test(l.command?.title ?? ''));
    assert.equal(ours.length, 2);
    assert.match(ours[0]!.command!.title, / · 2 KRs$/);
    assert.equal(ours[0]!.range.start.line, document.positionAt(original.indexOf('## O1:')).line);

    const config = vscode.workspace.getConfiguration('okr');
    await config.update('codeLens.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const off = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      assert.deepEqual(off.filter((l) => /KRs?$/.test(l.command?.title ?? '')).length, 0, 'okr.codeLens.enabled = false hides them');
    } finally {
      await config.update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('finds objectives across the workspace', async () => {
    const symbols = await eventually(
      () => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'effortless'),
      (xs) => xs.some((s) => s.name === 'O1: Make writing an OKR plan feel effortless'),
      'the workspace symbol',
    );
    const hit = symbols.find((s) => s.name === 'O1: Make writing an OKR plan feel effortless')!;
    assert.ok(hit.location.uri.toString().endsWith('/language/features.okr.md'));
    // Held by its cycle, not by the file name VS Code shows after it (Ctrl+T read 'features.okr.md • language/features.okr.md').
    assert.equal(hit.containerName, '2026-Q4');
    assert.equal(hit.kind, vscode.SymbolKind.Class);
    // A key result is a symbol too, held by its objective.
    const krs = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'weekly active writers');
    const kr = krs.find((s) => s.name.startsWith('KR2: Raise weekly active writers'));
    assert.ok(kr, JSON.stringify(krs.map((s) => s.name)));
    assert.equal(kr.containerName, 'O1: Make writing an OKR plan feel effortless');
    assert.equal(kr.kind, vscode.SymbolKind.Field);
    assert.equal(kr.location.range.start.line, document.getText().split('\n').findIndex((l) => l.includes('KR2: Raise weekly active writers')));
  });

  it('indexes an OKR file created on disk and forgets it when deleted (file watcher)', async () => {
    const uri = vscode.Uri.joinPath(document.uri, '..', 'created-by-test.okr.md');
    const text = '---\nquarter: 2026-Q4\n---\n# Created\n\n## O1: Appear in the index zebrafish\n\n- KR1: Raise the count from 1 to 2\n';
    const find = (): Thenable<vscode.SymbolInformation[]> => vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'zebrafish');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const found = await eventually(find, (xs) => xs.length === 1, 'the created file in the workspace index');
      assert.ok(found[0]!.location.uri.toString().endsWith('/language/created-by-test.okr.md'));
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await eventually(find, (xs) => xs.length === 0, 'the deleted file gone from the index');
  });

  it('goes from an Aligns target to the parent objective, and finds the references to it', async () => {
    const at = document.positionAt(original.indexOf('../okr.md#o1') + 3);
    const defs = await eventually(
      () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, at),
      (xs) => xs.length > 0,
      'a definition',
    );
    const def = defs[0]!;
    const uri = 'targetUri' in def ? def.targetUri : def.uri;
    const range = 'targetRange' in def ? def.targetRange : def.range;
    assert.ok(uri.toString().endsWith('/okr.md') && !uri.toString().endsWith('.okr.md'), uri.toString());
    const parent = await vscode.workspace.openTextDocument(uri);
    assert.equal(parent.getText(range), 'Make deploys boring for every product team');

    const refs = await eventually(
      () => vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', parent.uri, range.start),
      (xs) => xs.filter((l) => l.uri.toString().endsWith('.okr.md')).length >= 2,
      'references from team.okr.md and features.okr.md',
    );
    const files = refs.map((l) => l.uri.path.slice(l.uri.path.lastIndexOf('/') + 1));
    assert.ok(files.includes('team.okr.md') && files.includes('features.okr.md'), JSON.stringify(files));

    const fromParentKey = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      document.positionAt(original.indexOf('parent: ../okr.md') + 'parent: ../'.length),
    );
    const parentUri = fromParentKey.map((d) => ('targetUri' in d ? d.targetUri : d.uri))[0];
    assert.equal(parentUri?.toString(), uri.toString(), 'front matter parent: goes to the parent file');
  });

  it('follows okr.files: a Markdown file that matches gets the features, and loses them when the pattern goes', async () => {
    const notes = await openFixture('notes/other.md');
    const config = vscode.workspace.getConfiguration('okr');
    const lenses = async (): Promise<string[]> =>
      ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', notes.uri)) ?? [])
        .map((l) => l.command?.title ?? '')
        .filter((title) => /KRs?$/.test(title));
    assert.deepEqual(await lenses(), [], 'not an OKR file yet');
    await config.update('files', ['notes/*.md'], vscode.ConfigurationTarget.Workspace);
    try {
      const titles = await eventually(lenses, (xs) => xs.length === 1, 'a CodeLens on notes/other.md');
      assert.match(titles[0]!, / · 2 KRs$/);
    } finally {
      await config.update('files', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await eventually(lenses, (xs) => xs.length === 0, 'no CodeLens once the pattern is gone');
  });

  describe('a plain README.md', () => {
    let readme: vscode.TextDocument;
    before(async () => {
      readme = await openFixture('README.md');
    });

    it('gets no OKR completions, hovers, symbols or lenses', async () => {
      const text = readme.getText();
      const kr = readme.positionAt(text.indexOf('- KR1:') + 2);
      for (const trigger of [' ', '@', ':', undefined]) {
        // Word-based suggestions (kind Text) repeat words of other open files; they are not ours.
        const items = (await complete(readme, kr, trigger)).filter((i) => i.kind !== vscode.CompletionItemKind.Text && OURS.test(labelOf(i)));
        assert.deepEqual(items.map((i) => `${labelOf(i)} (${vscode.CompletionItemKind[i.kind ?? 0]})`), [], `completions with trigger ${JSON.stringify(trigger)}`);
      }
      const heading = readme.positionAt(text.indexOf('Not an objective'));
      for (const at of [kr, heading]) {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', readme.uri, at);
        assert.ok(!/Roll-up|→|Progress unknown/.test(hoverText(hovers)), hoverText(hovers));
      }
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', readme.uri);
      const flat = (xs: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] => xs.flatMap((s) => [s, ...flat(s.children ?? [])]);
      assert.deepEqual(flat(symbols ?? []).filter((s) => /%/.test(s.detail)).map((s) => s.name), []);
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', readme.uri);
      assert.deepEqual((lenses ?? []).filter((l) => /KRs?$/.test(l.command?.title ?? '')).map((l) => l.command?.title), []);
    });
  });
});
