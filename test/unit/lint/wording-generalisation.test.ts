// The wording rules' general criteria (not phrasings of one source): each criterion is tested in both
// directions, a bad KR it must flag and a good KR it must leave alone.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint, type LintDiagnostic } from '../../../src/core/lint/index';
import { analyseWording } from '../../../src/core/lint/wording';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');

/** The diagnostics of the two wording rules on the KR under test (line 8 of the probe). */
function fired(kr: string): Map<string, LintDiagnostic> {
  const text = doc(kr);
  const out = new Map<string, LintDiagnostic>();
  for (const d of lint(parseOkr(text), text, { config: defaultConfig() })) {
    if (d.range.start.line === 8 && (d.ruleId === 'kr-not-measurable' || d.ruleId === 'kr-task-like') && !out.has(d.ruleId)) out.set(d.ruleId, d);
  }
  return out;
}

const measurable = (kr: string) => !fired(kr).has('kr-not-measurable');

describe('kr-not-measurable: beginning or keeping up a habit has no end state', () => {
  for (const kr of ['Start attending local meetups', 'Dev to start work on platform chat', 'Begin writing for the company blog', 'Keep shipping small improvements']) {
    it(`flags: ${kr}`, () => {
      const d = fired(kr).get('kr-not-measurable');
      assert.ok(d, 'not flagged');
      assert.match(d.message, /describes ongoing activity \('(?:start|begin|keep)'\) with no count or end state/);
    });
  }
  for (const kr of ['Start charging for the Pro plan', 'Begin publishing a monthly newsletter', 'Start attending all board meetings', 'Start 3 customer pilots in EMEA']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
});

describe('kr-not-measurable: measuring or tracking without a target', () => {
  it('flags measuring with no target, naming the verb', () => {
    const d = fired('Measure activation rate of new teams').get('kr-not-measurable');
    assert.ok(d);
    assert.match(d.message, /ongoing activity \('measure'\) with no count or end state/);
  });
  it('flags open-ended outreach', () => assert.match(fired('Reach out to design partners').get('kr-not-measurable')?.message ?? '', /ongoing activity \('reach'\)/));
  for (const kr of ['Measure the baseline of onboarding completion', 'Measure activation weekly and keep it above 40%', 'Reach 200 paying teams']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
});

describe('kr-not-measurable: winning or producing an unbounded plural ("how many?")', () => {
  for (const kr of ['Acquire new customers in EMEA', 'Generate qualified leads', 'Hire engineers', 'Conduct user interviews']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /does not say how many/));
  }
  for (const kr of ['Acquire 20 new customers in EMEA', 'Generate 300 qualified leads', 'Hire 3 engineers', 'Conduct 2 user interviews per week', 'Sign the Acme partnership']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
});

describe('kr-not-measurable: names are not criteria', () => {
  for (const kr of ['Complete "Opportunistic Website Improvements"', 'Launch the Trust Center page', 'Ship the customer health score', 'Determine go-to-market model']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
  for (const kr of ['Improve the website', 'Build trust with enterprise buyers', 'Create a better onboarding flow']) {
    it(`still flags: ${kr}`, () => assert.ok(!measurable(kr)));
  }
});

describe('kr-not-measurable: vague words count only when they carry the KR', () => {
  // A done-criterion (one deliverable finished, one state reached) stays checkable whatever adjective
  // decorates the deliverable, whatever its name says, and whatever manner clause follows it.
  for (const kr of [
    'Ship a robust CSV importer',
    'Make sure we have a clear escalation runbook for billing incidents',
    'Publish a simple pricing page',
    'Approach to measure brand awareness in place',
    'Partner portal launched, effectively replacing the shared spreadsheet',
    'Remove the legacy cache from the write path, improving latency',
    'Recruit a strong head of marketing',
    'Provide a stable API for partners',
  ]) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
  // Comparatives (which way, not how far), frequency with no count, idioms of standing, a vague predicate,
  // and an abstract object (no one hands over a community) still carry it.
  for (const kr of [
    'Launch a faster checkout',
    'Hold regular office hours',
    'Publish world-class API documentation',
    'Runbooks are written and easily discoverable',
    'Make the nightly build stable',
    'Build a thriving contributor community',
  ]) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr)));
  }
});

describe('kr-not-measurable: subjective standing with nothing to check', () => {
  for (const kr of ['Become the go-to tool for OKRs', 'Achieve product-market fit', 'Best-in-class developer experience', 'Developer happiness']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /vague words/));
  }
  for (const kr of ['NPS above 50 among developers', 'Rank in the top 3 for "okr tool"']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
});

describe('kr-not-measurable: a kind of work named, with no deliverable or state', () => {
  for (const kr of ['Customer research', 'Cost reduction', 'Brand refresh', 'Community building', 'Security posture']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /names an area, with no number, threshold or done-criterion/));
  }
  // A label that is a plural of generic units is how many?, and says so.
  it('flags: Video tutorials', () => assert.match(fired('Video tutorials').get('kr-not-measurable')?.message ?? '', /does not say how many/));
  for (const kr of ['Dark mode', 'A public status page', 'Single sign-on for enterprise plans', 'C# driver.', 'Editorial Environment Setup', 'Scheduled exports', 'Project stickers', 'Integration tests for the importer', 'Add end-to-end tests for checkout']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
});

