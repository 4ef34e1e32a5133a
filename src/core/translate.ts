// User-facing text built in the core (hover Markdown, CodeLens titles, completion details) goes
// through a `Translate` function: the editor passes `vscode.l10n.t`, tests and the CLI the
// English default below. Messages use `{0}`, `{1}` placeholders, as `vscode.l10n.t` does.

export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** The English default: substitutes `{n}` placeholders. */
export const english: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));

/**
 * A message made where no translator is at hand (the parser's problems): the English text, and the
 * template and arguments that let a later step translate it (`t(template, ...args)`).
 */
export function translatable(template: string, ...args: string[]): { message: string; template: string; args: string[] } {
  return { message: english(template, ...args), template, args };
}

/** A `translatable()` message in `t`'s language (its English `message` when it has no template). */
export function retranslate(t: Translate, m: { message: string; template?: string; args?: string[] }): string {
  return m.template === undefined ? m.message : t(m.template, ...(m.args ?? []));
}
