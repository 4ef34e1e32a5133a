// The `okr` command: a small dispatcher over subcommands. To add one, create src/cli/<name>.ts
// exporting a CliCommand and list it in COMMANDS below.
import { writeSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import pkg from '../../package.json';
import { CliError, describeError, printable, type CliCommand, type CliIo } from './command';
import { reportCommand, reportJob, reportJsonJob } from './report';
import { lintCommand, lintJob } from './lint';
import { isFileJobWorker, serveFileJobs } from './parallel';

export const COMMANDS: CliCommand[] = [
  reportCommand,
  lintCommand,
];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `okr ${pkg.version}: OKRs in Markdown (okr.md, *.okr.md)`,
    '',
    'Usage: okr <command> [options] FILES|GLOBS|DIRS',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `okr <command> --help` for its options. Format: docs/format.md',
    '',
  ].join('\n');
}

/** Runs the CLI; returns the exit code. Errors become a one-line message on stderr, never a stack trace. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`okr: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`okr ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`okr ${name}: unexpected error: ${describeError(error)}\n`);
    return 2;
  }
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * TurboFan's inlining budget per optimised function, below V8's default (920 bytes of bytecode).
 * A cold CLI run spends much of its CPU compiling: over 500 files each JS thread had ~1.5–2 s of
 * optimising compiles on V8's helper threads, which share the cores with the parsing threads. With
 * less inlined, `okr report` on 500 files took ~0.7–1 s less CPU in all and ~10% less wall time
 * on 2 cores, one thread or two; the code it makes is not measurably slower. Process-wide: the
 * workers (started later) compile with it too. Set once, before any hot code is optimised.
 */
const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=300';

/** Entry point for bin/okr.js: runs with the process's arguments and streams, sets the exit code. */
export function run(): void {
  setFlagsFromString(V8_FLAGS);
  // Without a listener Node reports a failed write to stdout or stderr with a stack trace. A reader
  // that has gone (`okr report | head`: EPIPE) is no error: the rest of the output has nowhere to
  // go, the run finishes (a --fix still writes its files) and keeps its exit code. Any other
  // failure (a full disk) is said once at exit, with exit code 2.
  let writeError: string | null = null;
  const onWriteError = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') writeError ??= error.message;
  };
  process.stdout.on('error', onWriteError);
  process.stderr.on('error', onWriteError);
  process.on('exit', () => {
    if (writeError === null) return;
    try {
      writeSync(2, `okr: cannot write the output: ${writeError}\n`);
    } catch {
      // stderr is gone too
    }
    process.exitCode = 2;
  });
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(printable(text)),
    cwd: process.cwd(),
    today: localToday,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`okr: unexpected error: ${describeError(error)}\n`);
      process.exitCode = 2;
    },
  );
}

// A worker thread of runFileJobs (parallel.ts) loads this same bundle: it serves jobs, not the CLI.
if (isFileJobWorker()) serveFileJobs([reportJob, reportJsonJob, lintJob]);
