// `okr lint [--format stylish|json|sarif] [--fix] [--config FILE] [--max-warnings N] FILES|GLOBS|DIRS`
// The same engine as the editor: parse, lint with the config found from each file's folder upward
// (or --config), alignment resolved across the files given.
import { isUtf8 } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import pkg from '../../package.json';
import { parseOkrAuto as parseOkr } from '../core/incremental';
import { isNestingProblem } from '../core/limits';
import { applyEdits, compatibleEdits } from '../core/edits';
import {
  lint,
  rules,
  workspaceFileOf,
  type LintDiagnostic,
  type ResolvedConfig,
  type WorkspaceFile,
  type WorkspaceIndex,
} from '../core/lint/index';
import type { OkrDocument } from '../core/model';
import { CliError, describeError, parseArgs, printable, type CliCommand, type CliIo } from './command';
import { displayPath, readTextFile, repositoryRoot, workspaceNames } from './files';
import { ConfigLookup, notIgnored, parseConfigOption, selectFiles, type SelectedFile } from './selection';
import { debugJobs, jobsLine, MIN_FILES_PER_THREAD, runTwoPhaseJobs, type TwoPhaseJob } from './parallel';
import { parseJobs } from './report';

const usage = `Usage: okr lint [--format stylish|json|sarif] [--fix] [--config FILE] [--max-warnings N] [--jobs N] FILES|GLOBS|DIRS

Checks OKR files against the lint rules (docs/rules/<rule-id>.md).

  --format stylish|json|sarif  output format (default: stylish); sarif is SARIF 2.1.0 for code scanning
  --fix                        apply the preferred fix of each fixable problem, then report what is left
  --config FILE                use this .okrlintrc.json (or package.json) instead of looking upward from each file (up to the repository root or a "root": true config)
  --max-warnings N             exit 1 when there are more than N warnings
  --jobs N                     threads to parse and lint with, at most one per core or 8, whichever is more (default: one per core, from ${2 * MIN_FILES_PER_THREAD} files)

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings), 2 bad arguments or input,
or a file not fully linted (a rule failed on it: named on stderr, not fixed; OKR_DEBUG=1 adds the stack).
OKR_DEBUG_JOBS=1 adds a line on stderr: the threads started and how many files each linted.`;

interface FileResult {
  path: string;
  file: string;
  diagnostics: LintDiagnostic[];
  fixed: boolean;
  /** Linting this file went wrong (a rule threw, the fixes could not be written): the run exits 2. */
  failed: boolean;
}

/** Whether the file still holds exactly `text`, encoded as UTF-8. */
function unchangedOnDisk(path: string, text: string): boolean {
  try {
    // Byte strings (latin1 maps each byte to one character) compare the exact bytes.
    return readFileSync(path, 'latin1') === Buffer.from(text, 'utf8').toString('latin1');
  } catch {
    return false;
  }
}

function isFixable(d: LintDiagnostic): boolean {
  return d.fixes?.some((f) => f.preferred && !f.snippet) ?? false;
}

/** What the phases of a lint share (structured-cloneable: workers get a copy). Indexed like the files. */
interface LintShared {
  /** As shown to the user. */
  files: string[];
  /** Workspace-relative, as the index and `fileName` name them. */
  names: string[];
  configs: ResolvedConfig[];
  configOf: number[];
  fix: boolean;
}

/** Phase 1's result: the file's index entry and the warnings to print. */
interface Indexed {
  entry: WorkspaceFile;
  warnings: string[];
}

/** What phase 1 keeps in its thread for phase 2. */
interface Parsed {
  path: string;
  index: number;
  text: string;
  doc: OkrDocument;
  shared: LintShared;
}

interface Linted {
  diagnostics: LintDiagnostic[];
  fixed: boolean;
  /** Messages for stderr (a fix not written, a rule that failed). */
  notice?: string;
  /** Something went wrong with this file (see `lintParsed`): the run exits 2. */
  failed?: true;
}

