import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import { killServiceWorker, launchExtension } from './harness.mjs';
import {
  createdNotifications,
  fireAlarm,
  readLocal,
  recordNotifications,
  seedSchedule,
  seedSettings,
  waitFor,
} from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const MINUTE = 60_000;

/** Seeds 31 minutes of sitting and runs the alarm, so the reminder is up; returns what was created. */
async function showReminder(worker) {
  await recordNotifications(worker);
  // A worker still starting up may save the schedule it loaded over the seed: seed until one holds.
  return waitFor(
    'a reminder from a seeded schedule',
    async () => {
      await seedSchedule(worker, { sittingMs: 31 * MINUTE, intervalMs: 30 * MINUTE + 2000 });
      await fireAlarm(worker, 'schedule');
      return waitFor(
        'a notification',
        async () => {
          const all = await createdNotifications(worker);
          return all.length > 0 && all;
        },
        2000,
      ).catch(() => null);
    },
    30_000,
  );
}

describeInOrder('stretch-break reminders in Chromium', (test) => {
  // A new browser and profile for every test: none depends on what another left behind.
  let ext;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => ext?.close());

  test('keeps one schedule alarm from the first start', async () => {
    const worker = await ext.worker();
    const alarm = await waitFor('the schedule alarm', () =>
      worker.evaluate(() => chrome.alarms.get('schedule')),
    );
    assert.ok(alarm.scheduledTime > Date.now());
  });

  test('fires a reminder with Start and Snooze buttons when sitting time reaches the interval', async () => {
    const worker = await ext.worker();
    const [created] = await showReminder(worker);
    assert.equal(created.id, 'stretch-break');
    assert.match(created.options.title, /31 minutes sitting/);
    assert.deepEqual(
      created.options.buttons.map((b) => b.title),
      ['Start stretch', 'Snooze 5 min'],
    );
    // The recorder sees the create call as it starts; the notification is up once it resolves.
    await waitFor('the notification to be up', async () => {
      const shown = await worker.evaluate(() => chrome.notifications.getAll());
      return 'stretch-break' in shown;
    });
    const { schedule, suggestion } = await readLocal(worker);
    assert.equal(schedule.reminder.phase, 'showing');
    assert.match(
      created.options.message,
      new RegExp(suggestion.stretch.name.replace(/[()]/g, '.')),
    );
    assert.equal(
      await ext.worker().then((w) => w.evaluate(() => chrome.action.getBadgeText({}))),
      '!',
    );
  });

  test('snoozes from the notification button: the notification goes, the break is due in 5 minutes', async () => {
    const worker = await ext.worker();
    await showReminder(worker);
    const before = Date.now();
    await worker.evaluate(() => chrome.notifications.onButtonClicked.dispatch('stretch-break', 1));
    const { schedule, history } = await waitFor('the snooze to be stored', async () => {
      const local = await readLocal(worker);
      return local.schedule.snoozedUntil && local.history?.length > 0 && local;
    });
    assert.ok(schedule.snoozedUntil >= before + 5 * MINUTE - 1000);
    assert.ok(schedule.snoozedUntil <= Date.now() + 5 * MINUTE);
    assert.equal(schedule.reminder, null);
    assert.equal(history.at(-1).kind, 'snoozed');
    const shown = await worker.evaluate(() => chrome.notifications.getAll());
    assert.ok(!('stretch-break' in shown), 'the notification was cleared');
  });

  test('still reminds when due, with sitting time intact, after the service worker is killed', async () => {
    let worker = await ext.worker();
    await seedSettings(worker, { intervalMinutes: 5 });
    // The worker handles that settings change a moment later and saves the schedule it loaded,
    // which may undo a seed written meanwhile: seed until the worker keeps it.
    let seeded;
    await waitFor('a seeded schedule the worker keeps', async () => {
      // Due in 31 s: the shortest wait the scheduler will set an alarm for.
      seeded = await seedSchedule(worker, {
        sittingMs: 20 * MINUTE,
        intervalMs: 5 * MINUTE - 31_000,
      });
      await fireAlarm(worker, 'schedule');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return (await readLocal(worker)).schedule.sittingSince === seeded.sittingSince;
    });
    const dueAt = seeded.intervalStart + 5 * MINUTE;
    const page = await ext.openPage('popup');
    assert.equal(await killServiceWorker(ext.context, page), 1);
    await page.close();

    // Chrome restarts the worker for the alarm; everything it knows comes from storage.
    worker = await waitFor(
      'the reminder after a restart',
      async () => {
        const live = ext.context.serviceWorkers()[0];
        if (!live) return null;
        const shown = await live.evaluate(() => chrome.notifications.getAll()).catch(() => ({}));
        return 'stretch-break' in shown && live;
      },
      60_000,
      250,
    );
    const { schedule } = await readLocal(worker);
    assert.equal(schedule.sittingSince, seeded.sittingSince, 'sitting time survived the restart');
    assert.equal(schedule.reminder.phase, 'showing');
    // Not early; how late is a figure for `npm run bench` (reminder lateness), not a test.
    assert.ok(schedule.reminder.shownAt >= dueAt, 'shown no earlier than due');
  });
});
