import type { Plugin } from 'esbuild';

export declare function compactEntitiesModule(entities: Record<string, string>): string;
export declare const compactEntities: Plugin;
