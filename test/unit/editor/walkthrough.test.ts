import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../../src/core/lint/config';

// The walkthrough's configuration example is meant to be copied: it must be a valid
// .okrlintrc.json, and fit the walkthrough's media pane (about 45 characters of code at a
// 1400-pixel window), where a longer line is cut off, not wrapped.
const DIR = path.join(__dirname, '..', '..', '..', 'media', 'walkthrough');

function jsonBlocks(): { file: string; text: string }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .flatMap((file) => [...readFileSync(path.join(DIR, file), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((m) => ({ file, text: m[1]! })));
}

describe('walkthrough configuration example', () => {
  it('exists', () => {
    assert.ok(jsonBlocks().some((b) => b.file === 'configure.md'));
  });

  it('is a valid .okrlintrc.json', () => {
    for (const block of jsonBlocks()) assert.deepEqual(parseConfig(block.text, '/ws/.okrlintrc.json').problems, [], block.file);
  });

  it('has no line the media pane would cut off', () => {
    for (const block of jsonBlocks()) {
      for (const line of block.text.split('\n')) assert.ok(line.length <= 40, `${block.file}: ${line.length} characters: ${line}`);
    }
  });
});
