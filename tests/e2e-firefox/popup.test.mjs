// The popup's guided stretch in real Firefox, driven through its labelled controls.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firefoxPerFile } from './harness.mjs';
import { advanceTime, backgroundStarted, readLocal, seedSettings, waitFor } from './helpers.mjs';

const HOLD_SECONDS = 90; // the longest hold the settings allow: room for a slow machine
const CLOSED_FOR_MS = 30_000;

/** The seconds in the countdown's accessible name ("Right side: 1 minute 5 seconds left"). */
async function secondsLeft(page) {
  const name = await page.$eval('::-p-aria([role="timer"])', (el) => el.getAttribute('aria-label'));
  const [, minutes = '0', seconds = '0'] = /(?:(\d+) minutes? ?)?(?:(\d+) seconds)? left$/.exec(
    name,
  );
  return Number(minutes) * 60 + Number(seconds);
}

// The app's heading: popup.html opened without a fragment shows none of its early copies.
const stretchName = (page) => page.$eval('#stretch-name', (el) => el.textContent).catch(() => null);

/** Presses "Another one" until the offered exercise is a timed hold (some are counted reps). */
async function offerHold(page) {
  for (let tries = 0; tries < 40; tries++) {
    const name = await waitFor('a stretch', () => stretchName(page));
    if ((await page.$eval('.dose', (el) => el.textContent)).startsWith('Hold ')) return;
    await page.locator('::-p-aria([name="Another one"][role="button"])').click();
    await waitFor('another stretch', async () => (await stretchName(page)) !== name);
  }
  throw new Error('no timed hold was offered in 40 tries');
}

describe('the popup guides a stretch in Firefox', () => {
  const ff = firefoxPerFile();

  it('keeps the countdown running at the right second after the popup closes and reopens', async () => {
    const control = await ff.ext.openPage('options');
    await backgroundStarted(control);
    await seedSettings(control, { holdSeconds: HOLD_SECONDS });

    let popup = await ff.ext.openPage('popup');
    await offerHold(popup);

    // The toolbar button opens the popup at a URL that names the stretch on offer, and
    // popup.html's own copy of the name is the heading shown (the app keeps it).
    const offered = (await readLocal(control)).suggestion.stretch;
    const path = await waitFor('the toolbar popup to name the stretch', async () => {
      const url = await control.evaluate(() => browser.action.getPopup({}));
      return url.endsWith(`/popup.html#s-${offered.id}`) && url.slice(url.indexOf('popup.html'));
    });
    const toolbar = await ff.ext.openPage(path);
    await toolbar.waitForSelector('::-p-aria([name="Start stretch"][role="button"])');
    const heading = await toolbar.evaluate(() => {
      const shown = [...document.querySelectorAll('h2')].filter((h) => h.checkVisibility());
      return shown.map((h) => `${h.id}: ${h.textContent}`);
    });
    assert.deepEqual(heading, [`s-${offered.id}: ${offered.name}`]);
    await toolbar.close();
    await popup.locator('::-p-aria([name="Start stretch"][role="button"])').click();
    await popup.waitForSelector('::-p-aria([role="timer"])');
    const { 'guided-session': started } = await readLocal(control);
    assert.equal(started.finishedAt, null);
    await popup.close();

    // The session lives in the background, not in the popup: let half a minute pass while closed.
    await advanceTime(control, CLOSED_FOR_MS, ['guided-session']);
    const { 'guided-session': session } = await readLocal(control);
    const holdSeconds = session.plan[session.phaseIndex].seconds;
    assert.equal(holdSeconds, HOLD_SECONDS, 'the first phase is the hold');
    const endsAt = session.phaseStartedAt + holdSeconds * 1000;

    popup = await ff.ext.openPage('popup');
    await popup.waitForSelector('::-p-aria([role="timer"])');
    const before = Date.now();
    const shown = await secondsLeft(popup);
    const after = Date.now();
    // The page redraws a few times a second, so it may show the second just before `before`.
    const least = Math.ceil((endsAt - after) / 1000);
    const most = Math.ceil((endsAt - before) / 1000) + 1;
    assert.ok(shown >= least && shown <= most, `shows ${shown} s, expected ${least}-${most} s`);
    assert.ok(shown <= HOLD_SECONDS - CLOSED_FOR_MS / 1000 + 1, 'the closed time counted');
    await popup.waitForSelector('::-p-aria([name="Pause"][role="button"])');
    await waitFor('the countdown to move on', async () => (await secondsLeft(popup)) < shown);
  });
});
