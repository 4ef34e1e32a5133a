// cycle-missing's fixes in a file with mixed line endings: the new lines take the ending of the line
// they go next to (as Move to Initiatives, Disable for this line and Check In do), not the file's first.
import assert from 'node:assert/strict';
import { applyEdits, emptyLayer, lint, resolveConfig } from '../../../src/core/lint/index';
import { parseOkr } from '../../../src/core/parse';

const BODY = '## O1: Grow usage\n\nOwner: @alice\n\n- KR1: Increase weekly active teams from 120 to 200\n';

function fixed(text: string): string {
  const layer = emptyLayer();
  layer.rules['cycle-missing'] = { severity: 'warning', options: {} };
  const diagnostic = lint(parseOkr(text), text, { config: resolveConfig([layer]), fileName: 'okr.md' }).find((d) => d.ruleId === 'cycle-missing');
  assert.ok(diagnostic?.fixes?.length, 'cycle-missing with a fix');
  // The snippet's placeholder as accepted (`\${1:2026-Q4}` → `2026-Q4`).
  const out = applyEdits(text, diagnostic.fixes[0]!.edits.map((e) => ({ ...e, newText: e.newText.replace(/\$\{1:([^}]*)\}/g, '$1') })));
  assert.equal(parseOkr(out).cycle?.label, '2026-Q4', `the fixed file names its cycle: ${JSON.stringify(out)}`);
  return out;
}

describe('cycle-missing: fixes with mixed line endings', () => {
  it('a front matter in LF after a CRLF opening fence gets an LF line', () => {
    assert.equal(fixed(`---\r\nteam: Growth\n---\n\n${BODY}`), `---\r\nteam: Growth\ncycle: 2026-Q4\n---\n\n${BODY}`);
  });

  it('a front matter in CRLF after an LF opening fence gets a CRLF line', () => {
    const body = BODY.replace(/\n/g, '\r\n');
    assert.equal(fixed(`---\nteam: Growth\r\n---\r\n\r\n${body}`), `---\nteam: Growth\r\ncycle: 2026-Q4\r\n---\r\n\r\n${body}`);
  });

  it('an empty front matter takes the opening fence’s ending', () => {
    assert.equal(fixed(`---\r\n---\n\n${BODY}`), `---\r\ncycle: 2026-Q4\r\n---\n\n${BODY}`);
  });

  it('new front matter at the top takes the first line’s ending, after a byte-order mark too', () => {
    const title = '# Growth OKRs';
    assert.equal(fixed(`${title}\r\n\n${BODY}`), `---\r\ncycle: 2026-Q4\r\n---\r\n\r\n${title}\r\n\n${BODY}`);
    assert.equal(fixed(`\uFEFF${title}\n\r\n${BODY}`), `\uFEFF---\ncycle: 2026-Q4\n---\n\n${title}\n\r\n${BODY}`);
  });
});
