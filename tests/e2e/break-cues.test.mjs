// Issue 14's last pieces in real Chromium: the break page after two snoozes leads with a
// one-minute stretch and Skip, and with every view closed a side switch is cued by notification.
import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import { accessibilityViolations, launchExtension } from './harness.mjs';
import {
  createdNotifications,
  fireAlarm,
  isBreakPage,
  offerTwoSidedHold,
  POPUP,
  recordNotifications,
  seedSchedule,
  seedSettings,
  waitFor,
} from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const MINUTE = 60_000;

describeInOrder('the break page after two snoozes, and cues with every view closed', (test) => {
  let ext;
  let worker;
  beforeEach(async () => {
    ext = await launchExtension();
    worker = await ext.worker();
    await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
    await seedSettings(worker, {
      breakStyle: 'standard',
      holdSeconds: 15,
      switchSeconds: 3,
      kinds: ['stretch'],
    });
  });
  afterEach(async () => ext?.close());

  const readSchedule = async () =>
    (await worker.evaluate(() => chrome.storage.local.get('schedule'))).schedule;

  /** The break page, opened as the standard style opens it: a reminder unanswered for 2 minutes. */
  async function openBreakPage() {
    const opened = ext.context.waitForEvent('page', { predicate: isBreakPage, timeout: 40_000 });
    // A schedule step still in flight may save over a seed: seed until the seed holds.
    await waitFor(
      'a seeded reminder that holds',
      async () => {
        await seedSchedule(worker, { sittingMs: 40 * MINUTE, intervalMs: 40 * MINUTE });
        await worker.evaluate(async () => {
          const now = Date.now();
          const { schedule } = await chrome.storage.local.get('schedule');
          const reminder = {
            phase: 'showing',
            dueSince: now - 3 * 60_000,
            shownAt: now - 2 * 60_000 - 5000,
            attempt: 1,
          };
          await chrome.storage.local.set({ schedule: { ...schedule, reminder } });
        });
        await new Promise((done) => setTimeout(done, 300));
        return (await readSchedule()).reminder?.phase === 'showing';
      },
      30_000,
    );
    await fireAlarm(worker, 'schedule');
    const page = await opened;
    await page.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    return page;
  }

  test('after two snoozes the one-minute stretch comes first and Skip second; it runs about a minute', async () => {
    for (const time of ['first', 'second']) {
      const page = await openBreakPage();
      assert.equal(await page.getByRole('button', { name: 'Start stretch' }).count(), 1, time);
      const closed = page.waitForEvent('close', { timeout: 20_000 });
      await page.getByRole('button', { name: /^Snooze \d+ min$/ }).click();
      await closed;
    }
    const page = await openBreakPage();
    await page.getByText('Snoozed twice already.').waitFor();
    const actions = page.locator('.stretch-actions button, .break-actions button');
    const names = await actions.allTextContents();
    assert.deepEqual(names.slice(0, 2), ['Start a one-minute stretch', 'Skip this break']);
    assert.ok(names.indexOf('Snooze 5 min') > 1, `Snooze after them: ${names.join(', ')}`);
    assert.equal(await page.getByRole('button', { name: 'Start stretch' }).count(), 0);
    assert.deepEqual(await accessibilityViolations(page), []);

    await page.getByRole('button', { name: 'Start a one-minute stretch' }).click();
    await page.getByRole('region', { name: 'Guided stretch' }).waitFor();
    const { plan } = (await worker.evaluate(() => chrome.storage.local.get('guided-session')))[
      'guided-session'
    ];
    const seconds = plan.reduce((sum, phase) => sum + (phase.seconds ?? 0), 0);
    assert.ok(
      plan.some((phase) => phase.kind === 'set') || (seconds >= 59 && seconds <= 60),
      `${seconds} s`,
    );
    assert.equal((await readSchedule()).reminder.phase, 'stretching');
    await page.getByText('Close this and the cues come as notifications').waitFor();
  });

  test('with every view closed, the side switch comes as a silent notification of its own', async () => {
    const popup = await ext.openPage('popup', POPUP);
    await offerTwoSidedHold(popup);
    await popup.getByRole('button', { name: 'Start stretch' }).click();
    await popup.getByRole('region', { name: 'Guided stretch' }).waitFor();
    await recordNotifications(worker);
    await popup.close();
    // The 15-s hold ends, the session alarm wakes the worker, and no page shows the session.
    const cue = await waitFor(
      'the cue for the switch',
      async () => (await createdNotifications(worker)).find((n) => n.id === 'stretch-done'),
      30_000,
    );
    assert.equal(cue.options.title, 'Switch sides');
    assert.equal(cue.options.silent, true);
    assert.equal(cue.options.requireInteraction, false);
    const shown = await worker.evaluate(() => chrome.notifications.getAll());
    assert.ok(!('stretch-break' in shown), 'not the reminder');
  });
});
