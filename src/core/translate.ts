// User-facing text built in the core (hover Markdown, CodeLens titles, completion details) goes
// through a `Translate` function: the editor passes `vscode.l10n.t`, tests and the CLI the
// English default below. Messages use `{0}`, `{1}` placeholders, as `vscode.l10n.t` does.

export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** The English default: substitutes `{n}` placeholders. */
export const english: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
