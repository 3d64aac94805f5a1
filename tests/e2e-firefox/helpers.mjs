// What the Firefox tests do from inside an extension page: read and seed storage, move the
// extension's clock, wake the background, look at notifications. A page of the extension has the
// same storage, alarms and notifications as its background.
import { waitFor } from '../e2e/helpers.mjs';

export { waitFor };

export const MINUTE = 60_000;

/** A stored monthly part: a JSON string (a list, as written before parts were strings). */
const decodePart = (part) => (typeof part === 'string' ? JSON.parse(part) : (part ?? []));

/** Local storage, with the history's monthly parts joined as `history` (oldest first). */
export async function readLocal(page) {
  const all = await page.evaluate(() => browser.storage.local.get());
  const parts = Object.keys(all).filter((key) => /^history-\d{4}-\d{2}$/.test(key));
  const history = parts.sort().flatMap((key) => decodePart(all[key]));
  return { ...all, history };
}
/**
 * storage.sync once the settings written last have reached it: writes there are paced (one per
 * 2.5 s at most), and a change waits in local storage for its turn.
 */
export async function readSync(page) {
  for (let tries = 0; tries < 100; tries++) {
    const { 'settings-pending': pending } = await page.evaluate(() =>
      browser.storage.local.get('settings-pending'),
    );
    if (pending === undefined || pending === null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return page.evaluate(() => browser.storage.sync.get());
}
export const shownNotifications = (page) => page.evaluate(() => browser.notifications.getAll());
export const scheduleAlarm = (page) => page.evaluate(() => browser.alarms.get('schedule'));
export const badgeText = (page) => page.evaluate(() => browser.action.getBadgeText({}));

/** The background has started: its schedule is stored and its alarm set. */
export const backgroundStarted = (page) =>
  waitFor('the background to store its schedule and set its alarm', async () => {
    const { schedule } = await readLocal(page);
    return schedule && (await scheduleAlarm(page)) && schedule;
  });

/**
 * Fires the schedule alarm now instead of at its time: an alarm due in 50 ms wakes the background
 * at once, as the real one would. Returns when it was asked for.
 */
export async function wakeSchedule(page) {
  const at = Date.now();
  await page.evaluate(() => browser.alarms.create('schedule', { when: Date.now() + 50 }));
  return at;
}

/** Waits for the background to handle an event that came after `since` (every step stamps it). */
export const scheduleStepAfter = (page, since) =>
  waitFor('the background to handle the wake', async () => {
    const { schedule } = await readLocal(page);
    return schedule.lastSeenAt >= since && schedule;
  });

/** Merges `changes` into the synced settings (test set-up; the product writes through the background). */
export async function seedSettings(page, changes) {
  await readSync(page);
  await page.evaluate(async (changes) => {
    const { settings } = await browser.storage.sync.get('settings');
    await browser.storage.sync.set({ settings: { ...(settings ?? {}), ...changes } });
  }, changes);
}

/**
 * A person who has sat `sittingMs` in an interval that started `intervalMs` ago, then the
 * background woken to act on it. A start-up step still running can save over the seed, so it is
 * written until a step that began after the write has worked from it. Returns that step's state.
 */
export async function seedSchedule(page, { sittingMs, intervalMs = sittingMs }) {
  return waitFor(
    'a seeded schedule the background kept',
    async () => {
      const seeded = await page.evaluate(
        async ({ sittingMs, intervalMs }) => {
          const now = Date.now();
          const { schedule } = await browser.storage.local.get('schedule');
          const seeded = {
            ...schedule,
            sittingSince: now - sittingMs,
            intervalStart: now - intervalMs,
            snoozedUntil: null,
            lastSeenAt: now - 1000,
            away: null,
            pause: null,
            reminder: null,
          };
          await browser.storage.local.set({ schedule: seeded });
          return seeded;
        },
        { sittingMs, intervalMs },
      );
      const stepped = await scheduleStepAfter(page, await wakeSchedule(page));
      return stepped.sittingSince === seeded.sittingSince && stepped;
    },
    30_000,
  );
}

/**
 * Moves the extension's clock `ms` forward, as if that time had passed: every absolute time in
 * the stored items named (epoch milliseconds) moves `ms` into the past. Nothing runs until the
 * next event, which then sees the time gone by.
 */
export async function advanceTime(page, ms, keys = ['schedule']) {
  await page.evaluate(
    async ({ ms, keys }) => {
      const shift = (value) => {
        if (typeof value === 'number' && value > 1e12) return value - ms;
        if (Array.isArray(value)) return value.map(shift);
        if (value && typeof value === 'object') {
          return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v)]));
        }
        return value;
      };
      const stored = await browser.storage.local.get(keys);
      await browser.storage.local.set(shift(stored));
    },
    { ms, keys },
  );
}

/** Waits until an element with `role` has exactly `text` as its text. */
export const roleWithText = (page, role, text) =>
  waitFor(`a ${role} saying "${text}"`, () =>
    page.evaluate(
      (role, text) =>
        [...document.querySelectorAll(`[role="${role}"]`)].some(
          (el) => el.textContent.trim() === text,
        ),
      role,
      text,
    ),
  );
