// kr-not-measurable: tidying with a stated end state (rev-a, seventh session). `Clean up X` alone names no end state;
// a clause of purpose (`so …`, `until …`), a means (`by …ing`) or a second finishing verb (`and publish it`) does.
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');
const reported = (kr: string) => {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).some((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable');
};

describe('kr-not-measurable: tidying with an end state', () => {
  for (const kr of [
    'Tidy up the staging config so deploys need no manual step',
    'Clean up the shared drive so that each folder has an owner',
    'Sort out the vendor contracts until none is past its renewal date',
    'Clean up the legacy billing cron by moving it to the scheduler',
    'Firm up the pricing tiers with finance and publish them on the website',
    'Straighten out the release checklist and document it in the handbook',
  ]) it(`quiet: ${kr}`, () => assert.equal(reported(kr), false));

  for (const kr of [
    'Clean up the codebase',
    'Tidy up the office',
    'Shore up security so we feel safer',
    'Clean up tech debt and improve the docs',
    'Sort out onboarding so it is smoother',
  ]) it(`reported: ${kr}`, () => assert.equal(reported(kr), true));
});
