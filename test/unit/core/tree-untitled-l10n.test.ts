// The quarter tree's stand-in titles for an empty key result, objective or group are text a person
// reads, so they go through the translator like the rest of the tree (buildTree's `t`).
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { buildTree, type TreeNode } from '../../../src/core/tree';
import type { Translate } from '../../../src/core/translate';
import { english } from '../../../src/core/translate';

const pseudo: Translate = (message, ...args) => `⟦${english(message, ...args)}⟧`;
const all = (nodes: readonly TreeNode[]): TreeNode[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);

describe('quarter tree: stand-in titles through the translator', () => {
  const text = '---\nquarter: 2026-Q4\n---\n# Company\n\n## \n\n### O1:\n\n- KR1:\n- KR2: Increase signups from 100 to 200\n';

  it('an empty key result, objective and group are titled in t’s language', () => {
    const sources = [{ uri: 'file:///w/okr.md', fileName: 'okr.md', doc: parseOkr(text) }];
    const titles = (t?: Translate) => all(buildTree(sources, { today: '2026-11-21', scope: 'workspace', ...(t ? { t } : {}) }).roots).filter((n) => n.kind !== 'file').map((n) => [n.kind, n.title]);
    const plain = titles();
    const stand = plain.filter(([, title]) => /^\(.*\)$/.test(title!));
    assert.ok(stand.length >= 2, `stand-in titles: ${JSON.stringify(plain)}`);
    const wrapped = new Map(titles(pseudo).map(([kind, title], i) => [i, [kind, title]]));
    for (const [i, [kind, title]] of plain.entries()) {
      if (!/^\(.*\)$/.test(title!)) continue;
      assert.deepEqual(wrapped.get(i), [kind, `⟦${title}⟧`]);
    }
  });
});
