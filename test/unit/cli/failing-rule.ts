// A rule that throws, for the tests of what `okr lint` does when a rule fails: no shipped rule
// can be made to throw on purpose (no switch, no backdoor), so the tests add this one to the
// engine's rule list, in-process (`addFailingRule`) or in a private build of the CLI
// (`privateCli(…, { prelude: FAILING_RULE_PRELUDE })`, threads included).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { defineRule } from '../../../src/core/lint/helpers';
import { rules } from '../../../src/core/lint/rules/index';
import type { Rule } from '../../../src/core/lint/types';

export const FAILING_RULE_ID = 'test-failing-rule';
/** The rule throws on a file that holds this. */
export const THROW = '<!-- test-failing-rule: throw -->';
/** The rule throws on a file that holds this once the file is fixed (`Improve p95` made `Reduce p95`). */
export const THROW_ONCE_FIXED = '<!-- test-failing-rule: throw once fixed -->';
export const FAILURE_MESSAGE = 'the test rule failed on purpose';

export const failingRule: Rule<Record<string, never>> = defineRule(
  {
    id: FAILING_RULE_ID,
    description: 'Throws on a marked file (tests only)',
    category: 'file',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    defaults: {},
  },
  ({ text }) => {
    // Which threads linted (the tests check that a worker took part): a file per thread in this folder.
    const threads = process.env['OKR_TEST_RULE_THREADS'];
    if (threads) writeFileSync(join(threads, `thread-${threadId}`), '');
    if (text.includes(THROW) || (text.includes(THROW_ONCE_FIXED) && text.includes('Reduce p95'))) throw new TypeError(FAILURE_MESSAGE);
  },
);

/** Adds the rule to the engine's list (last); returns the function that takes it out again. */
export function addFailingRule(): () => void {
  const list = rules as Rule<any>[];
  list.push(failingRule);
  return () => {
    const at = list.indexOf(failingRule);
    if (at >= 0) list.splice(at, 1);
  };
}

/** A module that adds the rule when imported, for `privateCli`'s `prelude`. */
export const FAILING_RULE_PRELUDE = resolve(__dirname, 'with-failing-rule.ts');
