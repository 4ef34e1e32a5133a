// The OKR model: what an okr.md means, with the source range of every part a feature points at.
// Pure data (JSON-serialisable): the CLI prints it, the webview receives it, the cache reuses it.
// This file imports nothing, so both the extension host and the webview can share it.

/** A place in the text. `line` and `character` are 0-based, `character` counts UTF-16 code units
 * (as JavaScript strings and VS Code do); `offset` is the 0-based UTF-16 offset in the whole text. */
export interface Position {
  line: number;
  character: number;
  offset: number;
}

/** A half-open span of text: `end` is just past the last character. */
export interface Range {
  start: Position;
  end: Position;
}

/** A piece of source text with its range. */
export interface Span {
  text: string;
  range: Range;
}

/** A calendar date as `YYYY-MM-DD`. Dates are plain strings: the model never reads the clock. */
export type IsoDate = string;

export type CycleKind = 'quarter' | 'half' | 'year' | 'custom';

export interface Cycle {
  /** As the user wrote it, normalised: `2026-Q4`, `FY27-Q1`, `2026-H2`, `2026`, or `2026-10-01..2026-12-31`. */
  label: string;
  kind: CycleKind;
  /** First day of the cycle. */
  start: IsoDate;
  /** Last day of the cycle (inclusive). */
  end: IsoDate;
  /** Where the cycle came from. */
  source: 'frontmatter' | 'heading' | 'option';
  /** Range of the value that named it (the frontmatter value or the H1 text). */
  range: Range | null;
}

export interface FrontmatterEntry {
  key: string;
  /** The parsed YAML value (unknown keys are kept as they are). */
  value: unknown;
  keyRange: Range | null;
  valueRange: Range | null;
}

export interface Frontmatter {
  /** The whole `---` block, fences included. */
  range: Range;
  /** The YAML text between the fences. */
  raw: string;
  entries: FrontmatterEntry[];
  /** Well-known keys, when present and valid. */
  owner: string | null;
  team: string | null;
  /** The file this team's OKRs align to (as written). */
  parent: string | null;
}

/** A `Key: value` metadata pair under an objective heading. */
export interface MetaEntry {
  key: string;
  value: string;
  keyRange: Range;
  valueRange: Range;
  /** The whole pair, key to end of value. */
  range: Range;
}

/** `Aligns: company#grow-revenue` or `Aligns: ./okr.md#o2` or `Aligns: 2026-Q4#o1` or `Aligns: grow-revenue`. */
export interface AlignmentRef {
  /** As written. */
  raw: string;
  /** The file or cycle part before `#`, or null when only an objective is named. */
  target: string | null;
  /** The objective id or slug after `#` (or the whole value when there is no `#`). */
  objective: string;
  range: Range;
}

/** `@alice`. */
export interface Mention {
  name: string;
  range: Range;
}

export type Comparator = '>=' | '<=' | '>' | '<';

/** A number with its unit as written in a KR: `120`, `5 days`, `$1.2M`, `99.5%`, `500 ms`, `2x`. */
export interface Quantity {
  /** The numeric value (`$1.2M` → 1200000, `99.5%` → 99.5, `2x` → 2). */
  value: number;
  /** Normalised unit: `%`, `$`, `ms`, `days`, `x`, `users`, … or null for a bare number. */
  unit: string | null;
  /** The source text of the quantity (`$1.2M`). */
  raw: string;
  range: Range;
  /** True for a relative change (`by 25%`, `2x`): the value is relative to the baseline. */
  relative: boolean;
}

/** `confidence 0.7`, `7/10`, `confidence: 70%`: always normalised to 0–1. */
export interface Confidence {
  value: number;
  raw: string;
  range: Range;
}

/** `by 2026-12-15`, `by Dec 15`, `by end of quarter`. */
export interface Deadline {
  /** The resolved date, or null when it cannot be resolved (no cycle to resolve `end of quarter` against). */
  date: IsoDate | null;
  raw: string;
  range: Range;
}

export type KeyResultKind = 'metric' | 'threshold' | 'milestone' | 'unmeasured';
export type Direction = 'increase' | 'decrease';

export interface CheckIn {
  /** `2026-11-07`, or null when the date does not parse (kept so the linter can say so). */
  date: IsoDate | null;
  dateRaw: string;
  dateRange: Range;
  /** The value reported, if any. */
  value: Quantity | null;
  confidence: Confidence | null;
  /** Free text after the value/confidence (`blocked on infra`). */
  note: string;
  /** The whole check-in list item. */
  range: Range;
}

