// Storage as a person who has used the extension for a while leaves it, and every way each stored
// item can be corrupted that matters: a wrong type, null, missing, huge, in the future, negative,
// unknown keys. Shared by the page storage-fuzz tests, which reload a page over each corruption.
import { readSync, waitFor } from './helpers.mjs';

const YEAR_3000 = new Date(3000, 0, 1).getTime();
// storage.sync refuses an item over 8,192 bytes: its "huge" is as big as it takes.
const SYNC_ITEM_MAX = 8_000;

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
function mapNumbers(value, to) {
  if (typeof value === 'number') return to;
  if (Array.isArray(value)) return value.map((v) => mapNumbers(v, to));
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapNumbers(v, to)]));
  return value;
}

/** `value` with its objects kept and everything else (lists too) replaced by `to(it)`. */
function mapLeaves(value, to) {
  if (isObject(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, to)]));
  return to(value);
}

/**
 * The ways a stored value can be wrong that matter, as the issue lists them: [name, (valid value,
 * area) => corrupted value], undefined meaning the item is removed.
 */
export const CORRUPTIONS = [
  ['of another type', (valid) => (typeof valid === 'string' ? 12345 : 'corrupt')],
  ['null', () => null],
  ['missing', () => undefined],
  [
    'huge',
    (valid, area) => {
      if (area === 'sync') return { blob: 'x'.repeat(SYNC_ITEM_MAX) };
      if (Array.isArray(valid)) return Array.from({ length: 30_000 }, () => valid[0] ?? 1);
      return { ...(isObject(valid) ? valid : {}), blob: 'x'.repeat(200_000) };
    },
  ],
  ['in the year 3000', (valid) => mapNumbers(valid ?? 0, YEAR_3000)],
  ['negative', (valid) => mapNumbers(valid ?? 0, -1)],
  [
    'with unknown keys',
    (valid) => {
      if (Array.isArray(valid)) return [...valid, { unknown: true }, 'junk'];
      return { ...(isObject(valid) ? valid : {}), unknownKey: { deep: [1] }, constructor: 'x' };
    },
  ],
  [
    'with every field null',
    (valid) => {
      if (Array.isArray(valid)) return valid.map(() => null);
      return isObject(valid) ? Object.fromEntries(Object.keys(valid).map((k) => [k, null])) : null;
    },
  ],
  // Its shape kept, every value in it broken: a stored stretch whose fields are all there.
  ['with every nested value null', (valid) => mapLeaves(valid, () => null)],
  ['with every nested value of another type', (valid) => mapLeaves(valid, wrongType)],
];

/** A value of another type than `value`, for corrupting one field. */
export function wrongType(value) {
  if (typeof value === 'number') return 'corrupt';
  if (typeof value === 'string') return 12345;
  if (typeof value === 'boolean') return 'yes';
  if (Array.isArray(value)) return { 0: 'not a list' };
  return 'corrupt';
}

/**
 * Every case for the `items` ([area, key]) of `snapshot` ({ local, sync }; an item it lacks is
 * corrupted from nothing): each item whole in every way, and each field of the objects in
 * `fieldsOf` given a wrong type, its siblings left valid.
 */
export function corruptionCases(snapshot, items, { fieldsOf = [] } = {}) {
  const cases = [];
  for (const [area, key] of items) {
    const valid = snapshot[area][key];
    // A corruption that leaves the value as it was (no numbers to change) or repeats another is no case.
    const seen = new Set([JSON.stringify(valid)]);
    for (const [name, corrupt] of CORRUPTIONS) {
      const value = corrupt(valid, area);
      const text = JSON.stringify(value);
      if (seen.has(text)) continue;
      seen.add(text);
      cases.push({ area, key, name, value });
    }
  }
  for (const [area, key] of fieldsOf) {
    for (const [field, value] of Object.entries(snapshot[area][key])) {
      const corrupted = { ...snapshot[area][key], [field]: wrongType(value) };
      cases.push({ area, key, field, name: `${field} of another type`, value: corrupted });
    }
  }
  return cases;
}

/**
 * Puts storage back as `snapshot` had it, then writes one case's corruption (one round trip into
 * the service worker). Only what differs is written: storage.sync allows 120 writes a minute, so
 * an unchanged item is never rewritten there.
 */
export const restoreAndCorrupt = (worker, snapshot, { area, key, value }) =>
  worker.evaluate(
    async ({ snapshot, corrupt }) => {
      for (const area of ['local', 'sync']) {
        const stored = await chrome.storage[area].get();
        const want = snapshot[area];
        const extra = Object.keys(stored).filter((key) => !(key in want));
        if (extra.length > 0) await chrome.storage[area].remove(extra);
        const same = (key) => JSON.stringify(stored[key]) === JSON.stringify(want[key]);
        const changed = Object.keys(want).filter((key) => !same(key));
        if (changed.length > 0)
          await chrome.storage[area].set(Object.fromEntries(changed.map((k) => [k, want[k]])));
      }
      if (!corrupt) return;
      const { area, key, value, remove } = corrupt;
      if (remove) await chrome.storage[area].remove(key);
      else await chrome.storage[area].set({ [key]: value });
    },
    {
      snapshot,
      corrupt: area && { area, key, value: value ?? null, remove: value === undefined },
    },
  );

/**
 * A store someone has lived in: settings saved through the options page (so storage.sync holds
 * them whole), a stretch on offer, today's breaks in this month's history part, a finished guided
 * stretch, the last strengthening day. Returns a snapshot of local and sync storage.
 */
export async function seedLivedIn(ext) {
  const worker = await ext.worker();
  await waitFor('the schedule alarm', () => worker.evaluate(() => chrome.alarms.get('schedule')));
  const options = await ext.openPage('options');
  await options.getByRole('spinbutton', { name: 'Remind me after sitting for' }).fill('45');
  await options.getByRole('spinbutton', { name: 'Snooze for' }).fill('7');
  await waitFor('the settings in storage.sync', async () => {
    const { settings } = await readSync(worker);
    return settings?.intervalMinutes === 45 && settings.snoozeMinutes === 7;
  });
  await options.close();
  // A stretch on offer: a popup opened on an empty store asks for one (and closes any session).
  const popup = await ext.openPage('popup');
  await popup.getByRole('button', { name: 'Another one' }).waitFor();
  await popup.close();
  await worker.evaluate(async () => {
    const now = Date.now();
    const month = `history-${new Date(now).getFullYear()}-${String(new Date(now).getMonth() + 1).padStart(2, '0')}`;
    const [stretch] = await (await fetch(chrome.runtime.getURL('library.json'))).json();
    const entry = (kind, ago) => ({ kind, at: now - ago, sittingMs: 30 * 60_000 });
    const stretched = { ...entry('stretched', 3_000), stretchId: stretch.id };
    const plan = [{ kind: 'hold', seconds: 30, side: null }];
    const started = now - 120_000;
    await chrome.storage.local.set({
      [month]: [entry('skipped', 5_000), entry('stretched', 4_000), stretched],
      'guided-session': {
        ...{ stretchId: stretch.id, plan, startedAt: started, phaseIndex: 1 },
        ...{ phaseStartedAt: started + 30_000, pausedAt: null, finishedAt: started + 30_000 },
      },
      'last-strength': now - 3 * 24 * 3_600_000,
    });
  });
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(),
    sync: await chrome.storage.sync.get(),
  }));
}
