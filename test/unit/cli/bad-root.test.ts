// A "root" that is not true or false: whether the config search stops there is not known, so neither
// is which config files (and ignores) apply: a configuration error, as a refused ignore pattern
// (exit 2, nothing linted or fixed), for `.okrlintrc.json` and package.json's `okr` key alike.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../../src/core/lint/index';
import { FIXABLE } from '../fixtures';
import { useSandbox } from './sandbox';

describe('okr lint: a "root" that is not true or false', () => {
  const box = useSandbox({ prefix: 'okr-bad-root-', git: true });
  let dir = '';
  beforeEach(() => {
    dir = box.dir;
    writeFileSync(join(dir, 'okr.md'), FIXABLE);
  });
  const okr = box.okr;

  it('stops the run (exit 2), nothing fixed, with the problem and a clear message', async () => {
    for (const [name, text] of [
      ['.okrlintrc.json', '{"root":"true"}'],
      ['.okrlintrc.json', '{"root":1}'],
      ['.okrlintrc.json', '{"root":null}'],
      ['package.json', '{"name":"x","okr":{"root":"true"}}'],
    ] as const) {
      writeFileSync(join(dir, name), text);
      const r = await okr('lint', '--fix', '.');
      rmSync(join(dir, name));
      assert.equal(r.code, 2, text);
      const escaped = name.replace('.', '\\.');
      assert.match(r.stderr, new RegExp(`^${escaped}:1:\\d+: error: Expected "root" to be true or false, found .*\\nokr lint: invalid configuration in ${escaped}: "root" must be true or false \\(above\\); no file was linted or fixed\\n$`), text);
      assert.equal(r.stdout, '');
      assert.equal(readFileSync(join(dir, 'okr.md'), 'utf8'), FIXABLE, `${text}: not fixed`);
    }
    const report = await (async () => {
      writeFileSync(join(dir, '.okrlintrc.json'), '{"root":"yes"}');
      return okr('report', '.');
    })();
    assert.equal(report.code, 2);
    assert.match(report.stderr, /okr report: invalid configuration in \.okrlintrc\.json: "root" must be true or false \(above\); no file was reported\n$/);
  });

  it('true and false are fine; the layer marks only a refused one', async () => {
    for (const root of [true, false]) {
      writeFileSync(join(dir, '.okrlintrc.json'), JSON.stringify({ root }));
      const r = await okr('lint', '.');
      assert.notEqual(r.code, 2, r.stderr);
      assert.equal(parseConfig(JSON.stringify({ root }), '.okrlintrc.json').config.refusedRoot, undefined);
    }
    assert.equal(parseConfig('{"root":"true"}', '.okrlintrc.json').config.refusedRoot, true);
  });
});
