import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { measureSizes } from '../../bench/sizes.mjs';
import {
  accessibilityViolations,
  EXTENSION_DIR,
  launchExtension,
  SCREENSHOT_DIR,
} from './harness.mjs';
import { readLocal, seedSettings, waitFor } from './helpers.mjs';

const POPUP = { width: 380, height: 900 };

/** The seconds shown in the countdown ring (its accessible name ends "N seconds left"). */
async function secondsLeft(page) {
  const name = await page.getByRole('timer').getAttribute('aria-label');
  return Number(/(\d+) seconds left/.exec(name)[1]);
}

/** Presses "Another one" until the offered stretch is a hold on each side (most are). */
async function offerTwoSidedHold(page) {
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

describe('the popup guides a stretch in Chromium', () => {
  let ext;
  before(async () => {
    ext = await launchExtension();
    const worker = await ext.worker();
    // The shortest hold and switch the settings allow keep the real-time walk-through short.
    await seedSettings(worker, { holdSeconds: 15, switchSeconds: 3, kinds: ['stretch'] });
  });
  after(async () => ext?.close());

  it('shows the sitting time, the next break and a stretch with its steps and caution', async () => {
    const page = await ext.openPage('popup', POPUP);
    await page.getByRole('heading', { level: 2 }).waitFor();
    assert.match(await page.getByTestId('next-break').textContent(), /in (30|29) min/);
    assert.ok((await page.locator('.steps li').count()) > 0);
    await page.getByRole('heading', { name: 'Take care' }).waitFor();
    assert.match(await page.textContent('body'), /never into pain/);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.close();
  });

  it('walks a two-sided stretch: start, pause, resume, reopen mid-countdown, switch sides, done', async () => {
    let page = await ext.openPage('popup', POPUP);
    await offerTwoSidedHold(page);
    const name = await page.getByRole('heading', { level: 2 }).textContent();
    const worker = await ext.worker();
    const { suggestion } = await readLocal(worker);
    assert.equal(suggestion.stretch.name, name);
    await page.getByRole('button', { name: 'Start stretch' }).click();
    await page.getByTestId('phase-title').filter({ hasText: 'Right side' }).waitFor();

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const frozen = await secondsLeft(page);
    await page.waitForTimeout(1500);
    assert.equal(await secondsLeft(page), frozen, 'the countdown stands still while paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/popup-countdown.png` });

    // Chrome closes a popup when it loses focus: the session must live on without it.
    const { 'guided-session': running } = await readLocal(worker);
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    page = await ext.openPage('popup', POPUP);
    await page.getByRole('timer').waitFor();
    const expected = Math.ceil((running.phaseStartedAt + 15_000 - Date.now()) / 1000);
    assert.ok(Math.abs((await secondsLeft(page)) - expected) <= 1, 'reopened at the right second');

    await page
      .getByTestId('phase-title')
      .filter({ hasText: 'Switch sides' })
      .waitFor({ timeout: 20_000 });
    assert.match(
      await page.getByRole('status').filter({ hasText: 'Switch sides' }).textContent(),
      /Switch sides/,
    );
    await page
      .getByTestId('phase-title')
      .filter({ hasText: 'Left side' })
      .waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Nice work. Your break is counted.').waitFor();

    const { history, schedule } = await waitFor('the break in the background', async () => {
      const local = await readLocal(worker);
      return local.history?.some((entry) => entry.kind === 'stretched') && local;
    });
    assert.ok(Date.now() - schedule.intervalStart < 10_000, 'a fresh interval started');
    assert.equal(history.at(-1).kind, 'stretched');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Start stretch' }).waitFor();
    assert.match(await page.textContent('.today'), /1 stretch/);
    await page.close();
  });

  it('announces the end with a notification and counts the break when the popup is closed', async () => {
    let page = await ext.openPage('popup', POPUP);
    await offerTwoSidedHold(page);
    await page.getByRole('button', { name: 'Start stretch' }).click();
    await page.getByRole('timer').waitFor();
    await page.close();
    const worker = await ext.worker();
    const before = (await readLocal(worker)).history.length;
    await waitFor(
      'the finished session',
      async () => {
        const shown = await worker.evaluate(() => chrome.notifications.getAll());
        return 'stretch-done' in shown;
      },
      45_000,
      250,
    );
    const { history, 'guided-session': session } = await readLocal(worker);
    assert.equal(history.length, before + 1);
    assert.equal(history.at(-1).kind, 'stretched');
    assert.ok(session.finishedAt > 0);
    page = await ext.openPage('popup', POPUP);
    await page.getByText('Nice work. Your break is counted.').waitFor();
    await page.close();
  });

  it('works from the keyboard: Space starts and pauses, N picks another, Enter finishes', async () => {
    const page = await ext.openPage('popup', POPUP);
    await page.getByRole('heading', { level: 2 }).waitFor();
    const close = page.getByRole('button', { name: 'Close' });
    if (await close.isVisible()) await close.click();
    await offerTwoSidedHold(page);
    const first = await page.getByRole('heading', { level: 2 }).textContent();
    // N works wherever focus is (here on a button), except in a text field.
    await page.getByRole('button', { name: 'Another one' }).focus();
    await page.keyboard.press('n');
    await waitFor(
      'another stretch',
      async () => (await page.getByRole('heading', { level: 2 }).textContent()) !== first,
    );
    await offerTwoSidedHold(page);
    // Space on a focused button presses that button; as a shortcut it needs focus off the controls.
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('Space');
    await page.getByRole('timer').waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('Nice work. Your break is counted.').waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.close();
  });

  it('snoozes, skips and pauses from the popup, and resumes in one click', async () => {
    const page = await ext.openPage('popup', POPUP);
    const worker = await ext.worker();
    await page.getByRole('button', { name: 'Skip this break' }).click();
    await waitFor(
      'a skip',
      async () => (await readLocal(worker)).history.at(-1).kind === 'skipped',
    );
    await page.locator('summary', { hasText: 'Pause reminders' }).click();
    await page.getByRole('button', { name: 'Pause reminders: 1 hour' }).click();
    await page.getByText('Reminders paused').waitFor();
    assert.equal(await worker.evaluate(() => chrome.action.getBadgeText({})), '❚❚');
    await page.getByRole('button', { name: 'Resume reminders' }).click();
    await page.getByTestId('next-break').waitFor();
    assert.equal((await readLocal(worker)).schedule.pause, null);
    await page.close();
  });

  it('pops the guided stretch out into a window of its own', async () => {
    const page = await ext.openPage('popup', POPUP);
    const [windowPage] = await Promise.all([
      ext.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open in a window' }).click(),
    ]);
    await windowPage.waitForLoadState();
    assert.match(windowPage.url(), /popup\.html\?view=window$/);
    await windowPage.getByRole('button', { name: 'Start stretch' }).waitFor();
    assert.equal(await windowPage.getByRole('button', { name: 'Open in a window' }).count(), 0);

    // Asking again brings the same window forward instead of opening a second one.
    const again = await ext.openPage('popup', POPUP);
    await again.getByRole('button', { name: 'Open in a window' }).click();
    const worker = await ext.worker();
    const popups = () => worker.evaluate(() => chrome.windows.getAll({ windowTypes: ['popup'] }));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal((await popups()).length, 1);
    await windowPage.close();
  });

  it('passes the accessibility check in light and dark, with a session running', async () => {
    const page = await ext.openPage('popup', POPUP);
    await offerTwoSidedHold(page);
    await page.getByRole('button', { name: 'Start stretch' }).click();
    await page.getByRole('timer').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/popup-dark.png` });
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/popup.png` });
    await page.close();
  });

  // Figures, not assertions on time: the budgets live in `npm run bench`. This prints what the
  // popup weighs and how soon it paints in this run, next to the tests that drive it.
  it('reports its JavaScript size and first contentful paint', async (t) => {
    const { pages } = await measureSizes(EXTENSION_DIR, '.output');
    const paints = [];
    for (let i = 0; i < 5; i++) {
      const page = await ext.openPage('popup', POPUP);
      await page.getByRole('heading', { level: 2 }).waitFor();
      paints.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
        ),
      );
      await page.close();
    }
    paints.sort((a, b) => a - b);
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    t.diagnostic(
      `popup JavaScript: ${kb(pages.popup.js.raw)} raw, ${kb(pages.popup.js.gzip)} gzip`,
    );
    t.diagnostic(`popup first contentful paint: median ${Math.round(paints[2])} ms of 5 opens`);
    assert.ok(pages.popup.js.gzip > 0);
    assert.ok(
      paints.every((paint) => paint > 0),
      'every open painted',
    );
  });
});
