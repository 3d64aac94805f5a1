// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// early-read keeps the read in module state, as a page does once: each test loads it afresh.
async function load() {
  vi.resetModules();
  return import('../../../platform/early-read');
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('early read', () => {
  it('reads local and sync keys and gives a missing one as undefined', async () => {
    await fakeBrowser.storage.sync.set({ settings: { intervalMinutes: 45 } });
    await fakeBrowser.storage.local.set({ schedule: { v: 1 }, history: ['not asked for'] });
    const early = await load();
    early.startEarlyRead(['sync:settings', 'local:schedule', 'local:today']);
    await early.earlyReadSettled();
    const values = early.takeEarlyValues(['sync:settings', 'local:schedule', 'local:today']);
    expect(values && Object.fromEntries(values)).toEqual({
      'sync:settings': { intervalMinutes: 45 },
      'local:schedule': { v: 1 },
      'local:today': undefined,
    });
  });

  it('is taken once, and only by a caller that wants no key it did not read', async () => {
    const early = await load();
    early.startEarlyRead(['local:schedule']);
    await early.earlyReadSettled();
    expect(early.takeEarlyValues(['local:schedule', 'local:today'])).toBeNull();
    expect(early.takeEarlyValues(['local:schedule'])).not.toBeNull();
    expect(early.takeEarlyValues(['local:schedule'])).toBeNull();
  });

  it('settles without values when storage refuses the read, so the page reads by itself', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('no storage'));
    const early = await load();
    early.startEarlyRead(['local:schedule']);
    await expect(early.earlyReadSettled()).resolves.toBeUndefined();
    expect(early.takeEarlyValues(['local:schedule'])).toBeNull();
  });

  it('settles at once when nothing was started', async () => {
    const early = await load();
    await expect(early.earlyReadSettled()).resolves.toBeUndefined();
    expect(early.takeEarlyValues([])).toBeNull();
  });
});

describe('the popup first read', () => {
  it('is begun by the popup entry for the items the popup renders from', async () => {
    const early = await load();
    const { POPUP_FIRST_READ } = await import('../../../entrypoints/popup/first-read');
    const items = await import('../../../platform/storage-items');
    await early.earlyReadSettled();
    const keys = [
      items.settingsItem.key,
      items.scheduleItem.key,
      items.suggestionItem.key,
      items.sessionItem.key,
      items.historyPartItem(Date.now()).key,
    ];
    expect(POPUP_FIRST_READ.map((item) => item.key).sort()).toEqual([...keys].sort());
    expect(early.takeEarlyValues(keys)).not.toBeNull();
  });

  it('lets the first render show the stored values, then keeps watching storage', async () => {
    await fakeBrowser.storage.local.set({ 'last-strength': 1000 });
    const early = await load();
    const { useStoredGroup } = await import('../../../pages/use-stored-group');
    const { lastStrengthItem } = await import('../../../platform/storage-items');
    early.startEarlyRead([lastStrengthItem.key]);
    await early.earlyReadSettled();
    const spec = { last: { item: lastStrengthItem, parse: (raw: unknown) => raw } };
    const { result } = renderHook(() => useStoredGroup(spec));
    expect(result.current).toEqual({ loaded: true, values: { last: 1000 } });
    await fakeBrowser.storage.local.set({ 'last-strength': 2000 });
    await waitFor(() => expect(result.current.values.last).toBe(2000));
  });

  it('renders unloaded first without an early read, then loads', async () => {
    await fakeBrowser.storage.local.set({ 'last-strength': 1000 });
    await load();
    const { useStoredGroup } = await import('../../../pages/use-stored-group');
    const { lastStrengthItem } = await import('../../../platform/storage-items');
    const spec = { last: { item: lastStrengthItem, parse: (raw: unknown) => raw } };
    const { result } = renderHook(() => useStoredGroup(spec));
    expect(result.current.loaded).toBe(false);
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.values.last).toBe(1000);
  });
});
