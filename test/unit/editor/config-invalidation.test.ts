// A config file's watcher events drop the cached configurations only when the file's text is not
// the one they were built from (src/vscode/configInvalidation.ts). One write fires create and
// change, more than 50 ms apart under load: the second dropped a configuration resolved after the
// first although nothing had changed (the flaky 'resolves the configuration once' integration test).
import assert from 'node:assert/strict';
import { configEventInvalidates, ConfigTextsRead } from '../../../src/vscode/configInvalidation';

describe('config file events: invalidate only when the text differs', () => {
  const rc = 'file:///ws/team/.okrlintrc.json';
  const v1 = '{ "rules": { "objective-too-long": ["warning", { "max": 25 }] } }';
  const v2 = '{ "rules": { "objective-too-long": ["warning", { "max": 35 }] } }';

  it('a change or create event for the text the cache was built from keeps the cache', () => {
    const read = new ConfigTextsRead();
    read.record(rc, v1);
    read.record(rc, v1); // read again for another folder below it
    assert.equal(configEventInvalidates('change', read.get(rc), v1), false);
    assert.equal(configEventInvalidates('create', read.get(rc), v1), false);
  });

  it('an edit, a new file the cache saw as absent, and a delete invalidate', () => {
    const read = new ConfigTextsRead();
    read.record(rc, v1);
    assert.equal(configEventInvalidates('change', read.get(rc), v2), true);
    assert.equal(configEventInvalidates('delete', read.get(rc), v1), true);
    const absent = new ConfigTextsRead();
    absent.record(rc, null);
    assert.equal(configEventInvalidates('create', absent.get(rc), v1), true);
  });

  it('a file no cached configuration read, or one that cannot be read now, invalidates', () => {
    const read = new ConfigTextsRead();
    read.record(rc, v1);
    assert.equal(configEventInvalidates('change', read.get('file:///ws/other/package.json'), v1), true);
    assert.equal(configEventInvalidates('change', read.get(rc), undefined), true);
    assert.equal(configEventInvalidates('create', read.get(rc), null), true);
  });

  it('two different texts read (one cached configuration is older than the file) invalidate even when one matches', () => {
    const read = new ConfigTextsRead();
    read.record(rc, v1);
    read.record(rc, v2);
    assert.equal(configEventInvalidates('change', read.get(rc), v2), true);
    read.clear(); // the cache was dropped: what is read next starts afresh
    read.record(rc, v2);
    assert.equal(configEventInvalidates('change', read.get(rc), v2), false);
  });
});
