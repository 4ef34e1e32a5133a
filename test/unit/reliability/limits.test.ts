import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_SIZE_KB, isTooLarge, maxFileSizeChars, tooLargeMessage } from '../../../src/core/limits';

describe('reliability: file size limit (okr.maxFileSizeKB)', () => {
  it('reads the setting as KB, 0 as no limit, and anything invalid as the default', () => {
    assert.equal(maxFileSizeChars(1), 1024);
    assert.equal(maxFileSizeChars(2.5), 2560);
    assert.equal(maxFileSizeChars(0), Number.POSITIVE_INFINITY);
    for (const bad of [undefined, null, -1, Number.NaN, Number.POSITIVE_INFINITY, '4096', {}, true]) {
      assert.equal(maxFileSizeChars(bad), DEFAULT_MAX_FILE_SIZE_KB * 1024, `setting ${String(bad)}`);
    }
  });

  it('a text is too large only past the limit', () => {
    assert.equal(isTooLarge(1024, 1), false);
    assert.equal(isTooLarge(1025, 1), true);
    assert.equal(isTooLarge(DEFAULT_MAX_FILE_SIZE_KB * 1024, undefined), false);
    assert.equal(isTooLarge(DEFAULT_MAX_FILE_SIZE_KB * 1024 + 1, undefined), true);
    assert.equal(isTooLarge(50_000_000, 0), false);
  });

  it('the message names the file, its size, the limit and the setting', () => {
    const m = tooLargeMessage('teams/big.okr.md', 3 * 1024 * 1024, 2048);
    assert.match(m, /teams\/big\.okr\.md/);
    assert.match(m, /3\.0 MB/);
    assert.match(m, /2\.0 MB limit/);
    assert.match(m, /okr\.maxFileSizeKB/);
    assert.match(tooLargeMessage('a.okr.md', 5000, 4), /5 KB, over the 4 KB limit/);
  });
});

describe('reliability: okr.maxFileSizeKB in the manifest', () => {
  it('declares the setting with the core default and a minimum of 0 (no limit)', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default?: unknown; minimum?: number }> } };
    };
    const setting = manifest.contributes.configuration.properties['okr.maxFileSizeKB'];
    assert.ok(setting, 'okr.maxFileSizeKB is declared');
    assert.equal(setting.default, DEFAULT_MAX_FILE_SIZE_KB);
    assert.equal(setting.minimum, 0);
  });
});
