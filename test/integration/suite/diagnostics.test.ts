// Live diagnostics in a real VS Code: rule ids as links, severities, ranges, related information,
// updates while typing (never a stale result), `.okrlintrc.json` and settings, and clearing.
import * as assert from '../assert';
import * as vscode from 'vscode';
import { defaultConfig, lint, ruleById, type ResolvedConfig } from '../../../src/core/lint/index';
import { parseOkr } from '../../../src/core/parse';
import { codeOf, getExtension, okrDiagnostics, openFixture, sleep, workspaceRoot } from '../helpers';
import { openScratch, rangeOf, rangeText, revert, setText, waitForNoRules, waitForRules, withoutAutoSave } from './editing-helpers';

const FIVE_KRS = `---
team: Editing
cycle: 2026-Q4
---

# Editing fixture

## O1: Ship a calmer release train

- KR1: Increase releases per week from 2 to 5 by 2026-12-15
- KR2: Reduce rollback rate from 8% to 2% by 2026-12-15
- KR3: Cut the time to restore from 60 min to 15 min by 2026-12-15
- KR4: Raise the share of green builds from 80% to 95% by 2026-12-15
- KR5: Lower the pages per week from 12 to 4 by 2026-12-15
`;

const TOO_MANY = 'objective-too-many-key-results';
const NO_OWNER = 'objective-missing-owner';
const TOO_LONG = 'objective-too-long';

function byRule(diagnostics: vscode.Diagnostic[], ruleId: string): vscode.Diagnostic {
  const found = diagnostics.find((d) => codeOf(d) === ruleId);
  if (!found) assert.fail(`no ${ruleId} among ${JSON.stringify(diagnostics.map((d) => codeOf(d)))}`);
  return found;
}

