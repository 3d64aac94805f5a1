import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readKey, readKeys, watchKey, writeKey } from '../../../platform/storage-keys';

beforeEach(() => fakeBrowser.reset());

describe('storage keys (`area:name`)', () => {
  it('reads and writes each area under the name after the colon', async () => {
    await writeKey('local:schedule', { a: 1 });
    await writeKey('sync:settings', { b: 2 });
    await writeKey('session:stretch-window', 7);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ schedule: { a: 1 } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: { b: 2 } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ 'stretch-window': 7 });
    expect(await readKey('sync:settings')).toEqual({ b: 2 });
    expect(await readKey('local:nothing')).toBeUndefined();
  });

  it('keeps every colon after the first in the name', async () => {
    await writeKey('local:a:b', 1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'a:b': 1 });
  });

  it('removes the key when the value is null or undefined', async () => {
    await fakeBrowser.storage.local.set({ x: 1, y: 2, z: 3 });
    await writeKey('local:x', null);
    await writeKey('local:y', undefined);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ z: 3 });
  });

  it('reads keys of several areas at once, missing ones as undefined', async () => {
    await fakeBrowser.storage.local.set({ one: 1, two: 2 });
    await fakeBrowser.storage.sync.set({ three: 3 });
    const found = await readKeys(['local:one', 'sync:three', 'local:two', 'sync:four']);
    expect([...found]).toEqual([
      ['local:one', 1],
      ['local:two', 2],
      ['sync:three', 3],
      ['sync:four', undefined],
    ]);
  });

  it('calls back for its own key in its own area only, until stopped', async () => {
    const seen = vi.fn();
    const stop = watchKey('local:count', seen);
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ count: 5 });
    await fakeBrowser.storage.local.set({ count: 2 });
    await fakeBrowser.storage.local.remove('count');
    stop();
    await fakeBrowser.storage.local.set({ count: 3 });
    expect(seen.mock.calls).toEqual([[2], [undefined]]);
  });
});
