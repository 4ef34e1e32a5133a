// `okr report [--format json|markdown] [--date YYYY-MM-DD] FILES|GLOBS|DIRS`
import { readFileSync } from 'node:fs';
import { parseOkrAuto as parseOkr } from '../core/incremental';
import { buildReport, renderMarkdownReport } from '../core/report';
import { isIsoDate } from '../core/cycle';
import { CliError, parseArgs, type CliCommand } from './command';
import { displayPath, resolveOkrFiles } from './files';

const usage = `Usage: okr report [--format json|markdown] [--date YYYY-MM-DD] [--fiscal-year-start MONTH] FILES|GLOBS|DIRS

Prints progress and status of the OKRs in the given files.

  --format json|markdown     output format (default: markdown)
  --date YYYY-MM-DD          the date to compute status for (default: today)
  --fiscal-year-start MONTH  month (1-12) in which the fiscal year starts, for FY27-Q1 (default: 1)

A directory stands for its okr.md and *.okr.md files. Exit codes: 0 done, 2 bad arguments or unreadable input.`;

export function readTextFile(path: string, shown: string): string {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new CliError(`cannot read ${shown}: ${why}`);
  }
  return buffer.toString('utf8');
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'print progress and status of OKR files (markdown or JSON)',
  usage,
  run(args, io) {
    const { options, flags, positional } = parseArgs(args, ['--format', '--date', '--fiscal-year-start'], ['--help', '-h']);
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
    if (positional.length === 0) throw new CliError(`no files given\n\n${usage}`);

    const files = resolveOkrFiles(positional, io.cwd).map((path) => {
      const file = displayPath(path, io.cwd);
      return { file, doc: parseOkr(readTextFile(path, file), { fiscalYearStartMonth }) };
    });
    const report = buildReport(files, date);
    io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdownReport(report));
    return 0;
  },
};
