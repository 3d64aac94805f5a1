// The options page in real Chromium, driven only through its labelled controls.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach } from 'node:test';
import { accessibilityViolations, launchExtension } from './harness.mjs';
import { readSync, seedSettings, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const SWITCHED_OFF = 'Seated figure 4 on a chair';

describeInOrder('the options page in Chromium', (test) => {
  let ext;
  let page;
  let worker;
  let files;
  before(async () => {
    files = await mkdtemp(join(tmpdir(), 'stretch-options-'));
  });
  after(async () => {
    if (files) await rm(files, { recursive: true, force: true });
  });
  // A new browser and profile for every test: none depends on what another left behind.
  beforeEach(async () => {
    ext = await launchExtension();
    worker = await ext.worker();
    // The background has started once it has set its alarm.
    await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
  });
  afterEach(async () => ext?.close());
  /** Opens the options page; a test that seeds settings does so first, so the page shows them. */
  const openOptions = async () => {
    page = await ext.openPage('options');
    await page.getByRole('heading', { name: 'Stand Up & Stretch settings' }).waitFor();
  };

  const field = (name) => page.getByRole('spinbutton', { name });
  const settings = async () => (await readSync(worker)).settings ?? {};
  const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));
  const saved = () => page.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();
  const alert = (text) => page.getByRole('alert').filter({ hasText: text });

  test('moves the next break when the interval changes, without a reload', async () => {
    await openOptions();
    const popup = await ext.openPage('popup', { width: 380, height: 600 });
    const nextBreak = async () =>
      Number((await popup.getByTestId('next-break').textContent()).match(/\d+/)?.[0]);
    const minutesBefore = await nextBreak();
    assert.ok(minutesBefore >= 29 && minutesBefore <= 30, `next break in ${minutesBefore} min`);

    await field('Remind me after sitting for').fill('45');
    await saved();
    // The background recomputed at once: the toolbar badge counts down from the new interval.
    await waitFor('the badge to move 15 minutes', async () => {
      const text = await badge();
      return Math.abs(Number(text) - (minutesBefore + 15)) <= 1;
    });
    await waitFor('the popup to move 15 minutes', async () => {
      return Math.abs((await nextBreak()) - (minutesBefore + 15)) <= 1;
    });
    const alarm = await worker.evaluate(() => chrome.alarms.get('schedule'));
    assert.ok(alarm.scheduledTime > Date.now(), 'the schedule alarm is set ahead');
    assert.equal((await settings()).intervalMinutes, 45);

    // Keyboard only: from the field, Tab reaches the quick choices.
    await field('Remind me after sitting for').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor('20 minutes saved', async () => (await settings()).intervalMinutes === 20);
    await waitFor('the badge at 20', async () => Math.abs(Number(await badge()) - 20) <= 1);
    await popup.close();
  });

  test('shows a message next to every invalid value, saves none of them, and saves a valid field', async () => {
    // Stored values other than the defaults, so "unchanged" cannot mean "fell back to the default".
    await seedSettings(worker, { intervalMinutes: 40, holdSeconds: 45, naturalBreakMinutes: 7 });
    await openOptions();
    const interval = field('Remind me after sitting for');

    await interval.fill('');
    await alert('Enter a value.').waitFor();
    await interval.fill('4');
    await alert('Choose between 5 and 240 minutes.').waitFor();
    assert.equal(await interval.getAttribute('aria-invalid'), 'true');
    const errorId = await alert('Choose between 5 and 240 minutes.').getAttribute('id');
    assert.match(await interval.getAttribute('aria-describedby'), new RegExp(errorId));
    await field('Hold each stretch for').fill('12.5');
    await alert('Use a whole number of seconds.').waitFor();
    await field('Count time away as a break after').fill('31');
    await alert('Choose between 2 and 30 minutes.').waitFor();

    // Unticking the last focus area and the last kind of exercise.
    await page.getByRole('button', { name: 'Glutes', exact: true }).click();
    await waitFor('glutes alone saved', async () => (await settings()).focus?.join() === 'glutes');
    await page.getByRole('checkbox', { name: /^Glutes/ }).uncheck();
    await alert('Select at least one focus area.').waitFor();
    await page.getByRole('checkbox', { name: /^Stretches/ }).uncheck();
    await alert('Select at least one kind of exercise.').waitFor();

    // Working hours with Monday ending when it starts.
    await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
    await page.getByLabel('Monday end').fill('09:00');
    await alert(
      'Monday: The end must differ from the start (22:00 to 06:00 runs past midnight).',
    ).waitFor();

    // A valid field still saves while the others are wrong.
    await field('Snooze for').fill('10');
    // Never "All changes saved" while fields show errors: the line says which are held back.
    await page
      .getByRole('status')
      .filter({
        hasText: /^Other changes saved\. 6 fields need fixing and are not saved until then\.$/,
      })
      .waitFor();
    await waitFor('the snooze to be saved', async () => (await settings()).snoozeMinutes === 10);
    const now = await settings();
    assert.equal(now.intervalMinutes, 40);
    assert.equal(now.holdSeconds, 45);
    assert.equal(now.naturalBreakMinutes, 7);
    assert.deepEqual(now.focus, ['glutes'], 'the last valid choice, never an empty one');
    assert.deepEqual(now.kinds, ['stretch']);
    assert.equal(now.workingHours.days[1].end, '17:00');
    assert.equal(await page.getByRole('alert').count(), 6);
  });

  test('resets every setting only after the confirmation', async () => {
    // Stored values other than the defaults, and a field message, for the reset to clear.
    await seedSettings(worker, { snoozeMinutes: 10, intervalMinutes: 50 });
    await openOptions();
    await field('Remind me after sitting for').fill('4');
    await alert('Choose between 5 and 240 minutes.').waitFor();
    const reset = page.getByRole('button', { name: 'Reset to defaults…' });
    await reset.click();
    const dialog = page.getByRole('dialog', { name: 'Reset every setting?' });
    await dialog.waitFor();
    // Cancel has the focus first, and Escape closes without resetting.
    assert.equal(
      await dialog
        .getByRole('button', { name: 'Cancel' })
        .evaluate((b) => b === document.activeElement),
      true,
    );
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await settings()).snoozeMinutes, 10);

    await reset.click();
    await dialog.getByRole('button', { name: 'Reset everything' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Every setting is back to its default.' })
      .waitFor();
    const now = await settings();
    assert.equal(now.snoozeMinutes, 5);
    assert.equal(now.intervalMinutes, 30);
    assert.equal(now.workingHours.enabled, false);
    assert.equal(await field('Remind me after sitting for').inputValue(), '30');
    assert.equal(await page.getByRole('alert').count(), 0, 'the old messages are gone');
  });

  test('switches a stretch off, and the popup never offers it', async () => {
    await openOptions();
    // Glutes at a desk leaves five stretches; switching one off leaves four to draw from.
    await page.getByRole('button', { name: 'Glutes', exact: true }).click();
    await page.getByRole('checkbox', { name: `Switch off ${SWITCHED_OFF}` }).check();
    await waitFor('the stretch to be switched off', async () => {
      const now = await settings();
      return now.excluded?.includes('seated-figure-4') && now.focus?.join() === 'glutes';
    });
    // The page draws the mark once it hears of the saved change: wait for it, do not read it once.
    await page
      .getByRole('heading', { name: new RegExp(`${SWITCHED_OFF}.*switched off`) })
      .waitFor({ timeout: 5000 });

    const popup = await ext.openPage('popup', { width: 380, height: 600 });
    const stretchName = () => popup.getByRole('heading', { level: 2 }).textContent();
    const seen = new Set([await stretchName()]);
    for (let i = 0; i < 40; i++) {
      const previous = await stretchName();
      await popup.getByRole('button', { name: 'Another one' }).click();
      await waitFor('another stretch', async () => (await stretchName()) !== previous);
      seen.add(await stretchName());
    }
    assert.ok(!seen.has(SWITCHED_OFF), `offered: ${[...seen].join(', ')}`);
    assert.equal(seen.size, 4, `offered: ${[...seen].join(', ')}`);
    await popup.close();
  });

  test('exports the settings and history, and imports the file back whole', async () => {
    await openOptions();
    await field('Remind me after sitting for').fill('50');
    await waitFor('50 saved', async () => (await settings()).intervalMinutes === 50);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export settings and history' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^stand-up-and-stretch-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = join(files, download.suggestedFilename());
    await download.saveAs(exported);
    const file = JSON.parse(await readFile(exported, 'utf8'));
    assert.equal(file.app, 'stand-up-and-stretch');
    assert.equal(file.version, 6);
    assert.equal(file.settings.intervalMinutes, 50);
    assert.ok(Array.isArray(file.history));

    await field('Remind me after sitting for').fill('25');
    await waitFor('25 saved', async () => (await settings()).intervalMinutes === 25);
    await page.getByLabel('Import from a file').setInputFiles(exported);
    await page.getByRole('status').filter({ hasText: 'Imported settings and history' }).waitFor();
    assert.equal((await settings()).intervalMinutes, 50);
    assert.equal(await field('Remind me after sitting for').inputValue(), '50');
  });

  test('refuses a corrupt or invalid import with a message, and changes nothing', async () => {
    await seedSettings(worker, { intervalMinutes: 50 });
    await openOptions();
    const before = await settings();
    const broken = join(files, 'broken.json');
    await writeFile(broken, '{"app": "stand-up-and-stretch", "version": 2, ');
    await page.getByLabel('Import from a file').setInputFiles(broken);
    await alert('Nothing was imported from “broken.json”').waitFor();
    await alert('It is not valid JSON').waitFor();

    const invalid = join(files, 'invalid.json');
    const file = { app: 'stand-up-and-stretch', version: 2, exportedAt: '', history: [] };
    await writeFile(
      invalid,
      JSON.stringify({ ...file, settings: { ...before, volume: 500, focus: [] } }),
    );
    await page.getByLabel('Import from a file').setInputFiles(invalid);
    await alert('Settings, volume: Choose between 0 and 100 percent.').waitFor();
    await alert('Settings, focus: Select at least one focus area.').waitFor();
    assert.deepEqual(await settings(), before);
  });

  test('has no accessibility violations in light and dark, with field messages showing', async () => {
    await openOptions();
    await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
    await field('Hold each stretch for').fill('200');
    await alert('Choose between 15 and 90 seconds.').waitFor();
    await page.emulateMedia({ colorScheme: 'light' });
    assert.deepEqual(await accessibilityViolations(page), []);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await accessibilityViolations(page), []);
    // The theme setting overrides the system.
    await page.getByRole('radio', { name: 'Light' }).check();
    await waitFor('the light theme', () =>
      page.evaluate(() => document.documentElement.dataset.theme === 'light'),
    );
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  test('fits a 360 px window, saves a night shift that runs past midnight, and shows the shortcut', async () => {
    await openOptions();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('switch', { name: 'Only remind me during working hours' }).check();
    await page.getByLabel('Monday start').fill('22:00');
    await page.getByLabel('Monday end').fill('06:00');
    await page.getByText('Ends the next morning at 06:00.').waitFor();
    await saved();
    await waitFor('the night shift to be saved', async () => {
      const monday = (await settings()).workingHours?.days[1];
      return monday?.start === '22:00' && monday.end === '06:00';
    });
    // Nothing sticks out sideways: no element is wider than the window.
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter(
          (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(overflow, []);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
    // The browser-wide shortcut that starts a stretch, as the browser reports it.
    await page.locator('kbd').filter({ hasText: 'Alt+Shift+S' }).waitFor();
    await page.getByRole('button', { name: 'Change the shortcut' }).waitFor();
  });
});
