// kr-not-measurable: an aside in brackets made only of vague words is the criterion, not a comment (rev-a, seventh
// session). Sentences written for these tests.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');
const reported = (kr: string) => {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).some((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable');
};

describe('kr-not-measurable: asides of judgements', () => {
  for (const kr of ['Roll out the new billing page (simple and intuitive)', 'Release the redesigned settings screen (seamless, reliable)'])
    it(`reported: ${kr}`, () => assert.equal(reported(kr), true));
  for (const kr of ['Release the redesigned settings screen (details still being worked out)', 'Roll out the new billing page (the better of the two mock-ups)'])
    it(`quiet (a comment): ${kr}`, () => assert.equal(reported(kr), false));
});
