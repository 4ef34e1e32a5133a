// The incremental document cache (issue #7): one per open document; each `update(text)` returns
// exactly what `parseOkr(text, options)` would (a property test holds it to that), but reuses
// what the previous version already knew:
// - Markdown: the text is cut into sections at top-level headings (sections.ts); each section is
//   parsed by remark once and reused while its text is unchanged, its positions shifted when
//   lines above it move. Only the changed section is re-parsed. This also keeps remark linear:
//   on one big text it is quadratic (micromark's edit map), on many small sections it is not.
//   Typing inside a one-line paragraph (a KR, a check-in) re-reads that line alone and copies the
//   rest of its section's tree (`paragraphLineEdit`).
// - Model: when an edit stays inside one objective's own section (the common case: typing in a
//   KR or a check-in), only that objective is rebuilt (with parse.ts's `buildDocument` on that
//   section's nodes) and everything after it is moved in place (shift.ts; hence `update`'s "valid
//   until the next update"); otherwise the whole model is rebuilt from the cached Markdown trees,
//   which is still far cheaper than parsing.
// Coordination note (for parse.ts): this relies on `buildDocument(nodes, ctx)` being a pure
// function of the mdast nodes, text, LineIndex and base offset, on `applyProgress` as a separate
// pass, on objective ids depending only on the heading and the objectives before it, and on bold
// objective markers starting with `**`/`__`. If one of these changes, the property test
// (test/unit/incremental.property.test.ts) will say so.
import type { Nodes, Paragraph, RootContent } from 'mdast';
import type { Group, Objective, OkrDocument, ParseProblem, Position } from './model';
import { buildDocument, MAX_TEXT_LENGTH, parseMarkdown, parseOkr, type AnalysisMemo, type BuildContext, type ParseOptions } from './parse';
import { isTooDeep } from './limits';
import { applyProgress, weightedMean } from './progress';
import { copyPosition, InPlaceShift, modelVersion, movedPosition, movePositions, objectivePositions, stampModel, type ModelEdit } from './shift';
import { commonPrefixLength, commonSuffixLength, countLines, frontmatterEnd, mayDefine, scanSections, splitSections, type SectionStart } from './sections';
import { LineIndex } from './text';
import { translatable } from './translate';

/** One section of the parse source, with its remark tree. */
interface Section {
  text: string;
  /** The last section is parsed with its final line ending; the others without (see parseSection). */
  last: boolean;
  /** Offset and 0-based line in the parse source (the text without BOM, up to the size limit). */
  offset: number;
  line: number;
  /** Top-level mdast nodes. Their positions are relative to (nodesOffset, nodesLine) being the
   * section's start; they are shifted lazily to (offset, line) when a full build needs them. */
  nodes: RootContent[];
  nodesOffset: number;
  nodesLine: number;
}

/** What the previous update knew. */
interface State {
  text: string;
  source: string;
  base: number;
  truncated: boolean;
  fmEnd: number;
  /** The source may hold a link reference or footnote definition (`mayDefine`): then it is not cut. */
  defines: boolean;
  sections: Section[];
  index: LineIndex;
  doc: OkrDocument;
  /** Every objective of `doc` ends (`objectiveEnd`: all it owns, not only its `range`) before the
   * next one starts (none is nested in another, none has a KR heading past a later objective). */
  disjoint: boolean;
  /** Per objective of `doc` (same index), its positions as one list (shift.ts's `objectivePositions`),
   * made the first time the objective moves and kept while the objective is kept. */
  positions: (Position[] | undefined)[];
}

/** How the last update was done (for tests and the benchmark). */
export type UpdateKind = 'same' | 'full' | 'sections' | 'objective' | 'beyond-window';

export class IncrementalDocument {
  private state: State | null = null;
  /** How the last `update` produced its model. */
  lastUpdate: UpdateKind = 'full';
  /** How many sections the last `update` parsed with remark (the others were reused). */
  lastParsedSections = 0;
  /** How many of those were an edit of one paragraph line, remark reading that line alone (`paragraphLineEdit`). */
  lastLineEdits = 0;
  /** How many KR and check-in text analyses the last single-objective rebuild took from the one before. */
  lastReusedAnalyses = 0;

  constructor(private readonly options: ParseOptions = {}) {}

  /**
   * The model of `text`, equal to `parseOkr(text, options)`. Never throws.
   *
   * A model this returns is valid until the next `update`: to stay cheap, the next update reuses
   * its objects, moving the positions of everything after an edit in place (shift.ts), so an older
   * model then reads as a mix of versions. Keep what you need from a model (numbers, strings, a
   * copy of a range) rather than the model itself, or compare by text, never with a later model's
   * positions. The objects before an edit, and those after it, are the same objects in the new model
   * (the linter relies on that identity); the edited objective and the groups around it are new.
   */
  update(text: string): OkrDocument {
    if (typeof text !== 'string') text = String(text ?? '');
    const previous = this.state;
    if (previous && previous.text === text) {
      this.lastUpdate = 'same';
      this.lastParsedSections = 0;
      return previous.doc;
    }
    try {
      return this.compute(text, previous);
    } catch {
      // A bug of ours must not take the editor down: fall back to the plain parser.
      this.state = null;
      this.lastUpdate = 'full';
      return parseOkr(text, this.options);
    }
  }

  /** The LineIndex of the last text (shared, so callers need not build another). */
  get lineIndex(): LineIndex | null {
    return this.state?.index ?? null;
  }

  /** Why the last update could not patch one objective (a number naming the check; for tests). */
  lastMiss = 0;

  private miss(reason: number): null {
    this.lastMiss = reason;
    return null;
  }

  /** `State.disjoint` and `State.positions` after the last patchObjective, and what it did. */
  private patchedDisjoint = false;
  private patchedPositions: (Position[] | undefined)[] = [];
  private patchedEdit: Omit<ModelEdit, 'from'> | null = null;
  /** The KR and check-in analyses of the last single-objective rebuild, for the next one. */
  private readonly analyses = new KeptAnalyses();

  /** Forgets everything (the next update parses from scratch). */
  reset(): void {
    this.state = null;
  }

