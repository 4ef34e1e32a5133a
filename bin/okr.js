#!/usr/bin/env node
// The `okr` command: the bundled CLI lives in dist/cli/okr.js (built by `npm run build`).
'use strict';
try {
  require('../dist/cli/okr.js').run();
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/okr.js')) {
    process.stderr.write('okr: the CLI is not built yet; run `npm run build` first\n');
    process.exitCode = 2;
  } else {
    throw error;
  }
}
