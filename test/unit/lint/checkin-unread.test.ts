// checkin-invalid: nested items under a KR that look like a check-in but are not read as one.
import assert from 'node:assert/strict';
import { parseOkr } from '../../../src/core/parse';
import { applyEdits, createLinter, defaultConfig, lint, type LintDiagnostic } from '../../../src/core/lint/index';

const doc = (items: string[], eol = '\n') =>
  ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow usage', '', 'Owner: @alice', '', '- KR1: Increase weekly active teams from 120 to 200', ...items.map((i) => `  - ${i}`), ''].join(eol);

function unread(text: string): LintDiagnostic[] {
  return lint(parseOkr(text), text, { config: defaultConfig() }).filter((d) => d.ruleId === 'checkin-invalid' && d.message.startsWith('Check-in not read'));
}

const kr = (text: string) => parseOkr(text).objectives[0]!.keyResults[0]!;

describe('checkin-invalid: check-ins that are not read', () => {
  it('flags shapes the parser does not read, at the date prefix', () => {
    const cases: [string, string][] = [
      ['Check-in 2026-11-01: 36 teams', 'Check-in 2026-11-01'],
      ['Update: 2026/11/07 - 150', 'Update: 2026/11/07'],
      ['Status 2026-11-7: 150', 'Status 2026-11-7'],
      ['(2026-11-07) 150', '(2026-11-07)'],
      ['Check-in 11/07: 150', 'Check-in 11/07'],
      ['Update Nov 7: 150', 'Update Nov 7'],
      ['07.11.: 150', '07.11.'],
      ['7.11.2026 - 150', '7.11.2026'],
    ];
    for (const [item, at] of cases) {
      const text = doc(['2026-10-20: 130', item]);
      const ds = unread(text);
      assert.equal(ds.length, 1, item);
      assert.equal(text.slice(ds[0]!.range.start.offset, ds[0]!.range.end.offset), at, item);
      assert.equal(ds[0]!.severity, 'warning');
    }
  });

  it('says why an MM/DD date is not rewritten, and offers no fix for it', () => {
    const [d] = unread(doc(['Check-in 11/07: 150']));
    assert.equal(
      d!.message,
      "Check-in not read: 'Check-in 11/07: 150' — write it as '- YYYY-MM-DD: …' (the date first, then a colon); '11/07' could be month/day or day/month, so it is not rewritten",
    );
    assert.equal(d!.fixes, undefined);
    assert.equal(unread(doc(['07.11.: 150']))[0]!.fixes, undefined);
    assert.equal(unread(doc(['Update Nov 7: 150']))[0]!.fixes, undefined);
  });

  it('does not flag real check-ins, notes that mention a date, deeper items or initiatives', () => {
    const text = [
      doc([
        '2026-10-20: 130, confidence 0.6',
        '11/07: 150',
        'Nov 14: 158 (8/10)',
        '2026-11-7: 160',
        '**2026-11-18**: 165',
        'Blocked until 2026-11-20 by legal',
        'Check-in 2026-11-01 went well, 3 blockers',
        'Status 2026-11-07 - on track',
        'Due 2026-12-15: 200',
        '10/12 services migrated',
        'See 1.2.3: step 5',
        'Notes',
        '  - Update 2026-11-07: 150',
      ]),
      'Initiatives:',
      '',
      '- Check-in 2026-11-01: 36 hours of interviews',
      '',
    ].join('\n');
    assert.deepEqual(unread(text).map((d) => d.message), []);
  });

  it('fixes an unambiguous date by rewriting only the prefix, on CRLF text, and the check-in is then read', () => {
    const text = doc(['2026-10-20: 130', 'Check-in 2026-11-7: 150, confidence 0.7 — on the new runners'], '\r\n');
    assert.equal(kr(text).current?.value, 130);
    const [d] = unread(text);
    assert.equal(d!.message, "Check-in not read: 'Check-in 2026-11-7: 150, confidence 0.7 — on the new runners' — write it as '- 2026-11-07: …' (the date first, then a colon)");
    const fix = d!.fixes![0]!;
    assert.equal(fix.title, "Write the date first: '2026-11-07: '");
    assert.equal(fix.preferred, true);
    const fixed = applyEdits(text, fix.edits);
    assert.equal(fixed, text.replace('Check-in 2026-11-7: ', '2026-11-07: '));
    assert.ok(fixed.includes('  - 2026-11-07: 150, confidence 0.7 — on the new runners\r\n'));
    assert.equal(fixed.split('\r\n').length, text.split('\r\n').length);
    assert.ok(!/[^\r]\n/.test(fixed));
    assert.equal(kr(fixed).current?.value, 150);
    assert.equal(kr(fixed).confidence?.value, 0.7);
    assert.deepEqual(unread(fixed), []);
  });

  it('fixes a bracketed ISO date', () => {
    const text = doc(['(2026-11-07) 150']);
    assert.equal(kr(text).current, null);
    const fixed = applyEdits(text, unread(text)[0]!.fixes![0]!.edits);
    assert.ok(fixed.includes('  - 2026-11-07: 150\n'));
    assert.equal(kr(fixed).current?.value, 150);
  });

  it('reports the same through the incremental linter after lines above move it', () => {
    const linter = createLinter();
    const text = doc(['Check-in 2026-11-01: 150']);
    const first = linter.lint(parseOkr(text), text, { config: defaultConfig() }).filter((d) => d.ruleId === 'checkin-invalid');
    const moved = text.replace('Owner: @alice', 'Owner: @alice\n\nMore context here.');
    const again = linter.lint(parseOkr(moved), moved, { config: defaultConfig() }).filter((d) => d.ruleId === 'checkin-invalid');
    assert.equal(first.length, 1);
    assert.deepEqual(again, lint(parseOkr(moved), moved, { config: defaultConfig() }).filter((d) => d.ruleId === 'checkin-invalid'));
    assert.equal(moved.slice(again[0]!.fixes![0]!.edits[0]!.range.start.offset, again[0]!.fixes![0]!.edits[0]!.range.end.offset), 'Check-in 2026-11-01: ');
  });
});
