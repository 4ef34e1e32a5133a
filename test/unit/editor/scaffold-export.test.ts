import assert from 'node:assert/strict';
import { csvField, toCsv, exportReport, CSV_COLUMNS } from '../../../src/core/export';
import { parseOkr } from '../../../src/core/parse';
import { buildReport } from '../../../src/core/report';
import { scaffoldCycles, scaffoldOkrFile } from '../../../src/core/scaffold';

describe('scaffold', () => {
  it('picks the current or the next quarter from the date it is given', () => {
    assert.deepEqual(scaffoldCycles('2026-11-21').map((c) => [c.label, c.start, c.end]), [
      ['2026-Q4', '2026-10-01', '2026-12-31'],
      ['2027-Q1', '2027-01-01', '2027-03-31'],
    ]);
    assert.equal(scaffoldOkrFile({ today: '2026-11-21', which: 'next' }).cycle, '2027-Q1');
    assert.equal(scaffoldOkrFile({ today: '2026-11-21', which: 'current', fiscalYearStartMonth: 10 }).cycle, 'FY27-Q1');
  });

  it('writes a file that parses as one objective with two KRs for that cycle and owner', () => {
    const s = scaffoldOkrFile({ today: '2026-11-21', which: 'next', owner: '@dana', team: 'Platform' });
    const doc = parseOkr(s.text);
    assert.equal(doc.cycle?.label, '2027-Q1');
    assert.equal(doc.frontmatter?.owner, 'dana');
    assert.equal(doc.frontmatter?.team, 'Platform');
    assert.equal(doc.objectives.length, 1);
    assert.equal(doc.objectives[0]!.owner?.name.replace(/^@/, ''), 'dana');
    assert.equal(doc.objectives[0]!.keyResults.length, 2);
    assert.ok(s.text.includes('by 2027-03-31'));
    assert.equal(s.fileName, 'platform.okr.md');
    assert.equal(scaffoldOkrFile({ today: '2026-11-21', which: 'current' }).fileName, '2026-q4.okr.md');
  });

  it('uses the line ending asked for everywhere', () => {
    const s = scaffoldOkrFile({ today: '2026-11-21', which: 'current', eol: '\r\n' });
    assert.equal(s.text.split('\r\n').length, s.text.split('\n').length);
    assert.ok(!/[^\r]\n/.test(s.text));
    assert.ok(!s.text.includes('owner:'), 'no owner line without an owner');
  });
});

describe('CSV export', () => {
  const text = `---
quarter: 2026-Q4
---

# OKRs

## O1: Grow, "fast"

Owner: @dana

- KR1: Increase weekly active teams from 120 to 200
  - 2026-11-07: 150, confidence 0.6
- KR2: =HYPERLINK("x") from 1 to 2

## O2: Be calm
`;
  const report = buildReport([{ file: 'okr.md', doc: parseOkr(text) }], '2026-11-21');

  it('escapes fields (RFC 4180) and defuses spreadsheet formulas', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=1+1'), "'=1+1");
    assert.equal(csvField(-5), '-5');
    assert.equal(csvField(null), '');
  });

  it('has a header and one row per KR (one for an objective without KRs), CRLF line ends', () => {
    const csv = toCsv(report);
    const rows = csv.split('\r\n');
    assert.equal(rows.pop(), '');
    assert.equal(rows[0], CSV_COLUMNS.join(','));
    assert.equal(rows.length, 1 + 2 + 1);
    const kr1 = rows[1]!;
    assert.ok(kr1.startsWith('okr.md,2026-Q4,o1,"Grow, ""fast""",dana,'), kr1);
    const cells = kr1.split(',');
    // Counted from the end: the objective's title holds a comma.
    assert.equal(cells[cells.length - (CSV_COLUMNS.length - CSV_COLUMNS.indexOf('last_checkin'))], '2026-11-07', 'last check-in');
    assert.ok(rows[2]!.includes(`'=HYPERLINK`), 'formula defused');
    assert.equal(rows[3]!.split(',').length, CSV_COLUMNS.length, 'objective without KRs has every column');
  });

  it('gives baseline, target and current in the unit column’s unit, and each value as written', () => {
    const krs = [
      'Cut lead time from 5 days to 12 hours (now 36 hours)',
      'Reduce tickets by 30% from 400 (now 300)',
      'Grow revenue by 25% (now $1.1M)',
      'Double weekly signups from 100 (now 150)',
      'Shrink the bundle from 2 KB to 800 B (now 1200 B)',
      'Increase weekly active teams from 120 to 200 (now 150)',
      'Keep p95 latency below 300 ms (now 0.25 s)',
    ];
    const doc = parseOkr(`---\nquarter: 2026-Q4\n---\n\n## O1: Units\n\n${krs.map((k) => `- ${k}`).join('\n')}\n`);
    const rows = toCsv(buildReport([{ file: 'okr.md', doc }], '2026-11-21')).split('\r\n').slice(1, -1);
    const col = (row: string, name: (typeof CSV_COLUMNS)[number]) => row.split(',')[CSV_COLUMNS.indexOf(name)];
    const table = rows.map((r) => [col(r, 'baseline'), col(r, 'target'), col(r, 'current'), col(r, 'unit'), col(r, 'baseline_text'), col(r, 'target_text'), col(r, 'current_text')]);
    assert.deepEqual(table, [
      ['120', '12', '36', 'h', '5 days', '12 hours', '36 hours'],
      ['400', '280', '300', '', '400', 'down 30%', '300'],
      ['', '', '1100000', '$', '', 'up 25%', '$1.1M'],
      ['100', '200', '150', '', '100', '×2', '150'],
      ['2000', '800', '1200', 'B', '2 KB', '800 B', '1200 B'],
      ['120', '200', '150', '', '120', '200', '150'],
      ['', '300', '250', 'ms', '', '300 ms', '0.25 s'],
    ]);
    // The numbers agree with the progress the row reports (computed in one unit).
    const first = rows[0]!;
    const [b, t, c] = ['baseline', 'target', 'current'].map((n) => Number(col(first, n as (typeof CSV_COLUMNS)[number])));
    assert.equal(Number(col(first, 'progress')), Math.round(((c! - b!) / (t! - b!)) * 1000) / 1000);
  });

  it('exports JSON and Markdown through the core report', () => {
    assert.deepEqual(JSON.parse(exportReport(report, 'json').text), JSON.parse(JSON.stringify(report)));
    assert.match(exportReport(report, 'markdown').text, /^# OKR report — 2026-11-21/);
    assert.equal(exportReport(report, 'csv').extension, 'csv');
  });
});
