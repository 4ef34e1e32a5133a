// "1 million users": all-time, registered, weekly active? An unqualified count of people is a trap.
import { defineRule, quote } from '../helpers';
import { keyResults } from '../kr';

// What `/\b(\d[\d.,]*\s*[kmb]?\+?|one|a|ten|a hundred|a thousand|a million)\s+(users|customers|…)\b/i`
// finds, found from each noun backwards: that regex tries every digit of a long number and every
// space of a long run again (seconds on a 20,000-character KR); this is one pass.
const PEOPLE_NOUN = /(?<=\s)(users|customers|members|visitors|people|subscribers|accounts)\b/gi;
const COUNT_WORDS = ['a hundred', 'a thousand', 'a million', 'one', 'ten', 'a'].map((word) => ({ length: word.length, re: new RegExp(`^${word}$`, 'i') }));
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);
const isWord = (ch: string | undefined): boolean => ch !== undefined && /\w/.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isNumberChar = (ch: string | undefined): boolean => isDigit(ch) || ch === '.' || ch === ',';

/** The first unqualified-looking count of people (`1,000 users`, `a million customers`): where, the match and the noun. */
export function peopleCount(text: string): { index: number; match: string; noun: string } | null {
  for (const noun of text.matchAll(PEOPLE_NOUN)) {
    const at = noun.index!;
    let w = at;
    while (w > 0 && isSpace(text[w - 1])) w--;
    if (w === at) continue;
    let start = -1;
    for (const word of COUNT_WORDS) {
      const s = w - word.length;
      if (s >= 0 && word.re.test(text.slice(s, w)) && !isWord(text[s - 1]) && (start < 0 || s < start)) start = s;
    }
    // `\d[\d.,]*` `\s*` `[kmb]?` `\+?` before the spaces: a `+` and a unit letter are the quantity's.
    let q = w;
    if (text[q - 1] === '+') q--;
    if (/[kmb]/i.test(text[q - 1] ?? '')) q--;
    if (q < w) while (q > 0 && isSpace(text[q - 1])) q--;
    let r = q;
    while (r > 0 && isNumberChar(text[r - 1])) r--;
    // The leftmost digit of the run at a word boundary: the run's start after a non-word character, else after a `.`/`,`.
    for (let s = r; s < q; s++) {
      if (isDigit(text[s]) && (s === r ? !isWord(text[s - 1]) : !isDigit(text[s - 1]))) {
        if (start < 0 || s < start) start = s;
        break;
      }
    }
    if (start >= 0) return { index: start, match: text.slice(start, at + noun[0].length), noun: noun[1]! };
  }
  return null;
}
const QUALIFIED = /\b(?:active|paying|paid|weekly|monthly|daily|new|registered|retained|returning|signed[- ]up|total|cumulative|all[- ]time|unique|trial|enterprise|self[- ]serve|mau|wau|dau|per (?:day|week|month)|a (?:day|week|month))\b/i;

export default defineRule(
  {
    id: 'kr-ambiguous-metric',
    description: "Counts of users or customers should say which ones (active, paying, new, weekly…)",
    category: 'key-result',
    scope: 'objective',
    defaultSeverity: 'hint',
    strictSeverity: 'info',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ doc, lines, t, report }) => {
    for (const { kr } of keyResults(doc)) {
      const m = peopleCount(kr.text);
      if (!m || QUALIFIED.test(kr.text)) continue;
      const start = kr.textRange.start.offset + m.index;
      report({
        message: t('Ambiguous metric: {0} in {1} does not say which {2} count (active, paying, new, all-time…)', quote(m.match), quote(kr.text, 40), m.noun),
        range: lines.range(start, start + m.match.length),
        subject: kr.text,
      });
    }
  },
);