function parseForLint(path: string, shared: LintShared, index: number): { result: Indexed; keep: Parsed } {
  const file = shared.files[index]!;
  const text = readTextFile(path, file);
  let doc: OkrDocument;
  try {
    doc = parseOkr(text);
  } catch (error) {
    // The parser takes any text; this is a bug. The file stays unlinted, and so do the others: the
    // workspace index (`Aligns:` across files) would lack it.
    throw new CliError(`cannot parse ${file}: unexpected error: ${describeError(error)}`);
  }
  // Past the parser's cap only the beginning is linted: say so rather than pass silently.
  const warnings = doc.problems.filter((p) => p.code === 'too-large').map((p) => `${file}: warning: ${p.message}\n`);
  // Bytes that are not UTF-8 were read as U+FFFD (and --fix will not write the file): say so.
  if (text.includes('\uFFFD') && !isUtf8(readFileSync(path))) warnings.unshift(`${file}: warning: not valid UTF-8 text (a binary file, or another encoding): bytes that are not UTF-8 read as \uFFFD\n`);
  return { result: { entry: workspaceFileOf(shared.names[index]!, doc), warnings }, keep: { path, index, text, doc, shared } };
}

/**
 * Lints (and with `fix`, fixes) one file; never throws. What goes wrong is this file's alone, so
 * the other files are linted and fixed as usual, whatever thread they are on, and the results do
 * not depend on `--jobs`. A fix is all or nothing per file, as users expect of a linter (ESLint
 * #8172: "it should either run successfully, or it should fail without leaving the files in a
 * different state"): a file on which a rule threw, or whose fixes could not be written, is left as
 * it was, its problems are those of its text on disk, and the message names the file, the rule and
 * the error (`failed`: the run exits 2).
 */
