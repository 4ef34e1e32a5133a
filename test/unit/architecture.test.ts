import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  // DOM globals are kept out by tsconfig.core.json (lib ES2022, no DOM, no @types): `npm run typecheck`.
  it('the core imports neither vscode nor Node built-ins', () => {
    const offenders = files('src/core').filter((file) =>
      /(from|import|require\()\s*['"](vscode|node:[^'"]+|fs|path|os|child_process|util|crypto)['"]/.test(readFileSync(file, 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });

  it('only src/vscode imports vscode', () => {
    const offenders = files('src')
      .filter((file) => !file.startsWith(join('src', 'vscode')))
      .filter((file) => /from\s+['"]vscode['"]/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
