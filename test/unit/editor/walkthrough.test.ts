import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../../src/core/lint/config';
import { parseOkr } from '../../../src/core/parse';
import { scaffoldOkrFile } from '../../../src/core/scaffold';

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

/** Every fenced block of the walkthrough's media, whatever its language. */
function codeBlocks(): { file: string; lang: string; text: string }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .flatMap((file) => [...readFileSync(path.join(DIR, file), 'utf8').matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ file, lang: m[1]!, text: m[2]! })));
}

describe('walkthrough examples', () => {
  // The 'Create' step's example was cut off after '## O1: ‹What to achieve: qualitative, short and'
  // and '- KR1: Increase ‹metric› from ‹baseline› to ‹tar' (a 387-pixel code block at the narrowest
  // two-column layout, a 1330-pixel window; 417 at 1400).
  it('have no line in any code block that the media pane would cut off', () => {
    const blocks = codeBlocks();
    assert.ok(blocks.some((b) => b.file === 'create.md' && b.lang === 'markdown'));
    for (const block of blocks) {
      for (const line of block.text.split('\n')) assert.ok(line.length <= 40, `${block.file}: ${line.length} characters: ${line}`);
    }
  });

  it("the 'Create' example reads as what New OKR File writes (long lines wrapped, placeholders kept)", () => {
    const example = codeBlocks().find((b) => b.file === 'create.md' && b.lang === 'markdown')!.text;
    const shown = parseOkr(example);
    // The example's quarter is the one after 2026-Q4, as New OKR File makes it for 'next'.
    const made = parseOkr(scaffoldOkrFile({ today: '2026-11-22', which: 'next', owner: 'dana' }).text);
    assert.equal(shown.cycle?.label, made.cycle?.label);
    assert.equal(shown.frontmatter?.owner, made.frontmatter?.owner);
    const [o] = shown.objectives;
    const [m] = made.objectives;
    assert.ok(o && m);
    assert.deepEqual([o.label, o.owner?.name, o.type], [m.label, m.owner?.name, m.type]);
    assert.match(o.title, /^‹.+›$/);
    assert.deepEqual(o.keyResults.map((kr) => [kr.label, kr.text]), m.keyResults.map((kr) => [kr.label, kr.text]));
    assert.deepEqual(o.initiatives.map((i) => i.text), m.initiatives.map((i) => i.text));
  });

  it("the 'Check in' example is one key result with its two check-ins (its text wrapped)", () => {
    const example = codeBlocks().find((b) => b.file === 'checkin.md' && b.lang === 'markdown')!.text;
    const [kr, ...others] = parseOkr(`---\nquarter: 2026-Q4\n---\n## O1: Grow\n\n${example}`).objectives[0]!.keyResults;
    assert.equal(others.length, 0);
    assert.equal(kr?.text, 'Increase weekly active teams from 120 to 200 by 2026-12-15, now 150');
    assert.deepEqual(kr?.checkins.map((c) => [c.date, c.value?.value, c.confidence?.value]), [['2026-11-14', 140, 0.6], ['2026-11-21', 150, 0.7]]);
  });
});
