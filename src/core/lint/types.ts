// The lint contract: what a rule declares, what it reports, and what the engine returns.
// Pure data, JSON-serialisable, shared by the editor layer, the CLI and the tests.
import type { OkrDocument, Range } from '../model';
import type { LineIndex } from '../text';
import type { Translate } from '../translate';

/** How loud a diagnostic is. `hint` shows as dots in the editor, not as a squiggle. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** A severity as configured: `off` disables the rule. */
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** Replace the text in `range` with `newText` (an insertion when the range is empty). */
export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * A quick fix as data. Several alternatives may be offered for one diagnostic; at most one is
 * `preferred` (the one `okr lint --fix` and "fix all" apply).
 *
 * Snippet fixes: when `snippet` is true, every `newText` uses VS Code snippet syntax
 * (`${1:baseline}`, `$0`, `\$` for a literal dollar) so the editor can put the cursor on the
 * placeholders. Hosts that cannot run snippets (the CLI, plain-text consumers) convert them with
 * `plainEdits(fix)` from `../edits`, which turns `${1:baseline}` into `‹baseline›`.
 * A snippet fix is never `preferred`: it leaves a placeholder for a person to fill in, so applying
 * it unattended would make the text worse (and not idempotent).
 */
export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
  snippet?: boolean;
}

/** A secondary location that explains a diagnostic (maps onto VS Code's related information). */
export interface RelatedLocation {
  message: string;
  range: Range;
  /** Another file (as the host named it); absent for the same file. */
  file?: string;
}

export type DiagnosticTag = 'unnecessary' | 'deprecated';

/** What a rule reports. The engine adds rule id, severity and docs url. */
export interface Report {
  message: string;
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
  tags?: DiagnosticTag[];
  /**
   * A milder finding of the same rule (for example a milestone KR that is checkable but
   * task-like): reported one step quieter than configured (`error`→`warning`, `warning`→`info`,
   * `info`/`hint` stay).
   */
  mild?: boolean;
  /**
   * The text the report is about (a KR's text, an objective's title). The `allow` list is matched
   * against it; by default the engine uses the text under `range`.
   */
  subject?: string;
}

export interface LintDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
  tags?: DiagnosticTag[];
  /** The rule's documentation page. */
  docsUrl: string;
}

/** A JSON-schema subset describing one rule option, used for validation, docs and the config schema. */
export interface OptionSpec {
  type: 'integer' | 'number' | 'boolean' | 'string' | 'string[]';
  description: string;
  minimum?: number;
  enum?: readonly string[];
}

export type RuleCategory = 'key-result' | 'objective' | 'file';

export interface RuleMeta<O extends object = Record<string, unknown>> {
  id: string;
  description: string;
  category: RuleCategory;
  /**
   * What the rule's check reads, for the incremental linter (`createLinter`): `objective` when each
   * objective's reports depend only on that objective's own text (from its heading to the next
   * objective), its id/slug/group path, the document's cycle and front matter, the line ending and
   * the options, so they can be cached per objective and reused (shifted) after edits elsewhere;
   * `document` (the default) when it looks across objectives or at the whole text: run every time.
   */
  scope?: 'objective' | 'document';
  /** Severity in the `recommended` preset (and when no preset is extended). */
  defaultSeverity: SeveritySetting;
  /** Severity in the `strict` preset, when it differs from `defaultSeverity`. */
  strictSeverity?: SeveritySetting;
  docsUrl: string;
  /** Whether the rule offers fixes (not necessarily preferred ones). */
  fixable: boolean;
  options: { [K in keyof O]: OptionSpec };
  defaults: O;
}

/** Objectives of other files, so `alignment-unresolved` can resolve `Aligns:` across the workspace. */
export interface WorkspaceFile {
  /** The file name as the host names it (a path relative to the workspace or a URI). */
  fileName: string;
  /** Team / owner from the front matter, and the cycle label: the other ways to name a file. */
  team?: string | null;
  cycle?: string | null;
  objectives: { id: string; slug: string; title?: string }[];
}

