// Every rule, in the order they run (and are listed in docs and SARIF).
import type { Rule } from '../types';
import alignmentUnresolved from './alignment-unresolved';
import checkinInvalid from './checkin-invalid';
import cycleMissing from './cycle-missing';
import cycleTooManyObjectives from './cycle-too-many-objectives';
import directiveUnknownRule from './directive-unknown-rule';
import frontmatterInvalid from './frontmatter-invalid';
import krAmbiguousMetric from './kr-ambiguous-metric';
import krCurrentOutOfRange from './kr-current-out-of-range';
import krDeadlineOutsideCycle from './kr-deadline-outside-cycle';
import krDuplicate from './kr-duplicate';
import krMissingBaseline from './kr-missing-baseline';
import krMissingOwner from './kr-missing-owner';
import krMissingTarget from './kr-missing-target';
import krNotMeasurable from './kr-not-measurable';
import krTaskLike from './kr-task-like';
import krVagueVerb from './kr-vague-verb';
import objectiveBusinessAsUsual from './objective-business-as-usual';
import objectiveDuplicateLabel from './objective-duplicate-label';
import objectiveHasMetric from './objective-has-metric';
import objectiveMissingOwner from './objective-missing-owner';
import objectiveMissingType from './objective-missing-type';
import objectiveNoKeyResults from './objective-no-key-results';
import objectiveTooFewKeyResults from './objective-too-few-key-results';
import objectiveTooLong from './objective-too-long';
import objectiveTooManyKeyResults from './objective-too-many-key-results';

// Rules are typed by their own options; the engine only needs the common shape.
export const rules: readonly Rule<any>[] = [
  // Key results
  krNotMeasurable,
  krTaskLike,
  krMissingTarget,
  krMissingBaseline,
  krCurrentOutOfRange,
  krDeadlineOutsideCycle,
  krDuplicate,
  krVagueVerb,
  krAmbiguousMetric,
  krMissingOwner,
  // Objectives
  objectiveNoKeyResults,
  objectiveTooManyKeyResults,
  objectiveTooFewKeyResults,
  objectiveHasMetric,
  objectiveTooLong,
  objectiveBusinessAsUsual,
  objectiveMissingOwner,
  objectiveMissingType,
  objectiveDuplicateLabel,
  // File and workspace
  cycleTooManyObjectives,
  cycleMissing,
  frontmatterInvalid,
  checkinInvalid,
  alignmentUnresolved,
  directiveUnknownRule,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule<any> | undefined {
  return byId.get(id);
}