async function updateSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('okr').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('diagnostics', () => {
  let scratch: vscode.TextDocument | undefined;
  withoutAutoSave();

  afterEach(async () => {
    await updateSetting('lint.rules', undefined);
    await updateSetting('lint.run', undefined);
    if (scratch) await revert(scratch);
  });

  it('publishes lint results with the rule id linking to its docs, severities, ranges and related locations', async () => {
    scratch = await openScratch(FIVE_KRS);
    const diagnostics = await waitForRules(scratch.uri, [TOO_MANY, NO_OWNER]);
    const tooMany = byRule(diagnostics, TOO_MANY);
    assert.equal(tooMany.source, 'okr');
    assert.equal(tooMany.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(rangeText(tooMany.range), rangeText(rangeOf(scratch, 'Ship a calmer release train')));
    const code = tooMany.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, TOO_MANY);
    assert.equal(code.target.toString(true), ruleById(TOO_MANY)!.meta.docsUrl);
    assert.match(code.target.toString(true), /objective-too-many-key-results\.md$/);
    const related = tooMany.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0]!.location.uri.toString(), scratch.uri.toString());
    assert.equal(rangeText(related[0]!.location.range), rangeText(rangeOf(scratch, 'Lower the pages per week from 12 to 4 by 2026-12-15')));
    assert.equal(byRule(diagnostics, NO_OWNER).severity, vscode.DiagnosticSeverity.Information);
  });

  it('follows quick edits and never publishes the result of an older version', async () => {
    scratch = await openScratch(FIVE_KRS);
    await waitForRules(scratch.uri, [TOO_MANY]);
    const document = scratch;
    // Several edits in a row, faster than the debounce: add a KR, then remove two.
    const end = document.lineCount - 1;
    for (const edit of [
      (e: vscode.WorkspaceEdit) => e.insert(document.uri, new vscode.Position(end, 0), '- KR6: Halve flaky tests from 40 to 20\n'),
      (e: vscode.WorkspaceEdit) => e.delete(document.uri, new vscode.Range(end, 0, end + 1, 0)),
      (e: vscode.WorkspaceEdit) => e.delete(document.uri, new vscode.Range(end - 1, 0, end, 0)),
    ]) {
      const workspaceEdit = new vscode.WorkspaceEdit();
      edit(workspaceEdit);
      assert.ok(await vscode.workspace.applyEdit(workspaceEdit));
    }
    assert.ok(!document.getText().includes('KR5'), 'the last KR was removed');
    await waitForNoRules(document.uri, [TOO_MANY]);
    await sleep(800); // a stale run finishing late would bring it back
    assert.deepEqual(okrDiagnostics(document.uri).filter((d) => codeOf(d) === TOO_MANY).length, 0);
    assert.ok(okrDiagnostics(document.uri).some((d) => codeOf(d) === NO_OWNER), 'the other results stay');
  });

  it('after 150 quick edits shows exactly what a fresh lint of the final text finds', async () => {
    scratch = await openScratch(FIVE_KRS);
    await waitForRules(scratch.uri, [TOO_MANY]);
    const document = scratch;
    const words = ['Improve', 'Launch', 'Increase', 'Write', 'Reduce'];
    for (let i = 0; i < 150; i++) {
      const line = 9 + (i % 5);
      const text = document.lineAt(line).text;
      const edit = new vscode.WorkspaceEdit();
      // Alternate between rewording a KR's verb and typing/deleting a character at its end.
      if (i % 3 === 0) {
        const verb = /KR\d: (\w+)/.exec(text);
        if (verb) edit.replace(document.uri, new vscode.Range(line, verb.index + 5, line, verb.index + 5 + verb[1]!.length), words[i % words.length]!);
      } else if (i % 3 === 1) edit.insert(document.uri, new vscode.Position(line, text.length), ' x');
      else edit.delete(document.uri, new vscode.Range(line, Math.max(0, text.length - 2), line, text.length));
      await vscode.workspace.applyEdit(edit);
    }
    const finalText = document.getText();
    const expected = lint(parseOkr(finalText), finalText, { config: defaultConfig(), fileName: 'editing/lint.okr.md' })
      .filter((d) => d.ruleId !== 'alignment-unresolved')
      .map((d) => `${d.ruleId}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`)
      .sort();
    const shown = (): string[] =>
      okrDiagnostics(document.uri)
        .filter((d) => codeOf(d) !== 'alignment-unresolved')
        .map((d) => `${String(codeOf(d))}@${rangeText(d.range)} ${d.message}`)
        .sort();
    const deadline = Date.now() + 10_000;
    while (JSON.stringify(shown()) !== JSON.stringify(expected) && Date.now() < deadline) await sleep(100);
    assert.deepEqual(shown(), expected);
    await sleep(700); // nothing older arrives afterwards
    assert.deepEqual(shown(), expected);
  });

  it('with okr.lint.run = onSave does not lint while typing, and a settings change re-lints at once', async () => {
    scratch = await openScratch(FIVE_KRS);
    await waitForRules(scratch.uri, [TOO_MANY]);
    await updateSetting('lint.run', 'onSave');
    await sleep(500); // the configuration event (and its immediate re-lint) arrives asynchronously
    await setText(scratch, FIVE_KRS.replace(/- KR5.*\n/, ''));
    await sleep(1000);
    assert.ok(okrDiagnostics(scratch.uri).some((d) => codeOf(d) === TOO_MANY), 'typing did not re-lint');
    await updateSetting('lint.run', 'onType');
    await waitForNoRules(scratch.uri, [TOO_MANY], 5000);
  });

  it('uses the nearest .okrlintrc.json and lets okr.lint.rules override it', async () => {
    const configured = await openFixture('editing/configured/okr.md');
    const diagnostics = await waitForRules(configured.uri, [TOO_LONG]);
    const tooLong = byRule(diagnostics, TOO_LONG);
    assert.equal(tooLong.severity, vscode.DiagnosticSeverity.Error, 'severity from the config file');
    assert.match(tooLong.message, /20/);
    // An unknown rule id in the settings is reported once; the rest of the settings still apply.
    await updateSetting('lint.rules', { [TOO_LONG]: 'off', 'objective-too-lng': 'error' });
    await waitForNoRules(configured.uri, [TOO_LONG], 5000);
    await updateSetting('lint.rules', { [TOO_LONG]: 'hint' });
    const again = await waitForRules(configured.uri, [TOO_LONG], 5000);
    assert.equal(byRule(again, TOO_LONG).severity, vscode.DiagnosticSeverity.Hint, 'settings win over the file, options from the file stay');
  });

  it('resolves the configuration once and reuses it until a setting or the config file changes', async () => {
    const api = getExtension().exports as { lintConfigFor(uri: vscode.Uri): Promise<{ config: ResolvedConfig }> };
    const configOf = async (uri: vscode.Uri): Promise<ResolvedConfig> => (await api.lintConfigFor(uri)).config;
    /** Polls until the configuration is another object than `old` (change events arrive asynchronously). */
    const changedFrom = async (uri: vscode.Uri, old: ResolvedConfig): Promise<ResolvedConfig> => {
      const deadline = Date.now() + 10_000;
      let config = await configOf(uri);
      while (config === old && Date.now() < deadline) {
        await sleep(100);
        config = await configOf(uri);
      }
      assert.notEqual(config, old, 'the change was seen');
      return config;
    };
    const configured = await openFixture('editing/configured/okr.md');
    await waitForRules(configured.uri, [TOO_LONG]);
    const first = await configOf(configured.uri);
    assert.equal(first.rules[TOO_LONG]?.severity, 'error');
    // Lint runs in between (an edit and its re-lint) resolve nothing new: the same object (and so
    // the same `rules` object, which the linter's memo is keyed by).
    await setText(configured, `${configured.getText()}\n`);
    await sleep(600);
    assert.equal(await configOf(configured.uri), first);
    assert.equal((await configOf(configured.uri)).rules, first.rules);
    await revert(configured);
    // A settings change is seen, and then reused in turn.
    await updateSetting('lint.rules', { [TOO_LONG]: 'hint' });
    const afterSettings = await changedFrom(configured.uri, first);
    assert.equal(afterSettings.rules[TOO_LONG]?.severity, 'hint');
    assert.deepEqual(afterSettings.rules[TOO_LONG]?.options, { max: 20 }, 'options from the file stay');
    assert.equal(await configOf(configured.uri), afterSettings);
    await updateSetting('lint.rules', undefined);
    // The settings change is seen before the file is written (its event must not land in between).
    const afterReset = await changedFrom(configured.uri, afterSettings);
    assert.equal(afterReset.rules[TOO_LONG]?.severity, 'error');
    // A config file change on disk is seen; the watcher's create and change events for that one
    // write (far apart under load) keep the configuration resolved from the file's text.
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'editing', `config-cache-${Date.now()}`);
    const file = vscode.Uri.joinPath(folder, 'okr.md');
    const rc = vscode.Uri.joinPath(folder, '.okrlintrc.json');
    const write = (max: number) => vscode.workspace.fs.writeFile(rc, new TextEncoder().encode(JSON.stringify({ rules: { [TOO_LONG]: ['warning', { max }] } })));
    try {
      await write(25);
      const before = await changedFrom(file, afterReset);
      assert.deepEqual(before.rules[TOO_LONG]?.options, { max: 25 });
      assert.equal(await configOf(file), before);
      // Whenever the watcher's events for that write arrive, they keep it (the file's text is the same).
      await sleep(600);
      assert.equal(await configOf(file), before, 'the create and change events of one write keep the configuration');
      await write(35);
      const after = await changedFrom(file, before);
      assert.deepEqual(after.rules[TOO_LONG]?.options, { max: 35 });
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('ignores are hierarchical, as in the CLI: a config file inside an ignored folder does not bring its files back', async () => {
    const root = vscode.Uri.joinPath(workspaceRoot(), 'editing', `hierarchical-${Date.now()}`);
    const outer = vscode.Uri.joinPath(root, '.okrlintrc.json');
    const file = vscode.Uri.joinPath(root, 'vendor', 'okr.md');
    const put = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await put(outer, JSON.stringify({ ignores: ['vendor'] }));
      await put(vscode.Uri.joinPath(root, 'vendor', '.okrlintrc.json'), '{}');
      await put(file, FIVE_KRS);
      const document = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(document, { preview: false });
      await sleep(1500);
      assert.deepEqual(okrDiagnostics(file), [], 'ignored by the config further up');
      // Without it, the nearer config lints the file.
      await vscode.workspace.fs.delete(outer);
      await waitForRules(file, [TOO_MANY], 10_000);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(root, { recursive: true }).then(undefined, () => undefined);
    }
  });

  it('reports an invalid config file once, on that file, and lints with the defaults', async () => {
    const broken = await openFixture('editing/broken/okr.md');
    const config = vscode.Uri.joinPath(broken.uri, '..', '.okrlintrc.json');
    const deadline = Date.now() + 10_000;
    while (okrDiagnostics(config).length === 0 && Date.now() < deadline) await sleep(100);
    const problems = okrDiagnostics(config);
    assert.equal(problems.length, 1, JSON.stringify(problems.map((p) => p.message)));
    assert.equal(problems[0]!.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(problems[0]!.range.start.line, 3);
    assert.match(problems[0]!.message, /\.okrlintrc\.json.*line 4/);
    // The title (47 characters) is fine for the default maximum (70): the broken file's 20 is not used.
    await sleep(500);
    assert.equal(okrDiagnostics(broken.uri).filter((d) => codeOf(d) === TOO_LONG).length, 0);
  });

  it('clears the diagnostics of a document that stops being an OKR file', async () => {
    scratch = await openScratch(FIVE_KRS);
    await waitForRules(scratch.uri, [TOO_MANY]);
    const plain = await vscode.languages.setTextDocumentLanguage(scratch, 'plaintext');
    await waitForNoRules(plain.uri, [TOO_MANY, NO_OWNER], 5000);
    assert.equal(okrDiagnostics(plain.uri).length, 0);
    scratch = await vscode.languages.setTextDocumentLanguage(plain, 'markdown');
    await waitForRules(scratch.uri, [TOO_MANY], 5000);
  });

  it('re-lints open files when another OKR file is created, renamed or deleted', async function () {
    if (!ruleById('alignment-unresolved')) this.skip();
    const name = `partner-${Date.now()}.okr.md`;
    const partner = vscode.Uri.joinPath(workspaceRoot(), 'editing', name);
    const renamed = vscode.Uri.joinPath(workspaceRoot(), 'editing', `moved-${name}`);
    scratch = await openScratch(FIVE_KRS.replace('## O1: Ship a calmer release train\n', `## O1: Ship a calmer release train\n\nAligns: ./${name}#o1\n`));
    await waitForRules(scratch.uri, ['alignment-unresolved']);
    try {
      await vscode.workspace.fs.writeFile(partner, new TextEncoder().encode('---\nquarter: 2026-Q4\n---\n# Partner\n\n## O1: Be a good partner\n\n- KR1: Raise NPS from 30 to 45\n'));
      await waitForNoRules(scratch.uri, ['alignment-unresolved'], 15_000);
      await vscode.workspace.fs.rename(partner, renamed);
      await waitForRules(scratch.uri, ['alignment-unresolved'], 15_000);
    } finally {
      await vscode.workspace.fs.delete(partner).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(renamed).then(undefined, () => undefined);
    }
  });

  it('resolves Aligns: across the workspace (alignment-unresolved)', async function () {
    if (!ruleById('alignment-unresolved')) this.skip(); // the rule lands with the lint engine's workspace rules
    scratch = await openScratch(`${FIVE_KRS.replace('# Editing fixture', '# Editing fixture\n\n## O2: Be found\n\nAligns: ./okr.md#no-such-objective\n\n- KR1: Raise NPS from 30 to 45\n- KR2: Cut churn from 5% to 3%')}`);
    const diagnostics = await waitForRules(scratch.uri, ['alignment-unresolved']);
    assert.equal(rangeText(byRule(diagnostics, 'alignment-unresolved').range).split('-')[0]!.split(':')[0], String(rangeOf(scratch, 'no-such-objective').start.line));
    await setText(scratch, scratch.getText().replace('./okr.md#no-such-objective', './okr.md#o1'));
    await waitForNoRules(scratch.uri, ['alignment-unresolved']);
  });
});
