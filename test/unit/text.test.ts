import assert from 'node:assert/strict';
import { movedRange } from '../../src/core/shift';
import { LineIndex } from '../../src/core/text';

describe('LineIndex', () => {
  it('maps offsets to positions across LF, CRLF and lone CR line endings', () => {
    const index = new LineIndex('a\r\nbc\rd\ne');
    assert.equal(index.lineCount, 4);
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0, offset: 3 });
    assert.deepEqual(index.positionAt(6), { line: 2, character: 0, offset: 6 });
    assert.deepEqual(index.positionAt(8), { line: 3, character: 0, offset: 8 });
    assert.equal(index.lineText(0), 'a');
    assert.equal(index.lineText(1), 'bc');
    assert.equal(index.eol, '\r\n');
  });

  it('round-trips every offset', () => {
    const text = '# T\r\n\r\n- x 😀 y\n\tz\r';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const p = index.positionAt(offset);
      // an offset inside a \r\n pair maps to the end of its line
      assert.equal(index.offsetAt(p.line, p.character), Math.min(offset, index.lineEnd(p.line)));
    }
  });

  it('clamps out-of-range offsets and lines', () => {
    const index = new LineIndex('ab\ncd');
    assert.deepEqual(index.positionAt(99), { line: 1, character: 2, offset: 5 });
    assert.equal(index.offsetAt(7, 0), 5);
    assert.equal(index.offsetAt(0, 99), 2);
  });

  it('shifts ranges by line and offset deltas', () => {
    const index = new LineIndex('ab\ncd');
    const moved = movedRange(index.range(3, 5), 2, 10);
    assert.deepEqual(moved.start, { line: 3, character: 0, offset: 13 });
    assert.deepEqual(moved.end, { line: 3, character: 2, offset: 15 });
  });
});
