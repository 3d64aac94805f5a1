import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { accessibilityViolations, launchExtension } from './harness.mjs';

describe('the extension in Chromium', () => {
  let ext;
  before(async () => {
    ext = await launchExtension();
  });
  after(async () => ext?.close());

  it('registers a service worker with a 32-character extension id', () => {
    assert.match(ext.extensionId, /^[a-p]{32}$/);
  });

  it('opens the popup with its title and name', async () => {
    const page = await ext.openPage('popup', { width: 380, height: 600 });
    assert.equal(await page.title(), 'Stand Up & Stretch');
    await page.getByRole('heading', { name: 'Stand Up & Stretch' }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.close();
  });

  it('saves the reminder interval from the options page, and the service worker reads it back', async () => {
    const page = await ext.openPage('options');
    assert.match(await page.title(), /Settings · Stand Up & Stretch/);
    const interval = page.getByRole('spinbutton', { name: 'Remind me after sitting for' });
    await interval.fill('45');
    await page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
    const worker = await ext.worker();
    const stored = await worker.evaluate(() => chrome.storage.sync.get('settings'));
    assert.equal(stored.settings.intervalMinutes, 45);
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.close();
  });

  it('refuses an out-of-range interval with a message and keeps the stored value', async () => {
    const page = await ext.openPage('options');
    const interval = page.getByRole('spinbutton', { name: 'Remind me after sitting for' });
    await interval.fill('2');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Choose between 5 and 240 minutes.' })
      .waitFor();
    const worker = await ext.worker();
    const stored = await worker.evaluate(() => chrome.storage.sync.get('settings'));
    assert.equal(stored.settings.intervalMinutes, 45);
    await page.close();
  });
});
