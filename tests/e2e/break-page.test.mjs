// The break page (break styles) in real Chromium: it opens in a window of its own, shows the
// stretch, runs it, and closes itself once the break is over.
import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import { accessibilityViolations, launchExtension } from './harness.mjs';
import {
  fireAlarm,
  isBreakPage,
  readSync,
  recordNotifications,
  seedSchedule,
  waitFor,
} from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const MINUTE = 60_000;

describeInOrder('the break page in Chromium', (test) => {
  let ext;
  let worker;
  beforeEach(async () => {
    ext = await launchExtension();
    worker = await ext.worker();
    await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
  });
  afterEach(async () => ext?.close());

  /** Chooses a break style on the options page, as a person would, and waits until it is saved. */
  async function chooseStyle(label) {
    const options = await ext.openPage('options');
    await options.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
    await options.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
    await options.close();
  }

  /**
   * A reminder that was shown `shownAgoMs` ago and has not been answered. A schedule step still
   * in flight (a settings change) may save over it: seed until the seed holds.
   */
  async function seedShowingReminder(shownAgoMs) {
    await waitFor(
      'a seeded reminder that holds',
      async () => {
        await seedReminderOnce(shownAgoMs);
        await new Promise((done) => setTimeout(done, 300));
        return (await readLocalSchedule()).reminder?.phase === 'showing';
      },
      30_000,
    );
  }

  async function seedReminderOnce(shownAgoMs) {
    await seedSchedule(worker, { sittingMs: 33 * MINUTE, intervalMs: 33 * MINUTE });
    await worker.evaluate(async (shownAgoMs) => {
      const now = Date.now();
      const { schedule } = await chrome.storage.local.get('schedule');
      const reminder = {
        phase: 'showing',
        dueSince: now - shownAgoMs - 60_000,
        shownAt: now - shownAgoMs,
        attempt: 1,
      };
      await chrome.storage.local.set({ schedule: { ...schedule, reminder } });
    }, shownAgoMs);
  }

  test('insistent: the break page opens when the break is due, and Start runs the stretch in it', async () => {
    await chooseStyle('Insistent');
    await recordNotifications(worker);
    const opened = ext.context.waitForEvent('page', { predicate: isBreakPage, timeout: 40_000 });
    // The settings change just saved may still step the schedule and save it over a seed: seed
    // and fire until the reminder shows.
    await waitFor(
      'a reminder from a seeded schedule',
      async () => {
        await seedSchedule(worker, { sittingMs: 31 * MINUTE, intervalMs: 30 * MINUTE + 2000 });
        await fireAlarm(worker, 'schedule');
        return waitFor(
          'the reminder',
          async () => (await readLocalSchedule()).reminder?.phase === 'showing',
          2000,
        ).catch(() => false);
      },
      30_000,
    );
    const page = await opened;
    await page.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    await page.getByText(/You have been sitting for 3\d minutes/).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);

    await page.getByRole('button', { name: 'Start stretch' }).click();
    await assertStretchRuns(page);
  });

  test('standard: the page opens once the notification has waited two minutes; Skip closes it', async () => {
    assert.equal((await readSync(worker)).settings?.breakStyle ?? 'standard', 'standard');
    const opened = ext.context.waitForEvent('page', { predicate: isBreakPage, timeout: 40_000 });
    await seedShowingReminder(2 * MINUTE + 5000);
    await fireAlarm(worker, 'schedule');
    const page = await opened;
    await page.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    const closed = page.waitForEvent('close', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Skip this break' }).click();
    await closed;
    assert.equal((await readLocalSchedule()).reminder, null);
  });

  test('gentle: an unanswered notification never opens the page', async () => {
    await chooseStyle('Gentle');
    await seedShowingReminder(4 * MINUTE);
    await fireAlarm(worker, 'schedule');
    await waitFor('the schedule to be brought up to date', async () => {
      const { reminder } = await readLocalSchedule();
      return reminder?.phase === 'showing' && reminder.paged === undefined;
    });
    await new Promise((done) => setTimeout(done, 1500));
    assert.equal(ext.context.pages().filter(isBreakPage).length, 0);
  });

  test("the notification's Start starts the stretch at once, in a window that stays open", async () => {
    await chooseStyle('Gentle');
    await seedShowingReminder(30_000);
    const opened = ext.context.waitForEvent('page', {
      predicate: (page) => page.url().includes('popup.html?view=window'),
      timeout: 40_000,
    });
    await worker.evaluate(() => chrome.notifications.onButtonClicked.dispatch('stretch-break', 0));
    const page = await opened;
    await assertStretchRuns(page);
  });

  /** The guided stretch runs in `page`: its panel shows, and a hold's countdown moves on. */
  async function assertStretchRuns(page) {
    await page.getByRole('region', { name: 'Guided stretch' }).waitFor();
    const session = (await worker.evaluate(() => chrome.storage.local.get('guided-session')))[
      'guided-session'
    ];
    assert.equal(session.finishedAt, null);
    assert.equal((await readLocalSchedule()).reminder.phase, 'stretching');
    // A stretch held for time counts down; one done in reps waits for "Finish set" instead.
    const timer = page.getByRole('timer');
    if ((await timer.count()) === 0) {
      await page.getByRole('button', { name: 'Finish set' }).waitFor();
      return;
    }
    const left = async () =>
      Number((await timer.getAttribute('aria-label')).match(/(\d+) second/)?.[1]);
    const first = await left();
    await waitFor('the countdown to run', async () => (await left()) < first, 5000);
  }

  const readLocalSchedule = async () =>
    (await worker.evaluate(() => chrome.storage.local.get('schedule'))).schedule;
});
