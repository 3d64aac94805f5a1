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
// The outbox and the last strengthening day are read by the background alone; its start over every
// corruption of them is tests/unit/background/storage-fuzz.test.ts's.
const now = new Date();
const MONTH = `history-${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
const POPUP_ITEMS = [
  ['sync', 'settings'],
  ['local', 'settings-pending'],
  ['local', 'schedule'],
  ['local', 'suggestion'],
  ['local', 'guided-session'],
  ['local', MONTH],
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
 * What a page shows, read in one round trip: whether it is up (`upSelector` is there), whether the
 * error boundary is, and `values` (name: a function of the document run in the page).
 */
const probe = (page, upSelector, values) =>
  page
    .evaluate(
      ({ upSelector, values }) => {
        const byLabel = (text) => {
          const label = [...document.querySelectorAll('label')].find((l) => l.textContent === text);
          return label ? (document.getElementById(label.htmlFor)?.value ?? null) : null;
        };
        const button = (pattern) =>
          [...document.querySelectorAll('button')]
            .map((b) => b.textContent)
            .find((t) => new RegExp(pattern).test(t)) ?? null;
        const read = { byLabel, button, text: (css) => document.querySelector(css)?.textContent };
        return {
          up: document.querySelector(upSelector) !== null,
          boundary: document.querySelector('.page-error') !== null,
          values: Object.fromEntries(values.map(([name, how, arg]) => [name, read[how](arg)])),
        };
      },
      { upSelector, values },
    )
    .catch(() => ({ up: false, boundary: false, values: {} }));

/**
 * Reloads `page` over each case. It must come up (`upSelector`), with no uncaught error and no
 * error boundary, and show for each of `values(case)` ([name, how, arg], see probe) what it showed
 * on the lived-in store. Returns the crashes (blank page, uncaught error, error boundary) and what
 * was lost.
 */
async function fuzz(ext, page, snapshot, cases, upSelector, values) {
  const worker = await ext.worker();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  // The baseline is what the page shows once it is up and has drawn every value: read earlier
  // (a slow machine, the page still loading) it would be empty, and every case would look lost.
  const all = values(null);
  let baseline = {};
  await waitFor('the page over the lived-in store', async () => {
    const view = await probe(page, upSelector, all);
    baseline = view.values;
    return view.up && all.every(([name]) => view.values[name] != null);
  });
  const failures = { crashes: [], lost: [] };
  // A page that broke after it had shown the right values (a later write, the background's
  // repair) is caught before the next case begins.
  let previous = null;
  const caughtLate = async () => {
    const late = await probe(page, upSelector, []);
    if (previous && (late.boundary || errors.length > 0))
      failures.crashes.push(`${previous} (later): ${errors.join('; ') || 'error boundary'}`);
  };
  for (const c of cases) {
    await caughtLate();
    const label = `${c.area}:${c.key} ${c.name}`;
    previous = label;
    const wanted = values(c);
    await restoreAndCorrupt(worker, snapshot, c);
    errors.length = 0;
    await page.reload({ waitUntil: 'commit' });
    let seen = { up: false };
    const settled = (view) =>
      view.boundary || (view.up && wanted.every(([name]) => view.values[name] === baseline[name]));
    const look = async () => {
      seen = await probe(page, upSelector, wanted);
      return settled(seen);
    };
    await waitFor('the page', look, 5_000, 50).catch(() => undefined);
    if (!seen.up || seen.boundary || errors.length > 0) {
      const why = seen.boundary ? 'error boundary' : seen.up ? '' : 'blank';
      failures.crashes.push(`${label}: ${[why, ...errors].filter(Boolean).join('; ')}`);
      previous = null;
      continue;
    }
    for (const [name] of wanted) {
      if (seen.values[name] !== baseline[name])
        failures.lost.push(`${label}: ${name} is ${seen.values[name]}`);
    }
  }
  await caughtLate();
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

    const popupCases = corruptionCases(snapshot, POPUP_ITEMS);
    const popup = await ext.openPage('popup', POPUP);
    const settingsBroken = (c) => c?.area === 'sync' && c.key === 'settings';
    const historyBroken = (c) => c?.key.startsWith('history-') && c.name !== 'with unknown keys';
    const popupFailures = await fuzz(
      ext,
      popup,
      snapshot,
      popupCases,
      '.popup-body:not([aria-busy])',
      (c) => [
        ...(historyBroken(c) ? [] : [['the day so far', 'text', '.today-counts']]),
        ...(settingsBroken(c) ? [] : [['the snooze setting', 'button', '^Snooze \\d+ min$']]),
      ],
    );
    record('popup', popupCases, popupFailures);
    await popup.close();

    const optionsCases = corruptionCases(snapshot, OPTIONS_ITEMS);
    const options = await ext.openPage('options');
    // A whole corrupt settings item shows the defaults; every other corruption keeps the settings.
    const keeps = (c) => !(c?.area === 'sync' && c.key === 'settings');
    const optionsFailures = await fuzz(ext, options, snapshot, optionsCases, 'h1', (c) =>
      keeps(c)
        ? [
            ['the interval', 'byLabel', 'Remind me after sitting for'],
            ['the snooze', 'byLabel', 'Snooze for'],
          ]
        : [],
    );
    record('options', optionsCases, optionsFailures);
    const field = (name) => () => options.getByRole('spinbutton', { name }).inputValue();
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
