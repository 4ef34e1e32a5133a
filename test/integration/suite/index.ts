// The list of integration suites. Both entries (index.node.ts, index.web.ts) import this file.
// The web bundle has no file system to glob, so every suite is listed here by hand:
// ADD A LINE HERE for each new `suite/*.test.ts` (the runners refuse to start when one is missing).
import './activation.test';
import './diagnostics.test';
import './language-features.test';
import './code-actions.test';
import './fix-all-refused.test';
import './commands.test';
import './reliability.test';
import './progress.test';
import './panel.test';
import './l10n.test';
import './okr-files-warning.test';
import './index-files.test';
import './config-problems.test';
