// Who an `Owner:` value names. The value is a list of owners, not free text with mentions in it:
// `@Ana Lima` is one owner called Ana Lima (people type their name after the `@` as it reads,
// as the panel, the report and the hovers show it back), `@ana @bo`, `Ana Lima, Bo` and
// `@ana and @bo` are two, and `@ana (PM)` or `@ana — growth lead` is ana with a remark. The New
// OKR File placeholder `@‹owner›` is read as `‹owner›` like any name, without its `@`.
// (In a key result's own text a mention is one word, `@ana_lima`: the sentence goes on after it.)

/** One owner in a value: the name without `@`, and where the owner is written (`@` included). */
export interface OwnerSpan {
  name: string;
  start: number;
  end: number;
}

/** Owners are separated by commas, semicolons, a spaced `&`, `+` or `and` (not `R&D`), or a new `@` after a space. */
const SEPARATOR = /\s*[,;]\s*|\s+(?:&|\+|and)\s+|\s+(?=@)/giu;
/** Where a remark after the name starts: `(PM)`, `— lead`, ` - lead`, `: interim`. */
const REMARK = /(?:\s+[([{]|\s*[—–]|\s+-\s|:\s).*$/su;

/** The owners named by an `Owner:` value (as written, offsets into `value`), in order. */
export function readOwners(value: string): OwnerSpan[] {
  const out: OwnerSpan[] = [];
  let from = 0;
  const take = (end: number): void => {
    let start = from;
    let part = value.slice(start, end);
    // Emphasis and code marks around the owner (`**Ana Lima**`, `` `@ana` ``), a link's text (`[Ana](mailto:…)`).
    const lead = /^[\s*_`]*/.exec(part)![0].length;
    start += lead;
    part = part.slice(lead);
    const link = /^\[([^\]]+)\]\([^)]*\)/.exec(part);
    if (link) {
      start += 1;
      part = link[1]!;
    }
    part = part.replace(REMARK, '').replace(/[\s.*_`]+$/u, '');
    const name = part.replace(/^@/, '').trim();
    if (name) out.push({ name, start, end: start + part.length });
  };
  for (const m of value.matchAll(SEPARATOR)) {
    take(m.index!);
    from = m.index! + m[0].length;
  }
  take(value.length);
  return out;
}
