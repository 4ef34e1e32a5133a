// Moving parts of a model in place, for the incremental cache (incremental.ts): after an edit, the
// objectives, groups, comments and problems below it keep their shape and only their positions
// move by a constant (`offset` by the length change, `line` by the line-count change; `character`
// never changes, since the edit ends on an earlier line or in a section that was rebuilt).
//
// In place, not as copies: a copy of half a 1,000-objective model per keystroke allocated some
// 150,000 objects, and collecting them cost as much as making them (~50 ms of an edit). So a model
// the cache handed out is only valid until its next `update` (see IncrementalDocument.update).
//
// Written per type (a generic walk is several times slower): a field added to the model that holds
// a range must be added to `objectivePositions` too; test/unit/incremental.shift.test.ts compares
// it with a generic walk over every position of real models, and the property test compares the
// cache with parseOkr. The model shares a few objects between places (the parser reuses them), and
// a shared position must move once: a KR's `current`/`confidence` may be the newest check-in's
// value/confidence, an objective's owner written without `@` has its metadata value's range, a
// `checkin-invalid` problem's range is the check-in's `dateRange`, a heading-named cycle's range is
// the title's (front matter ranges are shared too, but the front matter never moves), and every
// objective of a group is also in `doc.objectives` (objectives move through `doc.objectives` alone).
// The cache moves problems last, and only those whose range did not move with something else.
import type { Cycle, Group, KeyResult, Objective, OkrDocument, Position, Range } from './model';

/**
 * Every position of an objective, each exactly once (shared objects are listed once), as one flat
 * list: the cache makes it once per objective it keeps and moves the objective with
 * `movePositions`, a tight loop over the positions alone instead of a walk over its ranges, KRs,
 * quantities and check-ins (which read three to four times as many objects, spread over the heap).
 * Each position is replaced by a fresh copy on the way (its range points at the copy), so that an
 * objective's positions are made one after another and lie together in memory: moving them later
 * then reads memory mostly in order (half as long as the parser's positions, scattered among
 * everything else it made). The list stays right while the objective is the same object: the cache
 * never changes an objective it keeps other than by moving it, and a rebuilt objective is a new one.
 */
export function objectivePositions(o: Objective): Position[] {
  const out: Position[] = [];
  addRange(out, o.titleRange);
  addRange(out, o.headingRange);
  addRange(out, o.range);
  for (const m of o.metadata) {
    addRange(out, m.keyRange);
    addRange(out, m.valueRange);
    addRange(out, m.range);
  }
  // An owner written without `@` is its metadata value itself (the same range).
  const owner = o.owner;
  if (owner && !o.metadata.some((m) => m.valueRange === owner.range)) addRange(out, owner.range);
  for (const a of o.aligns) addRange(out, a.range);
  for (const kr of o.keyResults) addKeyResult(out, kr);
  if (o.keyResultsRange) addRange(out, o.keyResultsRange);
  for (const x of o.initiatives) addRange(out, x.range);
  if (o.initiativesRange) addRange(out, o.initiativesRange);
  return out;
}

function addKeyResult(out: Position[], kr: KeyResult): void {
  addRange(out, kr.textRange);
  addRange(out, kr.range);
  if (kr.baseline) addRange(out, kr.baseline.range);
  if (kr.target) addRange(out, kr.target.range);
  if (kr.deadline) addRange(out, kr.deadline.range);
  for (const m of kr.owners) addRange(out, m.range);
  // The current value and confidence may be the newest check-in's own objects.
  let currentShared = false;
  let confidenceShared = false;
  for (const c of kr.checkins) {
    addRange(out, c.dateRange);
    addRange(out, c.range);
    if (c.value) {
      addRange(out, c.value.range);
      if (c.value === kr.current) currentShared = true;
    }
    if (c.confidence) {
      addRange(out, c.confidence.range);
      if (c.confidence === kr.confidence) confidenceShared = true;
    }
  }
  if (kr.current && !currentShared) addRange(out, kr.current.range);
  if (kr.confidence && !confidenceShared) addRange(out, kr.confidence.range);
}