export interface KeyResult {
  /** Stable id inside the objective: the `KR1` label lower-cased, else `kr-<n>` (1-based position). */
  id: string;
  /** `KR1` when the user labelled it, else null. */
  label: string | null;
  /** The KR's own text (first paragraph of the item), without label, checkbox and check-ins. */
  text: string;
  textRange: Range;
  /** The whole list item, nested check-ins included. */
  range: Range;
  kind: KeyResultKind;
  /** For metrics: whether the target is above or below the baseline (or the verb says so). */
  direction: Direction | null;
  /** For thresholds: how the value must compare with the target (`stay above 40` → `>=`). */
  comparator: Comparator | null;
  baseline: Quantity | null;
  target: Quantity | null;
  /** The current value: from the KR text (`now 150`), else from the newest check-in. */
  current: Quantity | null;
  /** Where `current` came from. */
  currentSource: 'text' | 'checkin' | null;
  /** An explicit score or progress (`score 0.6`, `progress 60%`), normalised to 0–1. It wins over computed progress. */
  score: number | null;
  /** The metric's unit (from target, baseline or current). */
  unit: string | null;
  deadline: Deadline | null;
  owners: Mention[];
  confidence: Confidence | null;
  /** `true`/`false` for a checkbox item (`- [x]`), null otherwise. */
  checked: boolean | null;
  checkins: CheckIn[];
  /** `Weight: 2` is not usual on KRs; a `(weight 2)` in the text sets it. Default 1. */
  weight: number;
  /** 0–1, or null when it cannot be computed. */
  progress: number | null;
  /** Why progress is null (`no target`, `no current value`, …), else null. */
  progressReason: string | null;
}

export interface Initiative {
  text: string;
  range: Range;
  checked: boolean | null;
}

export type ObjectiveType = 'committed' | 'aspirational';

export interface Objective {
  /** Stable id: from the prefix (`O1:` → `o1`) or else the heading's slug (`grow-revenue`). */
  id: string;
  /** The slug of the displayed title, always available for `Aligns:` references. */
  slug: string;
  /** `O1`, `Objective 2` as written, or null. */
  label: string | null;
  /** The heading text without the prefix. */
  title: string;
  titleRange: Range;
  /** The heading line. */
  headingRange: Range;
  /** The whole section: heading to the line before the next heading of the same or higher level. */
  range: Range;
  /** Heading depth (1–6). */
  depth: number;
  metadata: MetaEntry[];
  owner: Mention | null;
  type: ObjectiveType | null;
  aligns: AlignmentRef[];
  weight: number;
  keyResults: KeyResult[];
  /** The range of the KR list (for inserting a KR), or null when there is none. */
  keyResultsRange: Range | null;
  initiatives: Initiative[];
  /** The `Initiatives:` paragraph/heading and its list, or null. */
  initiativesRange: Range | null;
  /** Weighted mean of the KRs with known progress, or null when none is known. */
  progress: number | null;
  /** Titles of the enclosing groups, outermost first. */
  groupPath: string[];
}

/** A heading above objectives that holds no KR list itself: a team, an area. Groups nest. */
export interface Group {
  id: string;
  title: string;
  titleRange: Range;
  headingRange: Range;
  range: Range;
  depth: number;
  groups: Group[];
  objectives: Objective[];
  progress: number | null;
}

/** An HTML comment anywhere in the file (for `<!-- okr-lint-disable … -->`). */
export interface HtmlComment {
  text: string;
  range: Range;
}

/** Something the parser noticed but could not make sense of. The linter turns these into diagnostics. */
export interface ParseProblem {
  code: 'frontmatter-invalid' | 'cycle-invalid' | 'checkin-invalid' | 'too-large';
  message: string;
  /**
   * `message` as an English template with `{0}` placeholders and its arguments, so the linter can
   * translate it (`t(template, ...args)` gives `message` in English). Absent: `message` is all there is.
   */
  template?: string;
  args?: string[];
  range: Range;
}

export interface OkrDocument {
  frontmatter: Frontmatter | null;
  cycle: Cycle | null;
  /** The first H1, if any. */
  title: Span | null;
  /** Top-level groups (objectives inside them are also in `objectives`). */
  groups: Group[];
  /** Every objective in document order, whether inside a group or not. */
  objectives: Objective[];
  comments: HtmlComment[];
  problems: ParseProblem[];
  /** Weighted mean of the objectives with known progress. */
  progress: number | null;
  /** Number of lines of the source text. */
  lineCount: number;
}
