// The console in real Firefox: the extension's main flows log no warning or error (Firefox warns,
// for one, when a listener is added to an API it does not implement, such as notification buttons).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firefoxPerFile } from './harness.mjs';
import {
  backgroundStarted,
  MINUTE,
  seedSchedule,
  shownNotifications,
  waitFor,
} from './helpers.mjs';

describe("the extension's console in Firefox", () => {
  // Checked in the tests themselves: the second one logs on purpose.
  const ff = firefoxPerFile({ quietConsole: false });

  it('stays clean through install, a reminder, the popup and the options page', async () => {
    const options = await ff.ext.openPage('options');
    await backgroundStarted(options);
    await options.waitForSelector(
      '::-p-aria([name="Remind me after sitting for"][role="spinbutton"])',
    );
    await seedSchedule(options, { sittingMs: 31 * MINUTE, intervalMs: 30 * MINUTE + 2000 });
    await waitFor(
      'the reminder',
      async () => 'stretch-break' in (await shownNotifications(options)),
    );
    await ff.ext.fadeNotifications();
    const popup = await ff.ext.openPage('popup');
    await popup.waitForSelector('::-p-aria([name="Start stretch"][role="button"])');
    assert.deepEqual(await ff.ext.consoleProblems(), []);
  });

  // The check above can fail: what the extension's pages and background log reaches it.
  it('catches what the background and the pages log, and what they throw', async () => {
    const page = await ff.ext.openPage('options');
    await backgroundStarted(page);
    await page.evaluate(async () => {
      const background = await browser.runtime.getBackgroundPage();
      background.console.warn('a warning from the background');
      console.error('an error from a page');
      setTimeout(() => {
        throw new Error('thrown in a page');
      });
    });
    const problems = await waitFor('three problems', async () => {
      const all = await ff.ext.consoleProblems();
      return all.length >= 3 && all;
    });
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.ok(problems.some((p) => p === 'console.warn: "a warning from the background"'));
    assert.ok(problems.some((p) => p === 'console.error: "an error from a page"'));
    assert.ok(problems.some((p) => p.endsWith('/options.html: Error: thrown in a page')));
  });
});
