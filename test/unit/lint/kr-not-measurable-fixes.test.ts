// kr-not-measurable's quick fixes (rev-a, seventh session): a fix that swaps the KR's verb for 'Increase' or 'Reduce'
// never reverses a direction the KR states, never leaves a particle dangling ('Increase over …'), and is not offered
// where the object is no amount ('Increase the codebase'). Sentences written for these tests.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint, type LintDiagnostic } from '../../../src/core/lint/index';

const doc = (kr: string) => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');

function notMeasurable(kr: string): { text: string; d: LintDiagnostic | undefined } {
  const text = doc(kr);
  return { text, d: lint(parseOkr(text), text, { config: defaultConfig() }).find((x) => x.range.start.line === 8 && x.ruleId === 'kr-not-measurable') };
}

/** Each offered fix applied to the KR, snippet fields filled with their defaults: [fix title, the KR's new text]. */
function fixed(kr: string): [string, string][] {
  const { text, d } = notMeasurable(kr);
  return (d?.fixes ?? []).map((f) => {
    let t = text;
    for (const e of [...f.edits].sort((a, b) => b.range.start.offset - a.range.start.offset)) t = t.slice(0, e.range.start.offset) + e.newText + t.slice(e.range.end.offset);
    return [f.title, t.split('\n')[8]!.slice(2).replace(/\$\{\d+:([^}]*)\}/g, '$1')];
  });
}

const UP = /\b(?:increas|rais|grow|boost|expand|maximi[sz]|doubl|tripl)/i;
const DOWN = /\b(?:decreas|reduc|cut|lower|minimi[sz]|shorten|halv|drop)/i;
/** The direction the KR's own leading verbs (after an optional keep/continue) state. */
function direction(kr: string): 'up' | 'down' | null {
  const lead = /^(?:(?:keep|continue)\s+(?:on\s+|to\s+)?)?(\S+)/i.exec(kr)![1]!;
  return UP.test(lead) ? 'up' : DOWN.test(lead) ? 'down' : null;
}

const SENTENCES = [
  'Continue to cut over the remaining services to the new cluster',
  'Continue to drop support for one legacy API version per quarter',
  'Keep dropping support for old browsers',
  'Keep reducing technical debt',
  'Keep on lowering our cloud bill',
  'Continue to grow the partner channel',
  'Keep growing weekly active teams',
  'Reduce churn among small accounts',
  'Grow the newsletter audience',
  'Cut support response times',
  'Lower the cost of onboarding a customer',
  'Boost engagement in the community forum',
  'Shorten the release cycle',
  'Minimise manual steps in the deploy',
  'Speed up the test suite',
  'Scale up the support team',
  'Cut back on contractor spend',
  'Clean up the codebase',
  'Tidy up the analytics dashboards',
  'Sort out the flaky CI situation',
  'Shore up our security posture',
  'Level up our data skills',
  'Step up incident response',
  'Elevate the brand',
  'Improve the onboarding flow',
  'Keep improving the docs',
  'Streamline vendor onboarding',
];

describe('kr-not-measurable: verb-swapping fixes keep the KR’s meaning', () => {
  for (const kr of SENTENCES) {
    it(kr, () => {
      const { d } = notMeasurable(kr);
      if (!d) return; // (quiet: nothing offered, nothing to break; the reversal cases below are all reported)
      const dir = direction(kr);
      for (const [title, out] of fixed(kr)) {
        // The KR's words after its verb are all still there, in order.
        const tail = kr.split(/\s+/).slice(-2).join(' ');
        assert.ok(out.includes(tail), `${title}: lost '${tail}' in '${out}'`);
        if (!/^Use /.test(title)) continue;
        // The opposite of a stated direction is never offered.
        if (dir === 'up') assert.doesNotMatch(out, /^Reduce\b/, `${title} reverses '${kr}'`);
        if (dir === 'down') assert.doesNotMatch(out, /^Increase\b/, `${title} reverses '${kr}'`);
        // No particle or switch left behind the new verb.
        assert.doesNotMatch(out, /^(?:Increase|Reduce)\s+(?:up|down|out|back|over|off|on|support\s+for)\b/i, `${title} broke '${kr}' into '${out}'`);
      }
    });
  }

  it('reversals rev-a found are gone', () => {
    const titles = (kr: string) => fixed(kr).map(([title]) => title);
    assert.ok(!titles('Keep reducing technical debt').some((t) => /'Increase'/.test(t)));
    assert.ok(!titles('Reduce churn among small accounts').some((t) => /'Increase'/.test(t)));
    assert.ok(!titles('Grow the newsletter audience').some((t) => /'Reduce'/.test(t)));
    assert.ok(!fixed('Continue to drop support for one legacy API version per quarter').some(([, out]) => /^Increase support/.test(out)));
    assert.ok(!fixed('Continue to cut over the remaining services to the new cluster').some(([, out]) => /^(?:Increase|Reduce) over/.test(out)));
  });

  it('the same direction is still offered where it reads well (the kept verb replaced)', () => {
    assert.deepEqual(fixed('Keep reducing technical debt').find(([t]) => /'Reduce'/.test(t))?.[1], 'Reduce technical debt from baseline to target');
    assert.deepEqual(fixed('Continue to grow the partner channel').find(([t]) => /'Increase'/.test(t))?.[1], 'Increase the partner channel from baseline to target');
  });

  for (const kr of ['Clean up the codebase', 'Sort out the flaky CI situation', 'Level up our data skills', 'Elevate the brand', 'Step up incident response']) {
    it(`only 'Add from/to' for a verb whose object is no amount: ${kr}`, () => {
      const fixes = fixed(kr);
      assert.ok(fixes.length > 0, 'not reported');
      assert.deepEqual(fixes.map(([t]) => t), ["Add 'from ‹baseline› to ‹target›'"]);
    });
  }

  it('a vague verb of degree still gets both verbs', () => {
    assert.deepEqual(fixed('Streamline vendor onboarding').map(([t]) => /'(Increase|Reduce)'/.exec(t)?.[1] ?? 'add'), ['add', 'Increase', 'Reduce']);
  });
});