describe('kr-not-measurable: stances and abstract objects are open-ended', () => {
  for (const [kr, verb] of [
    ['Own the onboarding experience', 'own'],
    ['Align with the sales team', 'align'],
    ['Prioritize reliability', 'prioritize'],
    ['Deliver value to customers', 'deliver'],
    ['Build relationships with partners', 'build'],
    ['Gather customer feedback', 'gather'],
  ] as const) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', new RegExp(`ongoing activity \\('${verb}'\\)`)));
  }
  for (const kr of ['Be the trusted partner for our customers', 'Stay on top of security patches', 'Deepen relationships with key accounts']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr)));
  }
  for (const kr of ['Own 30% of the SMB market', 'Be SOC 2 compliant by Q4', 'Stay above 99.9% availability', 'Gain feedback on onboarding from 3 members who joined last month', 'Build the partner portal']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
  it('does not call a stance verb with a number vague (kr-vague-verb stays quiet)', () => {
    const text = doc('Own 30% of the SMB market');
    assert.deepEqual(lint(parseOkr(text), text, { config: defaultConfig() }).filter((d) => d.ruleId === 'kr-vague-verb'), []);
  });
});

describe('kr-task-like: reach and service levels are outcomes', () => {
  for (const kr of ['Get 500 sign ups for the mailing list', 'Get 2000 "Readers" on our blog', 'No regression (bug introduced) stays in production for more than one business day', 'Make the dashboard load in under 2 seconds']) {
    it(`quiet on: ${kr}`, () => assert.ok(!fired(kr).has('kr-task-like')));
  }
  for (const kr of ['Get 5 blog posts reviewed by legal', 'Add 1 full stack developer', 'Fix 40 bugs (found in the audit)', 'Make 5 onboarding videos']) {
    it(`flags: ${kr}`, () => assert.ok(fired(kr).has('kr-task-like')));
  }
});

describe('wording basis', () => {
  it('says what decided measurability', () => {
    assert.equal(analyseWording('Increase NPS from 30 to 45').basis, 'target');
    assert.equal(analyseWording('Fix all P0 bugs').basis, 'quantifier');
    assert.equal(analyseWording('Launch the new website').basis, 'done-criterion');
    assert.equal(analyseWording('Start attending meetups').basis, 'ongoing');
    assert.equal(analyseWording('Generate qualified leads').basis, 'unbounded-plural');
    assert.equal(analyseWording('Increase engagement').basis, 'direction');
  });
});

