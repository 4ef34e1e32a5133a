// OKR texts several test files use.

/** A file no default rule reports on. */
export const CLEAN = `---
cycle: 2026-Q4
---

## O1: Grow usage

Owner: @alice

- KR1: Increase weekly active teams from 120 to 200
- KR2: Increase retained teams from 60% to 75%
`;

/**
 * A file with a problem of each kind `okr lint --fix` meets, CRLF line endings: a vague verb with
 * numbers (fixed: `Reduce`), a task (fixed: a milestone checkbox), and an unmeasurable KR (no fix:
 * it needs a person).
 */
export const FIXABLE = [
  '---',
  'cycle: 2026-Q4',
  '---',
  '',
  '## O1: Delight customers',
  '',
  'Owner: @alice',
  '',
  '- KR1: Improve p95 latency from 450 ms to 300 ms',
  '- KR2: Launch the partner portal',
  '- KR3: Improve onboarding',
  '',
].join('\r\n');

/** `FIXABLE` after `okr lint --fix`. */
export const FIXED = FIXABLE.replace('KR1: Improve p95', 'KR1: Reduce p95').replace('- KR2: Launch', '- [ ] KR2: Launch');
