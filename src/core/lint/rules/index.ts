// Every rule, in the order they run (and are listed in docs and SARIF).
import type { Rule } from '../types';
import cycleTooManyObjectives from './cycle-too-many-objectives';
import objectiveMissingOwner from './objective-missing-owner';
import objectiveMissingType from './objective-missing-type';
import objectiveNoKeyResults from './objective-no-key-results';
import objectiveTooFewKeyResults from './objective-too-few-key-results';
import objectiveTooLong from './objective-too-long';
import objectiveTooManyKeyResults from './objective-too-many-key-results';

// Rules are typed by their own options; the engine only needs the common shape.
export const rules: readonly Rule<any>[] = [
  objectiveNoKeyResults,
  objectiveTooManyKeyResults,
  objectiveTooFewKeyResults,
  objectiveTooLong,
  objectiveMissingOwner,
  objectiveMissingType,
  cycleTooManyObjectives,
];

const byId = new Map(rules.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule<any> | undefined {
  return byId.get(id);
}