describe('kr-not-measurable: the labelling guide, one principle at a time (constructed sentences)', () => {
  const cases: [string, string[], string[]][] = [
    [
      'a done-criterion stated as a headline (no auxiliary) is checkable',
      ['Billing migration is smoother'],
      ['Billing v2 migration completed', 'Partner directory live on the website', 'Head of Data hired'],
    ],
    [
      'a target written down elsewhere, or redacted in a public copy, is checkable',
      ['Explore targets for next year', 'Improve the X dashboard'],
      ['Hit our Q3 bookings target', 'Meet the agreed hiring plan', 'Ship the platform planned work', 'Deliver the agreed-upon scope', 'Ship the committed roadmap items', 'Grow paid seats to $N', 'Hire N backend engineers', 'Reach x paying teams in EMEA', 'Reduce p90 build time from Xmin to Ymin', 'Keep checkout latency within SLO', 'Reduce page load time to parity with the native app', 'Bring API latency below the SLO'],
    ],
    [
      'frequency or duration with no count and no end is ongoing',
      ['Day-to-day use of the new CRM', 'Status bot day to day usage', 'Continuously update the pricing FAQ'],
      ['Set up continuous integration for the mobile app', 'Update the pricing FAQ daily for 4 weeks'],
    ],
    [
      'a value left undecided (TBD) is not a target; a redacted one is',
      ['Publish the newsletter once a TBD', 'Grow paid seats to TBD', 'Hire engineers (number to be decided)'],
      ['Grow paid seats to $N', 'Launch in 3 markets (TBD which)'],
    ],
    [
      'a direction after the subject still has no amount',
      ['Checkout abandonment is reduced', 'The docs site evolves into the main entry point', 'Ticket volume continues to grow more slowly'],
      ['Checkout abandonment is reduced to 20%'],
    ],
    [
      'effort promised is not the criterion it points at',
      ['Work towards all services on the new runtime', 'Make headway on the top pain points', 'Lay the groundwork for a partner program'],
      ['Move all services to the new runtime'],
    ],
    [
      'upkeep without a threshold or a checkable state has no end',
      ['Maintain the team wiki', 'Keep the roadmap page organised'],
      ['Maintain uptime above 99.9%', 'Keep infra costs flat', 'Maintain SOC 2 compliance'],
    ],
    [
      'a metric named without a target',
      ['Number of merged community pull requests', 'Percentage of teams on the new API'],
      ['Number of merged community pull requests above 40'],
    ],
    [
      'supporting or enabling people is open-ended; supporting a format or platform is a capability',
      ['Support the new sales reps', 'Enable product teams to run experiments'],
      ['Support WebP uploads', 'Support for ipfs:// URLs in the gateway', 'Enable SSO for all enterprise workspaces'],
    ],
    [
      '"Ensure" is judged by the clause it introduces',
      ['Ensure alignment across teams', 'Ensure releases are smooth and reliable'],
      ['Ensure the incident runbook is published', 'Ensure every service has an owner'],
    ],
    [
      'a quality as the predicate is a judgement',
      ['The search page is fast', 'Make the upload flow secure', 'Onboarding feels welcoming'],
      ['The search page loads in under 1 s for 95% of queries', 'The search page is live'],
    ],
    [
      'generic output units with no count leave "how many?" open',
      ['Introduce office-hours sessions for new users', 'Additional tutorials on the API', 'Ship new features for admins'],
      ['Introduce 4 office-hours sessions for new users', 'Land push notifications', 'Ship the new features listed in the spec'],
    ],
    [
      'a mass noun of output with no amount and no scope leaves "how much?" open',
      ['Create marketing content', 'Produce conference swag'],
      ['Publish onboarding content for the admin console', 'Ship the launch content', 'Create 12 pieces of marketing content'],
    ],
    [
      'studying names no end state unless a decision or a write-up does',
      ['Evaluate alternatives to our CI provider', 'Assess the feasibility of a desktop app', 'Explore options until a partner is selected', 'Explore and build relationships with partners', 'Look into serverless options', 'Find out why trial users churn', 'Get to know our enterprise admins', 'Gain insight into churn'],
      ['Evaluate three CI vendors and pick one', 'Research pricing models and present a recommendation', 'Find out why trial users churn and publish a report', 'Discover 3 new use cases with design partners', 'Discover page launched', 'Explore page is live on mobile', 'Support portal is published', 'Explore pricing options and ship a prototype'],
    ],
    [
      'a hedge commits to nothing checkable',
      ['Move customers to the new plans where possible', 'Update the style guide as needed'],
      ['Move all customers to the new plans'],
    ],
    [
      'whatever is missing, never listed, is open; the rest, or the remaining items of a known set, are all of what is left',
      ['Implement the missing pieces of the spec in Go'],
      ['Migrate the remaining Python 2 services', 'Implement the rest of the spec in Go', 'Ship the remaining part of the billing redesign'],
    ],
    [
      'a stance is not bounded by a quantifier; contributing to something is ongoing, contributing a thing is not',
      ['Champion accessibility in every squad', 'Contribute to the upstream scheduler', 'Drive the billing migration', 'Partner with sales on pricing', 'Cooperate closely with the city on permits', 'Join in community calls'],
      ['Contribute the rate limiter upstream to Envoy', 'Drive the billing migration to completion', 'Partner portal launched', 'Partner in Japan signed', 'Join the CNCF as a silver member'],
    ],
    [
      'an ongoing effort or a stance ending in a checkable state is checkable (one list of such states for both)',
      ['Drive the v2 rollout', 'Stay close to our customers', 'Stay focused on the launch', 'Become a platform company'],
      ['Drive the v2 rollout until it is done', 'Drive the importer to production', 'Drive the beta to launch', 'Stay compliant with GDPR', 'Become generally available in the EU'],
    ],
    [
      'how people feel is a judgement; offering help to people is open-ended',
      ['The support team is confident with the new tooling', 'Provide support to the EMEA sales team'],
      ['Provide an SDK for Go'],
    ],
    [
      'no one hands over an abstract object, whatever the verb',
      ['Create a culture of ownership', 'Build a developer ecosystem around the SDK', 'Develop leadership skills'],
      ['Launch the new brand on the website', 'Establish a partnership with Acme', 'Develop a skills matrix for the support team'],
    ],
    [
      'becoming something is a stance unless the state is checkable',
      ['Become a platform company'],
      ['Become profitable', 'Become SOC 2 compliant'],
    ],
    [
      'advancing or experimenting names no end state',
      ['Advance the state of our observability', 'Experiment with usage-based pricing'],
      ['Experiment with 3 pricing pages'],
    ],
    [
      'a bare label names an area (an abstract head, as after a verb, or a quality named from an adjective), judged without its aside in parentheses, and a label of labels by its first',
      ['Developer relations (DevRel)', 'Brand refresh & new swag', 'Partner webinars & meetups (e.g. a monthly AMA)', 'Developer experience', 'Checkout page performance', 'API scalability', 'Team happiness', 'Accessibility'],
      ['Dark mode (all platforms)', 'Scheduled exports + audit logs', 'A public status page (status.example.com)', 'Checkout performance dashboard', 'Developer experience survey sent', 'Privacy policy', 'Export functionality', 'Brand identity', 'Windows compatibility', 'High availability for Postgres', 'Data residency', 'Multi-tenancy'],
    ],
    [
      'a headline gerund reads like its verb',
      ['Exploring options for a partner program', 'Writing blog posts', 'Addressing top support pain points'],
      ['Launching of the new pricing page', 'Hiring a VP Sales', 'Starting the mentoring program for new hires'],
    ],
    [
      'refining without a finish line is ongoing',
      ['Polish the approval flow', 'Tighten the release checklist', 'Iterate on the pricing page'],
      ['Polish the approval flow until all 12 usability issues are closed'],
    ],
    [
      'a direction towards a number word has a target',
      ['Reduce open P1 bugs', 'Grow usage of the API across all teams', 'Improve all onboarding emails'],
      ['Reduce open P1 bugs to zero', 'Expand SSO to all plans', 'Simplify setup to a single command'],
    ],
    [
      'an area label before the sentence is not its verb',
      ['Platform: improve build times', 'Docs – explore a new search engine', 'Billing, invoicing: explore usage pricing'],
      ['Platform: ship the build cache', 'Docs – publish the API reference', 'Billing, invoicing: ship usage pricing'],
    ],
  ];
  for (const [principle, flag, quiet] of cases) {
    describe(principle, () => {
      for (const kr of flag) it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
      for (const kr of quiet) it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
    });
  }
});

