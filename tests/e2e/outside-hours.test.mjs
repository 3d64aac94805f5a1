// Outside working hours the popup still works: a stretch starts now, and "Remind me anyway today"
// brings reminders back until midnight.
import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import { launchExtension } from './harness.mjs';
import { offerTwoSidedHold, POPUP, readLocal, seedSettings, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const hh = (hour) => `${String(hour % 24).padStart(2, '0')}:00`;

describeInOrder('outside working hours in Chromium', (test) => {
  let ext;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => ext?.close());

  test('starts a stretch at once, and reminds anyway for the rest of today', async () => {
    const worker = await ext.worker();
    // Every day on, from two to three hours from now: now is outside them whatever the clock.
    const hour = new Date().getHours();
    const day = { on: true, start: hh(hour + 2), end: hh(hour + 3) };
    await seedSettings(worker, {
      kinds: ['stretch'],
      workingHours: { enabled: true, days: Array.from({ length: 7 }, () => day) },
    });
    await waitFor('the schedule to be outside working hours', async () => {
      const { schedule } = await readLocal(worker);
      return schedule?.outsideHours === true;
    });

    const page = await ext.openPage('popup', POPUP);
    await page.getByText('Outside your working hours.').waitFor();
    // Stretch now, always: Start works outside working hours too. (A hold, whose panel has Pause:
    // the warm-ups the pick may offer count reps instead.)
    await offerTwoSidedHold(page);
    await page.getByRole('button', { name: 'Start stretch' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    const { 'guided-session': session } = await readLocal(worker);
    assert.equal(session.finishedAt, null);
    // While it runs the status says so; once it is over, the hours show again.
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.close();

    const again = await ext.openPage('popup', POPUP);
    await again.getByRole('button', { name: 'Remind me anyway today' }).click();
    await again.getByTestId('next-break').waitFor();
    const { schedule } = await readLocal(worker);
    const midnight = new Date();
    midnight.setHours(24, 0, 0, 0);
    assert.equal(schedule.remindAnywayUntil, midnight.getTime());
    assert.equal(schedule.outsideHours, false);
    // The badge counts down to the next break again.
    await waitFor('the badge to count down', async () =>
      /^\d+$/.test(await worker.evaluate(() => chrome.action.getBadgeText({}))),
    );
  });
});