  private compute(text: string, previous: State | null): OkrDocument {
    this.lastLineEdits = 0;
    this.lastReusedAnalyses = 0;
    // The parse source, exactly as parseOkr cuts it.
    const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let end = text.length;
    const truncated = end > MAX_TEXT_LENGTH;
    if (truncated) {
      const cut = text.lastIndexOf('\n', MAX_TEXT_LENGTH);
      end = cut > 0 ? cut + 1 : MAX_TEXT_LENGTH;
    }
    const source = text.slice(base, end);
    const fmEnd = frontmatterEnd(source);
    const comparable = previous !== null && previous.base === base && previous.truncated === truncated;
    // The changed part of the whole text (the previous one was not nested too deep, or there would
    // be no state): found with native string comparisons of chunks (a character loop or startsWith
    // per section took ms).
    const textPrefix = previous ? commonPrefixLength(previous.text, text) : 0;
    const textSuffix = previous ? commonSuffixLength(previous.text, text, Math.min(previous.text.length, text.length) - textPrefix) : 0;
    // Nested past limits.ts's bound: parseOkr refuses it (one problem, no remark), so the cache does.
    if (previous ? editNestsTooDeep(text, textPrefix, text.length - textSuffix) : isTooDeep(text)) return this.tooDeep(text);
    if (comparable && truncated && source === previous.source) return this.beyondWindow(text, end, previous, textPrefix, textSuffix);

    // The changed part of the parse source (the same numbers when there is no BOM and no limit).
    const same = base === 0 && !truncated && previous !== null && previous.base === 0 && !previous.truncated;
    const prefix = !comparable ? 0 : same ? textPrefix : commonPrefixLength(previous.source, source);
    const suffix = !comparable ? 0 : same ? textSuffix : commonSuffixLength(previous.source, source, Math.min(previous.source.length, source.length) - prefix);
    // A `]:` the previous text did not have can only be in (or straddle) the changed part.
    const defines = comparable && !previous.defines ? mayDefine(source.slice(Math.max(0, prefix - 1), source.length - suffix + 1)) : mayDefine(source);
    const plan = comparable && !defines && !previous.defines ? this.replan(source, fmEnd, previous, prefix, suffix) : null;
    const sections = plan ? plan.sections : this.parseAll(source, splitSections(source));
    this.lastParsedSections = plan ? plan.parsed : sections.length;
    const index = plan && !truncated ? this.lineIndex_(text, base, previous!, plan) : new LineIndex(text);

    const problems: ParseProblem[] = [];
    if (truncated) {
      problems.push({
        code: 'too-large',
        ...translatable('The file is too large ({0} characters); only the first {1} were read.', String(text.length), String(end)),
        range: index.range(end, text.length),
      });
    }
    const ctx: BuildContext = { text, index, base, options: this.options };

    let doc: OkrDocument | null = null;
    if (plan && previous && !truncated) doc = this.patchObjective(plan, previous, ctx);
    if (doc) this.lastUpdate = 'objective';
    else {
      this.lastUpdate = plan ? 'sections' : 'full';
      const nodes: RootContent[] = [];
      for (const s of sections) nodes.push(...placed(s));
      try {
        doc = buildDocument(nodes, ctx);
        doc.problems.unshift(...problems);
        doc = applyProgress(doc);
      } catch {
        // parseOkr reports a builder failure its own way: let it.
        this.state = null;
        return parseOkr(text, this.options);
      }
    }
    const patched = this.lastUpdate === 'objective';
    const disjoint = patched ? this.patchedDisjoint : objectivesDisjoint(doc.objectives);
    const positions = patched ? this.patchedPositions : new Array<Position[] | undefined>(doc.objectives.length);
    this.patchedPositions = [];
    // The model's version, and for the single-objective path what changed since the previous one
    // (the incremental linter's hint; see shift.ts's ModelEdit).
    const from = previous && patched && this.patchedEdit ? modelVersion(previous.doc) : undefined;
    stampModel(doc, from && this.patchedEdit ? { from: from.id, ...this.patchedEdit } : null);
    this.patchedEdit = null;
    this.state = { text, source, base, truncated, fmEnd, defines, sections, index, doc, disjoint, positions };
    return doc;
  }

  /** A text nested too deep: parseOkr's model (one problem, remark never runs); nothing kept. */
  private tooDeep(text: string): OkrDocument {
    this.state = null;
    this.lastUpdate = 'full';
    this.lastParsedSections = 0;
    return parseOkr(text, this.options);
  }

  /** A too-large text edited after the part that is read: only the line count and the
   * `too-large` problem (always first) change. */
  private beyondWindow(text: string, end: number, previous: State, textPrefix: number, textSuffix: number): OkrDocument {
    // The line index patched around the change (the line holding the character before it on).
    const changeStart = lineStartBefore(text, Math.max(0, textPrefix - 1));
    const index = patchedLineIndex(text, previous.index.lineStarts, changeStart, previous.text.length - textSuffix, text.length - previous.text.length);
    const old = previous.doc;
    const tooLarge: ParseProblem = {
      code: 'too-large',
      ...translatable('The file is too large ({0} characters); only the first {1} were read.', String(text.length), String(end)),
      range: index.range(end, text.length),
    };
    const doc: OkrDocument = { ...old, problems: [tooLarge, ...old.problems.slice(1)], lineCount: index.lineCount };
    stampModel(doc, null);
    this.lastUpdate = 'beyond-window';
    this.lastParsedSections = 0;
    this.state = { ...previous, text, index, doc };
    return doc;
  }

  private parseAll(source: string, starts: readonly SectionStart[]): Section[] {
    // A small text is parsed whole and its nodes dealt out to the sections (wholeSections): one
    // remark run instead of one per section.
    const whole = starts.length > 1 && source.length <= WHOLE_PARSE_MAX_LENGTH ? wholeSections(source, starts) : null;
    if (whole) return whole;
    return starts.map((s, i) => parseSection(source.slice(s.offset, starts[i + 1]?.offset ?? source.length), s.offset, s.line, i === starts.length - 1));
  }

