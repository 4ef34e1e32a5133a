// kr-not-measurable, fifth session (issue #3): messages that tell it apart from kr-missing-target and name
// what carries the KR, and the structural readings added this session. Sentences written for these tests.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { configFromObject, defaultConfig, lint, resolveConfig, type LintDiagnostic } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');

/** kr-not-measurable's diagnostic on the KR under test (line 8 of the probe), if any. */
function notMeasurable(kr: string): LintDiagnostic | undefined {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).find((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable');
}

describe('kr-not-measurable: messages are told apart from kr-missing-target', () => {
  for (const kr of ['Increase trial conversion', 'Improve the release process', 'Number of active plugins', 'Checkout abandonment is reduced', 'Save money on cloud hosting']) {
    it(`never 'KR has no target' (kr-missing-target's words): ${kr}`, () => {
      const d = notMeasurable(kr);
      assert.ok(d, 'not flagged');
      assert.match(d.message, /^KR is not measurable: /);
      assert.doesNotMatch(d.message, /has no target/);
    });
  }
  it('names the direction verb', () => assert.match(notMeasurable('Reduce cloud spend')?.message ?? '', /says which way \('reduce'\) but not how far/));
  it('names the vague verb', () => assert.match(notMeasurable('Streamline vendor onboarding')?.message ?? '', /'streamline' is vague/));
  it('a direction with no verb of ours says which way', () => assert.match(notMeasurable('Gain market share in Brazil')?.message ?? '', /says which way but not how far/));
});

describe("kr-not-measurable: after 'be', the vague words are named, not 'be'", () => {
  for (const [kr, word] of [['Be more data-driven', 'more'], ['Stay better informed about competitors', 'better'], ['Remain a great place to work', 'great']] as const) {
    it(`${kr} names '${word}'`, () => {
      const d = notMeasurable(kr);
      assert.ok(d, 'not flagged');
      assert.match(d.message, new RegExp(`relies on vague words \\(${word}\\)`));
      assert.doesNotMatch(d.message, /'(?:be|stay|remain)'/);
    });
  }
  it('a stance with no vague word names the verb of being and says nothing tells when it holds', () => {
    assert.match(notMeasurable('Be the partner of choice for fintechs')?.message ?? '', /describes a state to be in \('be'\) with nothing that says when it holds/);
  });
  it('a checkable state after be is quiet', () => assert.equal(notMeasurable('Be SOC 2 compliant'), undefined));
});

describe('kr-not-measurable: a purpose clause of passing or obtaining needs a named standard', () => {
  // Whose judgement is passed must be named (a capitalised name, a number) or its kind said (`the security audit`), not a generic
  // review or one placed in a sequence (`the next audit`).
  for (const kr of ['Improve performance to pass the review', 'Harden the cluster to pass the next audit', 'Streamline the signup flow to obtain the certification', 'Harden the cluster to pass the audit in Q3']) {
    it(`flags: ${kr}`, () => assert.ok(notMeasurable(kr), 'not flagged'));
  }
  for (const kr of ['Harden the cluster to pass the CIS Kubernetes benchmark', 'Strengthen access controls to pass SOC 2', 'Harden the stack to achieve ISO 27001 certification', 'Harden the payments API to pass the pen test by Acme Security', 'Harden the platform to pass the security audit', 'Simplify setup to remove the manual steps']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
});

describe('kr-not-measurable: frequency with no count, as an adverb before the verb or an adjective before the noun', () => {
  // The guide's "frequency or duration with no count": continuously, constantly, steadily, and their adjectives.
  for (const kr of ['Continuous work on the design system', 'Steady stream of fixes to the SDK', 'Constant attention to flaky tests', 'Steadily contribute to the upstream parser', 'Actively partner with the data team']) {
    it(`flags: ${kr}`, () => assert.ok(notMeasurable(kr), 'not flagged'));
  }
  // Practices named `continuous …` run by themselves once set up; a count or a cadence bounds the rest.
  for (const kr of ['Set up continuous deployment for the billing service', 'Continuous integration on every pull request', 'Steady stream of 10 merged fixes per month to the SDK', 'Actively ship the new pricing page']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
  it("names the verb after a leading adverb ('partner', not 'actively')", () => assert.match(notMeasurable('Actively partner with the data team')?.message ?? '', /'partner'/));
});

describe('kr-not-measurable: working through items of an open set, like the guide\'s "Fix P0 bugs"', () => {
  // Verbs that work through items (update, identify, resolve, merge, finish, read, collect…) with a bare plural: how many?
  for (const kr of ['Update onboarding emails for the new plans', 'Identify churn risks in enterprise accounts', 'Resolve open support escalations', 'Triage stale feature requests', 'Finish novels by Le Guin', 'Collect customer quotes for the website']) {
    it(`flags: ${kr}`, () => assert.match(notMeasurable(kr)?.message ?? '', /does not say how many/));
  }
  // A quantifier, a count, a determiner, a set that exists now or a list says which.
  // Removing leaves none, a state like the guide's "no open P0 bugs"; a plural may name one document (`guidelines`,
  // `requirements`); the same day for each of many is a service level, like `within a day`.
  for (const kr of ['Resolve all open support escalations', 'Triage 40 stale feature requests', 'Update the onboarding emails', 'Update existing feature flags in checkout', 'Remove ads from the free plan', 'Review already signed contracts for the new clause', 'Update onboarding emails: welcome, day 3 and day 7', 'Merge the community PRs', 'Update our privacy policy', 'Update brand guidelines', 'Gather requirements for the billing rewrite', 'Process payouts on the same day']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
});

describe("kr-not-measurable: the opt-in 'possible' option reports a bare label of common nouns as possibly unmeasurable", () => {
  const withPossible = (kr: string): LintDiagnostic | undefined => {
    const text = doc(kr);
    const parsed = configFromObject({ rules: { 'kr-not-measurable': ['warning', { possible: true }] } });
    assert.deepEqual(parsed.problems, []);
    const config = resolveConfig([parsed.config]);
    return lint(parseOkr(text), text, { config }).find((d) => d.range.start.line === 8 && d.ruleId === 'kr-not-measurable');
  };
  // A feature or a theme: the sentence does not say which, nor when it counts as done.
  for (const kr of ['Dark mode for the dashboard', 'Keyboard shortcuts', 'Offline sync for mobile', 'Partner onboarding']) {
    it(`quiet by default, reported as possible with the option: ${kr}`, () => {
      assert.equal(notMeasurable(kr), undefined);
      const d = withPossible(kr);
      assert.ok(d, 'not reported with possible: true');
      assert.match(d.message, /^KR may not be measurable: /);
      // One step quieter than the rule's severity (warning → info).
      assert.equal(d.severity, 'info');
      // No from/to template after a label: only the author can say when the feature counts as shipped.
      assert.equal(d.fixes, undefined);
    });
  }
  // A name, a done-state, a capability, a quantifier or a finishing verb says what is delivered.
  for (const kr of ['YouTube channel for tutorials', 'C# client library', 'Dark mode shipped to all users', 'Audit log export is available', 'Allow exports from the admin page', 'Launch dark mode for the dashboard', 'Users can export a report']) {
    it(`quiet with the option too: ${kr}`, () => assert.equal(withPossible(kr), undefined));
  }
  it('a KR surely unmeasurable keeps its own message and severity with the option', () => {
    const d = withPossible('Improve the release process');
    assert.ok(d);
    assert.match(d.message, /^KR is not measurable: /);
    assert.equal(d.severity, 'warning');
  });
});

describe('kr-not-measurable: a part with no amount is an open scope', () => {
  for (const kr of ['Migrate some of the services to Kubernetes', 'Translate parts of the handbook into German', 'Roll out a part of the new design system', 'Move some workloads to the new cluster', 'Port most of the scripts to Python 3', 'Retire a few of the legacy dashboards']) {
    it(`flags: ${kr}`, () => assert.match(notMeasurable(kr)?.message ?? '', /does not say which part or how much/));
  }
  for (const kr of ['Complete the first part of the onboarding course', 'Migrate all of the services to Kubernetes', 'Ship the new editor (walking users through the main part of the flow)']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
});

describe('kr-not-measurable: a cadence says how often, so "regular" is not vague beside it', () => {
  it('quiet on: Send regular (weekly) release notes to customers', () => assert.equal(notMeasurable('Send regular (weekly) release notes to customers'), undefined));
  it('flags: Send regular release notes to customers', () => assert.match(notMeasurable('Send regular release notes to customers')?.message ?? '', /regular/));
});

describe('kr-not-measurable: a cross-reference to targets written elsewhere is a pointer', () => {
  for (const kr of ['Grow organic traffic (see targets below)', 'Improve search ranking (see the SEO goals)', 'Reduce support load (cf. KPIs table)']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
  it('a cross-reference to a person is not one', () => assert.ok(notMeasurable('Improve search ranking (see Priya)')));
});

describe('kr-not-measurable: a legal or formal status is a checkable state', () => {
  for (const kr of ['Become a registered charity', 'Become a licensed money transmitter in Texas', 'Become an accredited testing lab']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
  for (const kr of ['Become a platform company', 'Be a public voice for privacy']) {
    it(`flags: ${kr}`, () => assert.ok(notMeasurable(kr), 'not flagged'));
  }
});

describe('kr-not-measurable: a status note in parentheses is progress, not the KR', () => {
  it('a number in the note is not a target, and kr-vague-verb leaves it to this rule', () => {
    const kr = 'Speed up the search page (Completed, it now loads 40% faster)';
    assert.ok(notMeasurable(kr), 'not flagged');
    const text = doc('Improve the search page (done, now 40% faster)');
    const ds = lint(parseOkr(text), text, { config: defaultConfig() }).filter((d) => d.range.start.line === 8);
    assert.ok(ds.some((d) => d.ruleId === 'kr-not-measurable'));
    assert.ok(!ds.some((d) => d.ruleId === 'kr-vague-verb'));
  });
  for (const kr of ['Cut search p95 to 300 ms (in progress)', 'Launch the partner portal (done)']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
});

describe("kr-vague-verb: which way is read from the KR, not from the vague verb ('improve' is no direction)", () => {
  const preferred = (kr: string): string | undefined => {
    const text = doc(kr);
    const d = lint(parseOkr(text), text, { config: defaultConfig() }).find((x) => x.range.start.line === 8 && x.ruleId === 'kr-vague-verb');
    return d?.fixes?.find((f) => f.preferred)?.edits[0]?.newText;
  };
  for (const [kr, verb] of [['Improve churn from 5% to 3%', 'Reduce'], ['Improve activation above 40%', 'Increase'], ['Improve error-free sessions from 95% to 99%', 'Increase']] as const) {
    it(`${kr} → ${verb}`, () => assert.equal(preferred(kr), verb));
  }
});

describe('kr-not-measurable: a definition of done in parentheses is not a status note', () => {
  for (const kr of ['Shorten onboarding (done when under 3 days)', 'Lower refund rate (done when below 2%)', 'Cut on-call pages (completed when under 20 a month)', 'Clean up the backlog (done = under 50 open issues)']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
  it('a status note still is one', () => assert.ok(notMeasurable('Improve site speed (done, now 25% faster)')));
});

describe('kr-not-measurable: a plural used as a modifier is not the head noun', () => {
  for (const kr of ['Update release notes template', 'Revise test cases checklist for QA', 'Write sales calls playbook']) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
  for (const kr of ['Write blog posts', 'Write help articles for the billing pages']) {
    it(`a plural head still asks how many: ${kr}`, () => assert.match(notMeasurable(kr)?.message ?? '', /does not say how many/));
  }
});

describe("kr-not-measurable: 'continuous' decides by its noun and verb, not by a list of practices", () => {
  for (const kr of ['Enable continuous archiving for the orders database', 'Roll out continuous translation for the help centre', 'Set up continuous load testing on the release branch', 'Adopt continuous discovery interviews', 'Introduce continuous export of access logs']) {
    it(`setting up a continuous practice is a done-criterion: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
  for (const [kr, word] of [['Continuous work on the API docs', 'continuous'], ['Steady stream of community contributions', 'steady'], ['Constant attention to release quality', 'constant']] as const) {
    it(`an effort noun is ongoing, and the message quotes '${word}': ${kr}`, () => assert.match(notMeasurable(kr)?.message ?? '', new RegExp(`describes ongoing activity \\('${word}'\\)`)));
  }
});

describe('kr-not-measurable: a bare plural restricted to a closed set that exists is all of it', () => {
  for (const kr of [
    'Triage crash reports received before the 1.4 release',
    'Resolve issues found in the May penetration test',
    'Resolve findings from the SOC 2 readiness assessment',
    'Repaint classrooms at the Hill Road school',
    'Publish migration guides for v5.2',
    'Reply to support emails within 4 hours',
    'Approve expense claims before end of week',
    'Update bylaws to allow online board votes',
  ]) {
    it(`quiet on: ${kr}`, () => assert.equal(notMeasurable(kr), undefined));
  }
  for (const kr of ['Fix P0 bugs in the billing service', 'Fix bugs reported by customers', 'Speak at conferences', 'Write blog posts for Q3']) {
    it(`an open set still asks how many: ${kr}`, () => assert.match(notMeasurable(kr)?.message ?? '', /does not say how many/));
  }
});

describe("kr-not-measurable: a leading 'further' is an adverb, and the message names the verb after it", () => {
  it('names the direction verb', () => assert.match(notMeasurable('Further grow weekly active teams')?.message ?? '', /says which way \('grow'\) but not how far/));
  it('a target after it is measurable', () => assert.equal(notMeasurable('Further lower refund rate to 2%'), undefined));
});
