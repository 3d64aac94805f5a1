// The options page in real Firefox, driven through its labelled controls.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { firefoxPerFile } from './harness.mjs';
import {
  backgroundStarted,
  badgeText,
  readSync,
  roleWithText,
  scheduleAlarm,
  waitFor,
} from './helpers.mjs';

const INTERVAL = '::-p-aria([name="Remind me after sitting for"][role="spinbutton"])';
const SNOOZE = '::-p-aria([name="Snooze for"][role="spinbutton"])';

describe('the options page in Firefox', () => {
  const ff = firefoxPerFile();
  let page;
  beforeEach(async () => {
    page = await ff.ext.openPage('options');
    await backgroundStarted(page);
    await page.waitForSelector(INTERVAL);
  });

  const settings = async () => (await readSync(page)).settings ?? {};

  it('refuses an out-of-range interval with a message next to it, and does not save it', async () => {
    await page.locator(INTERVAL).fill('2');
    await roleWithText(page, 'alert', 'Choose between 5 and 240 minutes.');
    assert.equal(await page.$eval(INTERVAL, (el) => el.getAttribute('aria-invalid')), 'true');
    // A valid change saved after it shows that the refused one was never sent.
    await page.locator(SNOOZE).fill('10');
    await waitFor('the snooze to be saved', async () => (await settings()).snoozeMinutes === 10);
    assert.equal((await settings()).intervalMinutes, 30, 'the interval kept its default');
  });

  it('saves a valid interval to storage.sync, and the schedule follows at once', async () => {
    await page.locator(INTERVAL).fill('45');
    await roleWithText(page, 'status', 'All changes saved.');
    assert.equal((await settings()).intervalMinutes, 45);
    await waitFor('the badge to count down from 45', async () =>
      ['45', '44'].includes(await badgeText(page)),
    );
    assert.ok((await scheduleAlarm(page)).scheduledTime > Date.now());
  });
});
