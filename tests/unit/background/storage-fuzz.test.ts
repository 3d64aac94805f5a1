import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../background/create-background';
import { serialize } from '../../../background/serialize';
import { runSessionCommand } from '../../../background/session';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { settingsItem } from '../../../platform/storage-items';
import { fakeDeps } from './fake-deps';

const NOW = new Date('2026-11-23T10:00:00+01:00').getTime();
const YEAR_3000 = new Date(3000, 0, 1).getTime();

// Every way a stored value can be wrong that matters: a wrong type, null, missing, huge, in the
// future, negative, unknown keys.
const CORRUPTIONS: [string, (valid: unknown) => unknown][] = [
  ['a string', () => 'corrupt'],
  ['null', () => null],
  ['missing', () => undefined],
  ['a number', () => 42],
  ['an array', () => [1, 'two', null]],
  ['huge', () => ({ blob: 'x'.repeat(200_000) })],
  ['in the year 3000', (valid) => mapNumbers(valid, () => YEAR_3000)],
  ['negative', (valid) => mapNumbers(valid, () => -1)],
  [
    'with unknown keys',
    (valid) => ({ ...(valid as object), evil: { __proto__: { x: 1 } }, extra: 1 }),
  ],
  ['with every field null', (valid) => mapLeaves(valid, () => null)],
];

function mapNumbers(value: unknown, to: () => number): unknown {
  if (typeof value === 'number') return to();
  if (Array.isArray(value)) return value.map((v) => mapNumbers(v, to));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapNumbers(v, to)]));
  return value;
}
function mapLeaves(value: unknown, to: () => unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.fromEntries(Object.keys(value).map((k) => [k, to()]));
  return to();
}

/** A lived-in store: a day of reminders, a session started, settings changed. */
async function livedIn() {
  const fake = fakeDeps(NOW);
  const background = startBackground(fake.deps);
  await background.ready;
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, intervalMinutes: 45, sound: false });
  fake.advance(46 * 60_000);
  await fakeBrowser.alarms.onAlarm.trigger({
    name: 'schedule',
    scheduledTime: fake.deps.now(),
    persistAcrossSessions: false,
  });
  await serialize(() => runSessionCommand(fake.deps, 'start'));
  await serialize(() => runSessionCommand(fake.deps, 'finish'));
  fake.advance(60_000);
  await serialize(() => runSessionCommand(fake.deps, 'start'));
  background.stop();
  return {
    local: structuredClone(await fakeBrowser.storage.local.get()),
    sync: structuredClone(await fakeBrowser.storage.sync.get()),
  };
}

describe('the background starts on corrupted storage, keeping what is valid', () => {
  let stored: Awaited<ReturnType<typeof livedIn>>;
  beforeEach(async () => {
    fakeBrowser.reset();
    stored = await livedIn();
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => fakeBrowser.reset());

  it('has something in every item to corrupt', () => {
    expect(Object.keys(stored.local).sort()).toEqual(
      expect.arrayContaining([
        'schedule',
        'suggestion',
        'outbox',
        'guided-session',
        'history-2026-11',
      ]),
    );
    expect(Object.keys(stored.sync)).toContain('settings');
  });

  it('comes up from every corruption of every item, and keeps the other items', async () => {
    let tried = 0;
    const items = [
      ...Object.keys(stored.local).map((key) => ['local', key] as const),
      ['sync', 'settings'] as const,
    ];
    for (const [area, key] of items) {
      for (const [name, corrupt] of CORRUPTIONS) {
        fakeBrowser.reset();
        const local = structuredClone(stored.local);
        const sync = structuredClone(stored.sync);
        const target = area === 'local' ? local : sync;
        const value = corrupt(target[key]);
        if (value === undefined) delete target[key];
        else target[key] = value;
        await fakeBrowser.storage.local.set(local);
        await fakeBrowser.storage.sync.set(sync);

        const fake = fakeDeps(NOW + 50 * 60_000);
        const background = startBackground(fake.deps);
        await expect(background.ready, `${area}:${key} ${name}`).resolves.toBeUndefined();
        await serialize(async () => undefined);
        background.stop();
        tried++;

        // The schedule is usable, an alarm drives it, and untouched items are as they were.
        const after = await fakeBrowser.storage.local.get();
        expect(after.schedule, `${key} ${name}`).toMatchObject({ version: 1 });
        expect(await fakeBrowser.alarms.get('schedule'), `${key} ${name}`).toBeDefined();
        if (!(area === 'sync' && key === 'settings')) {
          expect((await settingsItem.getValue()).intervalMinutes, `${key} ${name}`).toBe(45);
        }
        if (key !== 'suggestion')
          expect(after.suggestion, `${key} ${name}`).toEqual(local.suggestion);
      }
    }
    expect(tried).toBeGreaterThanOrEqual(60);
  }, 120_000);
});