export interface WorkspaceIndex {
  files: WorkspaceFile[];
}

export interface RuleContext<O extends object = Record<string, unknown>> {
  doc: OkrDocument;
  text: string;
  lines: LineIndex;
  options: O;
  fileName?: string;
  workspace?: WorkspaceIndex;
  /**
   * Translates a message or fix title: the English sentence with `{0}` placeholders as the
   * template (`t('KR has no target: {0} starts from {1} …', quote(kr.text), raw)`), as
   * `vscode.l10n.t` takes it. Every user-facing string a rule reports goes through it.
   */
  t: Translate;
  report(report: Report): void;
}

export interface Rule<O extends object = Record<string, unknown>> {
  meta: RuleMeta<O>;
  check(context: RuleContext<O>): void;
  /** The incremental form of a document-scope rule (see `RuleSplit`); `check` is then derived from it. */
  split?: RuleSplit<O, any>;
}

/**
 * A document-scope rule cut into what each objective contributes and a cheap merge, so the
 * incremental linter (`createLinter`) need not walk the whole model on every edit. `objective` runs
 * on a view of the document holding one objective (and the parse problems inside its text, from
 * its heading to the next objective); like an objective-scope rule's reports, what it reports and
 * returns is cached with the objective and reused (reports shifted) while the objective's text,
 * its shape and the document facts (cycle, front matter, line ending, file name, options) are
 * unchanged. `merge` then runs over the whole document with every objective's facts, in order.
 * `check` is `objective` over every objective followed by `merge` (`defineSplitRule`), so the
 * stateless `lint` and the incremental linter report the same.
 */
export interface RuleSplit<O extends object, F> {
  /**
   * One objective's part. Facts must not hold absolute positions (the objective moves when lines
   * above it change): keep offsets relative to the objective's start, or read the current ranges
   * from `merge`'s document. `span` is the objective's own part of the text, from its heading to
   * the next objective's (or the end of the text): the spans tile the text from the first objective
   * on. The view's problems are those that start in the span, or in the objective's range when it
   * runs further (a nested objective).
   */
  objective(context: RuleContext<O> & { span: { start: number; end: number } }): F;
  /**
   * The document's part. `spans` are the objectives' spans, in order (cheaper to read than the model's
   * ranges when the facts are enough). `memo` belongs to one linter and this rule and persists across its calls
   * (a new one for every stateless `lint`, and whenever the document facts or options change), for
   * results that depend on more than the facts (the workspace); check its validity yourself.
   */
  merge(context: RuleContext<O> & { spans: readonly { start: number; end: number }[] }, facts: readonly F[], memo: Map<string, unknown>): void;
}

/** One rule's effective setting. */
export interface RuleSetting {
  severity: SeveritySetting;
  options: Record<string, unknown>;
}

/** A configuration after presets and layers are merged: what `lint` needs. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  /** Glob patterns (posix paths relative to the config's folder or the workspace root) of files not to lint. */
  ignores: string[];
  /** Phrases whose presence in a diagnostic's subject suppresses it (case-insensitive). */
  allow: string[];
}

/** A problem found in a configuration file, with the range of the offending text. */
export interface ConfigProblem {
  message: string;
  range: Range;
  severity: 'error' | 'warning';
}

export interface LintOptions {
  config: ResolvedConfig;
  fileName?: string;
  workspace?: WorkspaceIndex;
  /**
   * The line index of `text` when the host already has one (the incremental cache's); used only
   * when `lines.text === text`, otherwise lint builds its own. Not part of the JSON contract.
   */
  lines?: LineIndex;
  /**
   * Translates messages, fix titles and related-location messages (the editor passes
   * `vscode.l10n.t`); English by default. Not part of the JSON contract.
   */
  translate?: Translate;
  /**
   * Called when a rule throws (the rule is then skipped for this document; lint goes on with the
   * others): a host that must not pass silently over a missing rule, like `okr lint`, says so.
   * Not part of the JSON contract.
   */
  onRuleError?: (ruleId: string, error: unknown) => void;
}