describe('kr-not-measurable: numbers that are not targets (more kinds)', () => {
  for (const kr of ['Improve onboarding docs (80% done)', '(75%) Improve the onboarding docs', 'Hold regular 1:1s with new hires', 'Improve docs for the 16.x line', 'Improve query planning in Postgres 16', 'Improve startup of go-ipfs 0.5', 'Improve flaky test triage before %17.2', 'Improve triage of issue #1234']) {
    it(`still flags: ${kr}`, () => assert.ok(!measurable(kr), 'a non-target number was read as a target'));
  }
  for (const kr of ['Maintain an 80%+ activation rate', 'Expand keyword tracking to 250+ keywords', 'Ensure <5-day turnaround for partner feeds', 'Increase CSAT to 4.0', 'Reach 80% complete profiles']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'an amount was read as a name'));
  }
});

describe('kr-not-measurable: capitalised names are not vagueness', () => {
  for (const kr of ['Publish the Customer Success playbook', 'Hire a Head of Developer Experience']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr)));
  }
  it('still flags a vague verb before a name', () => assert.ok(!measurable('Improve Developer Experience')));
});

describe('kr-not-measurable: "on" alone does not point at a target written elsewhere', () => {
  for (const kr of ['Focus on our goals', 'Work on the plan', 'Keep working on the team goals', 'Improve on the targets']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
  for (const kr of ['Hit our Q4 revenue target', 'Deliver on the committed plan', 'Meet the quarterly sales quota']) {
    it(`leaves alone: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: help for people reads the same with "to" and "for"', () => {
  for (const kr of ['Provide support for the sales team', 'Provide support to the sales team', 'Offer help for new hires', 'Offer help to new hires']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
  for (const kr of ['Provide support for ARM64 builds', 'Offer support for the ipfs:// scheme']) {
    it(`leaves alone: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: TBD is a placeholder only where the amount, target or threshold would be', () => {
  // TBD standing for the amount, the target or the threshold, or a KR that is little more than TBD:
  // nothing to check yet.
  for (const kr of [
    'Grow paid seats to TBD',
    'Increase trial conversion by TBD%',
    'Cut cloud spend by $TBD',
    'Reach TBD% weekly retention',
    'Keep p95 latency under TBD ms',
    'Sign TBD new enterprise customers',
    'Increase NPS from 30 to TBD',
    'Increase NPS from 30% → TBD',
    'Activation rate, target: TBD',
    'Weekly active teams (target TBD)',
    'Churn threshold to be confirmed',
    'Weekly active users TBD',
    'Publish the newsletter once a TBD',
    'TBD',
    'KR to be defined',
    'TBD (waiting on finance)',
  ]) {
    it(`flags: ${kr}`, () => {
      const d = fired(kr).get('kr-not-measurable');
      assert.ok(d, 'not flagged');
      assert.match(d.message, /question or placeholder with nothing to check/);
    });
  }
  // TBD elsewhere: a detail left open (who, which, a name) or a missing deadline, not a missing target.
  for (const kr of [
    'Ship the feature to be confirmed by legal',
    'Publish the roadmap, dates to be confirmed',
    'Launch the TBD pricing page',
    'Decide TBD owner for billing',
    'Launch the pricing page by TBD',
    'Migrate billing to Stripe, date TBD',
    'Ship SSO for enterprise plans (owner TBD)',
    'Grow ARR to $2M and NRR to TBD',
    'Set the churn target (TBD)',
  ]) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  it('a TBD date is not a placeholder in the wording analysis either', () => {
    assert.equal(analyseWording('Launch the pricing page by TBD').placeholder, false);
    assert.equal(analyseWording('Publish the roadmap, dates to be confirmed').placeholder, false);
    assert.equal(analyseWording('Grow paid seats to TBD').basis, 'placeholder');
    assert.equal(analyseWording('Increase NPS from 30 to TBD').basis, 'placeholder');
  });
});

describe('kr-not-measurable: a bare label is a quality only when named from an adjective that, predicated, is a judgement', () => {
  // `API scalability` is `the API is scalable` as a noun: judged or measured, never handed over.
  for (const kr of [
    'API scalability',
    'Developer experience',
    'Team happiness',
    'Accessibility',
    'Developer productivity',
    'Platform maintainability',
    'Search responsiveness',
    'Service resilience',
    'Billing transparency',
  ]) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
  // Nouns that only end the same way name a thing, an amount, a feature or a state, not a level of a quality.
  for (const kr of [
    'Tax liability',
    'Office amenity',
    'Product opportunity',
    'Windows compatibility',
    'High availability',
    'Data residency',
    'Multi-tenancy',
    'Brand identity',
    'Export functionality',
    'Plugin capability',
    'Price parity',
    'Enterprise business',
  ]) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: coordinated verbs share their object ("how many?" after the last verb)', () => {
  // The plural object follows the last verb of `Research and write …`, `Plan, host and record …`: any verb of the
  // chain that produces or wins units leaves "how many?" open, as a single verb does.
  for (const kr of ['Research and write blog posts', 'Plan and host community meetups', 'Hire and onboard support engineers', 'Plan, host and record webinars', 'Draft & publish case studies']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /does not say how many/));
  }
  // A count, a quantifier, or one definite deliverable after the chain bounds it.
  for (const kr of ['Research and write 4 blog posts', 'Plan and host all regional meetups', 'Plan and host the Q3 offsite', 'Design and implement the rate limiter', 'Write and publish the migration guide']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  it('a single verb reads as before', () => {
    assert.equal(analyseWording('Write blog posts').unboundedPlural, true);
    assert.equal(analyseWording('Renegotiate supplier contracts').unboundedPlural, false);
  });
});

describe('kr-not-measurable: an identifier before the plural is a modifier, not a count', () => {
  // The guide's own pair: `Fix P0 bugs` (how many?) against `Fix all P0 bugs`; an acronym's plural is a plural
  // (`CVEs`, `SDKs`), and a period makes a known set (`Q3 OKRs`).
  for (const kr of ['Fix P0 bugs', 'Close S1 tickets in the billing queue', 'Fix CVEs in the base images', 'Document and roll out SDKs for partners']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /does not say how many/));
  }
  for (const kr of ['Fix all P0 bugs', 'Fix 12 P1 bugs', 'Close every S1 ticket within 2 days', 'Publish the platform Q3 OKRs', 'Publish platform Q3 OKRs to the wiki']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: `to TBD` after a rescheduling verb is a date left open, not a target', () => {
  for (const kr of ['Postpone the mobile launch to TBD', 'Beta delayed to TBD', 'Move the customer summit to TBD', 'Pricing change pushed back to TBD']) {
    it(`quiet on: ${kr}`, () => {
      assert.ok(measurable(kr), 'flagged');
      assert.equal(analyseWording(kr).placeholder, false);
    });
  }
  // Only in its own clause, and a unit after TBD still makes it an amount.
  for (const kr of ['Postpone the beta to TBD and grow paid seats to TBD', 'Move trial conversion to TBD%']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /question or placeholder/));
  }
});