function lintParsed(f: Parsed, workspace: WorkspaceIndex): Linted {
  // A file refused for its nesting was not parsed: its empty model would only give rules that
  // read the text (bare objective headings) something to misreport, and nothing to fix.
  if (f.doc.problems.some(isNestingProblem)) return { diagnostics: [], fixed: false };
  const { shared, index } = f;
  const file = shared.files[index]!;
  const config = shared.configs[shared.configOf[index]!]!;
  const fileName = shared.names[index]!;
  /** Rules that threw, with the first error of each, and whether that was on fixed text. */
  const ruleErrors = new Map<string, { error: unknown; fixedText: boolean }>();
  let fixing = false;
  const onRuleError = (ruleId: string, error: unknown): void => {
    if (!ruleErrors.has(ruleId)) ruleErrors.set(ruleId, { error, fixedText: fixing });
  };
  const lintText = (doc: OkrDocument, text: string): LintDiagnostic[] => lint(doc, text, { config, fileName, workspace, onRuleError });
  const notices: string[] = [];
  const ruleFailures = (): void => {
    for (const [ruleId, { error, fixedText }] of ruleErrors) {
      const where = fixedText ? ' on the fixed text' : '';
      notices.push(`okr lint: ${file}: rule ${ruleId} failed${where}: ${describeError(error)}${shared.fix ? ' (the file was not fixed)' : ''}\n`);
    }
  };
  const result = (diagnostics: LintDiagnostic[], fixed: boolean, failed = ruleErrors.size > 0): Linted => {
    const linted: Linted = { diagnostics, fixed };
    if (notices.length) linted.notice = notices.join('');
    if (failed) linted.failed = true;
    return linted;
  };
  let original: LintDiagnostic[] = [];
  try {
    original = lintText(f.doc, f.text);
    // A rule that threw has not checked the file: its fixes, and what the others' fixes would do
    // next to them, are unknown, so nothing is written.
    if (!shared.fix || ruleErrors.size) {
      ruleFailures();
      return result(original, false);
    }
    let { text, doc } = f;
    let diagnostics = original;
    let fixed = false;
    fixing = true;
    // Apply preferred fixes in rounds until nothing changes (a fix may make room for another).
    for (let round = 0; round < 5; round++) {
      const edits = compatibleEdits(diagnostics.flatMap((d) => (d.fixes ?? []).filter((x) => x.preferred && !x.snippet)));
      if (edits.length === 0) break;
      const next = applyEdits(text, edits);
      if (next === text) break;
      text = next;
      fixed = true;
      doc = parseOkr(text);
      diagnostics = lintText(doc, text);
      if (ruleErrors.size) {
        ruleFailures();
        return result(original, false);
      }
    }
    if (!fixed) return result(diagnostics, false);
    // Write only over the bytes that were read: a file that is not valid UTF-8 would come back
    // with U+FFFD in place of every bad byte, far outside the fixed ranges; one that changed
    // since it was read would lose that change.
    if (!unchangedOnDisk(f.path, f.text)) {
      notices.push(`okr lint: not fixing ${file}: it is not valid UTF-8 or changed while it was linted\n`);
      return result(original, false);
    }
    try {
      writeFileSync(f.path, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system' : code === 'ENOSPC' ? 'no space left on the device' : describeError(error);
      notices.push(`okr lint: cannot write the fixes to ${file}: ${why}\n`);
      return result(original, false, true);
    }
    return result(diagnostics, true);
  } catch (error) {
    // A bug outside the rules (applying the fixes, re-parsing): this file only, not written.
    notices.push(`okr lint: ${file}: unexpected error: ${describeError(error)}${shared.fix ? ' (the file was not fixed)' : ''}\n`);
    return result(original, false, true);
  }
}

/**
 * `okr lint` in two phases, on any thread (parallel.ts): each file is read, parsed and indexed;
 * the main thread puts the index together (`alignment-unresolved` needs every file's objectives);
 * then each file is linted (and fixed) in the thread that parsed it.
 */
export const lintJob: TwoPhaseJob<LintShared, Indexed, Parsed, WorkspaceIndex, Linted> = { name: 'lint', first: parseForLint, second: lintParsed };

/** What `lintFiles` takes besides the files. */
interface LintOptions {
  configPath?: string;
  fix: boolean;
  /** Files named as such on the command line: when one is ignored, stderr says so (as ESLint does). */
  named?: ReadonlySet<string>;
  /** The files already selected (selection.ts), with the lookup that holds their configurations. */
  selected?: { files: SelectedFile[]; lookup: ConfigLookup };
}

/**
 * Configs (read on the main thread: their problems go to stderr in file order) and the files not
 * ignored (selection.ts).
 */
function prepareLint(paths: string[], io: CliIo, options: LintOptions): { inputs: string[]; shared: LintShared } {
  let selected = options.selected;
  if (!selected) {
    const lookup = new ConfigLookup(io, options.configPath);
    selected = { files: notIgnored(paths, io, 'lint', lookup, options.named), lookup };
  }
  const files = selected.files.map((f) => f.path);
  return {
    inputs: files,
    shared: { files: files.map((path) => displayPath(path, io.cwd)), names: workspaceNames(files), configs: selected.lookup.configs, configOf: selected.files.map((f) => f.config), fix: options.fix },
  };
}

function resultOf(path: string, shared: LintShared, index: number, linted: Linted): FileResult {
  return { path, file: shared.files[index]!, diagnostics: linted.diagnostics, fixed: linted.fixed, failed: linted.failed === true };
}

/** Lints (and with `fix`, fixes) the files on this thread; messages go to `io.stderr` as they come. */
export function lintFiles(paths: string[], io: CliIo, options: LintOptions): FileResult[] {
  const { inputs, shared } = prepareLint(paths, io, options);
  const parsed = inputs.map((path, index) => {
    const { result, keep } = parseForLint(path, shared, index);
    for (const warning of result.warnings) io.stderr(warning);
    return { entry: result.entry, keep };
  });
  const workspace: WorkspaceIndex = { files: parsed.map((f) => f.entry) };
  return parsed.map(({ keep }, index) => {
    const linted = lintParsed(keep, workspace);
    if (linted.notice) io.stderr(linted.notice);
    return resultOf(inputs[index]!, shared, index, linted);
  });
}

/**
 * `lintFiles` on `threads` threads (default: one per core from 100 files): the same results and
 * the same messages in the same order (an unreadable file stops it, after the warnings of the
 * files before it, as on one thread).
 */
export async function lintFilesInThreads(paths: string[], io: CliIo, options: LintOptions & { threads?: number }): Promise<FileResult[]> {
  const { inputs, shared } = prepareLint(paths, io, options);
  const stop = (r: { ok: false; message: string; exitCode: number }): never => {
    throw new CliError(r.message, r.exitCode);
  };
  const { second } = await runTwoPhaseJobs(
    lintJob,
    inputs,
    shared,
    (first): WorkspaceIndex => ({
      files: first.map((r) => {
        if (!r.ok) return stop(r);
        for (const warning of r.value.warnings) io.stderr(warning);
        return r.value.entry;
      }),
    }),
    {
      threads: options.threads,
      // OKR_DEBUG_JOBS=1: which threads linted how many files, on stderr (stdout stays as on one thread).
      onThreads: debugJobs() ? (threadOf, started) => io.stderr(jobsLine('lint', started, threadOf)) : undefined,
    },
  );
  return second.map((r, index) => {
    // (`lintParsed` does not throw: a thread's own failure, say. The file only, as in `lintParsed`.)
    const linted: Linted = r.ok ? r.value : { diagnostics: [], fixed: false, notice: `okr lint: ${shared.files[index]}: ${r.message}\n`, failed: true };
    if (linted.notice) io.stderr(linted.notice);
    return resultOf(inputs[index]!, shared, index, linted);
  });
}

function stylish(results: FileResult[]): string {
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixable = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    out.push(r.file);
    for (const d of r.diagnostics) {
      totals[d.severity]++;
      if (isFixable(d)) fixable++;
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      out.push(`  ${pos.padEnd(8)} ${d.severity.padEnd(8)} ${d.message}  ${d.ruleId}`);
    }
    out.push('');
  }
  const problems = totals.error + totals.warning + totals.info + totals.hint;
  if (problems === 0) return '';
  out.push(
    `✖ ${problems} problem${problems === 1 ? '' : 's'} (${totals.error} error${totals.error === 1 ? '' : 's'}, ${totals.warning} warning${totals.warning === 1 ? '' : 's'}, ${totals.info + totals.hint} info)`,
  );
  if (fixable) out.push(`  ${fixable} fixable with the \`--fix\` option.`);
  return `${out.join('\n')}\n`;
}

