// `‹placeholders›` left in a key result: what New OKR File, the KR completions and the CLI's
// snippet fixes write for a person to fill in (`from ‹baseline› to ‹target›`). A KR holding one is
// unfinished: the rule that would report what it lacks says "fill in …" instead, and it is not
// compared with other KRs (two untouched templates are not a copy-paste slip).

const PLACEHOLDER = /‹[^‹›\r\n]{1,80}›/g;

/** The placeholders in `text` as written (`‹metric›`), in order, each once. */
export function placeholdersIn(text: string): string[] {
  if (!text.includes('‹')) return [];
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

/** Whether `text` still holds a `‹placeholder›`. */
export function hasPlaceholder(text: string): boolean {
  return text.includes('‹') && placeholdersIn(text).length > 0;
}
