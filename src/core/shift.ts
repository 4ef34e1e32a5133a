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
// a range must be added here too; test/unit/incremental.shift.test.ts compares these functions with
// a generic walk over every position of real models, and the property test compares the cache with
// parseOkr. The model shares a few objects between places (the parser reuses them), and a shared
// position must move once: a KR's `current`/`confidence` may be the newest check-in's
// value/confidence, an objective's owner written without `@` has its metadata value's range, a
// `checkin-invalid` problem's range is the check-in's `dateRange`, a heading-named cycle's range is
// the title's (front matter ranges are shared too, but the front matter never moves), and every
// objective of a group is also in `doc.objectives` (objectives move through `doc.objectives` alone).
import type { Cycle, Group, KeyResult, Objective, Position, Range } from './model';

/** A constant move of positions. `skip` holds ranges that were already moved (shared ones). */
export class InPlaceShift {
  constructor(
    readonly lineDelta: number,
    readonly offsetDelta: number,
    /** Ranges moved elsewhere (e.g. a problem's range that is also a check-in's): left alone. */
    readonly skip: ReadonlySet<Range> | null = null,
  ) {}

  get moves(): boolean {
    return this.lineDelta !== 0 || this.offsetDelta !== 0;
  }

  position(p: Position): void {
    p.line += this.lineDelta;
    p.offset += this.offsetDelta;
  }

  range(r: Range): void {
    if (this.skip !== null && this.skip.has(r)) return;
    const start = r.start;
    const end = r.end;
    start.line += this.lineDelta;
    start.offset += this.offsetDelta;
    // A range's start and end are never one object (the parser builds them apart), but an empty
    // range made by hand could be: move it once.
    if (end !== start) {
      end.line += this.lineDelta;
      end.offset += this.offsetDelta;
    }
  }

  nullableRange(r: Range | null | undefined): void {
    if (r) this.range(r);
  }

  ranged(x: { range: Range } | null | undefined): void {
    if (x) this.range(x.range);
  }

  keyResult(kr: KeyResult): void {
    this.range(kr.textRange);
    this.range(kr.range);
    this.ranged(kr.baseline);
    this.ranged(kr.target);
    this.ranged(kr.deadline);
    for (const m of kr.owners) this.range(m.range);
    let currentShared = false;
    let confidenceShared = false;
    for (const c of kr.checkins) {
      this.range(c.dateRange);
      this.range(c.range);
      if (c.value) {
        this.range(c.value.range);
        if (c.value === kr.current) currentShared = true;
      }
      if (c.confidence) {
        this.range(c.confidence.range);
        if (c.confidence === kr.confidence) confidenceShared = true;
      }
    }
    if (!currentShared) this.ranged(kr.current);
    if (!confidenceShared) this.ranged(kr.confidence);
  }

  objective(o: Objective): void {
    this.range(o.titleRange);
    this.range(o.headingRange);
    this.range(o.range);
    for (const m of o.metadata) {
      this.range(m.keyRange);
      this.range(m.valueRange);
      this.range(m.range);
    }
    // An owner written without `@` is its metadata value itself (the same range).
    const owner = o.owner;
    if (owner && !o.metadata.some((m) => m.valueRange === owner.range)) this.range(owner.range);
    for (const a of o.aligns) this.range(a.range);
    for (const kr of o.keyResults) this.keyResult(kr);
    this.nullableRange(o.keyResultsRange);
    for (const x of o.initiatives) this.range(x.range);
    this.nullableRange(o.initiativesRange);
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

export function copyPosition(p: Position): Position {
  return { line: p.line, character: p.character, offset: p.offset };
}

/** A range of its own: for what outlives the model's next update (the cache moves the model's in place). */
export function copyRange(r: Range): Range {
  return { start: copyPosition(r.start), end: copyPosition(r.end) };
}
