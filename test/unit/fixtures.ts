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
