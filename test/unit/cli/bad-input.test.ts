// Bad input through the CLI (`okr lint`, `okr report`): junk bytes, NUL bytes, invalid UTF-8, a
// folder named like an OKR file, unreadable files and folders, symbolic link loops, broken
// configuration, bad options. Each gives a clear message and the documented exit code (0 clean,
// 1 findings, 2 bad arguments or input), never an unexpected error or a stack trace. In-process
// through `main` (one thread), except where a test needs another user (spawned private build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { artifact } from '../../../src/cli/lint';
import { describeError } from '../../../src/cli/command';
import { CLEAN, FIXABLE } from '../fixtures';
import { runs, seed } from '../reliability/generators';
import { privateCli } from './private-cli';
import { runOkr as okr, useSandbox } from './sandbox';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** What no input may cause: a bug's message or a stack trace. */
function assertNoCrash(r: Run, what: string): void {
  assert.ok([0, 1, 2].includes(r.code), `${what}: exit ${r.code}`);
  assert.doesNotMatch(r.stderr, /unexpected error|^\s+at /m, `${what}: ${r.stderr}`);
}

describe('okr CLI: bad input gives a clear message and the documented exit code', function () {
  this.timeout(60_000);
  const box = useSandbox({ prefix: 'okr-bad-input-' });
  let dir = '';
  beforeEach(() => (dir = box.dir));

  it('junk bytes and invalid UTF-8 are linted with a warning that says so; --fix leaves the bytes as they were', async () => {
    // As byte strings (latin1: one character per byte).
    const junk = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(join(dir, 'junk.okr.md'), junk, 'latin1');
    const latin1 = FIXABLE.replace('Delight customers', 'Délight clients');
    writeFileSync(join(dir, 'latin1.okr.md'), latin1, 'latin1');
    const r = await okr(dir, 'lint', '--fix', 'junk.okr.md', 'latin1.okr.md');
    assertNoCrash(r, 'junk');
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^junk\.okr\.md: warning: not valid UTF-8 text/m);
    assert.match(r.stderr, /^latin1\.okr\.md: warning: not valid UTF-8 text/m);
    assert.match(r.stderr, /^okr lint: not fixing latin1\.okr\.md: it is not valid UTF-8/m);
    assert.equal(readFileSync(join(dir, 'junk.okr.md'), 'latin1'), junk);
    assert.equal(readFileSync(join(dir, 'latin1.okr.md'), 'latin1'), latin1);
    assertNoCrash(await okr(dir, 'report', '--format', 'json', 'junk.okr.md', 'latin1.okr.md'), 'report junk');
    // Valid UTF-8 that holds U+FFFD itself is not called invalid.
    writeFileSync(join(dir, 'fffd.okr.md'), CLEAN.replace('Grow usage', 'Grow \uFFFD usage'));
    assert.doesNotMatch((await okr(dir, 'lint', 'fffd.okr.md')).stderr, /UTF-8/);
  });

  it('NUL bytes and control characters anywhere: no crash, the KRs around them still read', async () => {
    writeFileSync(join(dir, 'nul.okr.md'), CLEAN.replace('Grow usage', 'Grow\u0000usage').replace('to 200', 'to 200\u0000\u0007\u001b[31m'));
    const r = await okr(dir, 'lint', '--format', 'json', 'nul.okr.md');
    assertNoCrash(r, 'nul');
    assert.ok(Array.isArray(JSON.parse(r.stdout)));
    const report = await okr(dir, 'report', '--format', 'json', 'nul.okr.md');
    assertNoCrash(report, 'report nul');
    assert.equal(JSON.parse(report.stdout).files[0].objectives[0].keyResults.length, 2);
  });

  it('a folder named like an OKR file, a symbolic link loop, an empty name: exit 2 with what is wrong', async () => {
    mkdirSync(join(dir, 'dir.okr.md'));
    symlinkSync('loop-b.okr.md', join(dir, 'loop-a.okr.md'));
    symlinkSync('loop-a.okr.md', join(dir, 'loop-b.okr.md'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    spawnSync('mkfifo', [join(dir, 'pipe.okr.md')]);
    writeFileSync(join(dir, 'sub', 'okr.md'), FIXABLE);
    const cases: [string[], RegExp][] = [
      [['lint', 'dir.okr.md'], /^okr lint: no OKR files \(okr\.md, \*\.okr\.md\) in dir\.okr\.md\n$/],
      [['report', 'loop-a.okr.md'], /^okr report: cannot read loop-a\.okr\.md: a loop of symbolic links\n$/],
      [['report', 'pipe.okr.md'], /^okr report: not a file or folder: pipe\.okr\.md\n$/],
      [['lint', 'loop-a.okr.md'], /^okr lint: cannot read loop-a\.okr\.md: a loop of symbolic links\n$/],
      [['lint', ''], /^okr lint: an empty file name was given\n$/],
      [['lint', 'nope.okr.md'], /^okr lint: no such file or directory: nope\.okr\.md\n$/],
      [['lint', '/dev/zero'], /^okr lint: not a file or folder: \/dev\/zero\n$/],
    ];
    for (const [argv, message] of cases) {
      const r = await okr(dir, ...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message, argv.join(' '));
    }
    // A folder walk takes a link to a file, steps over a link back up the tree (no loop), link loops,
    // dangling links, the pipe and the folder named like a file.
    mkdirSync(join(dir, 'team'));
    symlinkSync(join('..', 'sub', 'okr.md'), join(dir, 'team', 'linked.okr.md'));
    symlinkSync('gone.okr.md', join(dir, 'team', 'dangling.okr.md'));
    const walk = await okr(dir, 'lint', '--format', 'json', '.');
    assert.equal(walk.code, 0, walk.stderr);
    // (The link is to a file the walk reached first: one file, under its first name; files.test.ts.)
    assert.deepEqual([...new Set((JSON.parse(walk.stdout) as { file: string }[]).map((d) => d.file))], ['sub/okr.md']);
    assert.equal(walk.stderr, '');
  });

  it('broken configuration: invalid JSON stops with its position (exit 2); wrong types, unknown rules and presets are named and linting goes on', async () => {
    writeFileSync(join(dir, 'okr.md'), FIXABLE);
    const lintWith = async (config: string, name = '.okrlintrc.json') => {
      writeFileSync(join(dir, name), config);
      const r = await okr(dir, 'lint', '--format', 'json', 'okr.md');
      rmSync(join(dir, name));
      assertNoCrash(r, config);
      return r;
    };
    const invalid = await lintWith('{ "rules": { "kr-task-like": "off", ');
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /^\.okrlintrc\.json:1:\d+: error: Invalid JSON .*\nokr lint: invalid configuration in \.okrlintrc\.json\n$/);
    assert.equal(invalid.stdout, '');
    for (const [config, message] of [
      ['[]', /^\.okrlintrc\.json:1:1: error: Expected the configuration to be an object, found a list$/m],
      ['{"rules": {"kr-task-likes": "off"}}', /^\.okrlintrc\.json:1:12: warning: Unknown rule 'kr-task-likes'/m],
      ['{"rules": {"kr-task-like": "loud"}}', /error: Invalid severity for 'kr-task-like'/],
      ['{"extends": "missing-preset"}', /error: Unknown preset 'missing-preset' in "extends"/],
      ['{"allow": [1]}', /error: Expected "allow" to hold strings, found a number\n$/],
    ] as const) {
      const r = await lintWith(config);
      assert.match(r.stderr, message, config);
      assert.equal(r.code, 0, config);
      assert.ok((JSON.parse(r.stdout) as unknown[]).length > 0, `${config}: still linted`);
    }
    // An ignore pattern the linter cannot use would widen what is linted and fixed: exit 2, nothing
    // linted or written (an extglob, an expansion past the limit; "ignores" not a list, as in
    // `"ignores": "okr.md"`, or a list holding something else than a pattern).
    for (const ignores of [['old/**', '@(drafts|old)/**'], ['{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}/**'], 'okr.md', ['old/**', 5], { 'okr.md': true }]) {
      writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ ignores }));
      const refused = await okr(dir, 'lint', '--fix', 'okr.md');
      rmSync(join(dir, '.okrlintrc.json'));
      assert.equal(refused.code, 2, JSON.stringify(ignores));
      assert.match(refused.stderr, /^\.okrlintrc\.json:1:\d+: error: .*(extglob|alternatives|Expected "ignores").*\nokr lint: invalid configuration in \.okrlintrc\.json: an ignore pattern cannot be used \(above\); no file was linted or fixed\n$/);
      assert.equal(refused.stdout, '');
      assert.equal(readFileSync(join(dir, 'okr.md'), 'utf8'), FIXABLE, 'not fixed');
    }
    // package.json: an `okr` key of the wrong type is named; a package.json that is not JSON is
    // passed over unless it seems to have an `okr` key.
    const pkg = await lintWith('{ "name": "x", "okr": 5 }', 'package.json');
    assert.match(pkg.stderr, /^package\.json:1:\d+: error: Expected the configuration to be an object, found a number$/m);
    assert.equal((await lintWith('{ "name": "x", ', 'package.json')).stderr, '');
    const brokenOkr = await lintWith('{ "name": "x", "okr": { "rules": { } ', 'package.json');
    assert.equal(brokenOkr.code, 2);
    assert.match(brokenOkr.stderr, /^package\.json:1:\d+: error: Invalid JSON .*\nokr lint: invalid configuration in package\.json\n$/);
  });

  it('control characters in a file (escape sequences, bell, C1) reach the terminal as text, not as controls', async () => {
    // (A carriage return is a line break in Markdown: it cannot be inside a title.)
    const hostile = '\u001b]0;pwned\u0007 \u001b[31mRED\u001b[0m \u009b2J';
    writeFileSync(join(dir, 'okr.md'), FIXABLE.replace('Delight customers', `Delight ${hostile} customers`).replace('Improve onboarding', `Improve ${hostile}`));
    const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    for (const argv of [['lint', 'okr.md'], ['report', 'okr.md']]) {
      const r = await okr(dir, ...argv);
      assertNoCrash(r, argv[0]!);
      assert.doesNotMatch(r.stdout, controls, argv[0]!);
      // (The Markdown report escapes the brackets.)
      assert.match(r.stdout, /\\x1b\\?\[31mRED\\x1b\\?\[0m \\x9b2J/, argv[0]!);
    }
    // JSON keeps the text exactly (escaped by JSON itself).
    const json = await okr(dir, 'lint', '--format', 'json', 'okr.md');
    assert.ok((JSON.parse(json.stdout) as { message: string }[]).some((d) => d.message.includes('\u001b[31mRED')));
  });

  it('odd file names (#, ?, %, spaces, accents) come out of SARIF as URIs that point at them', async () => {
    const names = ['a#1.okr.md', 'b?x.okr.md', 'c d%20.okr.md', 'é;=&.okr.md'];
    for (const name of names) writeFileSync(join(dir, name), FIXABLE);
    const r = await okr(dir, 'lint', '--format', 'sarif', '.');
    assertNoCrash(r, 'sarif');
    const uris = new Set((JSON.parse(r.stdout).runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    const resolved = [...uris].map((uri) => {
      const url = new URL(uri, 'file:///checkout/');
      assert.equal(url.hash + url.search, '', uri);
      return decodeURIComponent(url.pathname.slice('/checkout/'.length));
    });
    assert.deepEqual(resolved.sort(), [...names].sort());
    for (const [file, uri] of [
      ['/tmp/x#y/a b.okr.md', 'file:///tmp/x%23y/a%20b.okr.md'],
      ['C:\\okrs\\q?.okr.md', 'file:///C:/okrs/q%3F.okr.md'],
    ]) assert.equal(artifact(file).uri, uri);
  });

  it('bad options: --config missing, a folder or empty; --format unknown; --max-warnings -1 or abc; --jobs 0: exit 2 with the reason', async () => {
    writeFileSync(join(dir, 'okr.md'), CLEAN);
    mkdirSync(join(dir, 'cfg'));
    const cases: [string[], string][] = [
      [['lint', '--config', 'missing.json', 'okr.md'], 'okr lint: no such config file: missing.json\n'],
      [['lint', '--config', 'cfg', 'okr.md'], 'okr lint: cannot read cfg: is a directory\n'],
      [['lint', '--config', '', 'okr.md'], 'okr lint: --config needs a file name\n'],
      [['lint', '--format', 'xml', 'okr.md'], 'okr lint: --format must be stylish, json or sarif, not xml\n'],
      [['report', '--format', 'sarif', 'okr.md'], 'okr report: --format must be json or markdown, not sarif\n'],
      [['lint', '--max-warnings', '-1', 'okr.md'], 'okr lint: --max-warnings must be a whole number, not -1\n'],
      [['lint', '--max-warnings', 'abc', 'okr.md'], 'okr lint: --max-warnings must be a whole number, not abc\n'],
      [['lint', '--max-warnings=', 'okr.md'], 'okr lint: --max-warnings must be a whole number, not \n'],
      [['lint', '--jobs', '0', 'okr.md'], 'okr lint: --jobs must be a whole number from 1, not 0\n'],
      [['lint', '--format'], 'okr lint: --format needs a value\n'],
      [['lint', '--fix=yes', 'okr.md'], 'okr lint: unknown option --fix=yes\n'],
    ];
    for (const [argv, stderr] of cases) {
      const r = await okr(dir, ...argv);
      assert.deepEqual([r.code, r.stderr, r.stdout], [2, stderr, ''], argv.join(' '));
    }
  });

  it('any command line made of real and odd arguments: exit 0, 1 or 2, never an unexpected error', async () => {
    writeFileSync(join(dir, 'okr.md'), FIXABLE);
    writeFileSync(join(dir, 'clean.okr.md'), CLEAN);
    mkdirSync(join(dir, 'dir.okr.md'));
    writeFileSync(join(dir, 'cfg.json'), '{"rules": {"kr-task-like": ["error", {"milestones": "x"}]}}');
    const token = fc.constantFrom(
      'lint', 'report', 'okr.md', 'clean.okr.md', 'dir.okr.md', '.', '*.okr.md', '**/*.md', '[', '{a,', 'nope.md', '',
      '--fix', '--format', 'json', 'sarif', 'markdown', 'xml', '--config', 'cfg.json', 'okr.md', '--max-warnings', '0', '-1', 'abc',
      '--jobs', '1', '99', '--date', '2026-02-30', '2026-12-01', '--fiscal-year-start', '13', '--help', '-h', '--', '-', '--=', '--x=1', '\u0000', 'é',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 7 }), async (argv) => {
        // --fix would change the files under the next runs: not here (its bytes are tested elsewhere).
        const r = await okr(dir, ...argv.filter((a) => a !== '--fix'));
        assertNoCrash(r, JSON.stringify(argv));
      }),
      { numRuns: runs(150), seed: seed(4711) },
    );
  });

  it('any bytes in an OKR file: lint and report exit 0, 1 or 2, never an unexpected error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.nat(), async (bytes, at) => {
        // Junk on its own, and junk spliced into a real file.
        const junk = String.fromCharCode(...bytes);
        const i = at % (FIXABLE.length + 1);
        writeFileSync(join(dir, 'a.okr.md'), junk, 'latin1');
        writeFileSync(join(dir, 'b.okr.md'), FIXABLE.slice(0, i) + junk + FIXABLE.slice(i), 'latin1');
        for (const argv of [['lint', '--format', 'json', 'a.okr.md', 'b.okr.md'], ['report', '--format', 'json', 'a.okr.md', 'b.okr.md']]) {
          const r = await okr(dir, ...argv);
          assertNoCrash(r, argv[0]!);
          JSON.parse(r.stdout);
        }
      }),
      { numRuns: runs(60), seed: seed(4712) },
    );
  });
});

