// Deterministic dev/test split of the key-result evaluation set (see README.md, "Splits").
// Whole sources go to one split so the test split stays independent of what rules are tuned on.
import { createHash } from 'node:crypto';

export type Split = 'dev' | 'test';

export interface KeyResultRecord {
  text: string;
  measurable: boolean;
  taskLike: boolean;
  split: Split;
  source: string;
  note: string;
}

export const HAND_WRITTEN = 'hand-written';

/** Repositories that hold copies of another organisation's pages: grouped with that organisation,
 * so the same authors never end up in both splits. */
export const COPIES_OF: Readonly<Record<string, string>> = {
  // Copies of GitLab's engineering handbook OKR pages.
  valerachuk: 'gitlab',
  google: 'gitlab',
};

/** Web hosts that publish the same authors' work as another host: the Mozilla Reps program posts
 * its goals on wiki.mozilla.org and its OKRs on discourse.mozilla.org. */
export const SAME_AUTHORS_AS: Readonly<Record<string, string>> = {
  'discourse.mozilla.org': 'wiki.mozilla.org',
  'neighbouring-amethyst.notion.to': 'forum.bankless.community',
  // The Status forum moved hosts; the Internet Society's action plans were read from mirror copies.
  'discuss.status.im': 'discuss.status.app',
  'nwtautismsociety.org': 'internetsociety.org',
  'nsoca.org': 'internetsociety.org',
};

/** The unit a split is assigned to: a web site (host name) or a repository owner (an organisation's
 * repositories share authors and templates, so they stay together). */
export function sourceGroup(source: string): string {
  if (source === HAND_WRITTEN) return HAND_WRITTEN;
  if (/^https?:\/\//i.test(source)) {
    try {
      const host = new URL(source).hostname.replace(/^www\./, '').toLowerCase();
      return SAME_AUTHORS_AS[host] ?? host;
    } catch {
      return source;
    }
  }
  const owner = (source.split('/')[0] ?? source).toLowerCase();
  return COPIES_OF[owner] ?? owner;
}

/** The split of every source group assigned so far (`splits.json`, committed). Frozen: once a
 * group is in a split it stays there, so adding data never moves a source someone has already
 * studied (or held out). */
export type SplitMap = Record<string, Split>;

/** Splits per source group. Groups in `frozen` keep their split; new groups, largest first (ties by
 * SHA-1 of their name), each go to the split with fewer records so far (ties to `test`);
 * hand-written records are always `dev`. */
export function assignSplits(records: readonly Pick<KeyResultRecord, 'source'>[], frozen: SplitMap = {}): Map<string, Split> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const g = sourceGroup(r.source);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  const result = new Map<string, Split>();
  let dev = 0;
  let test = 0;
  for (const [g, n] of counts) {
    const known = g === HAND_WRITTEN ? 'dev' : frozen[g];
    if (known === undefined) continue;
    result.set(g, known);
    if (known === 'dev') dev += n;
    else test += n;
  }
  const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
  const fresh = [...counts.keys()]
    .filter((g) => !result.has(g))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (sha1(a) < sha1(b) ? -1 : sha1(a) > sha1(b) ? 1 : 0));
  for (const g of fresh) {
    const n = counts.get(g) ?? 0;
    if (test <= dev) {
      result.set(g, 'test');
      test += n;
    } else {
      result.set(g, 'dev');
      dev += n;
    }
  }
  return result;
}

export function parseJsonl(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (e) {
        throw new Error(`key-results.jsonl line ${i + 1}: ${(e as Error).message}`);
      }
    });
}
