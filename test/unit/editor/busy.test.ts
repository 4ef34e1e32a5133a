// The status-bar progress's logic (src/vscode/busy.ts), driven with a fake display and fake timers:
// the workspace scan ("Indexing OKR files") shows only when it outlasts the delay, and until it
// settles; synchronous work (the first parse of a large file, whoever asks for it) shows from
// before it starts until it returns or throws.
import assert from 'node:assert/strict';
import { Busy, LARGE_FILE_CHARS, SHOW_AFTER_MS, isLargeFirstParse, type Timers } from '../../../src/vscode/busy';

/** Timers that run only when the test says so. */
function fakeTimers(): Timers & { run(ms: number): void; pending(): number } {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  return {
    setTimeout(run, ms) {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    run(ms) {
      now += ms;
      for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at > now) continue;
        timers.delete(id);
        t.run();
      }
    },
    pending: () => timers.size,
  };
}

/** A display that records what is shown and whether it is still showing. */
function fakeDisplay() {
  const showing = new Set<string>();
  const log: string[] = [];
  const show = (title: string, done: Promise<void>): void => {
    log.push(title);
    showing.add(title);
    void done.then(() => showing.delete(title));
  };
  return { show, showing, log };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('status-bar progress (busy.ts)', () => {
  describe('indexing (during)', () => {
    it('shows a scan that outlasts the delay, until it settles', async () => {
      const timers = fakeTimers();
      const display = fakeDisplay();
      const busy = new Busy(display.show, timers);
      let finish!: () => void;
      const scan = new Promise<void>((resolve) => (finish = resolve));
      const returned = busy.during('Indexing OKR files', scan);
      assert.equal(returned, scan, 'the work itself is returned');
      timers.run(SHOW_AFTER_MS - 1);
      assert.deepEqual(display.log, [], 'nothing before the delay');
      timers.run(1);
      assert.deepEqual(display.log, ['Indexing OKR files']);
      assert.deepEqual(busy.shown, ['Indexing OKR files']);
      assert.ok(display.showing.has('Indexing OKR files'), 'shown while the scan runs');
      finish();
      await tick();
      assert.ok(!display.showing.has('Indexing OKR files'), 'gone once it settled');
    });

    it('shows nothing for a scan that settles within the delay (and leaves no timer)', async () => {
      const timers = fakeTimers();
      const display = fakeDisplay();
      const busy = new Busy(display.show, timers);
      await busy.during('Indexing OKR files', Promise.resolve());
      await tick();
      assert.equal(timers.pending(), 0, 'the timer was cleared');
      timers.run(SHOW_AFTER_MS * 2);
      assert.deepEqual(display.log, []);
      assert.deepEqual(busy.shown, []);
    });

    it('a failed scan ends the progress too', async () => {
      const timers = fakeTimers();
      const display = fakeDisplay();
      const busy = new Busy(display.show, timers);
      let fail!: (e: Error) => void;
      const scan = new Promise<void>((_, reject) => (fail = reject));
      const returned = busy.during('Indexing OKR files', scan).catch((e: Error) => e.message);
      timers.run(SHOW_AFTER_MS);
      assert.ok(display.showing.has('Indexing OKR files'));
      fail(new Error('no folder'));
      assert.equal(await returned, 'no folder', 'the failure reaches the caller');
      await tick();
      assert.equal(display.showing.size, 0);
    });
  });

  describe('synchronous work (start, runNow)', () => {
    it('runNow shows the title before the work runs and ends it when it returns', async () => {
      const display = fakeDisplay();
      const busy = new Busy(display.show, fakeTimers());
      const seenDuring: boolean[] = [];
      const result = busy.runNow('Reading the OKRs of big.okr.md', () => {
        seenDuring.push(display.showing.has('Reading the OKRs of big.okr.md'));
        return 42;
      });
      assert.equal(result, 42);
      assert.deepEqual(seenDuring, [true], 'shown while the work ran');
      await tick();
      assert.equal(display.showing.size, 0, 'ended after it');
    });

    it('runNow ends the progress when the work throws, and rethrows', async () => {
      const display = fakeDisplay();
      const busy = new Busy(display.show, fakeTimers());
      assert.throws(() => busy.runNow('Reading', () => { throw new Error('parse failed'); }), /parse failed/);
      await tick();
      assert.equal(display.showing.size, 0);
      assert.deepEqual(busy.shown, ['Reading']);
    });

    it('start shows at once and resolves only after yielding (so the host can send it before the run blocks)', async () => {
      const timers = fakeTimers();
      const display = fakeDisplay();
      const busy = new Busy(display.show, timers);
      let resolved = false;
      const started = busy.start('Linting big.okr.md').then((p) => ((resolved = true), p));
      assert.deepEqual(display.log, ['Linting big.okr.md'], 'shown at once');
      await tick();
      assert.equal(resolved, false, 'not before the timer ran');
      timers.run(0);
      const progress = await started;
      assert.ok(display.showing.has('Linting big.okr.md'));
      progress.stop();
      await tick();
      assert.equal(display.showing.size, 0);
    });

    it('keeps the last 50 titles', () => {
      const busy = new Busy(() => undefined, fakeTimers());
      for (let i = 0; i < 60; i++) busy.runNow(`t${i}`, () => undefined);
      assert.equal(busy.shown.length, 50);
      assert.equal(busy.shown[0], 't10');
      assert.equal(busy.shown[49], 't59');
    });
  });

  describe('which parse is shown', () => {
    it('the first parse of a large text (no cache yet), not a re-parse with the cache or a small file', () => {
      assert.equal(isLargeFirstParse(false, LARGE_FILE_CHARS), true);
      assert.equal(isLargeFirstParse(false, LARGE_FILE_CHARS - 1), false);
      assert.equal(isLargeFirstParse(true, LARGE_FILE_CHARS * 5), false);
    });
  });
});
