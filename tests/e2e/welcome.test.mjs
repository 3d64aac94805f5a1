// The welcome page in real Chromium: it opens by itself on install, saves the choices made on it
// through the same checks as the options page, shows the pin hint while the button is not pinned,
// and "Try a stretch now" leaves a session running in a window of its own. An update from an
// earlier version opens "what's new" instead. One browser for the file: each test opens its own pages.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { accessibilityViolations, isWelcomePage, launchExtension } from './harness.mjs';
import { readLocal, readSync, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

describeInOrder('the welcome page in Chromium', (test) => {
  let ext;
  let worker;
  before(async () => {
    ext = await launchExtension({ welcome: 'keep' });
    worker = await ext.worker();
    await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
  });
  after(async () => ext?.close());

  const settings = async () => (await readSync(worker)).settings ?? {};

  test('opens on install; its choices are saved and the options page shows them', async () => {
    const page = await waitFor('the welcome page to open by itself', () =>
      ext.context.pages().find(isWelcomePage),
    );
    assert.match(page.url(), /welcome\.html\?install$/);
    await page.getByRole('heading', { name: 'Welcome to Stand Up & Stretch' }).waitFor();
    // Headless Chromium has no pinned buttons: the hint shows how.
    await page.getByRole('heading', { name: 'Pin the button to your toolbar' }).waitFor();
    assert.equal(
      await worker.evaluate(async () => (await chrome.action.getUserSettings()).isOnToolbar),
      false,
    );
    assert.deepEqual(await accessibilityViolations(page), []);

    const saved = () => page.getByRole('status').filter({ hasText: 'All changes saved.' });
    const interval = page.getByRole('spinbutton', { name: 'Remind me after sitting for' });
    // A bad value is refused with its reason, and nothing is saved.
    await interval.fill('2');
    await page.getByRole('alert').filter({ hasText: /5/ }).first().waitFor();
    await interval.fill('45');
    await page.getByRole('radio', { name: /^Insistent/ }).check();
    await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
    await page.getByRole('radio', { name: /^Anywhere/ }).check();
    await page.getByRole('checkbox', { name: /^Foam roller/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Pregnant/ }).check();
    await saved().waitFor();
    await waitFor('the choices in storage.sync', async () => {
      const s = await settings();
      return s.intervalMinutes === 45 && s.breakStyle === 'insistent' && s.place === 'anywhere';
    });
    const stored = await settings();
    assert.equal(stored.workingHours.enabled, true);
    assert.ok(!stored.equipment.includes('foam-roller'));
    await waitFor('the condition on this device', async () =>
      (await readLocal(worker)).conditions?.includes('pregnancy'),
    );

    const options = await ext.openPage('options');
    await options.getByRole('heading', { name: 'Stand Up & Stretch settings' }).waitFor();
    assert.equal(
      await options.getByRole('spinbutton', { name: 'Remind me after sitting for' }).inputValue(),
      '45',
    );
    assert.ok(await options.getByRole('radio', { name: /^Insistent/ }).isChecked());
    assert.ok(await options.getByRole('radio', { name: /^Anywhere/ }).isChecked());
    assert.ok(!(await options.getByRole('checkbox', { name: /^Foam roller/ }).isChecked()));
    assert.ok(await options.getByRole('checkbox', { name: /^Pregnant/ }).isChecked());
    // The options page leads back to the welcome page.
    await options.getByRole('link', { name: 'Show the welcome page' }).click();
    await options.getByRole('heading', { name: 'Welcome to Stand Up & Stretch' }).waitFor();
    await options.close();
  });

  test('"Try a stretch now" starts a session in a window that stays open', async () => {
    const page = await ext.openPage('welcome');
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('popup.html?view=window'),
      timeout: 20_000,
    });
    await page.getByRole('button', { name: 'Try a stretch now' }).click();
    const stretch = await opened;
    await stretch.getByRole('region', { name: 'Guided stretch' }).waitFor();
    const session = (await readLocal(worker))['guided-session'];
    assert.equal(session.finishedAt, null);
    assert.equal(session.stretchId, (await readLocal(worker)).suggestion.stretch.id);
    await stretch.close();
    await page.close();
  });

  test("an update from an earlier version opens what's new", async () => {
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('welcome.html?update'),
      timeout: 20_000,
    });
    await worker.evaluate(() =>
      chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.2.0' }),
    );
    const page = await opened;
    await page.getByRole('heading', { name: 'What’s new in Stand Up & Stretch' }).waitFor();
    await page.getByTestId('current-style').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.close();
  });
});