  /**
   * Works out the new sections from the old ones: the unchanged ones at the start stay, the
   * unchanged ones at the end are shifted, and the part between is re-scanned (and re-parsed
   * where its sections' texts are new). Null when the whole text must be split again.
   */
  private replan(source: string, fmEnd: number, previous: State, prefix: number, suffix: number): Plan | null {
    const old = previous.sections;
    if (fmEnd !== previous.fmEnd || old.length < 2) return null;
    const oldSource = previous.source;
    // The first old section that is not unchanged in place (not inside the common prefix).
    let first = 0;
    for (let high = old.length; first < high; ) {
      const mid = (first + high) >> 1;
      if (old[mid]!.offset + old[mid]!.text.length <= prefix) first = mid + 1;
      else high = mid;
    }
    // Re-scan from the cut before it: a cut depends only on the text before it and its own line.
    // (Section 0 holds the frontmatter: scanning it again starts after the frontmatter.)
    const restart = Math.max(0, first - 1);
    const delta = source.length - previous.source.length;
    // Unchanged sections at the end (not overlapping the re-scanned start).
    let tail = old.length;
    while (tail - 1 > restart) {
      const s = old[tail - 1]!;
      const newOffset = s.offset + delta;
      if (newOffset <= old[restart]!.offset || s.offset < oldSource.length - suffix) break;
      tail--;
    }
    const tailStart = tail < old.length ? old[tail]!.offset + delta : source.length;
    // The old cut in the unchanged tail at a new offset, or -1 (old cuts are in order: a binary
    // search, not a map of the tail rebuilt on every edit).
    const tailCutAt = (offset: number): number => {
      if (offset < tailStart) return -1;
      let low = tail;
      let high = old.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const at = old[mid]!.offset + delta;
        if (at === offset) return mid;
        if (at < offset) low = mid + 1;
        else high = mid - 1;
      }
      return -1;
    };
    const from = old[restart]!;
    const scanStart = restart === 0 ? { offset: fmEnd, line: countLines(source, 0, fmEnd) } : from;
    const scan = scanSections(source, { offset: scanStart.offset, line: scanStart.line, stop: (offset) => tailCutAt(offset) >= 0 });
    const starts: SectionStart[] = [{ offset: from.offset, line: from.line }, ...scan.starts];
    const resumeAt = scan.stoppedAt ? tailCutAt(scan.stoppedAt.offset) : old.length;
    if (scan.stoppedAt) starts.pop();
    const lineDelta = scan.stoppedAt ? scan.stoppedAt.line - old[resumeAt]!.line : 0;

