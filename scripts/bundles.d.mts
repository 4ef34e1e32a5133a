import type { BuildOptions } from 'esbuild';

export declare const nodeExtension: BuildOptions;
export declare const webExtension: BuildOptions;
export declare const webview: BuildOptions;
