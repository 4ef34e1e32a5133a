// kr-not-measurable, sixth session (issue #3, precision first): the structures found by running the rule on the
// hand-written shapes fixture (fixtures/kr-shapes.jsonl). Sentences written for these tests, different from the
// fixture's, so each reading is checked on a form it was not fitted to.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint, type LintDiagnostic } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');

function notMeasurable(kr: string): LintDiagnostic | undefined {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).find((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable');
}

function cases(title: string, flagged: readonly string[], quiet: readonly string[]): void {
  describe(title, () => {
    for (const kr of flagged) it(`flags: ${kr}`, () => assert.ok(notMeasurable(kr), 'not flagged'));
    for (const kr of quiet) it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr)?.message, undefined));
  });
}

cases(
  "kr-not-measurable: 'cut over', 'cut off', 'drop support for' switch or remove, a direction moves an amount",
  ['Cut hosting costs', 'Drop the bounce rate on the landing page', 'Cut the time to merge'],
  ['Cut over billing to Adyen', 'Cut off access to the v1 API', 'Drop support for Internet Explorer 11', 'Drop official support of Node 16'],
);

cases(
  'kr-not-measurable: a fraction is an amount; `a quarter` elsewhere is a period',
  ['Improve onboarding within a quarter', 'Grow the community once a quarter'],
  ['Cut review time by a third', 'Shrink the install size by a quarter', 'Two thirds of teams use the new CLI', 'Reduce support load to a fifth of today'],
);

cases(
  'kr-not-measurable: `#N` after a verb of being or ranking is a rank; elsewhere an identifier',
  ['Improve the triage of issue #3', 'Close #12 faster'],
  ['Become the #1 podcast in our niche', 'Rank #2 on G2 for help desks', 'Stay the #1 result for "okr template"'],
);

cases(
  'kr-not-measurable: a plural joined by `of` to a bare singular names one thing',
  ['Write articles about our API', 'Update docs pages'],
  ['Revise terms of reference for the steering group', 'Update rules of procedure before the AGM', 'Update articles of incorporation'],
);

cases(
  'kr-not-measurable: items that exist, scoped to a period, are that period\'s set (not output made for a period)',
  ['Write blog posts for Q3', 'Publish case studies for FY2026', 'Fix bugs in the checkout'],
  ['Review expense reports for FY2025', 'Resolve the audit findings of 2025', 'Update invoices for Q3 before the year-end close'],
);

cases(
  'kr-not-measurable: a judgement on what ensure / have / make sure assure is the criterion',
  ['Ensure a smooth launch of the v2 API', 'Have a solid hiring plan for Q1', 'Make sure we have a good process for refunds', 'Ensure a stable release for the conference'],
  ['Ensure a signed contract with Acme', 'Have a complete onboarding guide in the wiki', 'Make sure we have a clear escalation path for every P1', 'Ship a robust CSV importer', 'Build a solid backup pipeline for the warehouse'],
);

cases(
  'kr-not-measurable: level up / step up / elevate are verbs of degree, like improve',
  ['Level up our SQL skills', 'Step up security reviews', 'Elevate the support experience'],
  ['Level up test coverage to 80%', 'Elevate 3 engineers to staff level'],
);

cases(
  'kr-not-measurable: keeping up a change is the change (keep / continue + a gerund of direction or degree)',
  ['Continue growing the user base', 'Keep optimizing the build', 'Keep on lowering cloud spend'],
  ['Keep reducing churn to 2% per month', 'Continue improving p95 latency to under 300 ms'],
);

cases(
  'kr-not-measurable: a legal status names a legal kind of body; `legal` alone is a field',
  ['Become a legal advisor to startups', 'Become a legal thought leader'],
  ['Become a legal entity in Delaware', 'Become a registered charity in Scotland', 'Become a licensed money transmitter in New York'],
);

cases(
  'kr-not-measurable: making or finding time or money with no amount',
  ['Find time for code reviews', 'Make money from the public API', 'Make space for exploration'],
  ['Make time-to-value under 2 days', 'Find 2 hours a week for code reviews', 'Make $20k from the public API'],
);

describe('kr-not-measurable: messages say what decided it', () => {
  const message = (kr: string) => notMeasurable(kr)?.message ?? '';
  it('an item verb with an open set says how many, not ongoing', () => assert.match(message('Address flaky tests in CI'), /does not say how many/));
  it('a judgement after ensure names it, not the verb', () => {
    assert.match(message('Ensure a smooth handover to the new vendor'), /relies on vague words \(smooth\)/);
    assert.doesNotMatch(message('Ensure a smooth handover to the new vendor'), /ongoing/);
  });
  it('keeping up a direction says which way, naming the verb', () => assert.match(message('Keep growing the newsletter'), /says which way \('grow'\) but not how far/));
  it('effort promised is named by its phrase', () => assert.match(message('Lay the foundations for a partner program'), /ongoing activity \('lay the foundations'\)/));
  it("'become' with a stance is a state to be in", () => assert.match(message('Become a trusted partner for hospitals'), /describes a state to be in \('become'\)/));
  it("level up is named as the vague verb", () => assert.match(message('Level up our data skills'), /'level up' is vague/));
});