function addRange(out: Position[], r: Range): void {
  const start = r.start;
  const copy: Position = { line: start.line, character: start.character, offset: start.offset };
  out.push(copy);
  // A range's start and end are never one object (the parser builds them apart), but an empty
  // range made by hand could be: it stays one (and is listed once).
  if (r.end === start) {
    r.start = r.end = copy;
    return;
  }
  const end = r.end;
  const endCopy: Position = { line: end.line, character: end.character, offset: end.offset };
  out.push(endCopy);
  r.start = copy;
  r.end = endCopy;
}

/** Moves every position of a list (see `objectivePositions`) in place. */
export function movePositions(positions: readonly Position[], lineDelta: number, offsetDelta: number): void {
  if (lineDelta === 0) {
    for (let i = 0; i < positions.length; i++) positions[i]!.offset += offsetDelta;
  } else {
    for (let i = 0; i < positions.length; i++) {
      const p = positions[i]!;
      p.line += lineDelta;
      p.offset += offsetDelta;
    }
  }
}

/** A constant move of the few other ranges (groups, comments, problems, the title and the cycle). */
export class InPlaceShift {
  constructor(
    readonly lineDelta: number,
    readonly offsetDelta: number,
  ) {}

  get moves(): boolean {
    return this.lineDelta !== 0 || this.offsetDelta !== 0;
  }

  position(p: Position): void {
    p.line += this.lineDelta;
    p.offset += this.offsetDelta;
  }

  range(r: Range): void {
    this.position(r.start);
    if (r.end !== r.start) this.position(r.end);
  }

  nullableRange(r: Range | null | undefined): void {
    if (r) this.range(r);
  }

  /** An objective (the cache keeps `objectivePositions` lists instead, and moves those). */
  objective(o: Objective): void {
    movePositions(objectivePositions(o), this.lineDelta, this.offsetDelta);
  }

  /** A group's own ranges and those of the groups inside it (not its objectives). */
  groupTree(g: Group): void {
    this.range(g.titleRange);
    this.range(g.headingRange);
    this.range(g.range);
    for (const child of g.groups) this.groupTree(child);
  }

  cycle(c: Cycle): void {
    this.nullableRange(c.range);
  }
}

/** A moved copy of a position (`character` never changes: see above). */
export function movedPosition(p: Position, lineDelta: number, offsetDelta: number): Position {
  return { line: p.line + lineDelta, character: p.character, offset: p.offset + offsetDelta };
}

/** A moved copy of a range. */
export function movedRange(r: Range, lineDelta: number, offsetDelta: number): Range {
  return { start: movedPosition(r.start, lineDelta, offsetDelta), end: movedPosition(r.end, lineDelta, offsetDelta) };
}

export function copyPosition(p: Position): Position {
  return movedPosition(p, 0, 0);
}

/** A range of its own: for what outlives the model's next update (the cache moves the model's in place). */
export function copyRange(r: Range): Range {
  return movedRange(r, 0, 0);
}

/**
 * What an update of the cache did to the model it started from, when it rebuilt one objective and
 * moved the rest (incremental.ts's single-objective path): every other objective of the new model is
 * the earlier model's object, with the same text and the same parse problems in it; those before the
 * rebuilt one are where they were, those after it moved by the deltas. The incremental linter
 * (lint/engine.ts) takes it as a hint: it need not compare those objectives' texts or read their
 * positions to reuse what it cached for them.
 */
export interface ModelEdit {
  /** The version of the model the update started from (`modelVersion(previous).id`). */
  from: number;
  /** The index of the rebuilt objective, in both models (they have as many objectives). */
  objective: number;
  offsetDelta: number;
  lineDelta: number;
}

/** A model's version (unique in this process) and, when it came from a single-objective update, that edit. */
export interface ModelVersion {
  id: number;
  edit: ModelEdit | null;
}

// Weak: a model's version goes with the model. (A version names the model it came from by number,
// not by reference, so versions do not keep earlier models alive.)
const versions = new WeakMap<OkrDocument, ModelVersion>();
let lastVersion = 0;

/** Gives a model the cache made its version (see `ModelEdit`); returns it. */
export function stampModel(doc: OkrDocument, edit: ModelEdit | null): ModelVersion {
  const version = { id: ++lastVersion, edit };
  versions.set(doc, version);
  return version;
}

/** The version of a model the cache made, or undefined for any other model. */
export function modelVersion(doc: OkrDocument): ModelVersion | undefined {
  return versions.get(doc);
}
