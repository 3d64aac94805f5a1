import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { useSettings } from '../../../pages/use-settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

// Version 2 settings, as release 0.1 stored them: no break style and no equipment yet.
const {
  equipment: _e,
  breakStyle: _b,
  breakPageAfterMinutes: _m,
  ...version2
} = { ...DEFAULT_SETTINGS, intervalMinutes: 45 };

describe('useSettings (what a page shows)', () => {
  it('brings settings of an earlier version up to date, as the background reads them', async () => {
    await fakeBrowser.storage.sync.set({ settings: version2, settings$: { v: 2 } });
    const { result } = renderHook(() => useSettings());
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current?.intervalMinutes).toBe(45);
    // Their reminder stays the notification-only one they had, as the background reads it.
    expect(result.current?.breakStyle).toBe('gentle');
    expect(result.current?.equipment).toEqual(DEFAULT_SETTINGS.equipment);
  });

  it('shows a change still waiting for storage.sync over the synced settings, and follows it', async () => {
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS, settings$: { v: 4 } });
    await fakeBrowser.storage.local.set({
      'settings-pending': { ...DEFAULT_SETTINGS, snoozeMinutes: 12 },
    });
    const { result } = renderHook(() => useSettings());
    await waitFor(() => expect(result.current?.snoozeMinutes).toBe(12));
    await act(() =>
      fakeBrowser.storage.local.set({
        'settings-pending': { ...DEFAULT_SETTINGS, snoozeMinutes: 20 },
      }),
    );
    await waitFor(() => expect(result.current?.snoozeMinutes).toBe(20));
  });
});