describe('kr-not-measurable: the fix for a kept change replaces the whole phrase', () => {
  it("'Keep reducing churn' becomes 'Reduce churn from … to …'", () => {
    const text = doc('Keep reducing churn');
    const d = lint(parseOkr(text), text, { config: defaultConfig() }).find((x) => x.range.start.line === 8 && x.ruleId === 'kr-not-measurable');
    const fix = d?.fixes?.find((f) => /'Reduce'/.test(f.title));
    assert.ok(fix, 'no Reduce fix');
    const edits = [...fix.edits].sort((a, b) => b.range.start.offset - a.range.start.offset);
    let out = text;
    for (const e of edits) out = out.slice(0, e.range.start.offset) + e.newText + out.slice(e.range.end.offset);
    assert.match(out, /^- Reduce churn from \$\{1:baseline\} to \$\{2:target\}$/m);
  });
});

cases(
  'kr-not-measurable: tidying names no end state; tidying away a set of things leaves none',
  ['Clean up tech debt in the search service', 'Tidy up the roadmap', 'Sort out the release process', 'Shore up security'],
  ['Clean up the unused feature flags', 'Clean up all stale DNS records', 'Clean up the old S3 buckets'],
);

cases(
  "kr-not-measurable: 'successfully' after the action is its pass criterion, not a judgement",
  ['Successfully roll out best practices for code review'],
  ['Backups restored successfully in a quarterly drill', 'Nightly ETL completes successfully for a month', 'Kids registered successfully at the new school'],
);

cases(
  "kr-not-measurable: 'people' is a plural (how many?), 'position' a stance",
  ['Hire talented people', 'Recruit new people for the night shift', 'Position the company as the expert in payroll'],
  ['Hire 4 people for the night shift', 'Position the new product in the price list at €49'],
);

cases(
  'kr-not-measurable: an aside in parentheses after the KR comments on it',
  ['Improve onboarding (see the notes)', 'Faster builds (finally)'],
  ['Weekly team newsletter (still needs a better name)', 'Publish the release notes within a day (or as soon as possible) after each release'],
);

cases(
  'kr-not-measurable: a comparison with another party is a threshold; with our own past it only says which way',
  ['Faster builds than last year', 'Better onboarding than before', 'Lower churn than our current rate', 'Fewer handoffs than necessary'],
  ['Fewer support tickets per customer than Zendesk reports for our segment', 'Faster page loads than our two main competitors'],
);

cases(
  "kr-not-measurable: a negated 'any' is none",
  ['Eat fewer snacks'],
  ["Don't buy any single-use plastic", 'Do not ship any release on Fridays', 'Never take any meetings before 10 am'],
);

cases(
  'kr-not-measurable: a formal state after be / become / get is checkable',
  ['Be known in the local community', 'Get better at chess'],
  ['Be registered as a bone marrow donor', 'Get fully vaccinated before the trip', 'Be insured for professional liability', 'Become debt-free'],
);

cases(
  "kr-not-measurable: one of something per period is a rate",
  ['Learn to cook Thai food'],
  ['Learn Thai cooking and cook one new dish a week', 'Write one post per month on the engineering blog'],
);

cases(
  "kr-not-measurable: making something a priority or the focus is a stance",
  ['Make accessibility a top priority', 'Make retention our focus'],
  ['Make accessibility checks part of every PR review', 'Make the new pricing the default for all new accounts'],
);

cases(
  "kr-not-measurable: an intention before the verb ('My goal is to', 'I want to', 'We are going to') is read past",
  ['My goal is to learn Go', 'I want to explore ceramics', 'We are going to work on the onboarding'],
  ['My goal is to run a sub-4 marathon', 'I want to pay off my student loan', 'We are going to launch the partner portal'],
);

cases(
  'kr-not-measurable: tens in words and a limit of one unit are targets',
  ['Lead time for changes is lower'],
  ['Seventy percent of orders shipped the same day', 'Reply to reviews within a single day', 'Deploy in under one minute'],
);

describe("kr-not-measurable's `possible` option: a label with a name, a verb or a state is a deliverable", () => {
  const possible = (kr: string) => {
    const text = doc(kr);
    const config = defaultConfig();
    config.rules['kr-not-measurable'] = { ...config.rules['kr-not-measurable']!, options: { possible: true } };
    return lint(parseOkr(text), text, { config }).find((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable');
  };
  for (const kr of ['Dark mode for the dashboard', 'Keyboard shortcuts for the editor']) it(`still reports: ${kr}`, () => assert.ok(possible(kr), 'not reported'));
  for (const kr of ['Delete stale feature branches', 'Calendar integration with Outlook', 'Billing export to the Xero ledger', 'Mobile connector in general availability', 'Team size stays within plan', 'Switch error tracking to Sentry']) {
    it(`quiet on: ${kr}`, () => assert.equal(possible(kr)?.message, undefined));
  }
});

cases(
  "kr-not-measurable: being chosen or listed by someone else, and a named status after 'become', are checkable",
  ['Become a trusted partner for AWS customers', 'Be seen as the expert in payroll'],
  ['Be accepted into Y Combinator', 'Get shortlisted for the Webby Awards', 'Become a Google Cloud partner', 'Become an ISO 9001 certified supplier'],
);

cases(
  "kr-not-measurable: 'free of' is none",
  ['Keep the codebase tidy'],
  ['Keep the main branch free of failing tests', 'Landing pages free of third-party trackers'],
);

cases(
  "kr-not-measurable: 'continue' with a cadence is countable, as 'Hold weekly reviews'; 'continue to' + a direction is the direction",
  ['Continue the podcast', 'Continue to grow weekly signups', 'Continue to improve the docs'],
  ['Continue the weekly release train', 'Continue monthly office hours for contributors'],
);
