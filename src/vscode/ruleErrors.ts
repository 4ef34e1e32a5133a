// What the editor does when a lint rule throws (a bug, found by a user's text): the engine skips
// that rule for the document and goes on with the others (`onRuleError`, src/core/lint/types.ts);
// this logs it to the extension's output channel, with the rule, the file and the error, once per
// rule and document, not on every keystroke. It imports no `vscode` so a unit test can drive it
// with the real engine and a rule that throws.

/** Where the message goes: the extension's `LogOutputChannel` (its `error` counts in `errorCount`). */
export interface ErrorLog {
  error(message: string): void;
}

/** The error's own message, on one line (no stack: the output channel is read by people). */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/\s*[\r\n]+\s*/g, ' ').slice(0, 500);
}

export class RuleErrorLog {
  /** Rule ids already logged, per document URI. */
  private readonly logged = new Map<string, Set<string>>();

  constructor(private readonly log: ErrorLog) {}

  /** The `onRuleError` of a lint run on the document `uri` (shown as `file`). */
  handler(uri: string, file: string): (ruleId: string, error: unknown) => void {
    return (ruleId, error) => {
      let rules = this.logged.get(uri);
      if (!rules) this.logged.set(uri, (rules = new Set()));
      if (rules.has(ruleId)) return;
      rules.add(ruleId);
      this.log.error(
        `Lint rule ${ruleId} failed on ${file}: ${errorMessage(error)}. Its problems are missing for this file (the other rules' are shown); please report this as a bug, with the text that causes it.`,
      );
    };
  }

  /** The document closed: a rule that fails on it after it is opened again is logged again. */
  forget(uri: string): void {
    this.logged.delete(uri);
  }
}
