import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { resolveOkrFiles, workspaceNames } from '../../../src/cli/files';
import { lintFiles } from '../../../src/cli/lint';
import { main } from '../../../src/cli/okr';
import { isOkrFile } from '../../../src/core/files';
import { FIXABLE, FIXED } from '../fixtures';
import { runOkr } from './sandbox';

describe('okr CLI: which files a directory contributes', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-cli-files-'));
    mkdirSync(join(dir, 'teams'));
    for (const name of ['okr.md', 'teams/search.okr.md', 'OKR.md', 'teams/Notes.OKR.MD', 'teams/.okr.md', 'README.md']) {
      writeFileSync(join(dir, name), '# x\n');
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('takes exactly the files the editor treats as OKR files', () => {
    const found = resolveOkrFiles([dir], dir).map((f) => f.slice(dir.length + 1).split('\\').join('/'));
    assert.deepEqual(found.sort(), ['okr.md', 'teams/search.okr.md']);
    for (const name of ['OKR.md', 'teams/Notes.OKR.MD', 'teams/.okr.md']) {
      assert.equal(isOkrFile(name), false, `${basename(name)} is not an OKR file in the editor`);
    }
  });
});

describe('okr CLI: a name with glob characters that exists is that path', () => {
  let dir = '';
  const rel = (files: string[]): string[] => files.map((f) => f.slice(dir.length + 1).split('\\').join('/'));
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-cli-globchars-'));
    for (const folder of ['par (2026)', 'br[1]', 'b1', 'star*']) mkdirSync(join(dir, folder));
    for (const name of ['par (2026)/okr.md', 'br[1]/okr.md', 'b1/okr.md', 'star*/okr.md', 'x{a,b}.okr.md', 'xa.okr.md']) writeFileSync(join(dir, name), '# x\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('takes an existing folder or file named with glob characters as that folder or file', () => {
    assert.deepEqual(rel(resolveOkrFiles(['par (2026)'], dir)), ['par (2026)/okr.md']);
    // As a glob, `br[1]` would be `br1`, which is not there, and `b1` would be missed.
    assert.deepEqual(rel(resolveOkrFiles(['br[1]'], dir)), ['br[1]/okr.md']);
    assert.deepEqual(rel(resolveOkrFiles(['star*'], dir)), ['star*/okr.md']);
    assert.deepEqual(rel(resolveOkrFiles(['x{a,b}.okr.md'], dir)), ['x{a,b}.okr.md'], 'the file, not xa.okr.md');
    assert.deepEqual(rel(resolveOkrFiles([join(dir, 'br[1]', 'okr.md')], '/')), ['br[1]/okr.md'], 'an absolute path too');
  });

  it('still reads an argument that names nothing as a glob', () => {
    assert.deepEqual(rel(resolveOkrFiles(['b[1]/okr.md'], dir)), ['b1/okr.md']);
    assert.deepEqual(rel(resolveOkrFiles(['*.okr.md'], dir)).sort(), ['xa.okr.md', 'x{a,b}.okr.md']);
    assert.deepEqual(rel(resolveOkrFiles(['par*/okr.md'], dir)), ['par (2026)/okr.md']);
    assert.throws(() => resolveOkrFiles(['nope[12]'], dir), /no files match nope\[12\]/);
    assert.throws(() => resolveOkrFiles(['nope'], dir), /no such file or directory: nope/);
  });
});

