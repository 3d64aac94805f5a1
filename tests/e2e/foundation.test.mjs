import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import { accessibilityViolations, launchExtension } from './harness.mjs';
import { readSync, seedSettings, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

describeInOrder('the extension in Chromium', (test) => {
  // A new browser and profile for every test: none depends on what another left behind.
  let ext;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => ext?.close());

  const intervalField = (page) =>
    page.getByRole('spinbutton', { name: 'Remind me after sitting for' });

  test('registers a service worker with a 32-character extension id', () => {
    assert.match(ext.extensionId, /^[a-p]{32}$/);
  });

  test('opens the popup with its title and name', async () => {
    const page = await ext.openPage('popup', { width: 380, height: 600 });
    assert.equal(await page.title(), 'Stand Up & Stretch');
    await page.getByRole('heading', { name: 'Stand Up & Stretch' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  test('saves the reminder interval from the options page, and the service worker reads it back', async () => {
    const page = await ext.openPage('options');
    assert.match(await page.title(), /Settings · Stand Up & Stretch/);
    await intervalField(page).fill('45');
    await page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
    const worker = await ext.worker();
    const stored = await readSync(worker);
    assert.equal(stored.settings.intervalMinutes, 45);
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  test('refuses an out-of-range interval with a message and keeps the stored value', async () => {
    // A stored value other than the default, so "kept" cannot mean "fell back to the default".
    await seedSettings(await ext.worker(), { intervalMinutes: 45 });
    const page = await ext.openPage('options');
    await waitFor('the stored 45 in the field', async () => {
      return (await intervalField(page).inputValue()) === '45';
    });
    await intervalField(page).fill('2');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Choose between 5 and 240 minutes.' })
      .waitFor();
    // A valid change next to it is saved, in the same coalesced write the bad value stays out of.
    await page.getByRole('spinbutton', { name: 'Snooze for' }).fill('10');
    // Saved, but never "all" while the interval shows its error.
    await page
      .getByRole('status')
      .filter({ hasText: 'Other changes saved. 1 field needs fixing and is not saved until then.' })
      .waitFor();
    const { settings } = await readSync(await ext.worker());
    assert.equal(settings.snoozeMinutes, 10);
    assert.equal(settings.intervalMinutes, 45);
  });
});
