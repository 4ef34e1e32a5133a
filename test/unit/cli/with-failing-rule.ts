// Imported before the CLI in a private test build (see failing-rule.ts): the engine there has a rule that throws.
import { addFailingRule } from './failing-rule';

addFailingRule();
