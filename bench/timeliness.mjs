// Reminder timeliness in the unpacked build: each round makes a reminder due 31-39 s ahead (the
// shortest wait the scheduler sets an alarm for), kills the service worker, and lets Chromium's
// real alarm wake a new worker to show it. Lateness = the reminder's stored shownAt minus its due
// time. Everything after the kill is watched from an extension page (storage events,
// notifications.getAll), so the observer never wakes the worker itself.

import { fireAlarm, seedSchedule, seedSettings } from '../tests/e2e/helpers.mjs';
import { killServiceWorker } from './browser.mjs';
import { percentile, sleep } from './stats.mjs';

const MINUTE = 60_000;
const INTERVAL_MINUTES = 5; // the shortest interval the settings allow
const MISSED_AFTER_MS = 30_000; // a reminder not shown 30 s after it was due counts as missed
const DOUBLE_WATCH_MS = 3_000; // after it shows, watch this long for a second one

/** Records, in the page, every reminder the background stores as showing. */
function watchReminders() {
  const seen = [];
  Object.defineProperty(window, '__benchReminders', { value: seen });
  chrome.storage.onChanged.addListener((changes, area) => {
    const reminder = area === 'local' ? changes.schedule?.newValue?.reminder : undefined;
    if (reminder?.phase !== 'showing') return;
    const old = changes.schedule.oldValue?.reminder;
    if (old?.phase === 'showing' && old.shownAt === reminder.shownAt) return;
    seen.push({ ...reminder, observedAt: Date.now() });
  });
}

export async function measureTimeliness(bench, { rounds, log = () => {} }) {
  const page = await bench.openPage('options.html');
  await page.evaluate(watchReminders);
  // Whether our worker is running, from DevTools' list of targets.
  const targets = await bench.context.newCDPSession(page);
  const workerRunning = async () => {
    const { targetInfos } = await targets.send('Target.getTargets');
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(bench.url('')));
  };
  await seedSettings(await bench.worker(), { intervalMinutes: INTERVAL_MINUTES });
  const results = [];
  try {
    for (let round = 0; round < rounds; round++) {
      const leadMs = 31_000 + (round % 5) * 2_000;
      const { dueAt, alarm, setups } = await setUpReminder(bench, page, leadMs);
      const killed = await killServiceWorker(bench.context, page);
      const stopped = await waitUntil(async () => !(await workerRunning()), 3_000);
      const reminders = await waitForReminder(page, dueAt);
      const shown = reminders[0];
      // The state is saved before the effects run, so the notification may come a moment later.
      const notified =
        shown !== undefined &&
        (await waitUntil(
          () =>
            page.evaluate(() =>
              chrome.notifications.getAll().then((all) => 'stretch-break' in all),
            ),
          3_000,
        ));
      await sleep(DOUBLE_WATCH_MS);
      const all = await remindersFor(page, dueAt);
      const result = {
        round,
        dueAt,
        alarmAt: alarm?.scheduledTime ?? null,
        setups,
        killed,
        stopped, // so the reminder below came from a worker started by the alarm
        lateness: shown ? shown.shownAt - dueAt : null,
        observedLateness: shown ? shown.observedAt - dueAt : null,
        notified,
        shows: all.length,
      };
      results.push(result);
      log(
        `  reminder ${round + 1}/${rounds}: ${shown ? `${result.lateness} ms late` : 'MISSED'}` +
          `${all.length > 1 ? ` (${all.length} times)` : ''}`,
      );
    }
  } finally {
    await targets.detach().catch(() => {});
    await page.close();
  }
  const lateness = results.filter((r) => r.lateness !== null).map((r) => r.lateness);
  return {
    rounds: results,
    p95: percentile(lateness, 95),
    max: Math.max(...lateness),
    missed: results.filter((r) => r.lateness === null).length,
    doubled: results.filter((r) => r.shows > 1).length,
    notShown: results.filter((r) => r.lateness !== null && !r.notified).length,
    notKilled: results.filter((r) => r.killed < 1 || !r.stopped).length,
    notSetUp: results.filter((r) => r.alarmAt === null).length,
  };
}

/**
 * Seeds a schedule whose reminder is due `leadMs` from now and has the worker handle an alarm, so
 * it sets the schedule alarm at the due time. The worker's own minute tick may run at the same
 * moment and write back the state it read before the seed; then the alarm is not at the due time
 * and the round is set up again (at most 3 times).
 */
async function setUpReminder(bench, page, leadMs) {
  for (let setups = 1; ; setups++) {
    const worker = await bench.worker();
    const seeded = await seedSchedule(worker, {
      sittingMs: 20 * MINUTE,
      intervalMs: INTERVAL_MINUTES * MINUTE - leadMs,
    });
    const dueAt = seeded.intervalStart + INTERVAL_MINUTES * MINUTE;
    await fireAlarm(worker, 'schedule');
    const alarm = await waitForAlarm(page, dueAt);
    if (alarm) return { dueAt, alarm, setups };
    if (setups === 3) return { dueAt, alarm: null, setups };
  }
}

async function waitUntil(check, timeoutMs) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > until) return false;
    await sleep(50);
  }
}

async function waitForAlarm(page, dueAt) {
  const until = Date.now() + 5_000;
  for (;;) {
    const alarm = await page.evaluate(() => chrome.alarms.get('schedule'));
    if (alarm && Math.abs(alarm.scheduledTime - dueAt) < 2_000) return alarm;
    if (Date.now() > until) return null;
    await sleep(50);
  }
}

const remindersFor = (page, dueAt) =>
  page.evaluate(
    (dueAt) => /** @type {any} */ (window).__benchReminders.filter((r) => r.dueSince === dueAt),
    dueAt,
  );

async function waitForReminder(page, dueAt) {
  for (;;) {
    const found = await remindersFor(page, dueAt);
    if (found.length > 0 || Date.now() > dueAt + MISSED_AFTER_MS) return found;
    await sleep(100);
  }
}