describe('okr lint: alignment across files from any working folder', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-cli-align-'));
    mkdirSync(join(dir, 'teams'));
    writeFileSync(join(dir, 'okr.md'), '---\nquarter: 2026-Q4\n---\n# Co\n\n## O1: Grow\n\n- KR1: Grow revenue from 1 to 2\n- KR2: Grow users from 1 to 2\n');
    writeFileSync(
      join(dir, 'teams', 't.okr.md'),
      '---\nquarter: 2026-Q4\nparent: ../okr.md\n---\n# Team\n\n## O1: Ship\nAligns: ../okr.md#o1\n\n## O2: Learn\nAligns: ../okr.md#o9\n\n- KR1: Cut latency from 300 ms to 200 ms\n- KR2: Cut errors from 3% to 1%\n',
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const unresolved = (cwd: string, args: string[]): string[] => {
    const io = { stdout: () => undefined, stderr: () => undefined, cwd, today: () => '2026-11-21' };
    return lintFiles(resolveOkrFiles(args, cwd), io, { fix: false })
      .flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'alignment-unresolved').map((d) => `${r.file}:${d.range.start.line + 1}`));
  };

  it('resolves ../okr.md the same when run from the root or from a subfolder', () => {
    const fromRoot = unresolved(dir, ['.']);
    assert.deepEqual(fromRoot, ['teams/t.okr.md:11'], 'only the reference to a missing objective');
    assert.deepEqual(unresolved(join(dir, 'teams'), ['..']), ['t.okr.md:11']);
    assert.deepEqual(unresolved(join(dir, 'teams'), ['t.okr.md', '../okr.md']), ['t.okr.md:11']);
  });

  it('names files by the folder that holds them all', () => {
    assert.deepEqual(workspaceNames([join(dir, 'teams', 't.okr.md'), join(dir, 'okr.md')]), ['teams/t.okr.md', 'okr.md']);
    assert.deepEqual(workspaceNames([join(dir, 'okr.md')]), ['okr.md']);
  });
});

describe('okr lint --fix: only the fixed bytes change', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-cli-fix-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const fixable = '---\nquarter: 2026-Q4\n---\n# T\n\n## O1: Ship\n\n- KR1: Raise NPS from 30 to 45\n- KR2: Launch the new pricing page\n';

  it('fixes a UTF-8 file (the control case)', () => {
    const file = join(dir, 'ok.okr.md');
    writeFileSync(file, fixable);
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: dir, today: () => '2026-11-21' };
    const [result] = lintFiles([file], io, { fix: true });
    assert.equal(result!.fixed, true);
    assert.notEqual(readFileSync(file, 'utf8'), fixable);
  });

  it('leaves a file that is not valid UTF-8 byte for byte, and says so', () => {
    const file = join(dir, 'latin1.okr.md');
    // The bytes as a byte string: UTF-8 text, then a Latin-1 note (é = 0xE9 alone is not UTF-8).
    const bytes = Buffer.from(fixable, 'utf8').toString('latin1') + '\nNotes: caf\xe9 cr\xe8me\n';
    writeFileSync(file, bytes, 'latin1');
    const errors: string[] = [];
    const io = { stdout: () => undefined, stderr: (t: string) => void errors.push(t), cwd: dir, today: () => '2026-11-21' };
    const [result] = lintFiles([file], io, { fix: true });
    assert.equal(readFileSync(file, 'latin1'), bytes, 'the file is unchanged');
    assert.equal(result!.fixed, false);
    assert.ok(result!.diagnostics.some((d) => d.fixes?.some((f) => f.preferred)), 'its fixable problems are still reported');
    assert.match(errors.join(''), /not fixing latin1\.okr\.md/);
  });
});

