// The core's public surface: pure TypeScript, no vscode, no DOM, no Node built-ins.
export * from './model';
export * from './text';
export * from './slug';
export * from './cycle';
export * from './quantities';
export * from './progress';
export * from './parse';
export * from './status';
export * from './report';
