// The welcome page and the break page in real Firefox: the welcome page opens by itself on
// install and saves a choice made there; Firefox pins the toolbar button itself (the manifest's
// default_area), so there is nothing to pin. The insistent break style opens the break page when
// the break is due.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firefoxPerFile } from './harness.mjs';
import {
  backgroundStarted,
  MINUTE,
  readSync,
  seedSchedule,
  seedSettings,
  waitFor,
} from './helpers.mjs';

const INTERVAL = '::-p-aria([name="Remind me after sitting for"][role="spinbutton"])';

describe('the welcome page and the break page in Firefox', () => {
  const ff = firefoxPerFile();

  /**
   * The extension page at `path` that the extension opened itself, once it has rendered
   * `selector`. Firefox reports no navigation for extension pages (their tabs stay "about:blank"
   * to the client), so each page is asked where it is.
   */
  async function openedPage(path, selector) {
    const url = `moz-extension://${ff.ext.uuid}/${path}`;
    return waitFor(
      `${path} to open and render`,
      async () => {
        for (const page of await ff.firefox.browser.pages()) {
          const found = await page
            .evaluate(
              (url, selector) =>
                location.href.startsWith(url) && document.querySelector(selector) !== null,
              url,
              selector,
            )
            .catch(() => false);
          if (found) return page;
        }
        return null;
      },
      20_000,
      250,
    );
  }

  it('opens the welcome page on install, which saves a choice; the button is pinned', async () => {
    const page = await openedPage('welcome.html', 'h1');
    assert.equal(await page.$eval('h1', (h1) => h1.textContent), 'Welcome to Stand Up & Stretch');
    await page.waitForSelector(INTERVAL);
    await page.locator(INTERVAL).fill('45');
    await waitFor(
      'the interval in storage.sync',
      async () => (await readSync(page)).settings?.intervalMinutes === 45,
    );
    const pinned = await page.evaluate(
      async () => (await browser.action.getUserSettings()).isOnToolbar,
    );
    assert.equal(pinned, true);
    assert.equal(await page.$('#pin-heading'), null, 'no pin hint while the button is pinned');
    // Left open: closing a page while it talks to the background logs an unload warning; the
    // uninstall after the test closes it.
  });

  it('insistent: the break page opens when the break is due, with the stretch', async () => {
    const options = await ff.ext.openPage('options');
    await backgroundStarted(options);
    await seedSettings(options, { breakStyle: 'insistent' });
    await waitFor(
      'the insistent style to be read back',
      async () => (await readSync(options)).settings?.breakStyle === 'insistent',
    );
    await seedSchedule(options, { sittingMs: 31 * MINUTE, intervalMs: 30 * MINUTE + 2000 });
    const page = await openedPage('popup.html?view=break', '#stretch-name');
    const heading = await page.evaluate(() =>
      [...document.querySelectorAll('h2')].map((h) => h.textContent),
    );
    assert.ok(heading.includes('Time to stand up'), heading.join(' | '));
  });
});
