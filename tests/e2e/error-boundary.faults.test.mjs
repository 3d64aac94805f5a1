// The pages' error boundary in real Chromium. Every stored item is validated on every read, so no
// corruption makes a component throw any more; the test build's render fault
// (pages/test-render-fault.ts) makes one stored value unrenderable, as a bug would. The boundary
// must say what went wrong and offer its way out: reset that item, keep the rest; driven through
// its labelled buttons, after which the page works again.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { afterEach, beforeEach } from 'node:test';
import { launchExtension } from './harness.mjs';
import { POPUP, readLocal, readSync, seedSettings, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const TROUBLE = 'Something went wrong showing this page';

/** Arms the render fault for every page of the extension (they share localStorage). */
const breakRendering = (page, what, value) =>
  page.evaluate(
    ([what, value]) =>
      localStorage.setItem('stretch-test-render-fault', JSON.stringify({ what, value })),
    [what, value],
  );

/** One break done today, in this month's history part, for the "kept" checks. */
const seedHistory = (worker) =>
  worker.evaluate(async () => {
    const now = new Date();
    const month = `history-${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const entry = { kind: 'stretched', at: now.getTime() - 1000, sittingMs: 1_800_000 };
    await chrome.storage.local.set({ [month]: [entry] });
  });

async function screenshot(page, name) {
  await mkdir('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

describeInOrder('the error boundary in Chromium (test build)', (test) => {
  let ext;
  let worker;
  beforeEach(async () => {
    ext = await launchExtension({ build: 'faults' });
    worker = await ext.worker();
    await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
  });
  afterEach(async () => ext?.close());

  test('the popup offers a new stretch when the one on offer cannot be shown, keeping the rest', async () => {
    await seedSettings(worker, { snoozeMinutes: 7 });
    await seedHistory(worker);
    const page = await ext.openPage('popup', POPUP);
    await page.getByRole('button', { name: 'Another one' }).waitFor();
    const { suggestion } = await readLocal(worker);
    await breakRendering(page, 'stretch', suggestion.stretch.id);

    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: TROUBLE });
    await alert.waitFor();
    assert.match(await alert.textContent(), /cannot be shown/);
    assert.match(await alert.textContent(), /Your settings and your history are kept/);
    await screenshot(page, 'popup-error-boundary');
    // Trying again renders the same stored stretch: the way out is to reset it.
    await page.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor();
    await page.getByRole('button', { name: 'Start over with a new stretch' }).click();

    await page.getByRole('button', { name: 'Another one' }).waitFor();
    assert.equal(await alert.count(), 0);
    const after = await readLocal(worker);
    assert.notEqual(after.suggestion.stretch.id, suggestion.stretch.id, 'a new stretch');
    assert.equal(after.history.length, 1, 'the history is kept');
    assert.equal(await page.locator('.today span').textContent(), 'Today: 1 break taken');
    assert.ok(
      await page.getByRole('button', { name: 'Snooze 7 min' }).isVisible(),
      'settings kept',
    );
    // And it works again: the new stretch starts.
    await page.getByRole('button', { name: 'Start stretch' }).click();
    await page.getByRole('button', { name: 'Done', exact: true }).waitFor();
    assert.equal(await alert.count(), 0);
  });

  test('the options page resets the settings it cannot show, keeping the history', async () => {
    await seedSettings(worker, { intervalMinutes: 47, snoozeMinutes: 7 });
    await seedHistory(worker);
    const page = await ext.openPage('options');
    await page.getByRole('heading', { name: 'Stand Up & Stretch settings' }).waitFor();
    await breakRendering(page, 'interval', 47);

    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: TROUBLE });
    await alert.waitFor();
    assert.match(await alert.textContent(), /the interval 47 cannot be shown/);
    assert.match(await alert.textContent(), /Your history is kept whatever you choose here/);
    await screenshot(page, 'options-error-boundary');
    await page.getByRole('button', { name: 'Reset settings to their defaults' }).click();

    const interval = page.getByRole('spinbutton', { name: 'Remind me after sitting for' });
    await interval.waitFor();
    assert.equal(await alert.count(), 0);
    assert.equal(await interval.inputValue(), '30', 'the settings are back to their defaults');
    assert.equal((await readLocal(worker)).history.length, 1, 'the history is kept');
    // And it works again: a change is saved.
    await page.getByRole('spinbutton', { name: 'Snooze for' }).fill('8');
    await waitFor(
      'the change saved',
      async () => (await readSync(worker)).settings?.snoozeMinutes === 8,
    );
    assert.equal(
      await page.getByRole('status').filter({ hasText: 'All changes saved.' }).count(),
      1,
    );
  });
});
