// What `okr lint` does when a rule throws on a file (a bug, found by a user's text): the engine
// skips the rule and tells the host (`onRuleError`); the CLI names the file, the rule and the error
// (no stack trace unless OKR_DEBUG is set), leaves that file as it was under --fix, lints and fixes
// every other file as usual, and exits 2. The same bytes out, on disk and on stderr, on one thread
// or several. The failing rule is a test-only one (failing-rule.ts), built into a private CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint } from '../../../src/core/lint/index';
import { CLEAN, FIXABLE, FIXED } from '../fixtures';
import { FAILING_RULE_ID, FAILING_RULE_PRELUDE, FAILURE_MESSAGE, THROW, THROW_ONCE_FIXED, addFailingRule } from './failing-rule';
import { privateCli } from './private-cli';

/** Every file of a folder, name → bytes. */
function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'latin1')]));
}

describe('a rule that throws', function () {
  this.timeout(120_000);

  describe('in the engine', () => {
    let remove: () => void = () => undefined;
    before(() => (remove = addFailingRule()));
    after(() => remove());

    it('is skipped for that document, the other rules report, and onRuleError hears of it', () => {
      const text = `${FIXABLE}\r\n${THROW}\r\n`;
      const heard: [string, unknown][] = [];
      const diagnostics = lint(parseOkr(text), text, { config: defaultConfig(), onRuleError: (ruleId, error) => heard.push([ruleId, error]) });
      assert.deepEqual(heard.map(([id, error]) => [id, error instanceof TypeError ? error.message : error]), [[FAILING_RULE_ID, FAILURE_MESSAGE]]);
      const without = lint(parseOkr(text), text, { config: defaultConfig() });
      assert.deepEqual(diagnostics, without, 'the same diagnostics with and without a listener');
      assert.ok(diagnostics.some((d) => d.ruleId === 'kr-vague-verb'));
      assert.ok(!diagnostics.some((d) => d.ruleId === FAILING_RULE_ID));
      // A file the rule does not throw on: nothing heard.
      lint(parseOkr(FIXABLE), FIXABLE, { config: defaultConfig(), onRuleError: (ruleId, error) => heard.push([ruleId, error]) });
      assert.equal(heard.length, 1);
    });
  });

  describe('in okr lint', () => {
    let root = '';
    let bin = '';
    let ws = '';
    // Enough files that a worker takes some before the main thread is done (checked: `threadsRan`).
    const names = Array.from({ length: 200 }, (_, i) => `f${String(i).padStart(3, '0')}.okr.md`);
    // A file in the middle on which the rule throws, one further on where it throws only on the fixed text.
    const textOf = (name: string): string => (name === 'f012.okr.md' ? `${FIXABLE}${THROW}\r\n` : name === 'f127.okr.md' ? `${FIXABLE}${THROW_ONCE_FIXED}\r\n` : name === 'f133.okr.md' ? CLEAN : FIXABLE);

    before(async () => {
      ({ root, bin } = await privateCli('okr-rule-failure-', { prelude: FAILING_RULE_PRELUDE }));
      ws = join(root, 'ws');
      mkdirSync(ws);
      for (const name of names) writeFileSync(join(ws, name), textOf(name));
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    const okr = (cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, OKR_DEBUG: '', OKR_TEST_RULE_THREADS: '', ...env } });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    /** `okr` with the failing rule noting the threads it ran on; returns them too. */
    const okrThreads = (cwd: string, args: string[]) => {
      const marks = join(root, `threads-${Math.random().toString(36).slice(2)}`);
      mkdirSync(marks);
      const r = okr(cwd, args, { OKR_TEST_RULE_THREADS: marks });
      const threads = readdirSync(marks).sort();
      rmSync(marks, { recursive: true });
      return { r, threads };
    };
    /** Asserts that `args` on 2 threads gives `one`, with a worker taking part (a few tries: a worker may start too late). */
    const assertSameOnTwoThreads = (one: ReturnType<typeof okr>, run: () => { r: ReturnType<typeof okr>; threads: string[] }): void => {
      for (let attempt = 1; ; attempt++) {
        const { r, threads } = run();
        assert.deepEqual(r, one);
        if (threads.some((t) => t !== 'thread-0')) return;
        assert.ok(attempt < 3, `no worker linted a file in ${attempt} runs (threads: ${threads.join(', ')})`);
      }
    };
    const copy = (name: string): string => {
      const dir = join(root, name);
      cpSync(ws, dir, { recursive: true });
      return dir;
    };

    it('--fix: the file is named with the rule and the error, left as it was, the others fixed; exit 2; the same on 1 and 2 threads', () => {
      const a = copy('fix-1');
      const one = okr(a, ['lint', '--fix', '--format', 'json', '--jobs', '1', '.']);
      assert.equal(one.status, 2, one.stderr);
      assert.equal(
        one.stderr,
        `okr lint: f012.okr.md: rule ${FAILING_RULE_ID} failed: TypeError: ${FAILURE_MESSAGE} (the file was not fixed)\n` +
          `okr lint: f127.okr.md: rule ${FAILING_RULE_ID} failed on the fixed text: TypeError: ${FAILURE_MESSAGE} (the file was not fixed)\n`,
      );
      const after = snapshot(a);
      let tries = 0;
      assertSameOnTwoThreads(one, () => {
        const b = copy(`fix-2-${++tries}`);
        const two = okrThreads(b, ['lint', '--fix', '--format', 'json', '--jobs', '2', '.']);
        assert.deepEqual(snapshot(b), after, 'the same bytes on disk');
        return two;
      });
      for (const name of names) {
        const expected = name === 'f012.okr.md' || name === 'f127.okr.md' || name === 'f133.okr.md' ? textOf(name) : FIXED;
        assert.equal(after.get(name), expected, name);
      }
      // The files not fixed still show their problems (those of the text on disk), the fixed ones what is left.
      const rows = JSON.parse(one.stdout) as { file: string; ruleId: string }[];
      const rulesOf = (file: string) => new Set(rows.filter((r) => r.file === file).map((r) => r.ruleId));
      for (const file of ['f012.okr.md', 'f127.okr.md']) assert.ok(rulesOf(file).has('kr-vague-verb') && rulesOf(file).has('kr-task-like'), file);
      assert.ok(!rulesOf('f013.okr.md').has('kr-vague-verb') && rulesOf('f013.okr.md').has('kr-not-measurable'));
    });

    it('without --fix: every file is reported, the failure is named, exit 2, the same on 1 and 2 threads', () => {
      const one = okr(ws, ['lint', '--jobs', '1', '.']);
      assert.equal(one.status, 2);
      assert.equal(one.stderr, `okr lint: f012.okr.md: rule ${FAILING_RULE_ID} failed: TypeError: ${FAILURE_MESSAGE}\n`);
      assertSameOnTwoThreads(one, () => okrThreads(ws, ['lint', '--jobs', '2', '.']));
      for (const name of names) if (name !== 'f133.okr.md') assert.match(one.stdout, new RegExp(`^${name.replace('.', '\\.')}$`, 'm'));
      // Exit 2 outranks the findings' 1 and --max-warnings.
      assert.equal(okr(ws, ['lint', '--max-warnings', '0', 'f012.okr.md']).status, 2);
      assert.equal(okr(ws, ['lint', 'f013.okr.md', 'f133.okr.md']).status, 0, 'files it does not throw on');
    });

    it('prints no stack trace, unless OKR_DEBUG is set', () => {
      assert.doesNotMatch(okr(ws, ['lint', 'f012.okr.md']).stderr, /^\s+at /m);
      const debug = okr(ws, ['lint', 'f012.okr.md'], { OKR_DEBUG: '1' });
      assert.equal(debug.status, 2);
      assert.match(debug.stderr, new RegExp(`^okr lint: f012\\.okr\\.md: rule ${FAILING_RULE_ID} failed: TypeError: ${FAILURE_MESSAGE}\\nTypeError: ${FAILURE_MESSAGE}\\n\\s+at `));
    });

    it('fixes that cannot be written: the file is named, the others are fixed, exit 2', function () {
      const dir = copy('read-only');
      const locked = join(dir, 'f005.okr.md');
      chmodSync(locked, 0o444);
      // As root the mode does not stop a write: run as nobody, with the folders and the build readable.
      const asRoot = process.getuid?.() === 0;
      if (asRoot) {
        chmodSync(root, 0o755);
        chmodSync(dir, 0o777);
        for (const name of readdirSync(dir)) if (name !== 'f005.okr.md') chmodSync(join(dir, name), 0o666);
      }
      const r = spawnSync(process.execPath, [bin, 'lint', '--fix', '--jobs', '2', '.'], { cwd: dir, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, /^okr lint: cannot write the fixes to f005\.okr\.md: permission denied$/m);
      assert.equal(readFileSync(locked, 'latin1'), FIXABLE);
      assert.equal(readFileSync(join(dir, 'f006.okr.md'), 'latin1'), FIXED);
      assert.match(r.stdout, /^f005\.okr\.md\n(?:.*\n)*.*kr-vague-verb/m, 'its problems are those on disk');
    });
  });
});
