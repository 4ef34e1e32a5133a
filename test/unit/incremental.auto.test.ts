import assert from 'node:assert/strict';
import { generateOkrFile } from '../../bench/generate';
import { parseOkrAuto, SECTIONED_PARSE_MIN_LENGTH } from '../../src/core/incremental';
import { parseOkr } from '../../src/core/parse';

describe('parseOkrAuto (the CLI and panel parse)', function () {
  this.timeout(60_000);
  it('equals the whole-text parseOkr on a file past the sectioned-parse size, CRLF and fiscal options included', () => {
    const text = generateOkrFile({ objectives: 30 });
    assert.ok(text.length >= SECTIONED_PARSE_MIN_LENGTH, 'the file takes the sectioned path');
    assert.deepEqual(parseOkrAuto(text), parseOkr(text));
    const crlf = text.replace(/\n/g, '\r\n');
    assert.deepEqual(parseOkrAuto(crlf, { fiscalYearStartMonth: 4 }), parseOkr(crlf, { fiscalYearStartMonth: 4 }));
  });

  it('equals parseOkr on small files and odd input', () => {
    for (const text of ['', '# O1: Grow\n\n- KR1: from 1 to 2\n', '---\ncycle: 2026-Q4\n']) assert.deepEqual(parseOkrAuto(text), parseOkr(text));
    assert.deepEqual(parseOkrAuto(undefined as unknown as string), parseOkr(undefined as unknown as string));
  });
});
