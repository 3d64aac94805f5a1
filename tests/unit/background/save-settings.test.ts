import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetSettings, saveSettings, syncSettings } from '../../../background/save-settings';
import { serialize } from '../../../background/serialize';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { pendingSettingsItem, settingsItem, syncErrorItem } from '../../../platform/storage-items';
import { recordFaultFigures } from '../../fault-figures.mjs';

const paceFigures: Record<string, number> = {};
let paceLost = 0;
const synced = async () => (await fakeBrowser.storage.sync.get('settings')).settings as never;
const now = () => Date.now();

describe('saving settings (background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 23, 9) });
  });
  afterEach(() => vi.useRealTimers());

  it('stores valid fields in storage.sync', async () => {
    const result = await saveSettings({ intervalMinutes: 50 }, now);
    expect(result).toMatchObject({ errors: {}, writeError: null });
    expect(await synced()).toMatchObject({ intervalMinutes: 50 });
    expect(await pendingSettingsItem.getValue()).toBeNull();
  });

  it('saves the valid fields and reports the invalid ones', async () => {
    const result = await saveSettings({ intervalMinutes: 25, snoozeMinutes: 999 }, now);
    expect(result.errors).toEqual({ snoozeMinutes: 'Choose between 1 and 60 minutes.' });
    expect(result.settings.intervalMinutes).toBe(25);
    expect(result.settings.snoozeMinutes).toBe(DEFAULT_SETTINGS.snoozeMinutes);
  });

  it('keeps the other stored fields when one is changed, and reads the newest at once', async () => {
    await saveSettings({ sound: false }, now);
    await saveSettings({ intervalMinutes: 90 }, now);
    // The second write waits its turn for storage.sync; readers see it already.
    expect(await settingsItem.getValue()).toMatchObject({ sound: false, intervalMinutes: 90 });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await synced()).toMatchObject({ sound: false, intervalMinutes: 90 });
  });

  it('reports a failed local write and leaves the settings untouched', async () => {
    await saveSettings({ intervalMinutes: 40 }, now);
    vi.spyOn(pendingSettingsItem, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES'));
    const result = await saveSettings({ intervalMinutes: 70 }, now);
    expect(result.writeError).toMatch(/could not be saved \(QUOTA_BYTES\)/);
    expect(result.settings.intervalMinutes).toBe(40);
    expect(await settingsItem.getValue()).toMatchObject({ intervalMinutes: 40 });
  });

  // The volume slider dragged back and forth: every 450 ms for ten minutes (the form sends one
  // change per 400 ms at most), and every 20 ms for two minutes (faster than any page sends).
  it.each([
    [450, 10],
    [20, 2],
  ])(
    'paces storage.sync below its quotas with a change every %i ms for %i min, losing none',
    async (paceMs, minutes) => {
      const writes: number[] = [];
      const write = settingsItem.setValue.bind(settingsItem);
      vi.spyOn(settingsItem, 'setValue').mockImplementation(async (value) => {
        writes.push(Date.now());
        await write(value);
      });
      let last = 0;
      for (let i = 0; i < (minutes * 60_000) / paceMs; i++) {
        last = i % 101;
        await serialize(() => saveSettings({ volume: last }, now));
        await vi.advanceTimersByTimeAsync(paceMs);
      }
      await vi.advanceTimersByTimeAsync(5_000);
      const perMinute = Math.max(
        ...writes.map((at) => writes.filter((t) => t >= at && t < at + 60_000).length),
      );
      paceFigures[`every ${paceMs} ms`] = perMinute;
      if (((await synced()) as { volume?: number }).volume !== last) paceLost++;
      recordFaultFigures('unit-sync-pace', {
        tried: {},
        lost: paceLost,
        notes: { maxSyncWritesInAnyMinute: paceFigures, chromeLimitPerMinute: 120 },
      });
      expect(perMinute).toBeLessThanOrEqual(30);
      expect(writes.length).toBeLessThanOrEqual(minutes * 30);
      expect(await synced()).toMatchObject({ volume: last });
      expect(await pendingSettingsItem.getValue()).toBeNull();
    },
  );

  it('keeps a change storage.sync refused, says so, and writes it on the retry', async () => {
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'),
    );
    const result = await saveSettings({ intervalMinutes: 33 }, now);
    expect(result.writeError).toBeNull();
    expect(await syncErrorItem.getValue()).toBe('MAX_WRITE_OPERATIONS_PER_MINUTE');
    expect(await settingsItem.getValue()).toMatchObject({ intervalMinutes: 33 });
    const alarm = await fakeBrowser.alarms.get('settings-sync');
    expect(alarm?.scheduledTime).toBe(Date.now() + 60_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await synced()).toMatchObject({ intervalMinutes: 33 });
    expect(await syncErrorItem.getValue()).toBeNull();
  });

  it('writes a waiting change on the next wake when the worker stopped before its turn', async () => {
    await pendingSettingsItem.setValue({ ...DEFAULT_SETTINGS, intervalMinutes: 77 });
    await syncSettings(now);
    expect(await synced()).toMatchObject({ intervalMinutes: 77 });
  });

  it('never lets a corrupt waiting change hide or overwrite the synced settings', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, intervalMinutes: 45, snoozeMinutes: 7 });
    await fakeBrowser.storage.local.set({ 'settings-pending': 'corrupt' });
    expect(await settingsItem.getValue()).toMatchObject({ intervalMinutes: 45, snoozeMinutes: 7 });
    await fakeBrowser.storage.local.set({
      'settings-pending': { ...DEFAULT_SETTINGS, intervalMinutes: 50, snoozeMinutes: 'x' },
    });
    await syncSettings(now);
    expect(await synced()).toMatchObject({ intervalMinutes: 50, snoozeMinutes: 7 });
  });

  it('resets every setting to its default', async () => {
    await saveSettings({ intervalMinutes: 40 }, now);
    await vi.advanceTimersByTimeAsync(3_000);
    await resetSettings(now);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
