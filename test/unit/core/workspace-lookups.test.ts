// The workspace look-ups answer from tables built once per index (src/core/workspace.ts). The
// functions they replaced compared every file's names once per look-up; they are kept below as
// the reference, and the tables must give the same answers, in the same order, on generated
// workspaces with names that differ only in case, punctuation, paths and folders.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  filesWithObjective,
  fileStem,
  findFile,
  findTargetFiles,
  indexWithEntryLast,
  namesObjective,
  parentFile,
  resolveAlignment,
  resolvePath,
  shortName,
  type IndexedFile,
  type IndexedObjective,
  type OkrWorkspace,
  type ResolvedObjective,
} from '../../../src/core/workspace';

// ---------------------------------------------------------------------------------------------
// The reference: the look-ups as they were, comparing names file by file.

function normalisePath(path: string): string {
  const out: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}
const stripAt = (name: string): string => name.replace(/^@/, '').trim();
const same = (a: string | null | undefined, b: string): boolean => !!a && a.toLowerCase() === b.toLowerCase();

function refFindFile(index: OkrWorkspace, fileName: string): IndexedFile | undefined {
  const p = normalisePath(fileName);
  return index.files.find((f) => f.fileName === p || f.uri === fileName);
}

/** Where the reference recursed without end (a `parent:` naming only a cycle), stopped early: overflowing the stack is slow. */
class Overflow extends Error {}

function refFindTargetFiles(index: OkrWorkspace, from: IndexedFile, target: string, depth = 0): IndexedFile[] {
  if (depth > 8) throw new Overflow();
  const t = target.trim();
  if (!t) return [];
  if (t.includes('/') || t.endsWith('.md')) {
    for (const p of [resolvePath(from.fileName, t), normalisePath(t)]) {
      const f = index.files.find((x) => x.fileName === p);
      if (f) return [f];
    }
    return [];
  }
  const owner = stripAt(t);
  const named = index.files.filter((f) => same(shortName(f.fileName), t) || same(fileStem(f.fileName), t) || same(f.team, t) || same(f.owner, owner));
  if (named.length > 0) return named;
  const byCycle = index.files.filter((f) => f !== from && same(f.cycle, t));
  const parent = from.parent ? refFindTargetFiles(index, from, from.parent, depth + 1)[0] : undefined;
  return parent && byCycle.includes(parent) ? [parent, ...byCycle.filter((f) => f !== parent)] : byCycle;
}

const refParentFile = (index: OkrWorkspace, file: IndexedFile): IndexedFile | undefined => (file.parent ? refFindTargetFiles(index, file, file.parent)[0] : undefined);

function emptyFile(fileName: string): IndexedFile {
  return { uri: fileName, fileName: normalisePath(fileName), team: null, cycle: null, owner: null, parent: null, title: null, objectives: [], owners: [], units: [], alignments: [] };
}

function refResolveAlignment(index: OkrWorkspace, fromFileName: string, ref: { target: string | null; objective: string }): ResolvedObjective | null {
  const from = refFindFile(index, fromFileName) ?? emptyFile(fromFileName);
  const lookIn = (files: IndexedFile[]): ResolvedObjective | null => {
    for (const file of files) {
      const objective = file.objectives.find((o) => namesObjective(o, ref.objective));
      if (objective) return { file, objective };
    }
    return null;
  };
  if (ref.target) return lookIn(refFindTargetFiles(index, from, ref.target));
  const parent = refParentFile(index, from);
  const preferred = lookIn([parent, refFindFile(index, from.fileName)].filter((f): f is IndexedFile => !!f));
  if (preferred) return preferred;
  const everywhere = index.files.flatMap((file) => file.objectives.filter((o) => namesObjective(o, ref.objective)).map((objective) => ({ file, objective })));
  return everywhere.length === 1 ? everywhere[0]! : null;
}