function json(results: FileResult[]): string {
  const rows = results.flatMap((r) =>
    r.diagnostics.map((d) => ({
      file: r.file,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message,
      fixable: isFixable(d),
    })),
  );
  return `${JSON.stringify(rows, null, 2)}\n`;
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/**
 * A path as a URI path: each name percent-encoded (`encodeURI` would leave `#` and `?`, which
 * start a fragment and a query: `a#1.okr.md` would point at `a`), a drive's colon kept.
 */
function uriPath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((name, i) => (i === 0 && /^[A-Za-z]:$/.test(name) ? name : encodeURIComponent(name)))
    .join('/');
}

/** A SARIF artifact location: relative to the checkout root when inside it, else a file URI. */
export function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return { uri: `file://${file.startsWith('/') ? '' : '/'}${uriPath(file)}` };
  return { uri: uriPath(file), uriBaseId: '%SRCROOT%' };
}

/**
 * The repository each file's SARIF URI is relative to: cwd's repository for a file inside it (a
 * submodule's file too, as the checkout that is scanned holds it there), else the repository
 * holding the file (the nearest folder up from its folder with `.git`: a file named from another
 * checkout), found once per folder; null outside any (names then relative to cwd).
 */
export function fileRepositoryRoot(cwd: string): (path: string) => string | null {
  const cwdRoot = repositoryRoot(cwd);
  const roots = new Map<string, string | null>();
  return (path) => {
    if (cwdRoot && !relative(cwdRoot, path).startsWith('..') && !isAbsolute(relative(cwdRoot, path))) return cwdRoot;
    const dir = dirname(path);
    let root = roots.get(dir);
    if (root === undefined) roots.set(dir, (root = repositoryRoot(dir)));
    return root;
  };
}

