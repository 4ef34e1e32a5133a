// Who an `Owner:` value names. The value is a list of owners, not free text with mentions in it:
// `@Ana Lima` is one owner called Ana Lima (people type their name after the `@` as it reads,
// as the panel, the report and the hovers show it back), `@ana @bo`, `Ana Lima, Bo` and
// `@ana and @bo` are two, and `@ana (PM)`, `@ana(PM)` or `@ana — growth lead` is ana with a remark. The New
// OKR File placeholder `@‹owner›` is read as `‹owner›` like any name, without its `@`.
// (In a key result's own text a mention is one word, `@ana_lima`: the sentence goes on after it.)

/** One owner in a value: the name without `@`, and where the owner is written (`@` included). */
export interface OwnerSpan {
  name: string;
  start: number;
  end: number;
}

/** Owners are separated by commas, semicolons, a spaced `&`, `+` or `and` (not `R&D`), a new `@` after a space or a `/` (`@ana/@bo`). */
const SEPARATOR = /\s*[,;]\s*|\s+(?:&|\+|and)\s+|\s+(?=@)|\s*\/\s*(?=@)/giu;
/**
 * Remarks, where a separator separates nothing: a bracket's text (`@bo (lead, since Q3)`) and a
 * dash's up to the next `@` (`@ana — PM, growth`).
 */
const REMARK_TEXT = /\([^()]*\)?|\[[^[\]]*\]?|\{[^{}]*\}?|(?:\s*[—–]|\s+-\s)[^@]*?(?=[,;/]?\s*@|$)/gsu;
/**
 * Where a remark after the name starts: a bracket after the name, spaced or not (`(PM)`, `@ana(PM)`,
 * `@ana[interim]`), `— lead`, ` - lead`, `: interim`. A bracket that opens the value is no remark.
 */
const REMARK = /(?:(?<=[^\s([{])\s*[([{]|\s*[—–]|\s+-\s|:(?:\s|$)).*$/su;
/** A Markdown link, `[Ana Lima](mailto:…)`: its text is what names the owner(s). */
const LINK = /\[([^\]]*)\]\([^)]*\)/gu;

/**
 * `value` with each link's brackets and destination blanked out (same length, so offsets hold):
 * `[Ana, Bo](https://x)` reads as ` Ana, Bo` and then splits like any list, and nothing in a
 * destination (`mailto:ana@example.com`) is taken for a separator or a mention.
 */
function linkTextOnly(value: string): string {
  return value.replace(LINK, (whole: string, label: string) => ` ${label}${' '.repeat(whole.length - label.length - 1)}`);
}

/**
 * Whether an owner read from a value is a placeholder, nobody yet: `TBD`, `TBC`, `TBA`, `?`, `-`,
 * `n/a`, `none`, `nobody`, `unassigned`, or a template's `‹owner›` / `<owner>` / `[owner]`.
 */
export function isPlaceholderOwner(name: string): boolean {
  return /^(?:tb[dca]|\?+|[-–—]+|n\/?a|none|nobody|no one|unassigned|‹[^›]*›|<[^>]*>|\[[^\]]*\])$/iu.test(name.trim());
}

/** The owners named by an `Owner:` value (as written, offsets into `value`), in order. */
export function readOwners(value: string): OwnerSpan[] {
  const out: OwnerSpan[] = [];
  const plain = linkTextOnly(value);
  let from = 0;
  const take = (end: number): void => {
    let start = from;
    let part = plain.slice(start, end);
    // Emphasis and code marks around the owner (`**Ana Lima**`, `` `@ana` ``, `_Ana_`).
    const lead = /^[\s*_`]*/.exec(part)![0];
    start += lead.length;
    part = part.slice(lead.length).replace(REMARK, '');
    // Closing marks and a full stop. A `_` closes only an opening `_` (`_Ana_`): `@dev_` is its own handle.
    let underscores = lead.split('_').length - 1;
    let stop = part.length;
    for (;;) {
      const c = part[stop - 1];
      if (c === undefined) break;
      if (c === '_' && underscores > 0) underscores--;
      else if (!/[\s.*`]/u.test(c)) break;
      stop--;
    }
    part = part.slice(0, stop);
    const name = part.replace(/^@/, '').trim();
    if (name) out.push({ name, start, end: start + part.length });
  };
  // (Same length: the separators found in it are where they are in `plain`.)
  const split = plain.replace(REMARK_TEXT, (r: string) => r.replace(/[^\s]/gu, 'x'));
  for (const m of split.matchAll(SEPARATOR)) {
    take(m.index!);
    from = m.index! + m[0].length;
  }
  take(plain.length);
  return out;
}
