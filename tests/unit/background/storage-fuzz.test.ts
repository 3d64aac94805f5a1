import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '../../../background/create-background';
import { serialize } from '../../../background/serialize';
import { runSessionCommand } from '../../../background/session';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { pendingSettingsItem, settingsItem } from '../../../platform/storage-items';
import { recordFaultFigures } from '../../fault-figures.mjs';
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
  // A change still waiting for its turn to be written to storage.sync.
  await pendingSettingsItem.setValue({ ...DEFAULT_SETTINGS, intervalMinutes: 45, sound: true });
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
        'settings-pending',
      ]),
    );
    expect(Object.keys(stored.sync)).toContain('settings');
  });

  it('comes up from every corruption of every item, and keeps the other items', async () => {
    let tried = 0;
    const crashes: string[] = [];
    const lost: string[] = [];
    const items = [
      ...Object.keys(stored.local).map((key) => ['local', key] as const),
      ['sync', 'settings'] as const,
    ];
    for (const [area, key] of items) {
      for (const [name, corrupt] of CORRUPTIONS) {
        const what = `${area}:${key} ${name}`;
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
        tried++;
        const started = await background.ready.then(
          () => true,
          (error) => crashes.push(`${what}: ${error}`) === 0,
        );
        await serialize(async () => undefined);
        background.stop();
        if (!started) continue;

        // The schedule is usable, an alarm drives it, and untouched items are as they were.
        const after = await fakeBrowser.storage.local.get();
        if ((after.schedule as { version?: unknown } | undefined)?.version !== 1)
          lost.push(`${what}: the schedule`);
        if (!(await fakeBrowser.alarms.get('schedule'))) lost.push(`${what}: the alarm`);
        const interval = (await settingsItem.getValue()).intervalMinutes;
        if (!(area === 'sync' && key === 'settings') && interval !== 45)
          lost.push(`${what}: the interval setting (${interval})`);
        if (
          key !== 'suggestion' &&
          JSON.stringify(after.suggestion) !== JSON.stringify(local.suggestion)
        )
          lost.push(`${what}: the suggestion`);
      }
    }
    recordFaultFigures('unit-storage-fuzz-background', {
      tried: { corruptions: tried },
      lost: lost.length,
      crashes: crashes.length,
    });
    expect(crashes).toEqual([]);
    expect(lost).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(60);
  }, 120_000);
});