/**
 * `results` as SARIF 2.1.0. With `root` (a folder, or for each file the root of the repository
 * holding it: `fileRepositoryRoot`), file URIs are relative to it, as GitHub code scanning resolves
 * them against the checkout, so a lint run in a subfolder (`working-directory: okrs`) still points
 * at the right files; else (null) relative to cwd.
 */
export function sarif(results: FileResult[], root: string | null | ((path: string) => string | null) = null): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const rootOf = typeof root === 'function' ? root : () => root;
  const nameOf = (r: FileResult): string => {
    const base = rootOf(r.path);
    return base ? displayPath(r.path, base) : r.file;
  };
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'okr-lint',
            informationUri: 'https://github.com/okr-markdown/okr-markdown',
            version: pkg.version,
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.description },
              helpUri: r.meta.docsUrl,
              help: { text: `${r.meta.description}. See ${r.meta.docsUrl}`, markdown: `${r.meta.description}. [Documentation](${r.meta.docsUrl})` },
              defaultConfiguration: { level: r.meta.defaultSeverity === 'off' ? 'none' : SARIF_LEVEL[r.meta.defaultSeverity], enabled: r.meta.defaultSeverity !== 'off' },
              properties: { tags: ['okr', r.meta.category] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ruleIndex: ruleIndex.get(d.ruleId) ?? -1,
            level: SARIF_LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(nameOf(r)),
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
            ...(d.related?.length
              ? {
                  relatedLocations: d.related.map((rel, i) => ({
                    id: i + 1,
                    message: { text: rel.message },
                    physicalLocation: {
                      artifactLocation: artifact(rel.file ?? nameOf(r)),
                      region: { startLine: rel.range.start.line + 1, startColumn: rel.range.start.character + 1, endLine: rel.range.end.line + 1, endColumn: rel.range.end.character + 1 },
                    },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
}

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'check OKR files against the lint rules (stylish, JSON or SARIF; --fix)',
  usage,
  async run(args, io) {
    const { options, flags, positional } = parseArgs(args, ['--format', '--config', '--max-warnings', '--jobs'], ['--fix', '--help', '-h']);
    if (flags.has('--help') || flags.has('-h')) {
      io.stdout(`${usage}\n`);
      return 0;
    }
    const format = options.get('--format') ?? 'stylish';
    if (!['stylish', 'json', 'sarif'].includes(format)) throw new CliError(`--format must be stylish, json or sarif, not ${format}`);
    const maxRaw = options.get('--max-warnings');
    const maxWarnings = maxRaw === undefined ? -1 : Number(maxRaw);
    if (maxRaw !== undefined && (!/^\d+$/.test(maxRaw) || !Number.isSafeInteger(maxWarnings))) throw new CliError(`--max-warnings must be a whole number, not ${maxRaw}`);
    const configPath = parseConfigOption(options.get('--config'), io);
    const threads = parseJobs(options.get('--jobs'));
    if (positional.length === 0) throw new CliError(`no files given\n\n${usage}`);

    const lookup = new ConfigLookup(io, configPath);
    const files = selectFiles(positional, io, 'lint', lookup);
    const paths = files.map((f) => f.path);
    const results = await lintFilesInThreads(paths, io, { fix: flags.has('--fix'), threads, selected: { files, lookup } });
    const all = results.flatMap((r) => r.diagnostics);
    if (format === 'json') io.stdout(json(results));
    else if (format === 'sarif') io.stdout(`${JSON.stringify(sarif(results, fileRepositoryRoot(io.cwd)), null, 2)}\n`);
    else io.stdout(printable(stylish(results)));
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.filter((d) => d.severity === 'warning').length;
    // A file not fully linted (a rule threw, fixes not written): said on stderr, file by file.
    if (results.some((r) => r.failed)) return 2;
    if (errors > 0) return 1;
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      io.stderr(`okr lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
      return 1;
    }
    return 0;
  },
};