    // Old middle sections by text, for reuse when a section's text reappears (moved, or unchanged
    // between two cuts that were re-scanned).
    const reusable = new Map<string, Section>();
    let parsed = 0;
    for (let k = restart; k < resumeAt; k++) reusable.set(old[k]!.text, old[k]!);
    const middle: Section[] = starts.map((s, i) => {
      const endOffset = starts[i + 1]?.offset ?? (scan.stoppedAt ? scan.stoppedAt.offset : source.length);
      const sectionText = source.slice(s.offset, endOffset);
      const last = endOffset === source.length;
      const known = reusable.get(sectionText);
      if (known && known.last === last) {
        reusable.delete(sectionText);
        return moved(known, s.offset - known.offset, s.line - known.line);
      }
      parsed++;
      // An edit inside one line of a one-line paragraph: that line alone is read again (paragraphLineEdit).
      const edited = old[first];
      if (edited && edited.offset === s.offset && edited.last === last && endOffset - delta === edited.offset + edited.text.length) {
        const nodes = paragraphLineEdit(edited, sectionText, prefix - edited.offset, oldSource.length - suffix - edited.offset, delta);
        if (nodes) {
          this.lastLineEdits++;
          return { text: sectionText, last, offset: s.offset, line: s.line, nodes, nodesOffset: 0, nodesLine: 0 };
        }
      }
      // (An edited section: remark re-reads only its changed blocks. Opening a file does not ask.)
      return parseSection(sectionText, s.offset, s.line, last, true);
    });
    // The new list, written once at its final length; the tail's sections as moved copies (the old
    // list stays as it was: patchObjective reads it).
    const sections = new Array<Section>(restart + middle.length + old.length - resumeAt);
    let n = 0;
    for (let k = 0; k < restart; k++) sections[n++] = old[k]!;
    for (const s of middle) sections[n++] = s;
    for (let k = resumeAt; k < old.length; k++) sections[n++] = moved(old[k]!, delta, lineDelta);
    return { sections, parsed, restart, oldMiddleEnd: resumeAt, newMiddleEnd: restart + middle.length, delta, lineDelta, previousWindowLength: previous.source.length };
  }

  /** The new LineIndex from the old one: unchanged line starts before and after the re-scanned part. */
  private lineIndex_(text: string, base: number, previous: State, plan: Plan): LineIndex {
    const changeStart = base + plan.sections[plan.restart]!.offset;
    const oldChangeEnd = base + (plan.oldMiddleEnd < previous.sections.length ? previous.sections[plan.oldMiddleEnd]!.offset : previous.source.length);
    return patchedLineIndex(text, previous.index.lineStarts, changeStart, oldChangeEnd, plan.delta);
  }

  /**
   * The fast path: the edit changed one section that is one objective's whole section (its heading
   * line unchanged). Rebuilds that objective alone and shifts what follows. Null when the edit is
   * anything else (then the caller rebuilds the whole model).
   */
  private patchObjective(plan: Plan, previous: State, ctx: BuildContext): OkrDocument | null {
    const { restart } = plan;
    // Exactly one section replaced by one, not the first (frontmatter, title).
    let m = restart;
    let oldEnd = plan.oldMiddleEnd;
    let newEnd = plan.newMiddleEnd;
    const oldSections = previous.sections;
    const newSections = plan.sections;
    while (m < oldEnd && m < newEnd && oldSections[m]!.text === newSections[m]!.text && oldSections[m]!.offset === newSections[m]!.offset) m++;
    while (oldEnd > m && newEnd > m && oldSections[oldEnd - 1]!.text === newSections[newEnd - 1]!.text) {
      oldEnd--;
      newEnd--;
    }
    if (oldEnd <= m || newEnd <= m || m < 1) return this.miss(1);
    const base = ctx.base;
    const newSource = ctx.text.slice(base);
    const oldDoc = previous.doc;
    // The objective the edit is in: its heading starts a section at or before the first changed
    // one, and the sections up to the next heading of its level or above (its KR headings, its
    // `Key results` heading) make its unit. The changed sections must lie inside the unit.
    let u0 = m;
    let at = -1;
    for (; u0 >= 1; u0--) {
      at = objectiveWithHeadingAt(oldDoc.objectives, base + oldSections[u0]!.offset);
      if (at >= 0) break;
    }
    if (at < 0) return this.miss(4);
    const oldObjective = oldDoc.objectives[at]!;
    const depth = oldObjective.depth;
    const unitEnd = (sections: readonly Section[], from: number): number => {
      let k = from + 1;
      while (k < sections.length && headingDepth(sections[k]!) > depth) k++;
      return k;
    };
    const oldU1 = unitEnd(oldSections, u0);
    const newU1 = unitEnd(newSections, u0);
    if (oldU1 < oldEnd || newU1 < newEnd || oldU1 - oldEnd !== newU1 - newEnd) return this.miss(5);
    for (let k = u0; k < oldU1; k++) if (!isSimpleSection(oldSections[k]!, previous.source, k === u0 ? depth : depth + 1)) return this.miss(2);
    for (let k = u0; k < newU1; k++) if (!isSimpleSection(newSections[k]!, newSource, k === u0 ? depth : depth + 1)) return this.miss(2);
    // (Old sections' nodes are read, never placed: a reused section may share them.)
    const oldStart = base + oldSections[u0]!.offset;
    const oldStop = base + oldSections[oldU1 - 1]!.offset + oldSections[oldU1 - 1]!.text.length;
    // The same heading line, or (checked once built) one with the same numbered label (`## O2: …`).
    const oldHeading = oldSections[u0]!.nodes[0]!;
    const newHeading = newSections[u0]!.nodes[0]!;
    const sameHeading = lengthOf(oldHeading) === lengthOf(newHeading) && oldSections[u0]!.text.startsWith(newSections[u0]!.text.slice(0, lengthOf(newHeading)));
    // All the objective owns must be in the unit: a KR, `Key results` or `Initiatives` heading of its
    // own level after it (`## O1` … `## KR2: …`) is its own but outside the unit, and is not rebuilt.
    if (objectiveEnd(oldObjective) > oldStop) return this.miss(5);
    // An objective above whose text runs into this one (a parent objective, or one whose KR heading
    // comes after this one: `## O1`, `### O2`, `## KR1: …`, `### O3`) would change too.
    // The old unit held this objective alone: a deeper heading in it that was an objective or a
    // group of its own (`### O1: …` under `## O9`) may now be swallowed (by a fence opened above it),
    // and the model around it would change.
    const nextObjective = oldDoc.objectives[at + 1];
    if (nextObjective && nextObjective.headingRange.start.offset < oldStop) return this.miss(11);
    if (groupStartsIn(oldDoc.groups, oldStart, oldStop)) return this.miss(11);
    // (When every objective ends before the next one starts, none does: no need to look.)
    if (!previous.disjoint) for (let i = 0; i < at; i++) if (objectiveEnd(oldDoc.objectives[i]!) >= oldStart) return this.miss(6);

    // Build the unit on its own, with the document's cycle for dates.
    const cycle = oldDoc.cycle;
    const options: ParseOptions = cycle ? { ...this.options, defaultCycle: `${cycle.start}..${cycle.end}` } : this.options;
    const nodes: RootContent[] = [];
    for (let k = u0; k < newU1; k++) nodes.push(...placed(newSections[k]!));
    // (Its KRs' and check-ins' text analyses: those of the last rebuild where the text is the same.)
    const alone = buildDocument(nodes, { ...ctx, options, analyses: this.analyses.begin(ctx.index, options.defaultCycle ?? '') });
    this.lastReusedAnalyses = this.analyses.reused;
    this.analyses.end();
    if (alone.objectives.length !== 1 || alone.groups.length !== 0 || alone.title !== null || alone.frontmatter !== null) return this.miss(7);
    if ((alone.cycle?.start ?? null) !== (cycle?.start ?? null) || (alone.cycle?.end ?? null) !== (cycle?.end ?? null)) return this.miss(8);
    if (alone.problems.some((p) => p.code !== 'checkin-invalid')) return this.miss(9);
    const built = alone.objectives[0]!;
    if (built.headingRange.start.offset !== oldStart || built.depth !== depth) return this.miss(10);
    // An objective's id is its numbered label's (`o2`, made unique against the objectives before it)
    // or else its title's slug: a title edited under the same numbered label keeps the id, and every
    // later objective's; any other heading edit may change ids, so the whole model is rebuilt.
    if (!sameHeading && !(built.label !== null && /\d/.test(built.label) && built.label === oldObjective.label)) return this.miss(3);
    const objective: Objective = { ...built, id: oldObjective.id, groupPath: oldObjective.groupPath };

    const offsetDelta = plan.delta;
    let lineDelta = 0;
    for (let k = u0; k < newU1; k++) lineDelta += countLines(newSections[k]!.text, 0, newSections[k]!.text.length);
    for (let k = u0; k < oldU1; k++) lineDelta -= countLines(oldSections[k]!.text, 0, oldSections[k]!.text.length);
    const after = (offset: number): boolean => offset >= oldStop;
    const moved = offsetDelta !== 0 || lineDelta !== 0;
    // Everything after the objective moves in place (see shift.ts and `update`'s contract). Every
    // "is it after the edit" is decided before anything moves.

    // Which problems, comments, title and cycle lie after the edit.
    const problems: ParseProblem[] = [];
    for (const p of oldDoc.problems) if (p.range.start.offset < oldStart) problems.push(p);
    for (const p of alone.problems) problems.push(p);
    const firstMoving = problems.length;
    for (const p of oldDoc.problems) if (after(p.range.start.offset)) problems.push(p);
    const comments = oldDoc.comments.filter((c) => c.range.start.offset < oldStart);
    for (const c of alone.comments) comments.push(c);
    const firstMovingComment = comments.length;
    for (const c of oldDoc.comments) if (after(c.range.start.offset)) comments.push(c);
    const title = oldDoc.title;
    const titleMoves = moved && title !== null && after(title.range.start.offset);
    const cycleMoves = moved && !!oldDoc.cycle?.range && after(oldDoc.cycle.range.start.offset) && oldDoc.cycle.range !== title?.range;
    // A problem's range may be a range that moves with something else (a check-in's date, the
    // title): problems move last, each only if its start has not moved meanwhile.
    const problemStarts = moved ? problems.slice(firstMoving).map((p) => copyPosition(p.range.start)) : [];

    // The objectives after it, each by its list of positions (made once, kept with the objective).
    const objectives = oldDoc.objectives.slice();
    objectives[at] = objective;
    const positions = previous.positions.slice();
    positions[at] = undefined;
    if (moved) {
      for (let i = at + 1; i < objectives.length; i++) {
        let list = positions[i];
        if (list === undefined) positions[i] = list = objectivePositions(objectives[i]!);
        movePositions(list, lineDelta, offsetDelta);
      }
    }
    const shift = new InPlaceShift(lineDelta, offsetDelta);
    if (moved) for (let k = firstMovingComment; k < comments.length; k++) shift.range(comments[k]!.range);
    if (titleMoves) shift.range(title!.range);
    if (cycleMoves) shift.cycle(oldDoc.cycle!);
    for (let k = 0; k < problemStarts.length; k++) {
      const range = problems[firstMoving + k]!.range;
      if (range.start.offset === problemStarts[k]!.offset && range.start.line === problemStarts[k]!.line) shift.range(range);
    }

    const groups = oldDoc.groups.map(patchGroup);
    function patchGroup(g: Group): Group {
      if (g.range.end.offset < oldStart) return g;
      if (after(g.range.start.offset)) {
        if (moved) shift.groupTree(g);
        return g;
      }
      // A group that ends with this objective ends where it now ends; one that goes on, later.
      const end =
        g.range.end.offset > oldObjective.range.end.offset
          ? movedPosition(g.range.end, lineDelta, offsetDelta)
          : copyPosition(objective.range.end);
      return { ...g, range: { start: g.range.start, end }, groups: g.groups.map(patchGroup), objectives: g.objectives.map((o) => (o === oldObjective ? objective : o)) };
    }

    const doc: OkrDocument = { ...oldDoc, groups, objectives, comments, problems, lineCount: ctx.index.lineCount };
    // Progress: the rebuilt objective's KRs and its own; the groups' and the document's only when
    // the objective's progress or weight changed (they are means over the objectives, in order, so
    // otherwise they are the same numbers).
    applyProgress({ ...doc, objectives: [objective], groups: [] });
    if (!Object.is(objective.progress, oldObjective.progress) || !Object.is(objective.weight, oldObjective.weight)) {
      applyProgress({ ...doc, objectives: [], groups });
      doc.progress = weightedMean(objectives);
    }
    const before = objectives[at - 1];
    const next = objectives[at + 1];
    this.patchedPositions = positions;
    this.patchedEdit = { objective: at, offsetDelta, lineDelta };
    this.patchedDisjoint =
      previous.disjoint && (!before || objectiveEnd(before) < objective.range.start.offset) && (!next || objectiveEnd(objective) < next.range.start.offset);
    return doc;
  }
}

