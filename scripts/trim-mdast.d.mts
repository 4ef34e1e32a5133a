import type { Plugin } from 'esbuild';

export declare const UNUSED_MDAST_LINES: Record<string, string[]>;
export declare const trimMdast: Plugin;
