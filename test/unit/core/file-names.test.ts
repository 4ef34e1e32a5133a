// Multi-root workspaces: files are named relative to their own folder, with the folder's name in
// front when there are several folders, so two folders that each hold okr.md do not collide in the
// workspace index, `parent:` / `Aligns:` resolution and the quarter tree.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { workspaceFileName, type NamedFolder } from '../../../src/core/file-names';
import { parseOkr } from '../../../src/core/parse';
import { buildTree, type TreeNode, type TreeSource } from '../../../src/core/tree';
import { indexFile, resolveAlignment, withFile, type OkrWorkspace } from '../../../src/core/workspace';

const WEB: NamedFolder = { uri: 'file:///work/web', name: 'web' };
const API: NamedFolder = { uri: 'file:///work/api', name: 'api' };

describe('workspaceFileName', () => {
  it('is the folder-relative path in a one-folder workspace', () => {
    assert.equal(workspaceFileName('file:///work/web/okr.md', [WEB]), 'okr.md');
    assert.equal(workspaceFileName('file:///work/web/teams/search.okr.md', [WEB]), 'teams/search.okr.md');
    assert.equal(workspaceFileName('vscode-test-web://mount/teams/a.okr.md', [{ uri: 'vscode-test-web://mount/', name: 'mount' }]), 'teams/a.okr.md');
  });

  it('has the folder name in front with several folders, so two okr.md differ', () => {
    assert.equal(workspaceFileName('file:///work/web/okr.md', [WEB, API]), 'web/okr.md');
    assert.equal(workspaceFileName('file:///work/api/okr.md', [WEB, API]), 'api/okr.md');
    assert.equal(workspaceFileName('file:///work/api/teams/x.okr.md', [WEB, API]), 'api/teams/x.okr.md');
  });

  it('decodes the path, matches whole path segments and picks the innermost folder', () => {
    const spaced: NamedFolder = { uri: 'file:///work/my%20docs', name: 'my docs' };
    assert.equal(workspaceFileName('file:///work/my%20docs/Q4%20plan.okr.md', [spaced, WEB]), 'my docs/Q4 plan.okr.md');
    // /work/web-app is not inside /work/web.
    assert.equal(workspaceFileName('file:///work/web-app/okr.md', [WEB, API]), 'work/web-app/okr.md');
    const inner: NamedFolder = { uri: 'file:///work/web/teams', name: 'teams' };
    assert.equal(workspaceFileName('file:///work/web/teams/okr.md', [WEB, inner]), 'teams/okr.md');
    assert.equal(workspaceFileName('file:///work/web/okr.md', [WEB, inner]), 'web/okr.md');
  });

  it('matches Windows paths in any case (drive letter, folders), and other paths exactly', () => {
    const folder: NamedFolder = { uri: 'file:///c%3A/Users/Ana/okrs', name: 'okrs' };
    assert.equal(workspaceFileName('file:///C%3A/users/ana/OKRS/teams/okr.md', [folder]), 'teams/okr.md');
    assert.equal(workspaceFileName('file:///c:/Users/Ana/okrs/okr.md', [{ uri: 'file:///C:/Users/Ana/okrs', name: 'okrs' }]), 'okr.md');
    // Linux paths are case-sensitive: /work/Web is not in /work/web.
    assert.equal(workspaceFileName('file:///work/Web/okr.md', [WEB]), 'work/Web/okr.md');
    assert.equal(workspaceFileName('vscode-test-web://mount/Web/okr.md', [{ uri: 'vscode-test-web://mount/web', name: 'web' }]), 'Web/okr.md');
  });

  it('falls back to the URI path outside every folder, and never throws', () => {
    assert.equal(workspaceFileName('untitled:Untitled-1', [WEB]), 'Untitled-1');
    assert.equal(workspaceFileName('file:///tmp/okr.md', []), 'tmp/okr.md');
    assert.equal(workspaceFileName('file:///work/web/%E0%A4%A.okr.md', [WEB]), '%E0%A4%A.okr.md');
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ uri: fc.string(), name: fc.string() }), { maxLength: 3 }), (uri, folders) => {
        assert.equal(typeof workspaceFileName(uri, folders), 'string');
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('two folders that each hold okr.md', () => {
  const company = readFileSync(join('test', 'ui', 'fixtures', 'okr.md'), 'utf8');
  const team = readFileSync(join('test', 'ui', 'fixtures', 'teams', 'platform.okr.md'), 'utf8');
  const files = [
    { uri: `${WEB.uri}/okr.md`, text: company.replace('# Acme company OKRs', '# Web company OKRs') },
    { uri: `${WEB.uri}/teams/platform.okr.md`, text: team.replace('# Platform OKRs', '# Web platform OKRs') },
    { uri: `${API.uri}/okr.md`, text: company.replace('# Acme company OKRs', '# API company OKRs') },
    { uri: `${API.uri}/teams/platform.okr.md`, text: team.replace('# Platform OKRs', '# API platform OKRs') },
  ];
  const sources: TreeSource[] = files.map((f) => ({ uri: f.uri, fileName: workspaceFileName(f.uri, [WEB, API]), doc: parseOkr(f.text) }));

  it('nests each team file under the company file of its own folder, labelled with the folder', () => {
    assert.match(team, /^parent: \.\.\/okr\.md$/m, 'the fixture names its parent by a relative path');
    const model = buildTree(sources, { today: '2026-11-20', scope: 'workspace' });
    const shape = (nodes: TreeNode[]): unknown[] => nodes.filter((n) => n.kind === 'file').map((n) => [n.label, n.title.replace(/ —.*/, ''), shape(n.children)]);
    assert.deepEqual(shape(model.roots), [
      ['api/okr.md', 'API company OKRs', [['api/teams/platform.okr.md', 'API platform OKRs', []]]],
      ['web/okr.md', 'Web company OKRs', [['web/teams/platform.okr.md', 'Web platform OKRs', []]]],
    ]);
    assert.deepEqual(model.files.map((f) => f.name).sort(), ['api/okr.md', 'api/teams/platform.okr.md', 'web/okr.md', 'web/teams/platform.okr.md']);
  });

  it('keeps both files in the index and resolves Aligns: inside the referring file’s folder', () => {
    let index: OkrWorkspace = { files: [] };
    for (const s of sources) index = withFile(index, indexFile(s.uri, s.fileName!, s.doc));
    assert.equal(index.files.length, 4);
    const fromApi = resolveAlignment(index, 'api/teams/platform.okr.md', { target: '../okr.md', objective: 'o1' });
    assert.equal(fromApi?.file.uri, `${API.uri}/okr.md`);
    const fromWeb = resolveAlignment(index, 'web/teams/platform.okr.md', { target: '../okr.md', objective: 'o1' });
    assert.equal(fromWeb?.file.uri, `${WEB.uri}/okr.md`);
  });
});
