// What a subcommand of `okr` is. Each lives in its own module (report.ts, lint.ts, …) and is
// listed once in okr.ts.

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Today as `YYYY-MM-DD` (the CLI may read the clock; the core never does). */
  today(): string;
}

export interface CliCommand {
  name: string;
  /** One line for `okr --help`. */
  summary: string;
  /** Full usage for `okr <name> --help`. */
  usage: string;
  /** Returns the exit code: 0 success, 1 findings (e.g. lint errors), 2 usage or input errors. */
  run(args: string[], io: CliIo): Promise<number> | number;
}

/** An error with a message meant for the user (no stack trace) and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Splits `--name value`, `--name=value` and flags from positional arguments. */
export function parseArgs(args: string[], valued: readonly string[], flags: readonly string[] = []): { options: Map<string, string>; flags: Set<string>; positional: string[] } {
  const options = new Map<string, string>();
  const seen = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (valued.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new CliError(`${name} needs a value`);
      options.set(name, value);
    } else if (flags.includes(name) && eq < 0) seen.add(name);
    else throw new CliError(`unknown option ${arg}`);
  }
  return { options, flags: seen, positional };
}

/**
 * An unexpected error (a bug, not bad input) as one line: its message, after its name when that
 * says more than `Error` (`TypeError: …`). With `OKR_DEBUG` set in the environment, its stack
 * follows on the next lines, for a bug report; never otherwise.
 */
export function describeError(error: unknown): string {
  try {
    if (!(error instanceof Error)) return String(error);
    const line = error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
    return process.env['OKR_DEBUG'] && error.stack ? `${line}\n${error.stack}` : line;
  } catch {
    // (`throw Object.create(null)`: a value with no text; this must not throw in a catch.)
    return 'a value that is not an error';
  }
}

/**
 * Text for a terminal: control characters other than tab and line feed (C0, DEL, C1) shown as
 * `\x1b`, so an OKR file (a title, a file name) cannot send escape sequences to the reader's
 * terminal or CI log. For the human formats and stderr; JSON and SARIF escape on their own.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
