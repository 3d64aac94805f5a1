import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '../../../background/save-settings';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { settingsItem } from '../../../platform/storage-items';

describe('saveSettings (background)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores valid fields in storage.sync', async () => {
    const result = await saveSettings({ intervalMinutes: 50 });
    expect(result).toMatchObject({ errors: {}, writeError: null });
    const stored = await fakeBrowser.storage.sync.get('settings');
    expect(stored.settings).toMatchObject({ intervalMinutes: 50 });
  });

  it('saves the valid fields and reports the invalid ones', async () => {
    const result = await saveSettings({ intervalMinutes: 25, snoozeMinutes: 999 });
    expect(result.errors).toEqual({ snoozeMinutes: 'Choose between 1 and 60 minutes.' });
    expect(result.settings.intervalMinutes).toBe(25);
    expect(result.settings.snoozeMinutes).toBe(DEFAULT_SETTINGS.snoozeMinutes);
  });

  it('keeps the other stored fields when one is changed', async () => {
    await saveSettings({ sound: false });
    await saveSettings({ intervalMinutes: 90 });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
    expect(stored).toMatchObject({ sound: false, intervalMinutes: 90 });
  });

  it('reports a failed write and leaves the stored settings untouched', async () => {
    await saveSettings({ intervalMinutes: 40 });
    vi.spyOn(settingsItem, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM'));
    const result = await saveSettings({ intervalMinutes: 70 });
    expect(result.writeError).toMatch(/could not be saved \(QUOTA_BYTES_PER_ITEM\)/);
    expect(result.settings.intervalMinutes).toBe(40);
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
    expect(stored).toMatchObject({ intervalMinutes: 40 });
  });
});
