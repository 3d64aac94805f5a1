import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetSettings, saveSettings, syncSettings } from '../../../background/save-settings';
import { serialize } from '../../../background/serialize';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { pendingSettingsItem, settingsItem, syncErrorItem } from '../../../platform/storage-items';

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

  it('paces storage.sync below its quotas at any UI pace and loses no change', async () => {
    const writes: number[] = [];
    const write = settingsItem.setValue.bind(settingsItem);
    vi.spyOn(settingsItem, 'setValue').mockImplementation(async (value) => {
      writes.push(Date.now());
      await write(value);
    });
    // A change every 450 ms for ten minutes (the volume slider dragged back and forth).
    let last = 0;
    for (let i = 0; i < (10 * 60_000) / 450; i++) {
      last = i % 101;
      await serialize(() => saveSettings({ volume: last }, now));
      await vi.advanceTimersByTimeAsync(450);
    }
    await vi.advanceTimersByTimeAsync(5_000);
    const perMinute = Math.max(
      ...writes.map((at) => writes.filter((t) => t >= at && t < at + 60_000).length),
    );
    expect(perMinute).toBeLessThanOrEqual(30);
    expect(writes.length).toBeLessThanOrEqual(10 * 30);
    expect(await synced()).toMatchObject({ volume: last });
    expect(await pendingSettingsItem.getValue()).toBeNull();
  });

  it('keeps a change storage.sync refused, says so, and writes it on the retry', async () => {
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(
      new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'),
    );
    const result = await saveSettings({ intervalMinutes: 33 }, now);
    expect(result.writeError).toBeNull();
    expect(await syncErrorItem.getValue()).toMatch(/could not be synced yet/);
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

  it('resets every setting to its default', async () => {
    await saveSettings({ intervalMinutes: 40 }, now);
    await vi.advanceTimersByTimeAsync(3_000);
    await resetSettings(now);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});
