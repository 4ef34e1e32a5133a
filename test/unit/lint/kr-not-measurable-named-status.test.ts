// kr-not-measurable: a named status after 'become' (rev-a, seventh session). A name or a number in the noun phrase
// makes the status checkable ('a Google Cloud partner'); capitals that only style the phrase in Title Case ('a Trusted
// Advisor') do not. Sentences written for these tests.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');
const reported = (kr: string) => {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).some((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable');
};

describe("kr-not-measurable: a named status after 'become'", () => {
  for (const kr of ['Become a Trusted Partner for regional banks', 'Become the Preferred Supplier in the Nordics', 'Become a Recognised Expert on accessibility'])
    it(`reported (Title Case, no name): ${kr}`, () => assert.equal(reported(kr), true));
  for (const kr of ['Become a Snowflake Elite Partner', 'Become an ISO 27001 certified supplier', 'Become a HubSpot solutions partner', 'Become a GCP Premier Partner'])
    it(`quiet (a name, a number or a tier): ${kr}`, () => assert.equal(reported(kr), false));
});
