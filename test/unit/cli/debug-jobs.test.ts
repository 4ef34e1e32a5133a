// OKR_DEBUG_JOBS turns the jobs line on when set to something other than off: `0`, `false`, an
// empty value leave stderr as without it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/okr';
import { debugJobs } from '../../../src/cli/parallel';
import { CLEAN } from '../fixtures';

describe('OKR_DEBUG_JOBS', () => {
  it('debugJobs: on for 1, yes, true; off when unset, empty, 0, false, no, off', () => {
    for (const value of ['1', 'yes', 'true', 'TRUE', '2']) assert.equal(debugJobs({ OKR_DEBUG_JOBS: value }), true, value);
    for (const value of [undefined, '', ' ', '0', 'false', 'False', 'no', 'off']) assert.equal(debugJobs({ OKR_DEBUG_JOBS: value }), false, String(value));
  });

  it('okr lint and okr report print the jobs line for 1, not for 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-debug-jobs-'));
    writeFileSync(join(dir, 'okr.md'), CLEAN);
    const before = process.env['OKR_DEBUG_JOBS'];
    try {
      for (const [value, shown] of [['1', true], ['0', false]] as const) {
        process.env['OKR_DEBUG_JOBS'] = value;
        for (const command of ['lint', 'report']) {
          let stderr = '';
          const code = await main([command, '--format', 'json', '--jobs', '1', '.'], { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: dir, today: () => '2026-11-21' });
          assert.equal(code, 0, stderr);
          assert.equal(/^okr \w+: jobs: 1 thread; files per thread: 1$/m.test(stderr), shown, `${command} ${value}: ${stderr}`);
        }
      }
    } finally {
      if (before === undefined) delete process.env['OKR_DEBUG_JOBS'];
      else process.env['OKR_DEBUG_JOBS'] = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
