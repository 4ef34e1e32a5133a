// `okr lint --format sarif` as GitHub code scanning takes it: the properties its upload requires
// (docs.github.com, "SARIF support for code scanning"), and file URIs relative to the repository's
// root, which GitHub resolves against the checkout, also when the lint runs in a subfolder.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXABLE } from '../fixtures';
import { runOkr as okr } from './sandbox';

interface Location {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
}

/** The shape GitHub's SARIF upload checks, asserted property by property. */
function assertGitHubShape(log: Record<string, unknown>): void {
  assert.equal(log['version'], '2.1.0');
  assert.equal(typeof log['$schema'], 'string');
  const runs = log['runs'] as { tool: { driver: { name: string; rules: Record<string, unknown>[] } }; results: Record<string, unknown>[] }[];
  assert.equal(runs.length, 1);
  const { driver } = runs[0]!.tool;
  assert.equal(typeof driver.name, 'string');
  const ids = new Set<string>();
  for (const rule of driver.rules) {
    assert.match(String(rule['id']), /^[a-z][a-z-]+$/);
    ids.add(String(rule['id']));
    for (const key of ['shortDescription', 'fullDescription', 'help'] as const) assert.ok(((rule[key] as { text?: string }).text ?? '').length > 0, `${String(rule['id'])}.${key}.text`);
    assert.ok(['none', 'note', 'warning', 'error'].includes((rule['defaultConfiguration'] as { level: string }).level));
  }
  assert.equal(ids.size, driver.rules.length, 'rule ids are unique');
  for (const result of runs[0]!.results) {
    assert.ok(ids.has(String(result['ruleId'])));
    assert.equal(driver.rules[result['ruleIndex'] as number]!['id'], result['ruleId'], 'ruleIndex points at the rule');
    assert.ok(['none', 'note', 'warning', 'error'].includes(String(result['level'])));
    assert.ok((result['message'] as { text: string }).text.length > 0);
    const locations = [...(result['locations'] as Location[]), ...((result['relatedLocations'] as Location[] | undefined) ?? [])];
    assert.ok((result['locations'] as Location[]).length >= 1 && (result['locations'] as Location[]).length <= 10, 'GitHub reads at most 10 locations');
    for (const { physicalLocation } of locations) {
      const { uri, uriBaseId } = physicalLocation.artifactLocation;
      // Relative (to %SRCROOT%, the checkout) or a file: URI; never a Windows path or unescaped space.
      assert.ok((uriBaseId === '%SRCROOT%' && !/^[/\\]|^[a-z]:|\s|\\/i.test(uri)) || uri.startsWith('file:///'), uri);
      const { startLine, startColumn, endLine, endColumn } = physicalLocation.region;
      assert.ok(startLine! >= 1 && startColumn! >= 1 && endLine! >= startLine! && (endLine! > startLine! || endColumn! >= startColumn!), JSON.stringify(physicalLocation.region));
    }
  }
}

describe('okr lint --format sarif: what GitHub code scanning accepts', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'okr-sarif-'));
    mkdirSync(join(dir, 'okrs', 'team a'), { recursive: true });
    writeFileSync(join(dir, 'okrs', 'okr.md'), FIXABLE);
    // A duplicate KR: a result with a related location.
    writeFileSync(join(dir, 'okrs', 'team a', 'plan.okr.md'), FIXABLE.replace(/(- KR1: [^\r\n]*\r?\n)/, '$1$1'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const uris = (stdout: string): string[] => {
    const log = JSON.parse(stdout) as { runs: { results: { locations: Location[] }[] }[] };
    return [...new Set(log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))].sort();
  };

  it('has the properties GitHub requires, related locations included', async () => {
    const run = await okr(dir, 'lint', '--format', 'sarif', 'okrs');
    assert.notEqual(run.code, 2, run.stderr);
    const log = JSON.parse(run.stdout) as Record<string, unknown>;
    assertGitHubShape(log);
    const results = (log['runs'] as { results: { relatedLocations?: unknown[] }[] }[])[0]!.results;
    assert.ok(results.length > 5);
    assert.ok(results.some((r) => r.relatedLocations?.length), 'the fixture has a related location');
  });

  it('URIs are relative to the repository root, wherever in it the lint runs; without a repository, to cwd', async () => {
    const inSubfolder = await okr(join(dir, 'okrs'), 'lint', '--format', 'sarif', '.');
    assert.deepEqual(uris(inSubfolder.stdout), ['okr.md', 'team%20a/plan.okr.md'], 'no repository: relative to cwd');
    mkdirSync(join(dir, '.git'));
    const inRepo = await okr(join(dir, 'okrs'), 'lint', '--format', 'sarif', '.');
    assert.deepEqual(uris(inRepo.stdout), ['okrs/okr.md', 'okrs/team%20a/plan.okr.md']);
    assertGitHubShape(JSON.parse(inRepo.stdout) as Record<string, unknown>);
    const atRoot = await okr(dir, 'lint', '--format', 'sarif', 'okrs');
    assert.equal(atRoot.stdout, inRepo.stdout, 'the same log from the root and from the subfolder');
    // The other formats keep cwd-relative names.
    const json = await okr(join(dir, 'okrs'), 'lint', '--format', 'json', '.');
    assert.deepEqual([...new Set((JSON.parse(json.stdout) as { file: string }[]).map((r) => r.file))].sort(), ['okr.md', 'team a/plan.okr.md']);
  });

  it('a file of another repository is relative to its own root; a submodule\'s file to the repository linted', async () => {
    mkdirSync(join(dir, 'okrs', '.git'));
    mkdirSync(join(dir, 'other', '.git'), { recursive: true });
    mkdirSync(join(dir, 'other', 'plans'));
    writeFileSync(join(dir, 'other', 'plans', 'okr.md'), FIXABLE);
    mkdirSync(join(dir, 'okrs', 'sub'));
    writeFileSync(join(dir, 'okrs', 'sub', '.git'), 'gitdir: ../.git/modules/sub\n');
    writeFileSync(join(dir, 'okrs', 'sub', 'okr.md'), FIXABLE);
    const r = await okr(join(dir, 'okrs'), 'lint', '--format', 'sarif', '.', '../other/plans/okr.md');
    assert.deepEqual(uris(r.stdout), ['okr.md', 'plans/okr.md', 'sub/okr.md', 'team%20a/plan.okr.md']);
    assertGitHubShape(JSON.parse(r.stdout) as Record<string, unknown>);
    // Outside any repository: relative to cwd, as before.
    rmSync(join(dir, 'other', '.git'), { recursive: true });
    const outside = await okr(join(dir, 'okrs'), 'lint', '--format', 'sarif', '../other/plans/okr.md');
    assert.deepEqual(uris(outside.stdout), [`file://${encodeURI(join(dir, 'other', 'plans', 'okr.md'))}`]);
  });
});
