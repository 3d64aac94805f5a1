// The Stretches page and the popup's Easier and Harder in real Chromium: every entry with its
// picture and a Start that runs exactly that entry in the stretch window; what the safety screen
// and the missing equipment hide is hidden there too, and said; Easier and Harder swap the
// suggestion to the linked versions the user may do.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'node:test';
import { accessibilityViolations, EXTENSION_DIR, launchExtension } from './harness.mjs';
import { POPUP, readLocal, seedSettings, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const library = JSON.parse(await readFile(join(EXTENSION_DIR, 'library.json'), 'utf8'));
const byId = new Map(library.map((entry) => [entry.id, entry]));
const ROLLING = library.filter((entry) => entry.equipment.includes('foam-roller'));
const PREGNANCY = library.filter((entry) => entry.contraindications.includes('pregnancy'));

describeInOrder('the Stretches page in Chromium', (test) => {
  let ext;
  let worker;
  beforeEach(async () => {
    ext = await launchExtension();
    worker = await ext.worker();
    await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
  });
  afterEach(async () => ext?.close());

  const openStretches = async () => {
    const page = await ext.openPage('stretches');
    await page.getByRole('heading', { name: 'Stretches', exact: true }).waitFor();
    return page;
  };
  const count = (page) => page.locator('.library-count');
  const startButtons = (page) => page.getByRole('button', { name: /^Start / });

  test('lists every entry with its picture, and Start runs exactly that one in a window', async () => {
    const page = await openStretches();
    // The place setting (at a desk, by default) is where the list starts; "Anywhere" shows all.
    await page.getByLabel('Place').selectOption('all');
    await count(page)
      .filter({ hasText: `Showing ${library.length} of ${library.length}` })
      .waitFor();
    assert.equal(await startButtons(page).count(), library.length);
    assert.equal(await page.locator('.library-entry [data-figure]').count(), library.length);
    const last = library.at(-1);
    const figure = page.locator(`.library-entry [data-figure="${last.id}"]`);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('svg[role="img"]').waitFor();
    assert.deepEqual(await accessibilityViolations(page), []);

    const chosen = byId.get('lying-figure-4');
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('popup.html?view=window'),
      timeout: 20_000,
    });
    await page.getByRole('button', { name: `Start ${chosen.name}` }).click();
    const window = await opened;
    await window.getByRole('region', { name: 'Guided stretch' }).waitFor();
    await window.getByRole('heading', { name: chosen.name, level: 2 }).waitFor();
    const session = (await readLocal(worker))['guided-session'];
    assert.equal(session.stretchId, chosen.id);
    assert.equal(session.finishedAt, null);
  });

  test('a condition ticked and "no foam roller" hide their entries there, and say why', async () => {
    assert.ok(PREGNANCY.length > 0 && ROLLING.length > 0);
    const page = await openStretches();
    await page.getByLabel('Place').selectOption('all');
    const options = await ext.openPage('options');
    await options.getByRole('checkbox', { name: /^Pregnant/ }).check();
    await options.getByRole('checkbox', { name: /^Foam roller/ }).uncheck();
    await options.getByRole('status').filter({ hasText: 'All changes saved.' }).waitFor();

    const hidden = new Set([...PREGNANCY, ...ROLLING].map((entry) => entry.id));
    const note = page.getByTestId('hidden-by-limits');
    await note.getByRole('heading', { name: `${hidden.size} exercises are hidden` }).waitFor();
    await note.getByText(`${PREGNANCY.length} by your health answers.`).waitFor();
    await count(page)
      .filter({
        hasText: `Showing ${library.length - hidden.size} of ${library.length - hidden.size}`,
      })
      .waitFor();
    for (const entry of [...PREGNANCY, ...ROLLING]) {
      assert.equal(await page.getByRole('button', { name: `Start ${entry.name}` }).count(), 0);
    }
    await note.getByText('Which ones, and why').click();
    for (const entry of ROLLING) {
      await note
        .getByText(new RegExp(`^${entry.name}: .*needs equipment you said you do not have`))
        .waitFor();
    }
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  test('Easier and Harder in the popup swap to the linked versions the user may do', async () => {
    // No mat: the wall figure 4's harder version (on a mat) is not offered, its easier one is.
    const all = (await worker.evaluate(() => chrome.storage.sync.get('settings'))).settings;
    await seedSettings(worker, {
      equipment: (all?.equipment ?? ['chair', 'desk', 'wall']).filter((item) => item !== 'mat'),
    });
    const start = byId.get('standing-figure-4');
    const easier = byId.get(start.easier);
    const harder = byId.get(start.harder);
    assert.ok(harder.equipment.includes('mat') && !easier.equipment.includes('mat'));
    // The popup asks for a pick; then the wall figure 4 is made the one on offer.
    const popup = await ext.openPage('popup', POPUP);
    await waitFor('a suggestion picked for these settings', async () => {
      const { suggestion } = await readLocal(worker);
      return suggestion?.stretch && !suggestion.filterKey.includes('"mat"');
    });
    await worker.evaluate(async (stretch) => {
      const { suggestion } = await chrome.storage.local.get('suggestion');
      await chrome.storage.local.set({ suggestion: { ...suggestion, stretch } });
    }, start);
    const heading = (name) => popup.getByRole('heading', { level: 2, name, exact: true });
    await heading(start.name).waitFor();
    await popup.getByRole('button', { name: `Easier: ${easier.name}` }).waitFor();
    assert.equal(await popup.getByRole('button', { name: /^Harder/ }).count(), 0);

    await popup.getByRole('button', { name: `Easier: ${easier.name}` }).click();
    await heading(easier.name).waitFor();
    assert.equal((await readLocal(worker)).suggestion.stretch.id, easier.id);
    // The seated version's harder one is the wall figure 4 again.
    await popup.getByRole('button', { name: `Harder: ${start.name}` }).click();
    await heading(start.name).waitFor();
    assert.equal((await readLocal(worker)).suggestion.stretch.id, start.id);
    await popup.getByRole('button', { name: 'Another one' }).waitFor();
  });
});