/** The reference's answer, or 'overflow' where it never ended (a `parent:` that is only a cycle label). */
function tryRef<T>(fn: () => T): T | 'overflow' {
  try {
    return fn();
  } catch (error) {
    if (error instanceof Overflow) return 'overflow';
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Generated workspaces

const NO_RANGE = { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 0, offset: 0 } };

/** Names that collide in case, punctuation, path and folder. */
const FILE_NAMES = [
  'okr.md', 'OKR.md', 'web/okr.md', 'api/okr.md', 'web/teams/search.okr.md', 'api/teams/search.okr.md', 'teams/Search.okr.md',
  'teams/search-team.okr.md', 'teams/search.team.okr.md', 'Web/okr.md', 'plan.md', 'a b/okr.md', 'teams/okr.md', 'ops/2026-Q4.okr.md',
];
const WORDS = ['search', 'Search', 'SEARCH', 'search-team', 'web', 'api', 'teams', 'ops', '2026-Q4', '2026-q4', 'ana', 'Ana', 'okr', 'plan', 'a b', ''];
const TARGETS = [
  ...WORDS, '@ana', '@Ana', '@', ' search ', './okr.md', '../okr.md', '../../okr.md', 'okr.md', 'web/okr.md', '/web/okr.md', 'teams/search.okr.md',
  './search.okr.md', 'Search.okr.md', 'plan', 'plan.md', '2026-Q3', '  ', '../teams/okr.md', 'a b/okr.md', 'web\\okr.md',
];
const OBJECTIVE_NAMES = ['o1', 'O1', 'o2', 'grow-revenue', 'Grow-Revenue', 'grow revenue', 'Growth', 'q4', ''];

const objectiveArb: fc.Arbitrary<IndexedObjective> = fc
  .record({ id: fc.constantFrom('o1', 'O1', 'o2', 'o3', 'grow-revenue'), slug: fc.constantFrom('grow-revenue', 'Grow-Revenue', 'ship', 'o2', ''), label: fc.constantFrom(null, 'Growth', 'growth', 'O1', 'q4', '') })
  .map((o) => ({ ...o, title: o.slug, titleRange: NO_RANGE, headingRange: NO_RANGE, owner: null, progress: null, keyResultCount: 0 }));

const fileArb: fc.Arbitrary<IndexedFile> = fc
  .record({
    fileName: fc.constantFrom(...FILE_NAMES),
    scheme: fc.constantFrom('file:///ws/', '', 'untitled:'),
    team: fc.constantFrom(null, ...WORDS),
    owner: fc.constantFrom(null, 'ana', 'Ana', 'search', 'bo'),
    cycle: fc.constantFrom(null, '2026-Q4', '2026-q4', 'Q4', 'search'),
    parent: fc.constantFrom(null, '../okr.md', './okr.md', 'okr.md', 'web/okr.md', 'search', 'web', '2026-Q4', 'nowhere.md', 'ops'),
    objectives: fc.array(objectiveArb, { maxLength: 4 }),
  })
  .map((f) => ({ uri: f.scheme + f.fileName, fileName: f.fileName, team: f.team, cycle: f.cycle, owner: f.owner, parent: f.parent, title: null, objectives: f.objectives, owners: [], units: [], alignments: [] }));

// Duplicate file names on purpose (two entries for one file, as a stale entry and a new one).
const workspaceArb = fc.array(fileArb, { minLength: 0, maxLength: 9 });

/** The same file or objective objects, as positions, so an answer of equal but different objects fails. */
function where(index: OkrWorkspace, files: readonly (IndexedFile | undefined)[]): number[] {
  return files.map((f) => (f === undefined ? -2 : index.files.indexOf(f)));
}
function resolvedAt(index: OkrWorkspace, r: ResolvedObjective | null): [number, number] | null {
  return r && [index.files.indexOf(r.file), r.file.objectives.indexOf(r.objective)];
}

/** Every look-up of `index` by the tables and by the reference; the number of answers compared. */
function compareAll(index: OkrWorkspace, fresh: () => OkrWorkspace = () => index): number {
  let compared = 0;
  const froms = [...index.files, emptyFile('teams/new.okr.md'), emptyFile('okr.md'), emptyFile('web/teams/x.okr.md')];
  for (const name of [...FILE_NAMES, 'file:///ws/okr.md', './okr.md', 'missing.md']) {
    assert.deepEqual(where(index, [findFile(fresh(), name)]), where(index, [refFindFile(index, name)]), `findFile ${name}`);
    compared++;
  }
  for (const from of froms) {
    const parent = tryRef(() => refParentFile(index, from));
    if (parent !== 'overflow') {
      assert.deepEqual(where(index, [parentFile(fresh(), from)]), where(index, [parent]), `parentFile of ${from.fileName}`);
      compared++;
    } else {
      assert.ok(parentFile(fresh(), from) === undefined || index.files.includes(parentFile(fresh(), from)!));
    }
    for (const target of TARGETS) {
      const expected = tryRef(() => refFindTargetFiles(index, from, target));
      const actual = findTargetFiles(fresh(), from, target);
      if (expected === 'overflow') {
        assert.ok(Array.isArray(actual));
        continue;
      }
      assert.deepEqual(where(index, actual), where(index, expected), `findTargetFiles ${from.fileName} → '${target}'`);
      compared++;
    }
  }
  for (const from of froms) {
    for (const objective of OBJECTIVE_NAMES) {
      for (const target of [null, ...TARGETS.slice(0, 24)]) {
        // By URI and by workspace-relative name (which may name another entry first).
        for (const name of [from.uri, from.fileName]) {
          const expected = tryRef(() => refResolveAlignment(index, name, { target, objective }));
          if (expected === 'overflow') continue;
          assert.deepEqual(resolvedAt(index, resolveAlignment(fresh(), name, { target, objective })), resolvedAt(index, expected), `resolve ${name}: ${target}#${objective}`);
          compared++;
        }
      }
    }
  }
  for (const objective of [...OBJECTIVE_NAMES, ' o1 ', 'GROWTH']) {
    const expected = index.files.filter((f) => f.objectives.some((o) => namesObjective(o, objective)));
    assert.deepEqual(where(index, filesWithObjective(fresh(), objective)), where(index, expected), `filesWithObjective ${objective}`);
    compared++;
  }
  return compared;
}

describe('workspace look-ups by tables', () => {
  it('answer as the file-by-file look-ups did, order included, on generated workspaces', () => {
    let compared = 0;
    fc.assert(
      fc.property(workspaceArb, (files) => {
        compared += compareAll({ files });
      }),
      { numRuns: 60, seed: 7 },
    );
    assert.ok(compared > 60 * 500, `only ${compared} answers compared`);
  });

  it('answer the same for a new index object each time (tables are not shared between indexes)', () => {
    fc.assert(
      fc.property(workspaceArb, (files) => {
        compareAll({ files }, () => ({ files }));
      }),
      { numRuns: 10, seed: 11 },
    );
  });

  it('indexWithEntryLast is the base without the entry\'s file, the entry last, and looks up like that plain index', () => {
    let hiddenSome = 0;
    fc.assert(
      fc.property(workspaceArb, fileArb, fc.boolean(), (files, entry, byUri) => {
        const base: OkrWorkspace = { files };
        findFile(base, 'okr.md'); // the base's tables exist before the layered index is made
        const uri = byUri ? entry.uri : entry.fileName;
        const layered = indexWithEntryLast(base, entry, uri);
        const plain: OkrWorkspace = { files: [...files.filter((f) => f.fileName !== entry.fileName && f.uri !== uri), entry] };
        assert.deepEqual(layered.files, plain.files);
        assert.ok(layered.files.every((f, i) => f === plain.files[i]));
        if (plain.files.length < files.length + 1) hiddenSome++;
        // The layered index's answers, checked against the reference on the plain one.
        compareAll(plain, () => layered);
        // The base still answers for itself.
        compareAll(base);
      }),
      { numRuns: 40, seed: 5 },
    );
    assert.ok(hiddenSome > 5, `the entry replaced a file in only ${hiddenSome} runs`);
  });

  it('a file whose parent is only a cycle label gets its cycle\'s files (the look-up used to recurse forever)', () => {
    const file = (fileName: string, extra: Partial<IndexedFile>): IndexedFile => ({ ...emptyFile(fileName), ...extra });
    const a = file('a.okr.md', { parent: '2026-Q4', cycle: '2026-Q4' });
    const b = file('b.okr.md', { cycle: '2026-Q4', objectives: [{ id: 'o1', slug: 'o1', label: null, title: 'x', titleRange: NO_RANGE, headingRange: NO_RANGE, owner: null, progress: null, keyResultCount: 0 }] });
    const c = file('c.okr.md', { cycle: '2026-q4' });
    const index: OkrWorkspace = { files: [a, b, c] };
    assert.equal(tryRef(() => refFindTargetFiles(index, a, '2026-Q4')), 'overflow');
    assert.deepEqual(findTargetFiles(index, a, '2026-Q4'), [b, c]);
    assert.equal(parentFile(index, a), b);
    assert.equal(resolveAlignment(index, 'a.okr.md', { target: null, objective: 'o1' })?.file, b);
  });

  it('a changed files array gets new tables', () => {
    const index: OkrWorkspace = { files: [] };
    assert.equal(findFile(index, 'okr.md'), undefined);
    const entry: IndexedFile = { ...emptyFile('okr.md') };
    index.files = [entry];
    assert.equal(findFile(index, 'okr.md'), entry);
  });
});
