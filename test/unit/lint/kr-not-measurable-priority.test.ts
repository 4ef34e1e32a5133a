// kr-not-measurable: making something a priority is a stance, unless a finishing clause follows it (rev-a, seventh
// session). Sentences written for these tests.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');
const reported = (kr: string) => {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).some((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable');
};

describe("kr-not-measurable: 'make … a priority' and a finishing clause", () => {
  it('quiet: a finishing clause after it', () => {
    assert.equal(reported('Make the spring hackathon our key priority and publish the schedule by March'), false);
    assert.equal(reported('Make the new depot the top focus for logistics and sign the lease by February'), false);
  });
  it('reported: the stance alone, or with a vague clause', () => {
    assert.equal(reported('Make accessibility a top priority'), true);
    assert.equal(reported('Make reliability our focus and keep improving it'), true);
  });
});
