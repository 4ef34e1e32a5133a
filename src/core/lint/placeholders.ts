// `‹placeholders›` left in a key result: what New OKR File, the KR completions and the CLI's
// snippet fixes write for a person to fill in (`from ‹baseline› to ‹target›`). A KR holding one is
// unfinished: the rule that would report what it lacks says "fill in …" instead, and it is not
// compared with other KRs (two untouched templates are not a copy-paste slip).
//
// Only the names the product itself writes count: ‹…› are ordinary quotation marks in Swiss German
// and French (`sign-ups to the ‹Zukunft› newsletter`), and a quote is no template. The writers
// (scaffold.ts, completions.ts) take their names from PLACEHOLDER_NAMES, so the two cannot drift
// apart; the walkthrough's and the fixes' names are checked against it by unit tests.

import type { Translate } from '../translate';

/** The placeholder names the product writes between ‹ and ›, in English (completions translate some: `t(name)`). */
export const PLACEHOLDER_NAMES = {
  metric: 'metric',
  baseline: 'baseline',
  target: 'target',
  value: 'value',
  name: 'name',
  owner: 'owner',
  milestone: 'Milestone reached',
  objective: 'What to achieve: qualitative, short and inspiring',
  objectiveShort: 'What to achieve',
  initiative: 'An activity that should move the key results',
  metricWithVerb: 'Increase metric',
} as const;

const NAMES = new Set<string>(Object.values(PLACEHOLDER_NAMES).map((n) => n.toLowerCase()));
const PLACEHOLDER = /‹([^‹›\r\n]{1,80})›/g;

/** A snippet's choice written as plain text (`‹Increase|Reduce›`, `‹above|below›`). */
const CHOICE = /^[^|\s]+(?:\|[^|\s]+)+$/;

function isName(inner: string, t: Translate | undefined): boolean {
  const name = inner.trim().toLowerCase();
  if (NAMES.has(name) || CHOICE.test(inner)) return true;
  // (The names completions.ts translates, written as literals for the l10n export.)
  return t !== undefined && [t('metric'), t('Milestone reached')].some((n) => n.toLowerCase() === name);
}

/** The placeholders in `text` as written (`‹metric›`), in order, each once; `t` also recognises the translated names. */
export function placeholdersIn(text: string, t?: Translate): string[] {
  if (!text.includes('‹')) return [];
  return [...new Set([...text.matchAll(PLACEHOLDER)].filter((m) => isName(m[1]!, t)).map((m) => m[0]))];
}

/** Whether `text` still holds a `‹placeholder›` of ours. */
export function hasPlaceholder(text: string, t?: Translate): boolean {
  return placeholdersIn(text, t).length > 0;
}
