// The Progress page in real Chromium: a history imported through the options page shows the right
// streak, week bars and area balance; deleting a day changes them; the page passes axe.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { accessibilityViolations, launchExtension } from './harness.mjs';
import { fireAlarm, readLocal, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

/** Local midnight `daysAgo` days before today, plus `seconds`. */
function dayStart(daysAgo, seconds = 0) {
  const day = new Date();
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() - daysAgo);
  return day.getTime() + seconds * 1000;
}
const isoDay = (at) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// Today and the four days before it each meet a goal of 3: two guided stretches run to their end
// (the pigeon, glutes; the wide-leg seated stretch, inner thigh and hamstrings) and a natural break,
// each offered first. Just after midnight, so every entry is already past whenever the test runs.
const SEEDED = [0, 1, 2, 3, 4].flatMap((ago) => [
  { kind: 'offered', at: dayStart(ago, 1), sittingMs: 1_800_000 },
  { kind: 'stretched', at: dayStart(ago, 2), sittingMs: 1_800_000, stretchId: 'pigeon' },
  { kind: 'offered', at: dayStart(ago, 3), sittingMs: 1_800_000 },
  {
    kind: 'stretched',
    at: dayStart(ago, 4),
    sittingMs: 2_400_000,
    stretchId: 'wide-leg-seated-stretch',
  },
  { kind: 'natural-break', at: dayStart(ago, 5), sittingMs: 3_000_000 },
]);

