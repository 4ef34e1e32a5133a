// User-facing text built in the core (lint messages and fix titles, config problems, hover
// Markdown, CodeLens titles, completion details, the quarter tree's labels) goes through a
// `Translate` function: the editor passes `vscode.l10n.t`, tests and the CLI the English default
// below. Templates are whole English sentences with `{0}`, `{1}` placeholders, as `vscode.l10n.t`
// takes them, written as string literals at the call (`t('…')`) so scripts/l10n.ts can collect them
// into l10n/bundle.l10n.json (run `npm run l10n` after adding or changing one; a unit test checks).

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
