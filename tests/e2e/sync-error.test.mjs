// A settings change storage.sync refuses, as the options page shows it: in words, with what
// happens next, and gone once a later sync goes through. Chrome refuses the 121st write in a
// minute; waiting out a real quota takes a minute, so the worker's storage.sync refuses one write
// with Chrome's own message instead.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { afterEach, beforeEach } from 'node:test';
import { launchExtension } from './harness.mjs';
import { fireAlarm, readSync, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const QUOTA = 'This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.';
const NOTE = 'Not synced to your other browsers yet';

/** Has the worker's storage.sync refuse its next `count` writes with `message`. */
const refuseSyncWrites = (worker, count, message) =>
  worker.evaluate(
    ({ count, message }) => {
      self.__refuseSyncWrites = count;
      if (self.__syncRefusing) return;
      self.__syncRefusing = true;
      for (const area of new Set([chrome.storage.sync, globalThis.browser?.storage.sync])) {
        if (!area) continue;
        const set = area.set.bind(area);
        area.set = (...args) => {
          if (self.__refuseSyncWrites <= 0) return set(...args);
          self.__refuseSyncWrites--;
          return Promise.reject(new Error(message));
        };
      }
    },
    { count, message },
  );

describeInOrder('a settings sync error on the options page in Chromium', (test) => {
  let ext;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => ext?.close());

  test('says the change is kept and will be synced, then clears once a retry succeeds', async () => {
    const worker = await ext.worker();
    await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
    const page = await ext.openPage('options');
    const snooze = page.getByRole('spinbutton', { name: 'Snooze for' });
    await snooze.waitFor();
    await refuseSyncWrites(worker, 1, QUOTA);

    await snooze.fill('9');
    const note = page.getByRole('status', { name: NOTE });
    await note.waitFor();
    const text = await note.textContent();
    assert.match(text, /saved and apply in this browser/);
    assert.match(text, /too many changes in a short while/);
    assert.match(text, /sent again by themselves about once a minute; nothing is lost/);
    assert.match(text, /Browser message: This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE/);
    assert.equal(await snooze.inputValue(), '9', 'the field keeps the change');
    await mkdir('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/options-sync-error.png' });

    // The retry the background set up (its alarm, run now) writes the change; the note goes.
    await fireAlarm(worker, 'settings-sync');
    const { settings } = await readSync(worker);
    assert.equal(settings.snoozeMinutes, 9, 'nothing was lost');
    await waitFor('the note to go', async () => (await note.count()) === 0);
    const stored = await worker.evaluate(() => chrome.storage.local.get('settings-sync-error'));
    assert.equal(stored['settings-sync-error'] ?? null, null, 'the error is cleared');
  });
});
