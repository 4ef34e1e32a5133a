import assert from 'node:assert/strict';
import type { Range } from '../../../src/core/model';
import {
  findAlignmentsTo,
  listAlignCandidates,
  listOwners,
  relativePath,
  resolveAlignment,
  resolvePath,
  shortName,
  type IndexedFile,
  type IndexedObjective,
  type OkrWorkspace,
} from '../../../src/core/workspace';

const r = (line: number): Range => ({ start: { line, character: 0, offset: line * 10 }, end: { line, character: 5, offset: line * 10 + 5 } });

function objective(id: string, slug: string, title: string, line = 1): IndexedObjective {
  return { id, slug, label: id.toUpperCase(), title, titleRange: r(line), headingRange: r(line), owner: null, progress: null, keyResultCount: 2 };
}

function file(fileName: string, extra: Partial<IndexedFile> = {}): IndexedFile {
  return { uri: `file:///ws/${fileName}`, fileName, team: null, cycle: '2026-Q4', owner: null, parent: null, title: null, objectives: [], owners: [], units: [], alignments: [], ...extra };
}

const company = file('okr.md', { team: 'Company', owners: ['ceo', 'dana'], objectives: [objective('o1', 'grow-revenue', 'Grow revenue'), objective('o2', 'happy-customers', 'Happy customers', 9)] });
const search = file('teams/search.okr.md', {
  team: 'Search',
  parent: '../okr.md',
  owners: ['lee', 'dana'],
  objectives: [objective('o1', 'answer-first-try', 'Answer on the first try')],
  alignments: [{ from: 'o1', ref: { raw: '../okr.md#o1', target: '../okr.md', objective: 'o1', range: r(4) } }],
});
const growth = file('teams/growth.okr.md', {
  team: 'Growth',
  parent: '../okr.md',
  owners: ['kim'],
  objectives: [objective('o1', 'win-smbs', 'Win small businesses'), objective('ship-faster', 'ship-faster', 'Ship faster')],
  alignments: [
    { from: 'o1', ref: { raw: 'grow-revenue', target: null, objective: 'grow-revenue', range: r(3) } },
    { from: 'ship-faster', ref: { raw: 'search#answer-first-try', target: 'search', objective: 'answer-first-try', range: r(12) } },
  ],
});
const index: OkrWorkspace = { files: [company, search, growth] };

describe('editor: workspace index look-ups', () => {
  it('resolves and relativises posix paths', () => {
    assert.equal(resolvePath('teams/search.okr.md', '../okr.md'), 'okr.md');
    assert.equal(resolvePath('teams/search.okr.md', './growth.okr.md'), 'teams/growth.okr.md');
    assert.equal(resolvePath('okr.md', '/teams/x.okr.md'), 'teams/x.okr.md');
    assert.equal(relativePath('teams/search.okr.md', 'okr.md'), '../okr.md');
    assert.equal(relativePath('teams/search.okr.md', 'teams/growth.okr.md'), './growth.okr.md');
    assert.equal(relativePath('okr.md', 'teams/growth.okr.md'), './teams/growth.okr.md');
    assert.equal(shortName('teams/search.okr.md'), 'search');
    assert.equal(shortName('platform/okr.md'), 'platform');
  });

  it('resolves a reference by relative path, short name, team and cycle', () => {
    assert.equal(resolveAlignment(index, 'teams/search.okr.md', { target: '../okr.md', objective: 'o1' })?.objective.title, 'Grow revenue');
    assert.equal(resolveAlignment(index, 'teams/growth.okr.md', { target: 'search', objective: 'answer-first-try' })?.file.fileName, 'teams/search.okr.md');
    assert.equal(resolveAlignment(index, 'teams/growth.okr.md', { target: 'company', objective: 'O2' })?.objective.slug, 'happy-customers');
    // `okr#o2` names okr.md by its stem, as the examples write it.
    assert.equal(resolveAlignment(index, 'teams/growth.okr.md', { target: 'okr', objective: 'o2' })?.file.fileName, 'okr.md');
    // A cycle label names the parent file first.
    assert.equal(resolveAlignment(index, 'teams/growth.okr.md', { target: '2026-Q4', objective: 'o1' })?.file.fileName, 'okr.md');
  });

  it('resolves a bare objective name in the parent file first, and refuses ambiguity elsewhere', () => {
    assert.equal(resolveAlignment(index, 'teams/growth.okr.md', { target: null, objective: 'o1' })?.file.fileName, 'okr.md');
    assert.equal(resolveAlignment(index, 'teams/growth.okr.md', { target: null, objective: 'grow-revenue' })?.objective.id, 'o1');
    // No parent: `o1` exists in three files, so it is ambiguous; `win-smbs` is unique.
    assert.equal(resolveAlignment(index, 'other.okr.md', { target: null, objective: 'o1' }), null);
    assert.equal(resolveAlignment(index, 'other.okr.md', { target: null, objective: 'win-smbs' })?.file.fileName, 'teams/growth.okr.md');
    assert.equal(resolveAlignment(index, 'teams/growth.okr.md', { target: '../missing.okr.md', objective: 'o1' }), null);
    assert.equal(resolveAlignment(index, 'teams/growth.okr.md', { target: 'search', objective: 'nope' }), null);
  });

  it('finds every reference to an objective', () => {
    const target = resolveAlignment(index, 'okr.md', { target: './okr.md', objective: 'o1' })!;
    const refs = findAlignmentsTo(index, target);
    assert.deepEqual(refs.map((x) => `${x.file.fileName}:${x.alignment.ref.raw}`), ['teams/search.okr.md:../okr.md#o1', 'teams/growth.okr.md:grow-revenue']);
  });

  it('lists owners by use, and align candidates parent first with resolvable references', () => {
    assert.deepEqual(listOwners(index), ['dana', 'ceo', 'kim', 'lee']);
    const candidates = listAlignCandidates(index, 'teams/search.okr.md');
    assert.deepEqual(candidates.map((c) => c.reference), ['../okr.md#o1', '../okr.md#o2', './growth.okr.md#o1', './growth.okr.md#ship-faster']);
    assert.equal(candidates[0]!.fromParent, true);
    for (const c of candidates) {
      const [target, name] = c.reference.includes('#') ? c.reference.split('#') : [null, c.reference];
      const resolved = resolveAlignment(index, 'teams/search.okr.md', { target: target ?? null, objective: name! });
      assert.equal(resolved?.objective, c.objective, c.reference);
    }
  });
});