describe('kr-not-measurable: a quality as the manner of an action is a judgement', () => {
  // The adverbs are formed from the quality adjectives (`secure` → `securely`, `reliable` → `reliably`).
  for (const [kr, word] of [
    ['Payment data is stored and processed securely', 'securely'],
    ['Refunds are processed quickly', 'quickly'],
    ['Handle customer escalations smoothly', 'smoothly'],
  ] as const) {
    it(`flags: ${kr}, naming '${word}'`, () => {
      const d = fired(kr).get('kr-not-measurable');
      assert.ok(d, 'not flagged');
      assert.match(d.message, new RegExp(`vague words \\(${word}\\)`));
    });
  }
  // A threshold says when it holds; the manner of finishing one deliverable decorates it (as `Ship a robust
  // importer`); intensifiers and discourse adverbs are not the quality.
  for (const kr of [
    'Refunds are processed quickly, 95% within 2 days',
    'Migrate secrets securely to Vault',
    'Deploy the new scheduler reliably',
    'Migrate the billing service with under 5 minutes of downtime',
    'Payment data is encrypted at rest',
    'Consistently ship the weekly release notes',
  ]) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: the engineering qualities named as the whole KR or as the predicate', () => {
  for (const kr of ['Observability', 'Checkout observability', 'Make the billing service observable', 'SDK extensibility', 'The config parser is testable']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
  for (const kr of ['Add tracing to the checkout service', 'Data portability', 'Every module has a test suite', 'Publish a machine-readable changelog']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: a plural introduced as new is an open set ("how many?")', () => {
  // `new`, `additional`, `other` say the things do not exist yet: there is no set to finish, unlike `the legacy services`.
  for (const kr of ['Identify new revenue streams', 'Onboard new reseller partners', 'Train new on-call engineers', 'Attract new design partners']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /does not say how many/));
  }
  for (const kr of ['Identify 3 new revenue streams', 'Launch the new pricing page', 'Migrate the legacy services to Kubernetes', 'Onboard all new reseller partners']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: documentation is output counted in amounts, like content', () => {
  for (const kr of ['Write documentation', 'Create onboarding documentation']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
  // A scope says what it covers; finishing presupposes a known whole.
  for (const kr of ['Write documentation for the billing API', 'Publish the onboarding documentation', 'Complete the SDK documentation', 'Finish API documentation']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: a label is judged by its head, before the phrase that says whose', () => {
  // `Visibility into the pipeline` is the pipeline's visibility: a quality or a head no one hands over, however long
  // the phrase after it.
  for (const kr of ['Visibility into the sales pipeline', 'Alignment across product teams', 'Reliability of the nightly jobs', 'Adoption of the new billing API', 'Community']) {
    it(`flags: ${kr}`, () => assert.equal(analyseWording(kr).basis, 'area'));
  }
  // A deliverable or a feature before the preposition is checkable.
  for (const kr of ['Audit logs for admins', 'Support for ipfs:// URLs', 'A security review of the payments API', 'Migration of billing to Stripe', 'Reliability dashboard for the on-call team']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: an evaluative quality before the noun, with no verb, is the same judgement as the predicate', () => {
  for (const kr of ['Consistent brand voice', 'Sustainable pace for the team', 'Predictable release cadence', 'Maintainable billing codebase']) {
    it(`flags: ${kr}, naming the adjective`, () => {
      const d = fired(kr).get('kr-not-measurable');
      assert.ok(d, 'not flagged');
      assert.match(d.message, new RegExp(`vague words \\(${kr.split(' ')[0]}\\)`, 'i'));
    });
  }
  // Adjectives that classify name a kind of thing; a threshold says when the quality holds.
  for (const kr of ['Private channels for enterprise workspaces', 'Secure login with passkeys', 'Safe mode for plugins', 'Predictable release cadence: one release every 2 weeks', 'Inclusive language guide', 'Transparent pricing page', 'Responsive web layout']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: new plurals after a preposition are as open', () => {
  for (const kr of ['Launch in new markets', 'Integrate with new CRMs']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /does not say how many/));
  }
  for (const kr of ['Launch in 3 new markets', 'Launch in all new EU markets']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-task-like: a bare quality is a vague outcome, not an area of work', () => {
  // Like `Improve DHT scalability` in the labelling guide: unmeasurable, but no activity.
  for (const kr of ['API scalability', 'Observability', 'Visibility into the sales pipeline']) {
    it(`not task-like: ${kr}`, () => {
      const f = fired(kr);
      assert.ok(f.has('kr-not-measurable'), 'not flagged as unmeasurable');
      assert.ok(!f.has('kr-task-like'), 'flagged as a task');
    });
  }
  // A kind of work named as a label is still an activity.
  for (const kr of ['Developer relations', 'Cost reduction', 'Community building']) {
    it(`task-like: ${kr}`, () => assert.ok(fired(kr).has('kr-task-like')));
  }
});

describe('kr-not-measurable: every clause is read, and a done-criterion in the first one is the criterion', () => {
  // The guide's "at least one of": one deliverable done is checkable, and how a later coordinated clause is worded
  // does not take that away (as a purpose clause does not).
  for (const kr of ['Launch the new pricing page and make checkout faster', 'Hire a designer and build a better onboarding flow', 'Buy a standing desk and walk regularly', 'Ship the CSV importer, and make it more robust']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  // The same words in the first clause, or with no done-criterion before them, still carry the KR.
  for (const kr of ['Launch a faster checkout', 'Make checkout faster and launch the new pricing page', 'Improve checkout and launch the new pricing page', 'Grow the community and write blog posts']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
});

describe('kr-not-measurable: verbs of degree are vague like improve', () => {
  // `Harden`, `De-risk`, `Sharpen`: more of a quality, with no amount or end state.
  for (const kr of ['Harden the public API', 'De-risk the database migration', 'Sharpen our enterprise positioning']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /says what to change but not by how much/));
  }
  for (const kr of ['Harden the public API to zero critical pen-test findings', 'De-risk the database migration: rollback tested on all 3 shards']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: an activity at events with no count is as open as attending them', () => {
  // The guide's `Attend conferences` against `Speak at 10 conferences`.
  for (const kr of ['Speak at conferences', 'Present at regional meetups', 'Demo at partner events']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /does not say how many/));
  }
  for (const kr of ['Speak at 10 conferences', 'Speak at the annual user conference', 'Present at all regional meetups']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: a list after the plural says which, so the count is known', () => {
  for (const kr of ['Add new payment methods: Apple Pay and Google Pay', 'Launch in new markets (Germany, France)', 'Record tutorial videos - install, first report and sharing']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  for (const kr of ['Add new payment methods', 'Record tutorial videos for the reporting feature']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
});

describe('kr-not-measurable: a quantifier that is itself the criterion says when the vague word before it holds', () => {
  for (const kr of ['Refunds are processed quickly with zero chargebacks', 'Customer data is handled securely with no P1 findings in the audit']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  // A scope after the vague word does not: how accessible is still a judgement.
  it('flags a vague word before a scope', () => assert.ok(!measurable('Runbooks are easily accessible to all staff'), 'not flagged'));
});

describe('kr-not-measurable: gaining or giving up an uncountable amount without saying how much', () => {
  // A bare uncountable noun after gain/lose/save/spend/earn: the direction, not the amount.
  for (const kr of ['Gain muscle', 'Save money for the trip', 'Spend quality time with family', 'Lose weight before summer']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /says which way but not how far/));
  }
  // An amount, a definite object, a state obtained or a plural deliverable is something else.
  for (const kr of ['Lose 5kg', 'Lose weight from 67kg to 61kg', 'Save $5,000 for the trip', 'Spend 2 hours a week with family', 'Save the onboarding survey results', 'Gain SOC 2 certification', 'Earn approval from the security board']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  it('a unit of weight glued to its number is an amount', () => assert.ok(analyseWording('Lose weight from 67kg to 61kg').hasTarget));
});

describe('kr-not-measurable: a bare label of goals names intentions, nothing to hit', () => {
  // The guide's `Ops: AI Goals`.
  for (const kr of ['Ops: AI Goals', 'Q3 goals', 'Platform team OKRs']) {
    it(`flags: ${kr}`, () => assert.equal(analyseWording(kr).basis, 'area'));
  }
  // Meeting goals written elsewhere, or setting them, is checkable.
  for (const kr of ['Meet the Q3 hiring goals', 'Hit our Q4 goals', 'Define the platform team OKRs']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: a time limit on each of many is a service level, on one thing a deadline', () => {
  for (const kr of ['Respond to community issues within a week', 'Resolve P1 incidents within a business day', 'Answer each support request within a day']) {
    it(`quiet on: ${kr}`, () => {
      assert.ok(measurable(kr), 'flagged');
      assert.ok(analyseWording(kr).hasTarget);
    });
  }
  for (const kr of ['Improve onboarding within a month', 'Stabilize the v2 API']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
  it('a deadline on one deliverable is no target', () => assert.equal(analyseWording('Launch the site within a week').hasTarget, false));
});

describe('kr-not-measurable: knowing, believing and perceiving are subjective states like understanding', () => {
  for (const [kr, word] of [
    ['Everyone in sales knows the new pricing', 'knows'],
    ['Customers see us as a trusted advisor', 'see us as'],
    ['Developers perceive the SDK as reliable', 'perceive'],
  ] as const) {
    it(`flags: ${kr}, naming '${word}'`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', new RegExp(`vague words \\(${word}`)));
  }
  for (const kr of ['200 employees say they know about the program', '80% of surveyed customers see us as their main vendor', 'Build know-how in Rust with a 3-day course']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: standing as "the leading" one is a judgement, like "the leader"', () => {
  it('flags: Position our platform as the leading solution for SMBs', () => assert.match(fired('Position our platform as the leading solution for SMBs').get('kr-not-measurable')?.message ?? '', /vague words \(as the leading\)/));
  it('quiet on a rank with a number', () => assert.ok(measurable('Rank in the top 3 leading solutions on G2 for SMBs')));
});

describe('kr-not-measurable: letting someone know is a notification, not a state of mind', () => {
  it('quiet on: Let customers know when an invoice is due', () => assert.ok(measurable('Let customers know when an invoice is due')));
});

describe('kr-not-measurable: mentoring and coaching people are ongoing help, like supporting them', () => {
  for (const kr of ['Mentor junior engineers', 'Coach team leads on giving feedback']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /describes ongoing activity \('(?:mentor|coach)'\)/));
  }
  for (const kr of ['Mentor 3 junior engineers through their first on-call', 'Coach the sales team to close 5 deals']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: a quality as the whole object of a finishing verb is not handed over', () => {
  // As `Create a culture of ownership`: `Build resilience`, `Add observability` name a quality, not a deliverable.
  for (const kr of ['Build resilience into the payments service', 'Add observability to checkout']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
  // A deliverable named after the quality is one.
  for (const kr of ['Add accessibility labels to the settings page', 'Ship the accessibility audit fixes', 'Implement the readiness probe', 'Deploy monitoring']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
});

describe('kr-not-measurable: gaining access to something is a state reached, not an amount', () => {
  it('quiet on: Gain access to the partner API', () => assert.ok(measurable('Gain access to the partner API')));
});

describe('kr-not-measurable: "no" + a noun of any length is a zero target', () => {
  // The guide's own example, `no open P0 bugs` (the quantifier matched only one-letter nouns).
  for (const kr of ['No open P0 bugs', 'Ship the release with no P1 findings', 'No regressions in the checkout flow']) {
    it(`quiet on: ${kr}`, () => {
      assert.ok(measurable(kr), 'flagged');
      assert.ok(analyseWording(kr).hasQuantifier);
    });
  }
  for (const kr of ['No more meetings than needed', 'Improve onboarding with no extra steps']) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
});

describe('kr-not-measurable: gaining or giving up is a direction only for an amount (issue #3)', () => {
  // An amount measured in units (weight, money, time, a share) with no number: which way, not how much.
  for (const kr of ['Gain muscle', 'Gain market share in Japan', 'Save time on code review', 'Earn money from the side project', 'Lose body fat']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /says which way but not how far/));
  }
  // Anything else gained or lost is a state reached: access, a dependency, an approval.
  for (const kr of [
    'Gain access to the Japanese market through a signed distributor agreement',
    'Lose dependency on the legacy Oracle cluster (decommissioned by Dec 15)',
    'Gain write access to the production cluster for the on-call team',
    'Lose the dependency on the vendor SDK',
    'Lose reliance on manual deploys for the billing service',
  ]) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  // A quality gained is not handed over, as in `Build resilience`.
  it('flags: Gain confidence in the release process', () => assert.ok(!measurable('Gain confidence in the release process'), 'not flagged'));
});

describe('kr-not-measurable: a purpose clause or a clause after a colon can state the criterion (issue #3)', () => {
  // A verb of degree or a subjective state says how things should be; a clause that is checkable on its own says when
  // they are, as a done-criterion in the first of coordinated clauses does.
  for (const kr of [
    'Harden the API gateway to pass the OWASP ASVS level 2 review',
    'The board believes in the plan: budget approved in the December meeting',
    'Harden the API gateway so that it passes the ASVS level 2 review',
    'Strengthen our SOC 2 posture to pass the Type II audit',
    'De-risk the launch: rollback runbook published',
    'Improve the docs site so that it is WCAG 2.1 AA compliant',
    'Simplify the pricing page in order to pass the legal review',
    'Sales understands the new pricing: every AE certified on the pricing course',
    'Harden the build servers to pass SOC 2',
    'Improve onboarding so that new users can finish the setup without help',
  ]) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  // A clause that is itself vague, ongoing or a comparative, or none at all, leaves the KR as it was.
  for (const [kr, message] of [
    ['Harden the API gateway', /'harden' is vague/],
    ['Harden the API gateway to make it more robust', /'harden' is vague/],
    ['Harden the platform to support growth', /'harden' is vague/],
    ['Improve onboarding to help new users', /'improve' is vague/],
    ['Streamline the release process so releases feel boring', /'streamline' is vague/],
    ['Customers believe in us', /vague words \(believe\)/],
    ['Customers believe in us: they trust the product', /vague words/],
    ['Get more teams to adopt the CLI', /vague words \(more\)/],
    // A finishing verb needs a definite or named object to finish one thing (`catch regressions`: how many?).
    ['Improve test coverage to catch regressions', /'improve' is vague/],
    ['Strengthen security to prevent breaches', /'strengthen' is vague/],
    // A state alone after the colon is progress written into the KR, not what is done.
    ['Harden the API: done', /'harden' is vague/],
  ] as const) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', message));
  }
  it('a clause is read as its own KR', () => assert.equal(analyseWording('Harden the API gateway to pass the OWASP ASVS level 2 review').basis, 'done-criterion'));
});

describe('kr-not-measurable: a list of names after a preposition bounds a plural, one each (issue #3)', () => {
  for (const kr of ['Open new offices in Berlin and Lisbon', 'Write case studies for Acme and Globex', 'Open new stores in Austin, Denver and Boise', 'Add new integrations for Slack and Microsoft Teams', 'Ship native apps for iOS and Android']) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  // No list; people or units won (many to a place); periods, not names; topics; examples (`such as`).
  for (const kr of ['Open new offices', 'Hire engineers in Berlin and Lisbon', 'Onboard new customers in Germany and France', 'Publish blog posts in Q3 and Q4', 'Write blog posts on Kubernetes and Rust', 'Sign new partners such as Acme and Globex']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /does not say how many/));
  }
});

describe('kr-not-measurable: realistic KRs written for the issue #3 review (not from the accuracy set)', () => {
  // Clearly measurable, in varied styles: money and durations, a purpose clause, a criterion after a colon, lists of
  // names, ownership notes, quantifiers, done-states.
  for (const kr of [
    'Cut the AWS bill from $42k to $30k per month',
    'Reduce median time-to-merge from 3 days to 1 day',
    'Raise trial-to-paid conversion from 8% to 12%',
    'Close $1.2M in new ARR from mid-market accounts',
    'Keep p95 API latency under 250 ms during Black Friday',
    'Ship the Stripe billing migration by Dec 15 (owner: Priya)',
    'Finance team owns the quarterly close: books closed within 5 business days',
    'Migrate the remaining 12 services to Kubernetes to retire the VM fleet',
    'Refactor the auth module so that the security review passes without P1 findings',
    'Rewrite the onboarding emails to lift day-7 activation from 35% to 45%',
    'Sign distribution agreements with Acme and Globex',
    'Launch the partner portal in Germany and Austria',
    'Translate the help center into Spanish, French and German',
    'Hire a Head of Data (offer accepted by Nov 30)',
    'All on-call engineers complete the incident commander training',
    'Every product squad has a named DRI for accessibility',
    'Zero Sev-1 incidents caused by config changes',
    'Bring the backlog of unanswered support tickets to zero',
    'Save $250k in annual licence costs by consolidating the observability tools',
    'Spend no more than $80k on contractors this quarter',
    'Lose the last 3 kg before the marathon',
    'Run 3 half marathons under 1:50',
    'Publish 6 customer case studies, one per vertical',
    'Host 4 community calls with at least 30 attendees each',
    'Stabilize the nightly build: green on 95% of nights',
    'Streamline expense approvals: approved within 48 hours',
    'Harden the admin console: external pen test with no high findings',
    'Security understands our threat model: threat model reviewed and signed off by the CISO',
    'Customers see the status page as accurate: incident posted within 10 minutes of detection',
    'Decommission the legacy Oracle cluster',
    'Pass the PCI DSS level 1 assessment',
    'Move 100% of CI jobs to the new runners',
    'Double the number of self-serve signups to 2,000 a month',
    'Grow the newsletter from 4,000 to 6,500 subscribers',
    'Marketing: launch the referral program to reach 500 referred signups',
    'Owner @li: get the SOC 2 Type II report issued by the auditor',
    'Improve checkout reliability to 99.95% successful payments',
    'Ensure every new service ships with a runbook and an on-call rotation',
    'Deliver the board deck by Jan 10 with audited Q4 numbers',
    'Onboard 5 new design partners in the healthcare vertical',
  ]) {
    it(`quiet on: ${kr}`, () => assert.ok(measurable(kr), 'flagged'));
  }
  // Clearly vague: directions, degree verbs, subjective states, comparatives, open plurals, ongoing help.
  for (const kr of [
    'Improve the developer experience',
    'Make the mobile app faster',
    'Increase brand awareness',
    'Strengthen relationships with key accounts',
    'Harden our infrastructure',
    'Customers love the new editor',
    'Leadership believes in the data platform',
    'Be the go-to tool for small agencies',
    'Write more documentation',
    'Explore new partnership opportunities',
    'Support the sales team during renewals',
    'Run experiments on the pricing page',
    'Reduce technical debt',
    'Open new sales offices',
    'Gain traction with enterprise buyers',
    'Save money on infrastructure',
    'Deliver a better onboarding experience',
    'Stabilize the platform to support future growth',
    'Streamline the hiring process: make it smoother for candidates',
    'Team feels confident about on-call',
  ]) {
    it(`flags: ${kr}`, () => assert.ok(!measurable(kr), 'not flagged'));
  }
  // What this set found: a list of the parties after a plural of agreements bounds it like a list of places (only people
  // or units won are many to a name), and the head of `new sales offices` is `offices` (`sales` is not a plural).
  it('quiet on: Sign distribution agreements with Acme and Globex', () => assert.ok(measurable('Sign distribution agreements with Acme and Globex')));
  for (const kr of ['Open new sales offices', 'Win new deals in Germany and France', 'Conduct user interviews in Berlin and Lisbon']) {
    it(`flags: ${kr}`, () => assert.match(fired(kr).get('kr-not-measurable')?.message ?? '', /does not say how many/));
  }
});
