// Runs the enabled rules over a parsed document: one pass per rule over the model, no re-parse.
import type { Objective, OkrDocument, ParseProblem, Range } from '../model';
import { modelVersion, movedRange, type ModelEdit } from '../shift';
import { LineIndex } from '../text';
import { english, type Translate } from '../translate';
import { Suppressions } from './directives';
import { objectiveExtent, objectiveSpan, objectiveView, problemsIn, type TextSpan } from './helpers';
import { ruleById, rules } from './rules/index';
import type { LintDiagnostic, LintOptions, Report, ResolvedConfig, Rule, RuleSetting, Severity } from './types';

const QUIETER: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info', hint: 'hint' };

/** The effective setting of a rule: configured, else the rule's default. */
export function ruleSetting(rule: Rule<any>, settings: Record<string, RuleSetting>): RuleSetting {
  const configured = settings[rule.meta.id];
  return {
    severity: configured?.severity ?? rule.meta.defaultSeverity,
    options: { ...(rule.meta.defaults as Record<string, unknown>), ...(configured?.options ?? {}) },
  };
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/** Lints one document. Never throws: a rule that fails on odd input is skipped for this document. */
export function lint(doc: OkrDocument, text: string, options: LintOptions): LintDiagnostic[] {
  return run(doc, text, options, null);
}

/**
 * What the linter keeps per objective: the cached rules' reports and the split rules' facts. Where
 * the objective is, is kept beside it (`Snapshot.starts`, `Snapshot.lines`), so an entry moves with
 * its objective without being touched.
 */
interface ObjectiveEntry {
  objective: Objective;
  /** The length of the objective's text (from its heading to the next objective, or to its own end when further): with its start, its key. */
  keyLength: number;
  /** A short stand-in for the text (its length and a hash of its start) to find the entry by text. */
  proxy: string;
  /** The parse problems in the objective's span when it was linted (its view's problems), relative to its start. */
  problems: RelativeProblem[];
  /** Per cached rule (objective-scope and split rules, in `rules` order, enabled ones only), its reports; null when none reported anything. */
  reports: Report[][] | null;
  /** Where the objective started (offset, line) when `reports`' ranges were made or last moved. */
  reportsStart: number;
  reportsLine: number;
  /** Per split rule (in `rules` order, enabled ones only), what its objective part returned. */
  facts: unknown[];
}

/**
 * One call's objectives, in order, with their entries (null for one whose reports could not be
 * cached) and where each started (offset, line): the cache may move the model's positions in place
 * (src/core/shift.ts), so they are not read back from the objectives.
 */
interface Snapshot {
  text: string;
  objectives: readonly Objective[];
  entries: (ObjectiveEntry | null)[];
  starts: number[];
  lines: number[];
  /** Per split rule, per objective, what its objective part returned. */
  facts: unknown[][];
}

const EMPTY: Snapshot = { text: '', objectives: [], entries: [], starts: [], lines: [], facts: [] };

/**
 * A linter that remembers, per objective, what the objective-scope rules reported and what the
 * split document-scope rules' objective parts found, and reuses it (ranges shifted) while the
 * objective's text and the document facts those parts read are unchanged; the split rules' merges
 * and the other document-scope rules run on every call. `lint` returns exactly what the stateless
 * `lint` returns for the same arguments. Keep one per open document; it holds only the last call's
 * objectives.
 */
export class IncrementalLinter {
  private factsKey: string | null = null;
  /** The translator the cached reports' messages were written with. */
  private translate: Translate | null = null;
  /** The last call's objectives and entries. */
  private last: Snapshot = EMPTY;
  /** The version of the model the last call linted (shift.ts's `modelVersion`), when it has one. */
  private version: number | null = null;
  private memos = new Map<string, Map<string, unknown>>();
  /** Objectives whose reports were reused / computed by the last call (for tests and the bench). */
  lastStats = { reused: 0, computed: 0 };
  /** Whether the last call followed the cache's edit since the call before (shift.ts's `ModelEdit`; for tests). */
  lastFollowedEdit = false;

  lint(doc: OkrDocument, text: string, options: LintOptions): LintDiagnostic[] {
    return run(doc, text, options, this);
  }

  /** Forgets every cached report. */
  reset(): void {
    this.factsKey = null;
    this.translate = null;
    this.last = EMPTY;
    this.version = null;
    this.memos = new Map();
  }

  /**
   * @internal The engine's access to the cache: the last call's snapshot (empty when the document
   * facts or the translator changed) and the cache's edit from the last call's model to `doc`
   * (shift.ts's `ModelEdit`) when there is one: then every objective but the edited one is the last
   * call's at the same index, at most moved.
   */
  begin(factsKey: string, translate: Translate, doc: OkrDocument): { lookup: EntryLookup; edit: ModelEdit | null } {
    // Another translator (another locale) wrote other messages: nothing cached is reusable.
    const same = factsKey === this.factsKey && translate === this.translate;
    const last = same ? this.last : EMPTY;
    if (!same) this.memos = new Map();
    const version = modelVersion(doc);
    const edit = version?.edit;
    const follows = same && !!edit && edit.from === this.version && last.objectives.length === doc.objectives.length;
    this.factsKey = factsKey;
    this.translate = translate;
    this.last = EMPTY;
    this.version = version?.id ?? null;
    this.lastStats = { reused: 0, computed: 0 };
    this.lastFollowedEdit = follows;
    return { lookup: new EntryLookup(last), edit: follows ? edit : null };
  }

  /** @internal What this call kept, for the next. */
  end(snapshot: Snapshot): void {
    this.last = snapshot;
  }

  /** @internal A split rule's memo, kept while the document facts and options stay the same. */
  memo(ruleId: string): Map<string, unknown> {
    let memo = this.memos.get(ruleId);
    if (!memo) this.memos.set(ruleId, (memo = new Map()));
    return memo;
  }
}

/**
 * Finds the last call's entry for an objective, in document order: at the position it had (the
 * cache hands back the objectives it kept, moved in place, so the same object is usually the next
 * entry), else as the same object or by text anywhere. The text must be equal either way; it is
 * compared, never hashed (hashing a thousand objectives' text on every edit cost milliseconds).
 */
class EntryLookup {
  private next = 0;
  private byObject: Map<Objective, number> | null = null;
  private byProxy: Map<string, number[]> | null = null;

  constructor(readonly last: Snapshot) {}

  /** Whether entry `k`'s text is `key`. */
  sameKey(k: number, key: string): boolean {
    const e = this.last.entries[k];
    if (!e || e.keyLength !== key.length) return false;
    const start = this.last.starts[k]!;
    return this.last.text.slice(start, start + e.keyLength) === key;
  }

  /** The index of a candidate entry for objective `o` with text `key` (the caller checks its shape), or -1; `upcoming` is the objective after `o`. */
  find(o: Objective, key: string, upcoming: Objective | undefined): number {
    const entries = this.last.entries;
    if (entries.length === 0) return -1;
    if (this.sameKey(this.next, key)) return this.next++;
    // An objective typed in (or replaced) where the next one is still in its place: nothing to find.
    const after = entries[this.next + 1];
    if (after && upcoming && after.objective === upcoming) {
      this.next++;
      return -1;
    }
    if (!this.byObject) {
      this.byObject = new Map();
      entries.forEach((e, k) => e && this.byObject!.set(e.objective, k));
    }
    let at = this.byObject.get(o);
    if (at === undefined || !this.sameKey(at, key)) {
      if (!this.byProxy) {
        this.byProxy = new Map();
        entries.forEach((e, k) => {
          if (!e) return;
          const list = this.byProxy!.get(e.proxy);
          if (list) list.push(k);
          else this.byProxy!.set(e.proxy, [k]);
        });
      }
      at = this.byProxy.get(proxyOf(key))?.find((k) => this.sameKey(k, key) && sameShape(entries[k]!.objective, o));
    }
    if (at === undefined) return -1;
    this.next = at + 1;
    return at;
  }
}

/** Its length and a hash of its first 80 characters (numbers: a slice of the text would keep the whole text of that version alive). */
function proxyOf(key: string): string {
  let hash = 0;
  for (let i = 0, n = Math.min(80, key.length); i < n; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return `${key.length}:${hash}`;
}

export function createLinter(): IncrementalLinter {
  return new IncrementalLinter();
}

interface Active {
  rule: Rule<any>;
  setting: RuleSetting;
  report: (r: Report) => void;
}

/** Rule ids in `localeCompare` order, as ranks: the diagnostics' tie-break without a collator call per comparison. */
let ranks: Map<string, number> | null = null;
function rankOf(id: string): number {
  if (!ranks) ranks = new Map([...rules.map((r) => r.meta.id)].sort((a, b) => a.localeCompare(b)).map((ruleId, i) => [ruleId, i]));
  return ranks.get(id) ?? -1;
}

/** One enabled rule as a configuration sets it up. */
interface PlannedRule {
  rule: Rule<any>;
  setting: RuleSetting;
  severity: Severity;
  /** The phrases that silence its reports, normalised: the configuration's `allow`, then its own. */
  allow: string[];
  /** Whether the incremental linter caches it per objective (objective scope, or a split rule). */
  cached: boolean;
}

/**
 * What a configuration makes of the rules: the enabled ones with their effective settings and
 * `allow` phrases. The same on every call with the same configuration, so it is made once per
 * configuration (`planFor`) instead of on every lint (each rule's options merged with its defaults,
 * the phrases normalised, the linter's settings key stringified). A configuration may be changed in
 * place: `read` is what the plan was made from (`readConfig`), and the plan is made again when any of
 * it differs.
 */
interface Plan {
  read: unknown[];
  active: PlannedRule[];
  /** The incremental linter's key of the cached rules' settings (made on first use). */
  settingsKey: string | null;
}

const plans = new WeakMap<ResolvedConfig, Plan>();

/** The plan of a configuration: the kept one while the configuration is what it was made from. */
function planFor(config: ResolvedConfig): Plan {
  const kept = plans.get(config);
  if (kept && readConfig(config, kept.read)) return kept;
  const read: unknown[] = [];
  readConfig(config, null, read);
  const settings = config.rules ?? {};
  const globalAllow = (config.allow ?? []).filter((s) => typeof s === 'string').map(normalise).filter((s) => s.length > 0);
  const active: PlannedRule[] = [];
  for (const rule of rules) {
    const setting = ruleSetting(rule, settings);
    if (setting.severity === 'off') continue;
    const ruleAllow = Array.isArray(setting.options['allow'])
      ? (setting.options['allow'] as unknown[]).filter((s): s is string => typeof s === 'string').map(normalise)
      : [];
    active.push({ rule, setting, severity: setting.severity, allow: [...globalAllow, ...ruleAllow], cached: rule.meta.scope === 'objective' || !!rule.split });
  }
  const plan: Plan = { read, active, settingsKey: null };
  if (typeof config === 'object' && config !== null) plans.set(config, plan);
  return plan;
}

/**
 * Walks what a plan reads of a configuration (the `rules` and `allow` objects, `allow`'s items, and per
 * rule its setting, the setting's severity and options object, and the options' entries, a list's
 * items included): records it into `out` when `kept` is null, else tells whether it is all still what
 * `kept` recorded (the same objects holding the same values), without allocating.
 */
function readConfig(config: ResolvedConfig, kept: readonly unknown[] | null, out?: unknown[]): boolean {
  let at = 0;
  let same = true;
  const see = (value: unknown): void => {
    if (!kept) out!.push(value);
    else if (same) same = kept[at++] === value;
  };
  const seeList = (value: unknown): void => {
    see(Array.isArray(value));
    if (Array.isArray(value)) {
      see(value.length);
      for (const item of value) see(item);
    } else see(value);
  };
  see(config.rules);
  seeList(config.allow);
  const settings = (config.rules ?? {}) as Record<string, Partial<RuleSetting> | undefined>;
  for (let i = 0; i < rules.length && same; i++) {
    const setting = settings[rules[i]!.meta.id];
    see(setting);
    if (typeof setting !== 'object' || setting === null) continue;
    see(setting.severity);
    const o = setting.options;
    see(o);
    if (typeof o !== 'object' || o === null) continue;
    for (const key in o) {
      see(key);
      seeList(o[key]);
    }
    see(null); // the end of the entries: a key added or removed shifts everything after it
  }
  return same && (!kept || at === kept.length);
}

function run(doc: OkrDocument, text: string, options: LintOptions, linter: IncrementalLinter | null): LintDiagnostic[] {
  const lines = options.lines && options.lines.text === text ? options.lines : new LineIndex(text);
  const t = options.translate ?? english;
  const suppressions = doc.comments.length > 0 ? new Suppressions(doc.comments, lines.lineCount) : null;
  const anySuppressed = suppressions !== null && suppressions.directives.length > 0;
  const diagnostics: LintDiagnostic[] = [];
  const plan = planFor(options.config);

  const active: Active[] = new Array<Active>(plan.active.length);
  for (let k = 0; k < plan.active.length; k++) {
    const { rule, setting, severity, allow } = plan.active[k]!;
    const report = (r: Report): void => {
      if (anySuppressed && suppressions!.isSuppressed(rule.meta.id, r.range.start.line)) return;
      if (allow.length) {
        const subject = normalise(r.subject ?? text.slice(r.range.start.offset, r.range.end.offset));
        if (allow.some((phrase) => subject.includes(phrase))) return;
      }
      const d: LintDiagnostic = {
        ruleId: rule.meta.id,
        severity: r.mild ? QUIETER[severity] : severity,
        message: r.message,
        range: r.range,
        docsUrl: rule.meta.docsUrl,
      };
      if (r.related?.length) d.related = r.related;
      if (r.fixes?.length) d.fixes = r.fixes;
      if (r.tags?.length) d.tags = r.tags;
      diagnostics.push(d);
    };
    active[k] = { rule, setting, report };
  }

  const context = (rule: Active, d: OkrDocument, report: (r: Report) => void) => ({
    doc: d,
    text,
    lines,
    options: rule.setting.options,
    fileName: options.fileName,
    workspace: options.workspace,
    t,
    report,
  });

  // Without a linter, the split rules run as their `check` would (each objective part over every
  // objective, then the merge), on one set of spans and objective views shared by all of them
  // instead of a set per rule.
  let views: { spans: TextSpan[]; docs: OkrDocument[] } | null = null;
  for (let k = 0; k < active.length; k++) {
    const a = active[k]!;
    if (linter && plan.active[k]!.cached) continue;
    try {
      const split = a.rule.split;
      if (split && !linter) {
        views ??= objectiveViews(doc, text.length);
        const { spans, docs } = views;
        const facts = new Array<unknown>(spans.length);
        for (let i = 0; i < spans.length; i++) facts[i] = split.objective({ ...context(a, docs[i]!, a.report), span: spans[i]! });
        split.merge({ ...context(a, doc, a.report), spans }, facts, new Map());
      } else {
        a.rule.check(context(a, doc, a.report));
      }
    } catch (error) {
      // A rule bug must not take the other rules (or the editor) down with it; the host may want to say so.
      options.onRuleError?.(a.rule.meta.id, error);
    }
  }

  // With a linter: objective-scope rules and split rules' objective parts run per objective, cached.
  const cachedRules = linter ? active.filter((_, k) => plan.active[k]!.cached) : [];

  if (linter && cachedRules.length) {
    const splitRules = cachedRules.filter((a) => a.rule.split);
    // Everything a cached rule may read besides its objective's own text.
    const factsKey = JSON.stringify([doc.cycle, doc.frontmatter, lines.eol, options.fileName ?? null]) + (plan.settingsKey ??= JSON.stringify(cachedRules.map((a) => [a.rule.meta.id, a.setting])));
    const { lookup: previous, edit } = linter.begin(factsKey, t, doc);
    const last = previous.last;
    const objectives = doc.objectives;
    const n = objectives.length;
    const entries = new Array<ObjectiveEntry | null>(n);
    const starts = new Array<number>(n);
    const objectiveLines = new Array<number>(n);
    // Following an edit, the split rules' facts are the last call's but the edited objective's
    // (a copy of each list: a merge may keep the one it was given in its memo).
    const facts: unknown[][] = edit !== null ? last.facts.map((f) => f.slice()) : splitRules.map(() => new Array<unknown>(n));
    /** Split rules (by index) whose objective part failed on some objective. */
    const failed = new Set<number>();
    /** Reports a cached entry of objective `i`, now at `start` and `line` (moving its reports when it moved), and keeps it. */
    const reuse = (i: number, cached: ObjectiveEntry, start: number, line: number): void => {
      let entry = cached;
      if (cached.reports && (start !== cached.reportsStart || line !== cached.reportsLine)) {
        const dOffset = start - cached.reportsStart;
        const dLine = line - cached.reportsLine;
        // (A new entry: the last call's diagnostics show the old reports, and an entry may serve two equal objectives.)
        entry = { ...cached, reports: cached.reports.map((rs) => (rs.length ? rs.map((r) => shiftReport(r, dOffset, dLine)) : rs)), reportsStart: start, reportsLine: line };
      }
      if (entry.reports) entry.reports.forEach((rs, k) => rs.forEach(cachedRules[k]!.report));
      entries[i] = entry;
      linter.lastStats.reused++;
    };
    /**
     * Lints objective `i` afresh, or reuses an entry found by its text. Kept out of the loop below so
     * that the loop body declares no closure: one that captured the body's variables made V8 allocate
     * a context per iteration, for the objectives the fast path reuses too (~120 bytes each, per call).
     */
    const lintObjective = (i: number, o: Objective): void => {
      const span = objectiveSpan(doc, i, text.length);
      const start = span.start;
      const line = o.range.start.line;
      starts[i] = start;
      objectiveLines[i] = line;
      const end = objectiveExtent(doc, i, span);
      // The key runs one character past the extent: whether text follows (or the file ends there)
      // changes the reports (an inserting fix ends with a line break only before more text), so two
      // objectives with the same text, one of them last in the file, do not share an entry.
      const key = text.slice(start, end + 1);
      const problems = problemsIn(doc, start, end);
      // (The edited objective's entry is at its index, if its text is back to what it was.)
      const k = edit !== null ? (previous.sameKey(i, key) ? i : -1) : previous.find(o, key, objectives[i + 1]);
      const cached = k >= 0 ? last.entries[k]! : null;
      if (cached && sameShape(cached.objective, o) && sameProblems(cached.problems, problems, start)) {
        reuse(i, cached.objective === o ? cached : { ...cached, objective: o }, start, line);
        for (let r = 0; r < splitRules.length; r++) facts[r]![i] = cached.facts[r];
        return;
      }
      const view: OkrDocument = { ...doc, objectives: [o], problems };
      let cacheable = true;
      const entryFacts: unknown[] = [];
      const reports = cachedRules.map((a) => {
        const collected: Report[] = [];
        try {
          if (a.rule.split) {
            const f = a.rule.split.objective({ ...context(a, view, (r) => collected.push(r)), span });
            entryFacts.push(f);
            facts[entryFacts.length - 1]![i] = f;
          } else {
            a.rule.check(context(a, view, (r) => collected.push(r)));
          }
        } catch (error) {
          options.onRuleError?.(a.rule.meta.id, error);
          cacheable = false;
          if (a.rule.split) {
            failed.add(entryFacts.length);
            entryFacts.push(undefined);
          }
        }
        return collected;
      });
      // Copies, shown and kept: a report's ranges may be the model's own, which the cache moves in
      // place on the next edit (a diagnostic the editor still holds would move with it).
      const copies = reports.some((rs) => rs.length > 0) ? reports.map((rs) => rs.map((r) => shiftReport(r, 0, 0))) : null;
      copies?.forEach((rs, k) => rs.forEach(cachedRules[k]!.report));
      linter.lastStats.computed++;
      entries[i] = null;
      if (cacheable && reports.every((rs) => rs.every((r) => reportWithin(r, start, end)))) {
        const relative = problems.map((p) => ({ code: p.code, message: p.message, start: p.range.start.offset - start, end: p.range.end.offset - start }));
        entries[i] = { objective: o, keyLength: key.length, proxy: proxyOf(key), problems: relative, reports: copies, reportsStart: start, reportsLine: line, facts: entryFacts };
      }
    };
    eachObjective(objectives, last, edit, starts, objectiveLines, reuse, lintObjective);
    linter.end({ text, objectives, entries, starts, lines: objectiveLines, facts });
    // The objectives' spans: each to the next objective's start (objectiveSpan).
    const spans = spansOf(starts, text.length);
    // The split rules' document parts: a rule whose objective part failed is skipped, as `check` would be.
    splitRules.forEach((a, k) => {
      if (failed.has(k)) return;
      try {
        a.rule.split!.merge({ ...context(a, doc, a.report), spans }, facts[k]!, linter.memo(a.rule.meta.id));
      } catch (error) {
        // As above.
        options.onRuleError?.(a.rule.meta.id, error);
      }
    });
  }

  return diagnostics.sort(
    (a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset || (a.ruleId === b.ruleId ? 0 : rankOf(a.ruleId) - rankOf(b.ruleId)),
  );
}

/**
 * Every objective in order: following the cache's edit, one that the last call saw at this index (the
 * same object, with the same text and problems, at most moved: by the edit's deltas when after it) is
 * reused without reading its text or its positions; any other goes to `lintObjective`. Apart from
 * `run` so that V8 optimises this loop on its own: `run` is large, slow to optimise, and falls back to
 * the interpreter now and then when it meets a new shape of its arguments.
 */
function eachObjective(
  objectives: readonly Objective[],
  last: Snapshot,
  edit: ModelEdit | null,
  starts: number[],
  lines: number[],
  reuse: (i: number, cached: ObjectiveEntry, start: number, line: number) => void,
  lintObjective: (i: number, o: Objective) => void,
): void {
  for (let i = 0; i < objectives.length; i++) {
    const o = objectives[i]!;
    if (edit !== null && i !== edit.objective && last.objectives[i] === o) {
      const cached = last.entries[i];
      if (cached) {
        const moved = i > edit.objective;
        const start = moved ? last.starts[i]! + edit.offsetDelta : last.starts[i]!;
        const line = moved ? last.lines[i]! + edit.lineDelta : last.lines[i]!;
        starts[i] = start;
        lines[i] = line;
        reuse(i, cached, start, line);
        continue;
      }
    }
    lintObjective(i, o);
  }
}

/** Every objective's span and its view (helpers.ts's `objectiveView`), as a split rule's `check` makes them. */
function objectiveViews(doc: OkrDocument, textLength: number): { spans: TextSpan[]; docs: OkrDocument[] } {
  const n = doc.objectives.length;
  const spans = new Array<TextSpan>(n);
  const docs = new Array<OkrDocument>(n);
  for (let i = 0; i < n; i++) {
    spans[i] = objectiveSpan(doc, i, textLength);
    docs[i] = objectiveView(doc, i, spans[i]!);
  }
  return { spans, docs };
}

/** The objectives' spans from their starts: each to the next objective's start, the last to the end of the text. */
function spansOf(starts: readonly number[], textLength: number): TextSpan[] {
  const n = starts.length;
  const spans: TextSpan[] = new Array<TextSpan>(n);
  for (let i = 0; i < n; i++) spans[i] = { start: starts[i]!, end: i + 1 < n ? starts[i + 1]! : textLength };
  return spans;
}

/** A parse problem in an objective's span, its offsets relative to the objective's start. */
interface RelativeProblem {
  code: ParseProblem['code'];
  message: string;
  start: number;
  end: number;
}

/** Whether the problems in an objective's span (starting at `start`) are the cached ones. */
function sameProblems(cached: readonly RelativeProblem[], now: readonly ParseProblem[], start: number): boolean {
  if (cached.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) {
    const x = cached[i]!;
    const y = now[i]!;
    if (x.code !== y.code || x.message !== y.message || x.start !== y.range.start.offset - start || x.end !== y.range.end.offset - start) return false;
  }
  return true;
}

/**
 * Whether two objectives with the same source text (`a` as cached, `b` now) are what the model made
 * of it in the same way, relative to their starts: the same text does not always give the same
 * objective (an unclosed front matter or fence above it changes how remark reads it), and ids and
 * group paths depend on the rest of the file. Compares the parts the rules read besides the text.
 */
function sameShape(a: Objective, b: Objective): boolean {
  // Objectives before an edit are the cache's very objects.
  if (a === b) return true;
  const da = a.range.start.offset;
  const db = b.range.start.offset;
  const same = (x: Range | null | undefined, y: Range | null | undefined): boolean => sameRelative(x, y, da, db);
  if (
    a.id !== b.id || a.slug !== b.slug || a.label !== b.label || a.title !== b.title || a.depth !== b.depth || a.weight !== b.weight ||
    a.progress !== b.progress || a.type !== b.type || a.owner?.name !== b.owner?.name || a.range.start.character !== b.range.start.character ||
    a.metadata.length !== b.metadata.length || a.aligns.length !== b.aligns.length || a.initiatives.length !== b.initiatives.length ||
    a.keyResults.length !== b.keyResults.length || a.groupPath.length !== b.groupPath.length ||
    !same(a.range, b.range) || !same(a.titleRange, b.titleRange) || !same(a.keyResultsRange, b.keyResultsRange) || !same(a.initiativesRange, b.initiativesRange)
  ) return false;
  for (let i = 0; i < a.groupPath.length; i++) if (a.groupPath[i] !== b.groupPath[i]) return false;
  // The texts: a KR's or an initiative's text is its paragraph's plain text, which link reference and
  // footnote definitions anywhere in the file change ('[foo]' reads 'foo' once '[foo]: url' exists)
  // without a character of the objective changing. (The cache never follows an edit of a text with
  // a `]:`, so objectives compared here are new objects then; equal texts compare in a few ns.)
  for (let i = 0; i < a.initiatives.length; i++) if (a.initiatives[i]!.text !== b.initiatives[i]!.text) return false;
  for (let i = 0; i < a.keyResults.length; i++) {
    const x = a.keyResults[i]!;
    const y = b.keyResults[i]!;
    if (
      x.text !== y.text || x.checkins.length !== y.checkins.length || x.owners.length !== y.owners.length || x.progress !== y.progress ||
      !same(x.range, y.range) || !same(x.textRange, y.textRange) || !same(x.target?.range, y.target?.range) ||
      !same(x.baseline?.range, y.baseline?.range) || !same(x.current?.range, y.current?.range) || !same(x.deadline?.range, y.deadline?.range)
    ) return false;
  }
  return true;
}

function sameRelative(x: Range | null | undefined, y: Range | null | undefined, da: number, db: number): boolean {
  if (x == null || y == null) return x == null && y == null;
  return x.start.offset - da === y.start.offset - db && x.end.offset - da === y.end.offset - db;
}

function within(r: Range, start: number, end: number): boolean {
  return r.start.offset >= start && r.end.offset <= end;
}

/** True when every range a report carries lies in `[start, end]` (so it moves with the objective). */
function reportWithin(r: Report, start: number, end: number): boolean {
  if (!within(r.range, start, end)) return false;
  if (r.related?.some((x) => x.file !== undefined || !within(x.range, start, end))) return false;
  if (r.fixes?.some((f) => f.edits.some((e) => !within(e.range, start, end)))) return false;
  return true;
}

/** A copy of a report with every range its own and moved (shift.ts's `movedRange`). */
function shiftReport(r: Report, dOffset: number, dLine: number): Report {
  const out: Report = { ...r, range: movedRange(r.range, dLine, dOffset) };
  if (r.related) out.related = r.related.map((x) => ({ ...x, range: movedRange(x.range, dLine, dOffset) }));
  if (r.fixes) out.fixes = r.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: movedRange(e.range, dLine, dOffset) })) }));
  return out;
}

export { ruleById, rules };
