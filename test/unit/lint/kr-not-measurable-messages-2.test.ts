// kr-not-measurable messages and end states (rev-a, seventh session): making room for something has no direction, so
// the message says how much is missing, not which way; a direction kept up 'until it is empty' has its end point.
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');
const message = (kr: string) => {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).find((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable')?.message;
};

describe('kr-not-measurable: no direction in making room, an end point said as a state', () => {
  for (const kr of ['Make time for deep work', 'Make space for mentoring']) {
    it(`'does not say how much': ${kr}`, () => {
      const m = message(kr);
      assert.match(m ?? '', /does not say how much$/);
      assert.doesNotMatch(m ?? '', /which way/);
    });
  }
  it('a direction still says which way', () => assert.match(message('Save money on office rent') ?? '', /says which way/));
  it("quiet: 'until it is empty' / 'until they are gone'", () => {
    assert.equal(message('Keep reducing the support queue until it is empty'), undefined);
    assert.equal(message('Keep cutting the open review threads until they are gone'), undefined);
  });
  it('reported without the end point', () => assert.match(message('Keep reducing the support queue') ?? '', /says which way \('reduce'\)/));
});