describe('describeError', () => {
  it('one line for any thrown value, the stack only with OKR_DEBUG', () => {
    const saved = process.env['OKR_DEBUG'];
    try {
      delete process.env['OKR_DEBUG'];
      assert.equal(describeError(new TypeError('bad')), 'TypeError: bad');
      assert.equal(describeError(new Error('plain')), 'plain');
      assert.equal(describeError('a string'), 'a string');
      assert.equal(describeError(Object.create(null)), 'a value that is not an error');
      assert.equal(describeError({ toString: () => { throw new Error('no'); } }), 'a value that is not an error');
      process.env['OKR_DEBUG'] = '1';
      assert.match(describeError(new TypeError('bad')), /^TypeError: bad\nTypeError: bad\n\s+at /);
    } finally {
      if (saved === undefined) delete process.env['OKR_DEBUG'];
      else process.env['OKR_DEBUG'] = saved;
    }
  });
});

describe('okr CLI: unreadable files and folders', function () {
  this.timeout(120_000);
  let root = '';
  let bin = '';
  before(async () => {
    ({ root, bin } = await privateCli('okr-unreadable-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('a file or folder that cannot be read: exit 2, named, with the reason (run as another user when root)', () => {
    const ws = join(root, 'ws');
    mkdirSync(join(ws, 'team', 'locked'), { recursive: true });
    writeFileSync(join(ws, 'okr.md'), CLEAN);
    writeFileSync(join(ws, 'secret.okr.md'), CLEAN);
    writeFileSync(join(ws, 'team', 'locked', 'okr.md'), CLEAN);
    chmodSync(join(ws, 'secret.okr.md'), 0o000);
    chmodSync(join(ws, 'team', 'locked'), 0o000);
    // As root the modes do not stop a read: run as nobody, with the rest readable.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const d of [root, ws, join(ws, 'team')]) chmodSync(d, 0o755);
    const run = (...argv: string[]) => spawnSync(process.execPath, [bin, ...argv], { cwd: ws, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    const file = run('lint', 'okr.md', 'secret.okr.md');
    assert.deepEqual([file.status, file.stderr], [2, 'okr lint: cannot read secret.okr.md: permission denied\n']);
    const report = run('report', 'okr.md', 'secret.okr.md');
    assert.equal(report.status, 2);
    assert.equal(report.stderr, 'okr report: cannot read secret.okr.md: permission denied\n');
    assert.match(report.stdout, /^# OKR report/, 'the readable file is still reported');
    const folder = run('lint', 'team');
    assert.deepEqual([folder.status, folder.stderr], [2, 'okr lint: cannot read the folder team/locked: permission denied\n']);
    const glob = run('lint', 'team/**/*.md');
    assert.deepEqual([glob.status, glob.stderr], [2, 'okr lint: cannot read the folder team/locked: permission denied\n']);
    chmodSync(join(ws, 'team', 'locked'), 0o755);
  });

  it('stderr shows control characters in a file name as text', () => {
    const ws = join(root, 'names');
    mkdirSync(ws);
    const name = 'x\u001b]0;pwned\u0007.okr.md';
    writeFileSync(join(ws, name), '\u00ff\u00fe not UTF-8', 'latin1');
    const r = spawnSync(process.execPath, [bin, 'lint', '.'], { cwd: ws, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr.split('\n')[0], 'x\\x1b]0;pwned\\x07.okr.md: warning: not valid UTF-8 text (a binary file, or another encoding): bytes that are not UTF-8 read as \uFFFD');
  });
});