describeInOrder('the Progress page in Chromium', (test) => {
  let files;
  before(async () => {
    files = await mkdtemp(join(tmpdir(), 'stretch-progress-'));
  });
  after(async () => {
    if (files) await rm(files, { recursive: true, force: true });
  });

  test('shows an imported history, changes when a day is deleted, and passes axe', async () => {
    const ext = await launchExtension();
    try {
      const worker = await ext.worker();
      await waitFor('the schedule alarm', () =>
        worker.evaluate(() => chrome.alarms.get('schedule')),
      );

      // Seed through the product's own import: an export of this profile, with a goal of 3, every
      // day a working day (so the weekday the test runs on does not matter) and the history above.
      const options = await ext.openPage('options');
      await options.getByRole('heading', { name: 'Stand Up & Stretch settings' }).waitFor();
      const [download] = await Promise.all([
        options.waitForEvent('download'),
        options.getByRole('button', { name: 'Export settings and history' }).click(),
      ]);
      const exported = join(files, 'exported.json');
      await download.saveAs(exported);
      const file = JSON.parse(await readFile(exported, 'utf8'));
      const days = file.settings.workingHours.days.map((day) => ({ ...day, on: true }));
      file.settings = {
        ...file.settings,
        dailyGoal: 3,
        workingHours: { ...file.settings.workingHours, days },
      };
      file.history = SEEDED;
      const seeded = join(files, 'seeded.json');
      await writeFile(seeded, JSON.stringify(file));
      await options.getByLabel('Import from a file').setInputFiles(seeded);
      await options
        .getByRole('status')
        .filter({ hasText: 'Imported settings and history' })
        .waitFor();

      // The options page links to it.
      await options.getByRole('link', { name: 'Your progress', exact: true }).click();
      const page = options;
      await page.getByRole('heading', { name: 'Your progress', exact: true }).waitFor();
      await page.getByText('Kept in this browser only').waitFor();

      const streak = () => page.locator('#streak .big-figure').textContent();
      const column = async (table, index) =>
        page
          .getByRole('table', { name: table })
          .locator('tbody tr')
          .evaluateAll((rows, i) => rows.map((row) => row.children[i]?.textContent), index);
      const balance = async () =>
        Object.fromEntries(
          await page
            .getByRole('table', { name: 'Balance per area, last 14 days' })
            .locator('tbody tr')
            .evaluateAll((rows) =>
              rows.map((row) => [
                row.children[0]?.textContent,
                Number(row.children[1]?.textContent),
              ]),
            ),
        );

      await waitFor('the streak of 5', async () => /^5 working days/.test(await streak()));
      assert.deepEqual(await column('Last 7 days', 1), ['0', '0', '3', '3', '3', '3', '3']);
      assert.deepEqual(await column('Last 7 days', 2), ['0', '0', '2', '2', '2', '2', '2']);
      assert.deepEqual(await column('Last 7 days', 3), [
        'goal missed',
        'goal missed',
        'goal met',
        'goal met',
        'goal met',
        'goal met',
        'goal met',
      ]);
      assert.deepEqual(await balance(), {
        Glutes: 5,
        'Hip flexors': 0,
        Hamstrings: 5,
        Quads: 0,
        'Inner thigh': 5,
        'Outer hip': 0,
      });
      await page.getByText('The next stretches favour Hip flexors, Quads, Outer hip').waitFor();
      assert.equal(await page.locator('#today dd').first().textContent(), '3 of 3 (your goal)');

      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        assert.deepEqual(await accessibilityViolations(page), [], `axe in ${scheme}`);
      }

      // Delete the day before yesterday: a missed day now, forgiven by the repair rule.
      await page.getByLabel('Delete one day').fill(isoDay(dayStart(2)));
      await page.getByRole('button', { name: 'Delete this day…' }).click();
      const dialog = page.getByRole('dialog');
      assert.match(await dialog.getByRole('heading').textContent(), /^Delete \w+day /);
      await dialog.getByRole('button', { name: 'Delete the day' }).click();
      await page.getByRole('status').filter({ hasText: 'was deleted' }).waitFor();

      await waitFor('the streak of 4', async () => /^4 working days/.test(await streak()));
      await page.getByText(/^Forgiven: \w+day/).waitFor();
      assert.deepEqual(await column('Last 7 days', 1), ['0', '0', '3', '3', '0', '3', '3']);
      assert.deepEqual(await balance(), {
        Glutes: 4,
        'Hip flexors': 0,
        Hamstrings: 4,
        Quads: 0,
        'Inner thigh': 4,
        'Outer hip': 0,
      });
      assert.equal((await readLocal(worker)).history.length, 20);

      // Everything, after its own confirmation.
      await page.getByRole('button', { name: 'Delete all history…' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete everything' }).click();
      await page.getByText('Nothing recorded yet').waitFor();
      assert.match(await streak(), /^0 working days/);
    } finally {
      await ext.close();
    }
  });

  test('sends the weekly summary once it is switched on in options', async () => {
    const ext = await launchExtension();
    try {
      const worker = await ext.worker();
      const options = await ext.openPage('options');
      const toggle = options.getByRole('switch', { name: 'Weekly summary' });
      assert.equal(await toggle.isChecked(), false, 'off by default');
      await toggle.check();
      await waitFor('the choice in storage.sync', () =>
        worker.evaluate(
          async () => (await chrome.storage.sync.get('settings')).settings?.weeklySummary,
        ),
      );
      // Every day a working day, so the weekday the test runs on does not matter.
      await options.evaluate(async () => {
        const { settings } = await chrome.storage.sync.get('settings');
        const days = settings.workingHours.days.map((day) => ({ ...day, on: true }));
        await chrome.runtime.sendMessage({
          type: 'saveSettings',
          data: { workingHours: { ...settings.workingHours, days } },
        });
      });
      await fireAlarm(worker, 'schedule');
      await waitFor('the summary notification', async () =>
        Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).includes(
          'weekly-summary',
        ),
      );
      // Shown for this week (its Monday), so the next wakes of the week bring no other.
      const monday = new Date();
      monday.setHours(0, 0, 0, 0);
      monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
      assert.equal((await readLocal(worker))['weekly-summary-shown'], monday.getTime());
      await worker.evaluate(() => chrome.notifications.clear('weekly-summary'));
      await fireAlarm(worker, 'schedule');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(
        Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).filter(
          (id) => id === 'weekly-summary',
        ),
        [],
      );
    } finally {
      await ext.close();
    }
  });

  test('is linked from the popup', async () => {
    const ext = await launchExtension();
    try {
      const popup = await ext.openPage('popup', { width: 380, height: 600 });
      const link = popup.getByRole('link', { name: 'Progress' });
      assert.equal(await link.getAttribute('href'), '/progress.html');
      const [page] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
      await page.getByRole('heading', { name: 'Your progress', exact: true }).waitFor();
      await page.getByText('Nothing recorded yet').waitFor();
    } finally {
      await ext.close();
    }
  });
});
