// Small helpers the end-to-end tests (and `npm run screenshots`) share: reading and seeding the
// extension's storage from inside its service worker, waiting for a condition, driving the popup.

/** Waits until `check()` returns a truthy value (polling), or fails with `what` after `timeoutMs`. */
export async function waitFor(what, check, timeoutMs = 10_000, everyMs = 100) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Local storage, with the history's monthly parts joined as `history` (oldest first). */
export const readLocal = (worker) =>
  worker.evaluate(async () => {
    const all = await chrome.storage.local.get();
    const parts = Object.keys(all).filter((key) => /^history-\d{4}-\d{2}$/.test(key));
    // A part is a JSON string (a list, as written before parts were strings).
    const decode = (part) => (typeof part === 'string' ? JSON.parse(part) : (part ?? []));
    const history = parts.sort().flatMap((key) => decode(all[key]));
    return { ...all, history };
  });

/**
 * storage.sync once the settings written last have reached it: writes there are paced (one per
 * 2.5 s at most), and a change waits in local storage for its turn.
 */
export async function readSync(worker) {
  await waitFor('the settings to reach storage.sync', () =>
    worker.evaluate(async () => {
      const pending = (await chrome.storage.local.get('settings-pending'))['settings-pending'];
      return pending === undefined || pending === null;
    }),
  );
  return worker.evaluate(() => chrome.storage.sync.get());
}

/** Merges `changes` into the stored settings (test set-up only; the product writes through the background). */
export async function seedSettings(worker, changes) {
  await readSync(worker);
  await worker.evaluate(async (changes) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), ...changes } });
  }, changes);
}

/** A schedule whose person has sat `sittingMs` and whose interval started `intervalMs` ago. */
export async function seedSchedule(worker, { sittingMs, intervalMs = sittingMs }) {
  return worker.evaluate(
    async ({ sittingMs, intervalMs }) => {
      const now = Date.now();
      const { schedule } = await chrome.storage.local.get('schedule');
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
      await chrome.storage.local.set({ schedule: seeded });
      return seeded;
    },
    { sittingMs, intervalMs },
  );
}

/** Records every notification the extension creates, with its options (nothing is drawn headless). */
export async function recordNotifications(worker) {
  await worker.evaluate(() => {
    if (self.__notifications) return;
    self.__notifications = [];
    for (const api of [chrome.notifications, globalThis.browser?.notifications].filter(Boolean)) {
      const create = api.create.bind(api);
      api.create = (id, options, ...rest) => {
        self.__notifications.push({ id, options });
        return create(id, options, ...rest);
      };
    }
  });
}

export const createdNotifications = (worker) => worker.evaluate(() => self.__notifications ?? []);

/** Whether `page` is the break page (the popup opened by a break style in a window of its own). */
export const isBreakPage = (page) => page.url().includes('popup.html?view=break');

/** Runs the extension's alarm listeners at once, as if the alarm had fired. */
export const fireAlarm = (worker, name) =>
  worker.evaluate(
    (name) => chrome.alarms.onAlarm.dispatch({ name, scheduledTime: Date.now() }),
    name,
  );

/** The popup's size in the tests: tall enough for a stretch's steps and the countdown. */
export const POPUP = { width: 380, height: 900 };

/** Presses "Another one" until the offered stretch is a hold on each side (most are). */
export async function offerTwoSidedHold(page) {
  for (let tries = 0; tries < 40; tries++) {
    const dose = page.locator('.dose');
    await dose.waitFor();
    if (/^Hold \d+ s, each side$/.test(await dose.textContent())) return;
    const before = await page.getByRole('heading', { level: 2 }).textContent();
    await page.getByRole('button', { name: 'Another one' }).click();
    await waitFor(
      'another stretch',
      async () => (await page.getByRole('heading', { level: 2 }).textContent()) !== before,
    );
  }
  throw new Error('no two-sided hold stretch was offered in 40 tries');
}