/**
 * The text analyses (quantities.ts: a KR's text, a check-in's) of the last single-objective rebuild,
 * for the next one: typing in one KR leaves its objective's other KRs and check-ins as they were, and
 * their analyses (~35% of the rebuild) are the same but for where they are. An analysis depends on
 * the text, the cycle, the KR's unit (check-ins) and, for its positions, where the text starts; so
 * one is kept by kind, text and starting column, and handed out as a copy moved by the lines and
 * offset its text moved. Only the last rebuild's analyses are kept (those it made or reused): the
 * edited KR's new text is always analysed afresh, even when typing brings back an older text. Copies
 * both ways (the model moves its positions in place), with the objects an analysis shares shared
 * in the copy too.
 */
class KeptAnalyses implements AnalysisMemo {
  private previous = new Map<string, { value: object; line: number; offset: number }>();
  private current = new Map<string, { value: object; line: number; offset: number }>();
  private index: LineIndex | null = null;
  private cycle = '';
  /** How many analyses the last rebuild took from the one before (for tests). */
  reused = 0;

  begin(index: LineIndex, cycle: string): AnalysisMemo {
    if (cycle !== this.cycle) this.previous.clear();
    this.cycle = cycle;
    this.index = index;
    this.reused = 0;
    return this;
  }

  end(): void {
    this.previous = this.current;
    this.current = new Map();
    this.index = null;
  }

  get<T extends object>(kind: string, text: string, offset: number, analyse: () => T): T {
    const at = this.index!.positionAt(offset);
    const key = `${kind}\u0000${at.character}\u0000${text}`;
    const kept = this.previous.get(key) ?? this.current.get(key);
    if (kept) {
      this.current.set(key, kept);
      this.reused++;
      return movedCopy(kept.value, at.line - kept.line, offset - kept.offset) as T;
    }
    const value = analyse();
    this.current.set(key, { value: movedCopy(value, 0, 0) as object, line: at.line, offset });
    return value;
  }
}

/** A deep copy of plain data with every position (`line`, `character`, `offset`) moved; objects
 * shared inside it are shared in the copy. */
function movedCopy(value: unknown, lineDelta: number, offsetDelta: number, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(movedCopy(v, lineDelta, offsetDelta, seen));
    return out;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.line === 'number' && typeof o.character === 'number' && typeof o.offset === 'number') {
    const p = { line: o.line + lineDelta, character: o.character, offset: o.offset + offsetDelta };
    seen.set(value, p);
    return p;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const key in o) out[key] = movedCopy(o[key], lineDelta, offsetDelta, seen);
  return out;
}

interface Plan {
  sections: Section[];
  /** How many of them were parsed now. */
  parsed: number;
  /** Index of the first re-scanned section (sections before it are the old ones, in place). */
  restart: number;
  /** Old sections [restart, oldMiddleEnd) were replaced by new sections [restart, newMiddleEnd). */
  oldMiddleEnd: number;
  newMiddleEnd: number;
  /** Offset and line shift of the sections after the middle. */
  delta: number;
  lineDelta: number;
  previousWindowLength: number;
}

/**
 * Parses one section with remark; positions are relative to its start until placed. A section
 * that is not the last is followed in the whole text by a column-0 heading, which closes whatever
 * is open (a fence inside a list item, a block quote); remark ends such blocks differently at the
 * end of a text. So the section is parsed with a sentinel empty heading (`#`) after it, as it
 * would be inside the whole text, and the sentinel's node is dropped.
 */
export function parseSectionNodes(text: string, last: boolean, reuse = false): RootContent[] {
  if (last) return parseMarkdown(text, { reuse }).children;
  const nodes = parseMarkdown(text + '#', { reuse }).children;
  const sentinel = nodes.pop();
  if (!sentinel || sentinel.type !== 'heading' || sentinel.position?.start.offset !== text.length) {
    throw new Error('section cut where remark sees no heading');
  }
  return nodes;
}

/**
 * The top-level nodes of a section after an edit of one line of a one-line paragraph, from the old
 * section's nodes and remark on that paragraph's new text alone, or null when the edit is anything
 * else. `start` and `oldEnd` are the edited part of the old section's text (section-relative), and
 * `delta` the length change. The nodes' positions are section-relative (see `parseSection`).
 *
 * Why the rest of the tree stays as it was: the edit changes characters inside one line and after
 * the paragraph's first character, and none of them is a line break, `|` (a GFM table's header row
 * counts its cells by pipes, so the line has none), `\` (which escapes a pipe) or a tab (columns; the
 * line has none either). The lines before it are
 * the same, so everything open when the line starts is the same, and the line's container prefix
 * and first character are too. What the line itself is (a paragraph line, a heading, a fence, a
 * list item, a thematic break, HTML…) is decided by its content the way it would be at the start of
 * a document, since no paragraph is open before it (the paragraph starts on it); so the new content
 * parsed alone must be one paragraph, as it was. Whether the next line continues the paragraph
 * (lazily or not), underlines it (setext) or makes it a table's header depends on the paragraph
 * being open, not on its text, except for a table's cell count (pipes: excluded). Inline content
 * depends on the paragraph's text alone, except for link reference and footnote definitions,
 * which the cache never re-plans around (`mayDefine`). A list item's first paragraph may start
 * with a task check (`[ ]`, GFM), which depends on the item (below).
 * The property tests (test/unit/incremental.property.test.ts) compare the result with remark on
 * the whole text after random edits.
 */
