// An esbuild plugin for the extension bundles: the mdast-util-gfm-* packages hold a `fromMarkdown`
// half (used by src/core/parse.ts) and a `toMarkdown` half (a serialiser, never used). esbuild drops
// the unused half except two handlers that top-level `handler.peek = …` (and `.attention = …`)
// statements keep alive (a property assignment counts as a side effect). Those lines are left out;
// each must be found exactly once, so a changed package fails the build instead of silently keeping
// or breaking code.
import { readFile } from 'node:fs/promises';

/** Lines left out, by package. */
export const UNUSED_MDAST_LINES = {
  'mdast-util-gfm-footnote': ['footnoteReference.peek = footnoteReferencePeek'],
  'mdast-util-gfm-strikethrough': ['handleDelete.attention = attentionDelete', 'handleDelete.peek = peekDelete'],
};

export const trimMdast = {
  name: 'trim-mdast',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]mdast-util-gfm-(?:footnote|strikethrough)[\\/]lib[\\/]index\.js$/ }, async (args) => {
      const pkg = args.path.replace(/\\/g, '/').match(/node_modules\/(mdast-util-gfm-[a-z]+)\//)[1];
      let source = await readFile(args.path, 'utf8');
      for (const line of UNUSED_MDAST_LINES[pkg]) {
        const found = source.split('\n').filter((l) => l === line).length;
        if (found !== 1) throw new Error(`trim-mdast: ${pkg}: expected the line ${JSON.stringify(line)} once, found ${found}`);
        source = source.replace(`${line}\n`, '');
      }
      return { contents: source, loader: 'js' };
    });
  },
};