describe('okr CLI: links to folders are walked, each real folder once', () => {
  let dir = '';
  let ws = '';
  const rel = (files: string[]): string[] => files.map((f) => f.slice(ws.length + 1).split('\\').join('/'));
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-cli-links-'));
    ws = join(dir, 'ws');
    for (const folder of ['shared/team-a', 'ws/okrs/team-b/q4', 'ws/okrs/loop', 'ws/.hidden-target']) mkdirSync(join(dir, folder), { recursive: true });
    for (const name of ['shared/team-a/okr.md', 'ws/okrs/team-b/okr.md', 'ws/okrs/team-b/q4/plan.okr.md', 'ws/.hidden-target/okr.md']) writeFileSync(join(dir, name), '# x\n');
    // Out of the tree; beside its target (sorting before it); back up the tree; a loop of two links; dangling; named to be skipped.
    symlinkSync(join('..', '..', 'shared', 'team-a'), join(ws, 'okrs', 'team-a'));
    symlinkSync('team-b', join(ws, 'okrs', 'alias'));
    symlinkSync('..', join(ws, 'okrs', 'team-b', 'up'));
    symlinkSync('y', join(ws, 'okrs', 'loop', 'x'));
    symlinkSync('x', join(ws, 'okrs', 'loop', 'y'));
    symlinkSync('gone', join(ws, 'okrs', 'dangling'));
    symlinkSync(join('..', '.hidden-target'), join(ws, 'okrs', 'node_modules'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('takes the files of a linked folder under the link, once; a link back up, a loop, a dangling link add nothing', () => {
    // Folders reached directly first (team-b under its own name, not as alias/), then the linked team-a.
    assert.deepEqual(rel(resolveOkrFiles(['.'], ws)), ['okrs/team-b/okr.md', 'okrs/team-b/q4/plan.okr.md', 'okrs/team-a/okr.md']);
    assert.deepEqual(rel(resolveOkrFiles(['okrs/**/*.md'], ws)), ['okrs/team-b/okr.md', 'okrs/team-b/q4/plan.okr.md', 'okrs/team-a/okr.md']);
    // A link named on the command line is walked as the folder it is.
    assert.deepEqual(rel(resolveOkrFiles(['okrs/alias'], ws)), ['okrs/alias/okr.md', 'okrs/alias/q4/plan.okr.md']);
  });

  it('a linked folder that the ignores rule out is not walked (its files are ignored by the link path)', () => {
    writeFileSync(join(ws, '.okrlintrc.json'), JSON.stringify({ ignores: ['okrs/team-a'] }));
    try {
      const files: string[] = [];
      const io = { stdout: (t: string) => void files.push(...(JSON.parse(t) as { files: { file: string }[] }).files.map((f) => f.file)), stderr: () => undefined, cwd: ws, today: () => '2026-11-21' };
      return main(['report', '--format', 'json', '.'], io).then((code) => {
        assert.equal(code, 0);
        assert.deepEqual(files, ['okrs/team-b/okr.md', 'okrs/team-b/q4/plan.okr.md']);
      });
    } finally {
      rmSync(join(ws, '.okrlintrc.json'));
    }
  });
});

describe('okr CLI: each real file once, under the first name it was reached by', () => {
  let dir = '';
  const okr = (...argv: string[]) => runOkr(dir, ...argv);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-cli-realfiles-'));
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team', 'okr.md'), FIXABLE);
    symlinkSync(join('team', 'okr.md'), join(dir, 'alias.okr.md'));
    symlinkSync('team', join(dir, 'same'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a link to a file beside it, and a folder named twice under two names, are one file', () => {
    const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1).split('\\').join('/'));
    assert.deepEqual(rel(resolveOkrFiles(['.'], dir)), ['alias.okr.md']);
    assert.deepEqual(rel(resolveOkrFiles(['team', 'same', 'team/okr.md', 'alias.okr.md'], dir)), ['team/okr.md']);
    assert.deepEqual(rel(resolveOkrFiles(['same', 'team'], dir)), ['same/okr.md']);
  });

  it('--fix fixes it once, without a false "changed while it was linted"; a report counts it once', async () => {
    const fixed = await okr('lint', '--fix', 'team', 'same', 'alias.okr.md');
    assert.doesNotMatch(fixed.stderr, /changed while it was linted/);
    assert.equal(readFileSync(join(dir, 'team', 'okr.md'), 'utf8'), FIXED);
    const report = await okr('report', '--format', 'json', 'team', 'same');
    assert.deepEqual((JSON.parse(report.stdout) as { files: { file: string }[] }).files.map((f) => f.file), ['team/okr.md']);
  });
});