export function paragraphLineEdit(old: Pick<Section, 'text' | 'nodes' | 'nodesOffset' | 'nodesLine'>, text: string, start: number, oldEnd: number, delta: number): RootContent[] | null {
  const newEnd = oldEnd + delta;
  if (start <= 0 || newEnd < start || oldEnd < start) return null;
  for (let i = start; i < newEnd; i++) if (!lineSafe(text.charCodeAt(i))) return null;
  for (let i = start; i < oldEnd; i++) if (!lineSafe(old.text.charCodeAt(i))) return null;
  // The old nodes are relative to (nodesOffset, nodesLine): read them, never move them.
  const base = old.nodesOffset;
  const lineBase = old.nodesLine;
  // The deepest node holding the edit, through containers, must be a one-line paragraph.
  const path: Nodes[] = [];
  let siblings: readonly RootContent[] = old.nodes;
  let paragraph: Nodes | null = null;
  for (;;) {
    let holder: Nodes | null = null;
    for (const node of siblings) {
      const p = node.position;
      if (!p || p.start.offset === undefined || p.end.offset === undefined) return null;
      if (p.start.offset - base < start && oldEnd <= p.end.offset - base) {
        holder = node;
        break;
      }
      if (p.start.offset - base >= start) break;
    }
    if (!holder) return null;
    path.push(holder);
    if (holder.type === 'paragraph') {
      paragraph = holder;
      break;
    }
    if (holder.type !== 'list' && holder.type !== 'listItem' && holder.type !== 'blockquote') return null;
    siblings = holder.children;
  }
  const p = paragraph.position!;
  if (p.start.line !== p.end.line) return null;
  const paragraphStart = p.start.offset! - base;
  // A GFM task check (`- [ ] …`) is read at the start of an item's first paragraph, which then
  // starts after the check and its space (mdast-util-gfm-task-list-item), unless nothing but the
  // check was text. So an item's first paragraph that starts with `[` is left to remark; one that
  // starts after a check reads the same alone as after the check (a space before it counts as the
  // start of a text for every inline construct).
  const parent = path[path.length - 2];
  if (parent && parent.type === 'listItem' && parent.children[0] === paragraph && old.text.charCodeAt(paragraphStart) === 91 /* [ */) return null;
  // The line: from the paragraph's start to its end (old and new), with nothing but the paragraph.
  const oldLineEnd = lineEndAt(old.text, oldEnd);
  const newLineEnd = oldLineEnd + delta;
  for (let i = paragraphStart; i < oldLineEnd; i++) {
    const c = old.text.charCodeAt(i);
    if (c === 9 || c === 124) return null;
  }
  for (let i = p.end.offset! - base; i < oldLineEnd; i++) if (old.text.charCodeAt(i) !== 32) return null;
  const content = text.slice(paragraphStart, newLineEnd);
  let fresh = plainParagraph(content);
  if (fresh) plainLineEdits++;
  else {
    // The parser a full parse uses (parse.ts's parseMarkdown: the GFM parts the text may need, the
    // same tree as all of GFM), not remark with all of GFM, which costs more for the same tree.
    const alone = parseMarkdown(content);
    const only = alone.children[0];
    if (alone.children.length !== 1 || !only || only.type !== 'paragraph' || only.position?.start.offset !== 0 || Object.keys(alone).length !== 3) return null;
    fresh = only;
  }
  const freshChildren: readonly Nodes[] = fresh.children;

  // Copy the old nodes with positions moved: after the edit by `delta` (and on the edited line by
  // `delta` columns too), before it as they were; the paragraph's content is the new parse's.
  const line = p.start.line - lineBase;
  const column = p.start.column;
  let broken = false;
  const point = (q: { line: number; column: number; offset?: number }, isEnd: boolean): { line: number; column: number; offset: number } => {
    const offset = q.offset! - base;
    const l = q.line - lineBase;
    if (offset >= oldEnd && (isEnd || offset > start)) return { line: l, column: l === line ? q.column + delta : q.column, offset: offset + delta };
    if (offset > start) broken = true;
    return { line: l, column: q.column, offset };
  };
  const copy = (node: Nodes): Nodes => {
    const out: Record<string, unknown> = {};
    for (const key in node) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (key === 'position' && value) {
        const q = value as NonNullable<Nodes['position']>;
        out.position = { start: point(q.start, false), end: node === paragraph ? null : point(q.end, true) };
      } else if (key === 'children') {
        out.children = node === paragraph ? freshChildren.map((c) => placedAlone(c, line, column - 1, paragraphStart)) : (value as Nodes[]).map(copy);
      } else out[key] = plainCopy(value);
    }
    if (node === paragraph) {
      const end = fresh.position!.end;
      (out.position as { end: unknown }).end = { line, column: end.column + column - 1, offset: end.offset! + paragraphStart };
    }
    return out as unknown as Nodes;
  };
  const nodes = old.nodes.map((n) => copy(n) as RootContent);
  return broken ? null : nodes;
}

/** How many paragraph line edits were answered without remark (`plainParagraph`; for tests). */
let plainLineEdits = 0;
export function plainParagraphLineEdits(): number {
  return plainLineEdits;
}

/**
 * What remark makes of a one-line paragraph's content that holds no inline syntax: one text node of
 * the content without its trailing spaces (its leading ones are never part of a paragraph; the
 * paragraph's position keeps the trailing ones), or null
 * when it may hold some. Plain: it starts with a letter or digit (so the line starts no other block,
 * but for an ordered list item, `1. ` or `2) `, checked too) and has none of the characters that
 * start inline syntax (`\\ & \` * _ [ ] ! < > ~`, control characters), no `www`, `http`, `mailto:` or
 * `xmpp:` (GFM autolink literals, any case) and no `@` right after a character an e-mail address
 * may end its local part with (`[A-Za-z0-9.+_-]`). `@alice` after a space is plain.
 */
