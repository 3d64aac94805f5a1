import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useStoredGroup } from '../../../pages/use-stored-group';
import { type StorageKey, watchKey, writeKey } from '../../../platform/storage-keys';

const watches = vi.fn();
// Counts subscriptions, so a test can tell one from one per render.
const watched = (key: StorageKey) => ({
  key,
  watch(callback: (value: unknown) => void) {
    watches(key);
    return watchKey(key, callback);
  },
});
const SPEC = {
  count: { item: watched('local:count'), parse: (raw: unknown) => Number(raw ?? 0) },
  name: { item: watched('local:name'), parse: (raw: unknown) => String(raw ?? 'nobody') },
};

beforeEach(() => {
  fakeBrowser.reset();
  watches.mockClear();
});
afterEach(cleanup);

describe('useStoredGroup', () => {
  it('reads every item, parsed, and follows later writes', async () => {
    await fakeBrowser.storage.local.set({ count: '3' });
    const { result } = renderHook(() => useStoredGroup(SPEC));
    expect(result.current).toEqual({ loaded: false, values: { count: 0, name: 'nobody' } });
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.values).toEqual({ count: 3, name: 'nobody' });
    await act(() => writeKey('local:name', 'Ada'));
    await waitFor(() => expect(result.current.values.name).toBe('Ada'));
  });

  it('subscribes once however often the page renders', async () => {
    const { result, rerender } = renderHook(() => useStoredGroup(SPEC));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    rerender();
    rerender();
    expect(watches.mock.calls).toEqual([['local:count'], ['local:name']]);
  });
});
