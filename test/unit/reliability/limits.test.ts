import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintFiles } from '../../../src/cli/lint';
import { MAX_TEXT_LENGTH } from '../../../src/core/parse';
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

describe('reliability: the CLI lints files past the editor limit', () => {
  it('okr lint reads a 2.2 MB file (over the 2048 KB default) and reports on it', function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'okr-huge-'));
    try {
      const path = join(dir, 'huge.okr.md');
      // A big code block keeps remark fast; the OKR content is at the top.
      const text = `# Huge\n\n## O1: Grow\n\nOwner: @a\n\n- KR1: Improve onboarding\n\n\`\`\`\n${`${'x'.repeat(79)}\n`.repeat(28_000)}\`\`\`\n`;
      assert.ok(isTooLarge(text.length, undefined), 'the file is past the editor default');
      writeFileSync(path, text);
      const stderr: string[] = [];
      const io = { stdout: () => undefined, stderr: (t: string) => void stderr.push(t), cwd: dir, today: () => '2026-11-21' };
      const [result] = lintFiles([path], io, { fix: false });
      // Over the parser's one-million-character cap: the CLI says only the beginning was linted.
      assert.ok(text.length > MAX_TEXT_LENGTH);
      assert.match(stderr.join(''), /huge\.okr\.md: warning: The file is too large \(\d+ characters\); only the first \d+ were read/);
      assert.ok(result!.diagnostics.some((d) => d.ruleId === 'kr-not-measurable' && d.range.start.line === 6), JSON.stringify(result!.diagnostics.map((d) => d.ruleId)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
