// kr-task-like precision: outcome KRs that merely contain an activity verb are not tasks. Each structure is tested in
// both directions with sentences written for this file: the outcome reading it must leave alone and the task it must
// still flag.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');

/** The rules that fired on the KR under test (line 8 of the probe). */
function rules(kr: string): Set<string> {
  const text = doc(kr);
  return new Set(lint(parseOkr(text), text, { config: defaultConfig() }).filter((d) => d.range.start.line === 8).map((d) => d.ruleId));
}

const taskLike = (kr: string) => rules(kr).has('kr-task-like');

function both(title: string, outcomes: string[], tasks: string[]): void {
  describe(`kr-task-like: ${title}`, () => {
    for (const kr of outcomes) it(`quiet on: ${kr}`, () => assert.equal(taskLike(kr), false));
    for (const kr of tasks) it(`flags: ${kr}`, () => assert.equal(taskLike(kr), true));
  });
}

both(
  'an activity as the means, with a result clause that has its own target',
  [
    'Automate the release checks to achieve a 95% first-time pass rate',
    'Tune the autoscaler, reaching p95 latency under 250 ms at peak',
    'Rewrite the onboarding emails to increase week-one activation from 30% to 45%',
    'Refactor the import job, cut its runtime by 40%',
    'Run monthly drills with a 90% recovery success rate',
  ],
  [
    // No number in the result: a manner, not a target.
    'Set up a deployment pipeline, achieving smooth releases in every region',
    // `with 100% …` without an article describes the output, it is no goal.
    'Write 12 integration tests with 100% branch coverage',
    // A purpose that is another activity is no result.
    'Hire 2 designers to build the new design system',
    'Publish 6 case studies to support the sales team',
  ],
);

describe('kr-task-like: the result clause does not change measurability', () => {
  it('an activity with a result target is measurable, and so is the plain activity', () => {
    assert.equal(rules('Automate the release checks to achieve a 95% first-time pass rate').has('kr-not-measurable'), false);
    assert.equal(rules('Write 12 integration tests with 100% branch coverage').has('kr-not-measurable'), false);
  });
});

both(
  'people other than the team as the subject: their behaviour is the outcome',
  [
    '5,000 children will attend the summer reading program',
    '60% of partner agencies have gathered baseline data',
    'Local librarians collaborate with three new schools',
    'Parents who attended a workshop rate it 4 out of 5',
  ],
  [
    // A headline passive is the team's output.
    '20 blog posts published',
    // The team as the subject.
    'Our engineers run 3 customer pilots',
    // Finishing the team's own work is progress of it, whoever does it.
    '30 mentors complete the coaching course',
    // A singular subject (`Acme publishes`) and units of output (`features ship`) are no people acting.
    'Acme publishes 4 case studies',
    '3 features ship by Q3',
  ],
);

both(
  'a metric named as a label, then its target after the colon',
  [
    'Citation of faculty publications: median of peer universities',
    'Membership in national academies: top quartile of public universities',
    'Repeat visits per patient: at least 3 a year',
  ],
  [
    // A done-state in the label: an output counted.
    'Case studies published: 4 by Q2',
    // A verb leads the label: an activity.
    'Launch the portal: 3 pilot customers',
  ],
);

both(
  'a time or condition put first is not the sentence',
  ['Starting in 2024, the graduation rate will increase by 5%', 'After the redesign ships, checkout conversion will rise from 2.1% to 3%'],
  [
    'In Q3, launch the partner portal',
    'Starting in January, publish 4 case studies',
    // What follows is still the team's work finished.
    'Beginning in the spring term, 5,000 students will complete a reading assessment',
  ],
);
