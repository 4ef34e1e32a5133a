// `okr report [--format json|markdown] [--date YYYY-MM-DD] [--jobs N] FILES|GLOBS|DIRS`
import { parseOkrAuto as parseOkr } from '../core/incremental';
import { buildFileReport, renderMarkdownReport, type Report, type ReportFile } from '../core/report';
import { isIsoDate } from '../core/cycle';
import { CliError, describeError, parseArgs, printable, type CliCommand } from './command';
import { displayPath, readTextFile } from './files';
import { ConfigLookup, parseConfigOption, selectFiles } from './selection';
import { debugJobs, jobsLine, MIN_FILES_PER_THREAD, runFileJobs, type FileJob, type FileResult } from './parallel';

const usage = `Usage: okr report [--format json|markdown] [--date YYYY-MM-DD] [--fiscal-year-start MONTH] [--config FILE] [--jobs N] FILES|GLOBS|DIRS

Prints progress and status of the OKRs in the given files.

  --format json|markdown     output format (default: markdown)
  --date YYYY-MM-DD          the date to compute status for (default: today)
  --fiscal-year-start MONTH  month (1-12) in which the fiscal year starts, for FY27-Q1 (default: 1)
  --config FILE              take the lint ignores from this .okrlintrc.json (or package.json) instead of looking upward from each file
  --jobs N                   threads to parse with, at most one per core or 8, whichever is more (default: one per core, from ${2 * MIN_FILES_PER_THREAD} files)

A directory stands for its okr.md and *.okr.md files. The files are those okr lint would check: a file
that the lint configuration's "ignores" match is not reported. An unreadable file is named on stderr
and the others are reported. Exit codes: 0 done, 2 bad arguments, unreadable input or a lint
configuration that is not JSON or has an ignore pattern that cannot be used.`;

interface ReportShared {
  cwd: string;
  date: string;
  fiscalYearStartMonth: number;
}

function fileReport(path: string, { cwd, date, fiscalYearStartMonth }: ReportShared): ReportFile {
  const file = displayPath(path, cwd);
  const text = readTextFile(path, file);
  try {
    return buildFileReport(file, parseOkr(text, { fiscalYearStartMonth }), date);
  } catch (error) {
    // A bug of ours (any text parses): name the file; the others are still reported (exit 2).
    throw new CliError(`cannot report on ${file}: unexpected error: ${describeError(error)}`);
  }
}

/** One file's part of the report: read, parse, summarise (run on any thread: see parallel.ts). */
export const reportJob: FileJob<ReportShared, ReportFile> = { name: 'report', run: fileReport };

/**
 * The same as JSON, indented as it stands in the whole report (`jsonReport`). A string crosses
 * threads as one copy, where a ReportFile is cloned object by object, and the main thread then
 * neither keeps 500 object graphs nor stringifies them all.
 */
export const reportJsonJob: FileJob<ReportShared, string> = {
  name: 'report-json',
  run: (path, shared) => jsonFragment(fileReport(path, shared)),
};

/**
 * A file's report as `JSON.stringify(report, null, 2)` writes it inside `files`: two levels deep,
 * so indented by four. Stringified at that depth and cut out (`[\n  [\n` before it, `\n  ]\n]`
 * after), rather than re-indented line by line afterwards (a regex pass over ~22 KB per file).
 */
export function jsonFragment(file: ReportFile): string {
  const nested = JSON.stringify([[file]], null, 2);
  return nested.slice(6, nested.length - 6);
}

/** Exactly `JSON.stringify({ date, files }, null, 2)`, from the files' `jsonFragment`s. */
export function jsonReport(date: string, fragments: readonly string[]): string {
  if (fragments.length === 0) return JSON.stringify({ date, files: [] } satisfies Report, null, 2);
  return `{\n  "date": ${JSON.stringify(date)},\n  "files": [\n${fragments.join(',\n')}\n  ]\n}`;
}

/** Parses `--jobs N` (a whole number from 1); undefined when absent. */
export function parseJobs(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) throw new CliError(`--jobs must be a whole number from 1, not ${raw}`);
  return n;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'print progress and status of OKR files (markdown or JSON)',
  usage,
  async run(args, io) {
    const { options, flags, positional } = parseArgs(args, ['--format', '--date', '--fiscal-year-start', '--config', '--jobs'], ['--help', '-h']);
    if (flags.has('--help') || flags.has('-h')) {
      io.stdout(`${usage}\n`);
      return 0;
    }
    const format = options.get('--format') ?? 'markdown';
    if (format !== 'json' && format !== 'markdown') throw new CliError(`--format must be json or markdown, not ${format}`);
    const date = options.get('--date') ?? io.today();
    if (!isIsoDate(date)) throw new CliError(`--date must be a date as YYYY-MM-DD, not ${date}`);
    const fyRaw = options.get('--fiscal-year-start');
    const fiscalYearStartMonth = fyRaw === undefined ? 1 : Number(fyRaw);
    if (!Number.isInteger(fiscalYearStartMonth) || fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) throw new CliError(`--fiscal-year-start must be a month number 1-12, not ${fyRaw}`);
    const configPath = parseConfigOption(options.get('--config'), io);
    const threads = parseJobs(options.get('--jobs'));
    if (positional.length === 0) throw new CliError(`no files given\n\n${usage}`);

    // The files `okr lint` would check (its config's `ignores` leave some out).
    const paths = selectFiles(positional, io, 'report', new ConfigLookup(io, configPath, 'reported')).map((f) => f.path);
    const shared: ReportShared = { cwd: io.cwd, date, fiscalYearStartMonth };
    // Unreadable files are named on stderr (exit 2); the others are still reported.
    let exitCode = 0;
    const readable = <T>(results: FileResult<T>[]): T[] =>
      results.flatMap((result) => {
        if (result.ok) return [result.value];
        io.stderr(`okr report: ${result.message}\n`);
        exitCode = Math.max(exitCode, result.exitCode);
        return [];
      });
    // OKR_DEBUG_JOBS=1: which threads read how many files, on stderr.
    const onThreads = debugJobs() ? (threadOf: number[], started: number) => io.stderr(jobsLine('report', started, threadOf)) : undefined;
    if (format === 'json') io.stdout(`${jsonReport(date, readable(await runFileJobs(reportJsonJob, paths, shared, { threads, onThreads })))}\n`);
    else io.stdout(printable(renderMarkdownReport({ date, files: readable(await runFileJobs(reportJob, paths, shared, { threads, onThreads })) })));
    return exitCode;
  },
};
