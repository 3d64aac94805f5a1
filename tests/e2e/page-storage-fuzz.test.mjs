// The popup and the options page in real Chromium over every corruption of every stored item
// (storage-corruptions.mjs): each must come up (no blank page, no uncaught error, no error
// boundary) and still show what the items left valid hold. One browser per page kind, the page
// reloaded over each corruption with the lived-in store put back in between.
import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import { recordFaultFigures } from '../fault-figures.mjs';
import { launchExtension } from './harness.mjs';
import { POPUP, waitFor } from './helpers.mjs';
import { describeInOrder } from './order.mjs';
import {
  corruptionCases,
  restoreAndCorrupt,
  seedLivedIn,
  wrongType,
} from './storage-corruptions.mjs';

// What each page reads, and what the background reads for it when it opens (the popup asks it
// to bring the schedule up to date and to pick a stretch): the items that matter to that page.
const month = () => {
  const now = new Date();
  return `history-${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
};
const POPUP_ITEMS = () => [
  ['sync', 'settings'],
  ['local', 'settings-pending'],
  ['local', 'schedule'],
  ['local', 'suggestion'],
  ['local', 'guided-session'],
  ['local', month()],
  ['local', 'outbox'],
  ['local', 'last-strength'],
];
const OPTIONS_ITEMS = [
  ['sync', 'settings'],
  // WXT's version record for the settings: its migrations run in every page that reads them.
  ['sync', 'settings$'],
  ['local', 'settings-pending'],
  ['local', 'settings-sync-error'],
];
const figures = {};

/**
 * Reloads `page` over each case; it is up when `ready()` (a locator) is there. Then it checks
 * `expectations(case)`: a list of [what, read] whose value must be the one it had on the lived-in
 * store. Returns the crashes (blank page, uncaught error, error boundary) and what was lost.
 */
async function fuzz(ext, page, snapshot, cases, expectations, ready) {
  const worker = await ext.worker();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const boundary = page.getByRole('heading', { name: 'Something went wrong showing this page' });
  const baseline = {};
  for (const [what, read] of expectations(null)) baseline[what] = await read();
  const failures = { crashes: [], lost: [] };
  for (const c of cases) {
    const label = `${c.area}:${c.key} ${c.name}`;
    await restoreAndCorrupt(worker, snapshot, c);
    errors.length = 0;
    await page.reload({ waitUntil: 'commit' });
    const up = await ready()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (!up || errors.length > 0 || (await boundary.count()) > 0) {
      failures.crashes.push(`${label}: ${up ? errors.join('; ') || 'error boundary' : 'blank'}`);
      continue;
    }
    for (const [what, read] of expectations(c)) {
      const kept = await waitFor(what, async () => (await read()) === baseline[what], 5_000)
        .then(() => true)
        .catch(() => false);
      if (!kept) failures.lost.push(`${label}: ${what} is ${await read()}`);
    }
  }
  return failures;
}

/**
 * Each settings field given a wrong type while the options page is open (as a write from another
 * device arrives), its siblings left valid: the page must stay up and keep showing them. A second
 * field, `marker`, changes in the same write, so the page is known to have drawn the change.
 */
async function fuzzFieldsLive(ext, page, snapshot, fields) {
  const worker = await ext.worker();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  const settings = snapshot.sync.settings;
  const failures = { crashes: [], lost: [] };
  const cases = Object.keys(settings).map((key, i) => {
    const marker = key === 'holdSeconds' ? 'switchSeconds' : 'holdSeconds';
    const value = { ...settings, [key]: wrongType(settings[key]), [marker]: 16 + (i % 2) };
    return { area: 'sync', key: 'settings', field: key, marker, value };
  });
  for (const c of cases) {
    const label = `sync:settings ${c.field} of another type`;
    errors.length = 0;
    await restoreAndCorrupt(worker, snapshot, c);
    const drawn = await waitFor('the change', async () => {
      const shown = await fields[c.marker]().catch(() => null);
      return shown === String(c.value[c.marker]);
    }).catch(() => false);
    if (!drawn || errors.length > 0) {
      failures.crashes.push(`${label}: ${errors.join('; ') || 'not drawn'}`);
      continue;
    }
    for (const [setting, read] of Object.entries(fields)) {
      if (setting === c.field || setting === c.marker) continue;
      if ((await read()) !== String(settings[setting])) failures.lost.push(`${label}: ${setting}`);
    }
  }
  return { cases, failures };
}

function record(kind, cases, failures) {
  figures[kind] = { cases: cases.length, ...failures };
  const all = Object.values(figures);
  recordFaultFigures('e2e-page-storage-fuzz', {
    tried: { corruptions: all.reduce((sum, f) => sum + f.cases, 0) },
    lost: all.reduce((sum, f) => sum + f.lost.length, 0),
    crashes: all.reduce((sum, f) => sum + f.crashes.length, 0),
    notes: Object.fromEntries(Object.entries(figures).map(([k, f]) => [k, f.cases])),
  });
}

describeInOrder('the pages over corrupted storage in Chromium', (test) => {
  let ext;
  beforeEach(async () => {
    ext = await launchExtension();
  });
  afterEach(async () => ext?.close());

  // One browser and one lived-in store for both pages: launching and seeding cost more than a case.
  test('the popup and the options page come up over every corruption, keeping what is valid', async () => {
    const snapshot = await seedLivedIn(ext);

    const popupCases = corruptionCases(snapshot, POPUP_ITEMS());
    const popup = await ext.openPage('popup', POPUP);
    const today = popup.locator('.today');
    const snooze = popup.getByRole('button', { name: /^Snooze \d+ min$/ });
    const settingsBroken = (c) => c?.area === 'sync' && c.key === 'settings';
    const historyBroken = (c) => c?.key.startsWith('history-') && c.name !== 'with unknown keys';
    const popupFailures = await fuzz(
      ext,
      popup,
      snapshot,
      popupCases,
      (c) => [
        ...(historyBroken(c) ? [] : [['the day so far', () => today.textContent()]]),
        ...(settingsBroken(c) ? [] : [['the snooze setting', () => snooze.textContent()]]),
      ],
      () => popup.locator('main:not([aria-busy]), .page-error').first(),
    );
    record('popup', popupCases, popupFailures);
    await popup.close();

    const optionsCases = corruptionCases(snapshot, OPTIONS_ITEMS);
    const options = await ext.openPage('options');
    const field = (name) => () => options.getByRole('spinbutton', { name }).inputValue();
    const keeps = (c, setting) =>
      !(c?.area === 'sync' && c.key === 'settings' && (c.field ?? setting) === setting);
    const optionsFailures = await fuzz(
      ext,
      options,
      snapshot,
      optionsCases,
      (c) => [
        ...(keeps(c, 'intervalMinutes')
          ? [['the interval', field('Remind me after sitting for')]]
          : []),
        ...(keeps(c, 'snoozeMinutes') ? [['the snooze', field('Snooze for')]] : []),
      ],
      () => options.locator('h1, .page-error').first(),
    );
    record('options', optionsCases, optionsFailures);
    const live = await fuzzFieldsLive(ext, options, snapshot, {
      intervalMinutes: field('Remind me after sitting for'),
      snoozeMinutes: field('Snooze for'),
      holdSeconds: field('Hold each stretch for'),
      switchSeconds: field('Pause to switch sides'),
    });
    record('options-fields-live', live.cases, live.failures);

    assert.deepEqual(popupFailures, { crashes: [], lost: [] });
    assert.deepEqual(optionsFailures, { crashes: [], lost: [] });
    assert.deepEqual(live.failures, { crashes: [], lost: [] });
    assert.ok(live.cases.length >= 19, `${live.cases.length} settings fields`);
    assert.ok(popupCases.length >= 50, `${popupCases.length} popup corruptions`);
    assert.ok(optionsCases.length >= 25, `${optionsCases.length} options corruptions`);
  });
});
