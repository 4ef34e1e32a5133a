import type { Plugin } from 'esbuild';

export declare const YAML_VERSION: string;
export declare const UNUSED_YAML_METHODS: Record<string, string[]>;
export declare const UNUSED_YAML_TAG_CREATE_NODE: string[];
export declare function withoutProperty(source: string, name: string, file: string): string;
export declare const UNUSED_YAML_LINES: Record<string, string[]>;
export declare function withoutLines(source: string, lines: string[], file: string): string;
export declare const YAML_REPLACEMENTS: Record<string, [string, string][]>;
export declare function replacedOnce(source: string, replacements: [string, string][], file: string): string;
export declare function withoutMethods(source: string, names: string[], file: string): string;
export declare const trimYaml: Plugin;
