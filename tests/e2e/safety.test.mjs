// The safety screen and the equipment choice in real Chromium: what the options page hides, the
// popup never offers, however often the user asks for another stretch.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'node:test';
import { accessibilityViolations, EXTENSION_DIR, launchExtension } from './harness.mjs';
import { POPUP, readLocal, readSync, seedSettings, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';

const library = JSON.parse(await readFile(join(EXTENSION_DIR, 'library.json'), 'utf8'));
const idsWhere = (test) => new Set(library.filter(test).map((entry) => entry.id));
const ROLLING = idsWhere((entry) => entry.equipment.includes('foam-roller'));

describeInOrder('the safety screen and equipment in Chromium', (test) => {
  // A new browser and profile for every test: none depends on what another left behind.
  let ext;
  let worker;
  beforeEach(async () => {
    ext = await launchExtension();
    worker = await ext.worker();
    await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
  });
  afterEach(async () => ext?.close());

  const openOptions = async () => {
    const page = await ext.openPage('options');
    await page.getByRole('heading', { name: 'Your health' }).waitFor();
    return page;
  };
  /** The stored suggestion's stretch and the ids still to come in its round. */
  const offered = async () => {
    const { suggestion } = await readLocal(worker);
    return { id: suggestion?.stretch?.id, round: [...(suggestion?.deck?.remaining ?? [])] };
  };
  /** Asks for another stretch `times` times, collecting every id offered and queued. */
  async function askRepeatedly(popup, times) {
    const seen = new Set();
    for (let i = 0; i < times; i++) {
      const before = await popup.getByRole('heading', { level: 2 }).textContent();
      const now = await offered();
      seen.add(now.id);
      for (const id of now.round) seen.add(id);
      await popup.getByRole('button', { name: 'Another one' }).click();
      await waitFor('another stretch', async () => {
        return (await popup.getByRole('heading', { level: 2 }).textContent()) !== before;
      });
    }
    return seen;
  }

  test('a condition ticked in the options is never offered by the popup', async () => {
    await seedSettings(worker, { place: 'anywhere', kinds: ['stretch', 'strengthen', 'release'] });
    const hidden = idsWhere((entry) => entry.contraindications.includes('pregnancy'));
    assert.ok(hidden.size >= 6, `${hidden.size} entries tagged for pregnancy`);

    const options = await openOptions();
    await options.getByRole('checkbox', { name: /^Pregnant/ }).check();
    const list = options.getByTestId('hidden-entries');
    await list.getByText(`Hidden by your answers: ${hidden.size} of ${library.length}`).waitFor();
    for (const entry of library.filter((e) => hidden.has(e.id))) {
      assert.ok((await list.textContent()).includes(entry.name), `${entry.name} listed as hidden`);
    }
    await waitFor('the answer stored on this device', async () => {
      return JSON.stringify((await readLocal(worker)).conditions) === '["pregnancy"]';
    });
    assert.ok(!JSON.stringify(await readSync(worker)).includes('pregnancy'), 'never synced');
    assert.deepEqual(await accessibilityViolations(options), []);

    const popup = await ext.openPage('popup', POPUP);
    await popup.getByRole('heading', { level: 2 }).waitFor();
    const seen = await askRepeatedly(popup, 12);
    assert.ok(seen.size > 20, `${seen.size} entries offered or queued`);
    assert.deepEqual(
      [...seen].filter((id) => hidden.has(id)),
      [],
    );
    // Clearing the answer brings them back.
    await options.getByRole('checkbox', { name: /^Pregnant/ }).uncheck();
    await options.getByText('No exercise is hidden.').waitFor();
    await waitFor('a round with the pregnancy-tagged entries again', async () => {
      const now = await offered();
      return [now.id, ...now.round].some((id) => hidden.has(id));
    });
  });

  test('"no foam roller" removes the rolling entries, even when only rolling was asked for', async () => {
    await seedSettings(worker, { place: 'anywhere', kinds: ['release'] });
    assert.ok(ROLLING.size > 0);
    const popup = await ext.openPage('popup', POPUP);
    await popup.getByRole('heading', { level: 2, name: 'Foam roll the outer quad' }).waitFor();

    const options = await openOptions();
    await options.getByRole('checkbox', { name: 'Foam roller', exact: true }).uncheck();
    // The popup, open all along, moves to a stretch that needs no roller, and says why.
    await waitFor('the popup to drop the foam rolling', async () => {
      const name = await popup.getByRole('heading', { level: 2 }).textContent();
      return name !== 'Foam roll the outer quad';
    });
    await popup.getByText(/different kind of exercise/).waitFor();
    const seen = await askRepeatedly(popup, 6);
    assert.deepEqual(
      [...seen].filter((id) => ROLLING.has(id)),
      [],
    );
    const { settings } = await readSync(worker);
    assert.ok(!settings.equipment.includes('foam-roller'));
  });
});
