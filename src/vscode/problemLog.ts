// Config problems go to the output channel once per config version: the same file is read again
// for every folder below it, on save and by the file watcher for the same save, and after every
// settings change, and each read used to log its problems again. It imports no `vscode`, so a unit
// test can drive it.

export class ProblemLog {
  /** Per source (a config file's URI, `okr.lint` settings per folder), the problems last logged. */
  private readonly last = new Map<string, string>();

  /**
   * The lines to log for `source`'s problems as read now: all of them when they differ from the
   * ones last logged for it, else none (a re-read of the same version). Fixing the file and making
   * the same mistake again logs it again.
   */
  fresh(source: string, lines: readonly string[]): readonly string[] {
    const key = lines.join('\n');
    if ((this.last.get(source) ?? '') === key) return [];
    this.last.set(source, key);
    return lines;
  }
}