export function plainParagraph(content: string): Paragraph | null {
  if (!/^[\p{L}\p{N}]/u.test(content) || /^\d{1,9}[.)](?:[ \t]|$)/.test(content)) return null;
  if (/[\\&`*_[\]!<>~\u0000-\u001f\u007f]|www|http|mailto:|xmpp:|[A-Za-z0-9.+_-]@/i.test(content)) return null;
  // (The paragraph ends at the end of the line, its text before the trailing spaces.)
  let end = content.length;
  while (end > 0 && content.charCodeAt(end - 1) === 32) end--;
  const text = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: end + 1, offset: end } };
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: content.length + 1, offset: content.length } };
  return { type: 'paragraph', children: [{ type: 'text', value: content.slice(0, end), position: text }], position };
}

/** A character an edit of a paragraph line may insert or delete (see paragraphLineEdit). */
function lineSafe(c: number): boolean {
  return c !== 10 && c !== 13 && c !== 124 /* | */ && c !== 92 /* \ */ && c !== 9;
}

/** The end of the line holding `at` (before its line break). */
function lineEndAt(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

/** A node of a paragraph parsed alone, copied to the paragraph's place on line `line`. */
function placedAlone(node: Nodes, line: number, columns: number, offset: number): Nodes {
  const out: Record<string, unknown> = {};
  for (const key in node) {
    const value = (node as unknown as Record<string, unknown>)[key];
    if (key === 'position' && value) {
      const q = value as NonNullable<Nodes['position']>;
      out.position = {
        start: { line, column: q.start.column + columns, offset: q.start.offset! + offset },
        end: { line, column: q.end.column + columns, offset: q.end.offset! + offset },
      };
    } else if (key === 'children') out.children = (value as Nodes[]).map((c) => placedAlone(c, line, columns, offset));
    else out[key] = value;
  }
  return out as unknown as Nodes;
}

/** A deep copy of plain data (a node's `data`, a table's `align`). */
function plainCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = plainCopy((value as Record<string, unknown>)[key]);
  return out as T;
}

/** A section at another place (its nodes are shifted when placed). */
function moved(s: Section, delta: number, lineDelta: number): Section {
  return { text: s.text, last: s.last, offset: s.offset + delta, line: s.line + lineDelta, nodes: s.nodes, nodesOffset: s.nodesOffset, nodesLine: s.nodesLine };
}

/**
 * Texts up to this long are parsed in one remark run when the cache parses them from scratch
 * (`wholeSections`). remark's set-up costs ~0.1 ms a call, a good share of opening a 1–2 KB file cut
 * into 5–7 sections, while its cost per character grows with the text's length: measured in the same
 * minutes (2026-11-22, generated team files and the examples), one run was 0.78–0.91× the runs per
 * section up to ~2 KB, even at ~3–4 KB and 1.0–1.16× from ~5 KB (the 9.6 KB 120-line file 1.16×).
 */
export const WHOLE_PARSE_MAX_LENGTH = 2_500;

/**
 * The sections of a small text from one remark run over all of it: each section takes the top-level
 * nodes that start in it, their positions left as they are (relative to the text's start, so the
 * section's `nodesOffset`/`nodesLine` are its own offset and line).
 * The trees are the same: each section parsed alone (with its sentinel heading) equals the whole
 * text's nodes for it (test/unit/incremental.sections.test.ts), which is why the cache cuts there. So
 * the cache's first model is parseOkr's by construction, and later edits re-parse sections as before.
 * Null (parse by sections) when the tree does not fall apart at the cuts as the scanner says: a node
 * straddling a cut, a section after the first not starting with a heading, or a root with more than
 * its children (GFM's task-list handler can set `checked` on it for odd input).
 */
export function wholeSections(source: string, starts: readonly SectionStart[]): Section[] | null {
  const tree = parseMarkdown(source);
  if (Object.keys(tree).length !== 3) return null;
  const children = tree.children;
  const sections: Section[] = [];
  let k = 0;
  for (let i = 0; i < starts.length; i++) {
    const from = starts[i]!.offset;
    const last = i === starts.length - 1;
    const to = last ? source.length : starts[i + 1]!.offset;
    const nodes: RootContent[] = [];
    for (; k < children.length; k++) {
      const node = children[k]!;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || start < from) return null;
      if (start >= to) break;
      if (end > to) return null;
      nodes.push(node);
    }
    if (i > 0) {
      const first = nodes[0];
      if (!first || first.type !== 'heading' || first.position!.start.offset !== from) return null;
    }
    sections.push({ text: source.slice(from, to), last, offset: from, line: starts[i]!.line, nodes, nodesOffset: from, nodesLine: starts[i]!.line });
  }
  return k === children.length ? sections : null;
}

function parseSection(text: string, offset: number, line: number, last: boolean, reuse = false): Section {
  return { text, last, offset, line, nodes: parseSectionNodes(text, last, reuse), nodesOffset: 0, nodesLine: 0 };
}

/** The section's nodes with positions at its current place (shifting them in place, once). */
function placed(s: Section): RootContent[] {
  const dOffset = s.offset - s.nodesOffset;
  const dLine = s.line - s.nodesLine;
  if (dOffset !== 0 || dLine !== 0) {
    for (const node of s.nodes) shiftNode(node, dLine, dOffset);
    s.nodesOffset = s.offset;
    s.nodesLine = s.line;
  }
  return s.nodes;
}

function shiftNode(node: Nodes, dLine: number, dOffset: number): void {
  const p = node.position;
  if (p) {
    p.start = { line: p.start.line + dLine, column: p.start.column, offset: (p.start.offset ?? 0) + dOffset };
    p.end = { line: p.end.line + dLine, column: p.end.column, offset: (p.end.offset ?? 0) + dOffset };
  }
  if ('children' in node) for (const child of node.children) shiftNode(child as Nodes, dLine, dOffset);
}

function lengthOf(node: Nodes): number {
  return (node.position?.end.offset ?? 0) - (node.position?.start.offset ?? 0);
}

/** The depth of the heading a section starts with (7 when it starts with something else). */
function headingDepth(s: Section): number {
  const first = s.nodes[0];
  return first && first.type === 'heading' ? first.depth : 7;
}

/** A section whose only top-level heading is its first node, of at least `minDepth` (and not an
 * H1), and that has no bold `**Objective …**` paragraph: inside an objective's unit it can only
 * add to that objective. */
function isSimpleSection(s: Section, source: string, minDepth: number): boolean {
  const nodes = s.nodes;
  const correction = s.offset - s.nodesOffset;
  const first = nodes[0];
  if (!first || first.type !== 'heading' || first.depth < Math.max(2, minDepth)) return false;
  for (let i = 1; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === 'heading' || n.type === 'yaml') return false;
    if (n.type === 'paragraph') {
      const start = (n.position?.start.offset ?? 0) + correction;
      const two = source.slice(start, start + 2);
      if (two === '**' || two === '__') return false;
    }
  }
  return true;
}

/** The index of the objective whose heading starts at `offset` (objectives are in document order), or -1. */
function objectiveWithHeadingAt(objectives: readonly Objective[], offset: number): number {
  let low = 0;
  let high = objectives.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = objectives[mid]!.headingRange.start.offset;
    if (start === offset) return mid;
    if (start < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** A line whose first character is content in column 0: limits.ts's nesting scan closes every open
 * list item there, so the depth of the lines from it on depends on nothing before it. */
function closesItems(text: string, lineStart: number): boolean {
  const c = text.charCodeAt(lineStart);
  return lineStart < text.length && c !== 32 && c !== 9 && c !== 62 /* > */ && c !== 10 && c !== 13;
}

/**
 * Whether an edit of a text that was not nested too deep (limits.ts) made it so, the edit having
 * changed [changeStart, changeEnd) of the new text: only the lines from the last line before the
 * change that closes every item to the first one after it (whose line break is unchanged too) can
 * nest differently, so only they are scanned.
 */
function editNestsTooDeep(text: string, changeStart: number, changeEnd: number): boolean {
  // Back from the line holding the character before the change (its first character is unchanged).
  let from = changeStart > 0 ? lineStartBefore(text, changeStart - 1) : 0;
  while (from > 0 && !closesItems(text, from)) from = lineStartBefore(text, from - 1);
  // Forward to a line start past the change whose preceding line break is unchanged as well.
  let to = nextLineStart(text, changeEnd + 1);
  while (to < text.length && !closesItems(text, to)) to = nextLineStart(text, to + 1);
  return isTooDeep(text.slice(from, to));
}

/** The start of the line holding offset `at` (line breaks: `\n`, `\r\n`, lone `\r`). */
function lineStartBefore(text: string, at: number): number {
  let i = at;
  // `at` on the `\n` of a `\r\n` belongs to the line the `\r` ends.
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** The first line start at or after `at`, i.e. just after the next line break from `at - 1` on (text length when none). */
function nextLineStart(text: string, at: number): number {
  let i = Math.max(0, at - 1);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return text.length;
}

/** Whether a group (at any depth) starts inside [from, to). */
function groupStartsIn(groups: readonly Group[], from: number, to: number): boolean {
  for (const g of groups) {
    const start = g.range.start.offset;
    if (start >= from && start < to) return true;
    if (start < to && g.groups.length > 0 && groupStartsIn(g.groups, from, to)) return true;
  }
  return false;
}

function objectivesDisjoint(objectives: readonly Objective[]): boolean {
  for (let i = 1; i < objectives.length; i++) if (objectiveEnd(objectives[i - 1]!) >= objectives[i]!.range.start.offset) return false;
  return true;
}

/**
 * Where everything an objective owns ends: the latest end of its ranges. Its `range` ends at the
 * next heading of its level or above, but KR, `Key results` and `Initiatives` headings of its own
 * level that follow it are its own too (parse.ts's `classify`), and when deeper objectives sit in
 * between (`## O1`, `### O2`, `## KR1: …`, `### O3`) they run past later objectives. The ranges not
 * read here lie inside those that are (a KR's quantities, deadline and owners in its text or a
 * check-in, a check-in's date and value in the check-in); test/unit/incremental.test.ts compares
 * this with a walk over every position of real models.
 */
export function objectiveEnd(o: Objective): number {
  let end = Math.max(o.range.end.offset, o.headingRange.end.offset, o.titleRange.end.offset);
  for (const m of o.metadata) end = Math.max(end, m.range.end.offset, m.keyRange.end.offset, m.valueRange.end.offset);
  if (o.owner) end = Math.max(end, o.owner.range.end.offset);
  for (const a of o.aligns) end = Math.max(end, a.range.end.offset);
  if (o.keyResultsRange) end = Math.max(end, o.keyResultsRange.end.offset);
  for (const kr of o.keyResults) {
    end = Math.max(end, kr.range.end.offset, kr.textRange.end.offset);
    for (const c of kr.checkins) end = Math.max(end, c.range.end.offset);
  }
  if (o.initiativesRange) end = Math.max(end, o.initiativesRange.end.offset);
  for (const x of o.initiatives) end = Math.max(end, x.range.end.offset);
  return end;
}

/**
 * The LineIndex of `text` from the previous text's line starts: those up to `changeStart` (a line
 * start whose line break before it is unchanged) are kept, the changed part [changeStart,
 * oldChangeEnd + delta) is scanned, and those after it are moved by `delta`.
 */
function patchedLineIndex(text: string, oldStarts: readonly number[], changeStart: number, oldChangeEnd: number, delta: number): LineIndex {
  const newChangeEnd = oldChangeEnd + delta;
  // Unchanged line starts before the change, those the changed part has now, and the old ones
  // after it moved by the length change, written once into an array of the final length (the
  // index of a big file is a large object: growing and copying it showed in every edit).
  const head = countAtMost(oldStarts, changeStart);
  const middle: number[] = [];
  for (let i = changeStart; i < newChangeEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      middle.push(i + 1);
    } else if (c === 10) middle.push(i + 1);
  }
  // (A start the changed part already has, when a CRLF straddles its end, is not repeated.)
  const last = middle.length > 0 ? middle[middle.length - 1]! : head > 0 ? oldStarts[head - 1]! : -1;
  let tail = countAtMost(oldStarts, oldChangeEnd);
  while (tail < oldStarts.length && oldStarts[tail]! + delta <= last) tail++;
  const starts = new Array<number>(head + middle.length + oldStarts.length - tail);
  let at = 0;
  for (let k = 0; k < head; k++) starts[at++] = oldStarts[k]!;
  for (let k = 0; k < middle.length; k++) starts[at++] = middle[k]!;
  for (let k = tail; k < oldStarts.length; k++) starts[at++] = oldStarts[k]! + delta;
  const index = Object.create(LineIndex.prototype) as LineIndex;
  Object.assign(index, { text, lineStarts: starts });
  return index;
}

/** How many of the sorted numbers are at most `value`. */
function countAtMost(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** `parseOkr` through a fresh cache: the same model, but remark runs on sections, so big texts
 * parse in linear time. */
export function parseOkrBySections(text: string, options: ParseOptions = {}): OkrDocument {
  return new IncrementalDocument(options).update(text);
}

/**
 * Texts at least this long are parsed by sections in `parseOkrAuto`: remark's whole-text parse grows
 * quadratically (16 s at 930 KB, 0.3 s at 93 KB), while below this size a remark run per section
 * costs about as much as one run over the whole text.
 */
export const SECTIONED_PARSE_MIN_LENGTH = 20_000;

/**
 * The model of `text`, equal to `parseOkr(text, options)`: by sections (linear) for texts of
 * `SECTIONED_PARSE_MIN_LENGTH` characters or more, by `parseOkr` below. For one-off parses
 * (the CLI, the panel); open documents keep an `IncrementalDocument`.
 */
export function parseOkrAuto(text: string, options: ParseOptions = {}): OkrDocument {
  if (typeof text === 'string' && text.length >= SECTIONED_PARSE_MIN_LENGTH) return parseOkrBySections(text, options);
  return parseOkr(text, options);
}
