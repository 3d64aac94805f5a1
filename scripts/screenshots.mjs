// Writes the README's screenshots to docs/screenshots/, and the contact sheet of every figure to
// docs/figures.png, from the built extension in real Chromium: `npm run screenshots` (builds
// first). The only command meant to change those tracked files; the end-to-end tests take none.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtension } from '../tests/e2e/harness.mjs';
import { offerTwoSidedHold, seedSchedule, seedSettings, waitFor } from '../tests/e2e/helpers.mjs';
import { writeFigureSheet } from './figure-sheet.mjs';
import { seedProgressHistory } from './seed-progress.mjs';

const OUT = resolve('docs/screenshots');
const POPUP_SHOT = { width: 380, height: 600 };

await mkdir(OUT, { recursive: true });
const ext = await launchExtension();
try {
  // A short hold, so the countdown shown is a typical one and Done comes quickly.
  await seedSettings(await ext.worker(), { holdSeconds: 15, switchSeconds: 3, kinds: ['stretch'] });

  // The popup as Chrome shows it: at most 600 px tall, so each state is shot at 380 x 600.
  const popup = await ext.openPage('popup', POPUP_SHOT);
  await offerTwoSidedHold(popup);
  await popup.getByRole('button', { name: 'Start stretch' }).click();
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  await popup.screenshot({ path: `${OUT}/popup-countdown.png` });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: `${OUT}/popup-dark.png` });
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.getByRole('button', { name: 'Pause' }).click();
  await popup.getByRole('button', { name: 'Resume' }).waitFor();
  await popup.screenshot({ path: `${OUT}/popup-paused.png` });
  await popup.getByRole('button', { name: 'Done' }).click();
  await popup.getByRole('button', { name: 'Close' }).waitFor();
  await popup.screenshot({ path: `${OUT}/popup-done.png` });
  await popup.getByRole('button', { name: 'Close' }).click();
  await popup.getByRole('button', { name: 'Start stretch' }).waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  await popup.getByRole('button', { name: /^Snooze/ }).click();
  await popup.locator('.answer').getByText('Snoozed').waitFor();
  await popup.screenshot({ path: `${OUT}/popup-snoozed.png` });

  // A strength set, then the rest between sets: strengthening only, so one is offered.
  await seedSettings(await ext.worker(), { kinds: ['strengthen'] });
  await popup.locator('.dose', { hasText: /sets/ }).waitFor();
  await popup.getByRole('button', { name: 'Start stretch' }).click();
  await popup.getByRole('button', { name: 'Finish set' }).waitFor();
  await popup.screenshot({ path: `${OUT}/popup-strength-set.png` });
  // A move done on each side switches sides between its sets: finish sets until the rest comes.
  const rest = popup.getByTestId('phase-title').filter({ hasText: /^Rest$/ });
  while ((await rest.count()) === 0) {
    const finish = popup.getByRole('button', { name: 'Finish set' });
    if ((await finish.count()) > 0) await finish.click();
    await popup.waitForTimeout(300);
  }
  await popup.screenshot({ path: `${OUT}/popup-strength-rest.png` });
  await popup.getByRole('button', { name: 'End early' }).click();
  await popup.getByRole('button', { name: 'Close' }).click();

  // A routine chosen in the options, in its second step.
  await seedSettings(await ext.worker(), { kinds: ['stretch'] });
  const choose = await ext.openPage('options');
  await choose.getByRole('radio', { name: /^Desk hips and glutes, about/ }).check();
  await popup.getByRole('button', { name: 'Start stretch' }).waitFor();
  await waitFor('the routine to be stored', () =>
    ext.worker().then((w) =>
      w.evaluate(async () => {
        const { 'break-routine': routine } = await chrome.storage.local.get('break-routine');
        return routine?.routineId === 'desk-hips-glutes';
      }),
    ),
  );
  await popup.getByRole('button', { name: 'Start stretch' }).click();
  await popup.getByText(/^Step 1 of 4/).waitFor();
  await popup.screenshot({ path: `${OUT}/popup-routine.png` });
  await popup.getByRole('button', { name: 'Done' }).click();
  await popup.getByRole('button', { name: 'Close' }).click();
  await choose.getByRole('radio', { name: /^One stretch/ }).check();
  await choose.close();

  // The break page, as the break styles open it: a reminder shown a minute ago, unanswered.
  const worker = await ext.worker();
  await seedSchedule(worker, { sittingMs: 34 * 60_000 });
  await worker.evaluate(async () => {
    const now = Date.now();
    const { schedule } = await chrome.storage.local.get('schedule');
    const reminder = {
      phase: 'showing',
      dueSince: now - 240_000,
      shownAt: now - 60_000,
      attempt: 1,
    };
    await chrome.storage.local.set({ schedule: { ...schedule, reminder } });
  });
  const breakPage = await ext.context.newPage();
  await breakPage.setViewportSize(POPUP_SHOT);
  await breakPage.goto(`chrome-extension://${ext.extensionId}/popup.html?view=break`);
  await breakPage.getByRole('heading', { name: 'Time to stand up' }).waitFor();
  await breakPage.screenshot({ path: `${OUT}/break-page.png` });

  // The same break snoozed twice already: the one-minute stretch comes first, then Skip.
  await worker.evaluate(async () => {
    const now = Date.now();
    const date = new Date(now);
    const key = `history-${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
    const stored = (await chrome.storage.local.get(key))[key];
    const part = typeof stored === 'string' ? JSON.parse(stored) : (stored ?? []);
    const snoozed = (minutesAgo) => ({
      kind: 'snoozed',
      at: now - minutesAgo * 60_000,
      sittingMs: (34 - minutesAgo) * 60_000,
    });
    await chrome.storage.local.set({ [key]: JSON.stringify([...part, snoozed(10), snoozed(5)]) });
  });
  await breakPage.getByRole('button', { name: 'Start a one-minute stretch' }).waitFor();
  await breakPage.screenshot({ path: `${OUT}/break-page-snoozed.png` });

  // As tall as its content, so the sticky save bar sits at the end of the picture.
  const options = await ext.openPage('options');
  await options.getByRole('heading', { name: 'Reminders' }).waitFor();
  const height = await options.evaluate(() => document.documentElement.scrollHeight);
  await options.setViewportSize({ width: 900, height });
  await options.screenshot({ path: `${OUT}/options.png` });

  // The welcome page as a new install opens it (the pin hint shows: nothing is pinned headless),
  // light and dark, and what's new after an update; each as tall as its content.
  const fullHeight = async (page, width) => {
    await page.setViewportSize({ width, height: 800 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width, height });
  };
  const welcome = await ext.openPage('welcome');
  await welcome.getByRole('heading', { name: 'Pin the button to your toolbar' }).waitFor();
  await fullHeight(welcome, 900);
  await welcome.screenshot({ path: `${OUT}/welcome.png` });
  await welcome.emulateMedia({ colorScheme: 'dark' });
  await welcome.screenshot({ path: `${OUT}/welcome-dark.png` });
  const news = await ext.context.newPage();
  await news.goto(`chrome-extension://${ext.extensionId}/welcome.html?update`);
  await news.getByRole('heading', { name: 'What’s new in Stand Up & Stretch' }).waitFor();
  await fullHeight(news, 900);
  await news.screenshot({ path: `${OUT}/whats-new.png` });

  // The Stretches page, its first screen with the pictures drawn, light and dark.
  const list = await ext.openPage('stretches', { width: 900, height: 1000 });
  const pictures = list.locator('.library-entry [data-figure] svg[role="img"]');
  await pictures.nth(3).waitFor();
  await list.screenshot({ path: `${OUT}/stretches.png` });
  await list.emulateMedia({ colorScheme: 'dark' });
  await list.screenshot({ path: `${OUT}/stretches-dark.png` });

  // The Progress page over six weeks of a plausible history, in light and dark.
  await seedProgressHistory(worker);
  const progress = await ext.openPage('progress');
  await progress.getByRole('heading', { name: 'Your progress', exact: true }).waitFor();
  await progress.setViewportSize({ width: 900, height: 800 });
  const progressHeight = await progress.evaluate(() => document.documentElement.scrollHeight);
  await progress.setViewportSize({ width: 900, height: progressHeight });
  await progress.screenshot({ path: `${OUT}/progress.png` });
  await progress.emulateMedia({ colorScheme: 'dark' });
  await progress.screenshot({ path: `${OUT}/progress-dark.png` });

  const sheet = await writeFigureSheet(ext, resolve('docs/figures.png'));
  console.log(`contact sheet: ${sheet.count} of ${sheet.entries} entries have a figure`);
} finally {
  await ext.close();
}
console.log(`screenshots written to ${OUT}`);
