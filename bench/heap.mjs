// Service-worker heap after a simulated working day: a day's worth of events dispatched into the
// real built background (alarm listeners, idle, notification buttons, and messages from a page the
// way the popup sends them), then the used JS heap after garbage collection. Everything in the
// worker goes through a raw DevTools session (no Playwright helpers injected into the worker), and
// the same worker must live through the whole day (its session would break otherwise).

import { attachToWorker, heapAfterGc, killServiceWorker } from './browser.mjs';
import { sleep } from './stats.mjs';

const DAY_MINUTES = 8 * 60;
const REMINDER_EVERY = 40; // minutes: 12 reminders in 8 hours
const AWAY_EVERY = 45; // minutes: an idle (or, every third time, locked) spell, back 2 minutes later

/** Runs `dispatch` (code run in the worker) and waits for the schedule write it causes (or 500 ms). */
function inWorker(dispatch) {
  return `(async () => {
    const written = new Promise((resolve) => {
      const done = () => { chrome.storage.onChanged.removeListener(listener); clearTimeout(timer); resolve(); };
      const listener = (changes, area) => { if (area === 'local' && changes.schedule) done(); };
      chrome.storage.onChanged.addListener(listener);
      const timer = setTimeout(done, 500);
    });
    ${dispatch};
    await written;
    await new Promise((resolve) => setTimeout(resolve, 2));
  })()`;
}

const alarm = "chrome.alarms.onAlarm.dispatch({ name: 'schedule', scheduledTime: Date.now() })";
const idle = (state) => `chrome.idle.onStateChanged.dispatch('${state}')`;
// A reminder comes due now: the interval started one interval (read from settings) ago.
const makeDue = `(async () => {
  const { settings } = await chrome.storage.sync.get('settings');
  const minutes = settings?.intervalMinutes ?? 30;
  const { schedule } = await chrome.storage.local.get('schedule');
  const now = Date.now();
  // Wait for our own change event too, so it is not taken for the next dispatch's write.
  const delivered = new Promise((resolve) => {
    const listener = (changes, area) => {
      if (area !== 'local' || !changes.schedule) return;
      chrome.storage.onChanged.removeListener(listener);
      resolve();
    };
    chrome.storage.onChanged.addListener(listener);
  });
  const intervalStart = now - minutes * 60000 - 1000;
  await chrome.storage.local.set({ schedule: { ...schedule, intervalStart,
    sittingSince: Math.min(schedule.sittingSince, intervalStart),
    snoozedUntil: null, reminder: null, away: null, lastSeenAt: now - 1000 } });
  await delivered;
})()`;

/** Sends a message from an extension page, as platform/messages.ts does, and awaits the reply. */
function sendFromPage(page, type, data) {
  return page.evaluate(([type, data]) => chrome.runtime.sendMessage({ type, data }), [type, data]);
}

export async function measureHeap(bench) {
  const page = await bench.openPage('options.html');
  await restartWorker(bench, page);
  const worker = await attachToWorker(bench.context, page, bench.extensionId);
  const counts = { alarms: 0, reminders: 0, idle: 0, locked: 0, messages: 0, buttons: 0 };
  try {
    const before = await heapAfterGc(worker);
    const started = Date.now();
    for (let minute = 1; minute <= DAY_MINUTES; minute++) {
      if (minute % AWAY_EVERY === 0) {
        const state = (minute / AWAY_EVERY) % 3 === 0 ? 'locked' : 'idle';
        await worker.evaluate(inWorker(idle(state)));
        counts[state]++;
      }
      if (minute % AWAY_EVERY === 2) await worker.evaluate(inWorker(idle('active')));
      const reminder = minute % REMINDER_EVERY === 0;
      if (reminder) await worker.evaluate(makeDue);
      await worker.evaluate(inWorker(alarm));
      counts.alarms++;
      if (reminder) {
        const shown = await worker.evaluate(
          "chrome.storage.local.get('schedule').then(({ schedule }) => schedule.reminder?.phase === 'showing')",
        );
        if (shown) counts.reminders++;
        await answerReminder(worker, page, (minute / REMINDER_EVERY) % 4, counts);
      }
      if (minute % 80 === 0) {
        await sendFromPage(page, 'anotherStretch');
        counts.messages++;
      }
    }
    const dayMs = Date.now() - started;
    const after = await heapAfterGc(worker);
    return { before, after, counts, dayMs };
  } finally {
    await worker.detach();
    for (const open of bench.context.pages()) await open.close().catch(() => {});
  }
}

/**
 * Stops the worker and starts a fresh one with a message no handler knows (the worker starts to
 * deliver it; the background only runs its own start-up), so the day starts from a clean heap.
 */
async function restartWorker(bench, page) {
  await killServiceWorker(bench.context, page);
  await sleep(500);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bench-wake' })).catch(() => {});
  await bench.worker();
  await sleep(1500);
}

/** The person answers the reminder a different way each time, as in a real day. */
async function answerReminder(worker, page, way, counts) {
  switch (way) {
    case 0: // "Snooze" on the notification
      await worker.evaluate(
        inWorker("chrome.notifications.onButtonClicked.dispatch('stretch-break', 1)"),
      );
      counts.buttons++;
      return;
    case 1: // "Start stretch" on the notification, then a guided session run to the end
      await worker.evaluate(
        inWorker("chrome.notifications.onButtonClicked.dispatch('stretch-break', 0)"),
      );
      counts.buttons++;
      await sendFromPage(page, 'session', 'start');
      await sendFromPage(page, 'session', 'set-done');
      await sendFromPage(page, 'session', 'finish');
      await sendFromPage(page, 'session', 'close');
      counts.messages += 4;
      return;
    case 2: // closes the notification by hand: a skip
      await worker.evaluate(
        inWorker("chrome.notifications.onClosed.dispatch('stretch-break', true)"),
      );
      counts.buttons++;
      return;
    default: // snoozes from the popup
      await sendFromPage(page, 'schedule', { type: 'snooze' });
      counts.messages++;
  }
}
