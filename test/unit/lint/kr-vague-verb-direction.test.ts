// kr-vague-verb: a fix is preferred (and so applied by `okr lint --fix` and fix-all) only when the KR's own numbers or a
// comparator say which way; a metric word is a guess, offered first but never applied unattended.
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseOkr } from '../../../src/core/parse';
import { defaultConfig, lint, type LintDiagnostic } from '../../../src/core/lint/index';

const doc = (kr: string): string => ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', `- ${kr}`, '- Increase NPS from 30 to 45', ''].join('\n');
const vague = (kr: string): LintDiagnostic | undefined => {
  const text = doc(kr);
  return lint(parseOkr(text), text, { config: defaultConfig() }).find((d) => d.range.start.line === 8 && d.ruleId === 'kr-vague-verb');
};
const preferred = (kr: string): string | undefined => vague(kr)?.fixes?.find((f) => f.preferred)?.edits[0]?.newText;
const first = (kr: string): string | undefined => vague(kr)?.fixes?.[0]?.edits[0]?.newText;

describe('kr-vague-verb: baseline and target in different units are compared after conversion', () => {
  for (const kr of [
    'Improve page load from 1.4 s to 900 ms',
    'Improve deploy time from 2h to 50 min',
    'Improve approval turnaround from 3 days to 20 hours',
    'Improve hiring time from 5 weeks to 10 days',
    'Improve time to answer from 1 hour to 45 seconds',
  ]) {
    it(`${kr} → Reduce (preferred)`, () => assert.equal(preferred(kr), 'Reduce'));
  }
  it('the same unit compares the numbers as written', () => {
    assert.equal(preferred('Improve donations from $2k to $5k'), 'Increase');
    assert.equal(preferred('Improve spend from $2M to $900k'), 'Reduce');
  });
});

describe('kr-vague-verb: a metric read at its head noun; a modifier does not make it fall', () => {
  for (const kr of [
    'Improve crash-free app sessions to 99.8%',
    'Improve error-free checkouts to 97%',
    'Improve on-time shipment rate to 96%',
    'Improve first-time resolution rate to 80%',
    'Improve return on marketing spend to 3x',
    'Improve chatbot deflection to 25%',
    'Improve vulnerability detection rate to 90%',
    'Improve debt recovery rate to 70%',
    'Improve incident response SLA compliance to 99%',
    'Improve procurement cost savings to $400k',
    'Improve time on page to 3 min',
  ]) {
    it(`no Reduce for: ${kr}`, () => {
      const d = vague(kr);
      assert.ok(d, 'still reported');
      assert.notEqual(preferred(kr), 'Reduce');
      assert.doesNotMatch(d.message, /use 'Reduce'$/);
    });
  }
  for (const kr of ['Improve p95 checkout latency to 250 ms', 'Improve support ticket backlog churn to 2%', 'Improve form error rate to 1%', 'Improve release cycle time to 4 days']) {
    it(`a falling head is a guess: ${kr} offers Reduce first, not preferred`, () => {
      assert.equal(first(kr), 'Reduce');
      assert.equal(preferred(kr), undefined);
      assert.match(vague(kr)!.message, /use 'Reduce'$/);
    });
  }
  for (const kr of ['Improve report speed (target: 30% faster)', 'Improve build 3x faster', 'Improve uptime to 99.9%']) {
    it(`no numbers in one unit, no comparator: nothing preferred for ${kr}`, () => assert.equal(preferred(kr), undefined));
  }
  it('a comparator written before the target is explicit', () => {
    assert.equal(preferred('Improve signup conversion above 12%'), 'Increase');
    assert.equal(preferred('Improve p95 latency under 180 ms'), 'Reduce');
  });
});

describe('okr lint --fix: no key result has its direction reversed', function () {
  this.timeout(60000);
  const ROOT = resolve('.');
  const BUNDLE = join(ROOT, 'dist/cli/okr.js');
  let dir: string;
  before(() => {
    const newest = Math.max(...['src/cli', 'src/core'].flatMap((d) => readdirSync(d, { recursive: true }).map((f) => statSync(join(d, String(f))).mtimeMs)));
    if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newest) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'okr-vague-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('applies only fixes the numbers or a comparator decide', () => {
    const krs = [
      'Improve page load from 1.4 s to 900 ms',
      'Improve crash-free app sessions to 99.8%',
      'Improve procurement cost savings to $400k',
      'Improve on-time shipment rate to 96%',
      'Improve p95 checkout latency to 250 ms',
      'Improve signup conversion from 8% to 12%',
    ];
    const text = ['---', 'cycle: 2026-Q4', '---', '', '## O1: Grow', '', 'Owner: @a', '', ...krs.map((k) => `- ${k}`), ''].join('\r\n');
    writeFileSync(join(dir, 'q.okr.md'), text);
    spawnSync(process.execPath, [join(ROOT, 'bin/okr.js'), 'lint', '--fix', 'q.okr.md'], { cwd: dir, encoding: 'utf8' });
    const want = text
      .replace('Improve page load', 'Reduce page load')
      .replace('Improve signup conversion', 'Increase signup conversion');
    assert.equal(readFileSync(join(dir, 'q.okr.md'), 'utf8'), want);
  });
});
