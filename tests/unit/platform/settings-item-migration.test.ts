import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { readSettings } from '../../../core/settings/validate-settings';
import { settingsItem } from '../../../platform/storage-items';
import { version1 } from '../core/settings/version1-settings';

describe('settings migration through WXT storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('rewrites a stored version 1 value and records version 2', async () => {
    await fakeBrowser.storage.sync.set({ settings: version1(), settings$: { v: 1 } });
    await settingsItem.migrate();
    const migrated = await settingsItem.getValue();
    expect(readSettings(migrated)).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        intervalMinutes: 50,
        place: 'anywhere',
        kinds: ['stretch', 'release'],
      },
      replaced: [],
    });
    expect(await fakeBrowser.storage.sync.get('settings$')).toEqual({ settings$: { v: 2 } });
  });

  it('migrates a value stored without any version (written before versions existed)', async () => {
    await fakeBrowser.storage.sync.set({ settings: version1({ foamRolling: false }) });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toMatchObject({ place: 'anywhere', kinds: ['stretch'] });
  });

  it('keeps the valid fields of a corrupt version 1 value', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { place: 'desk-only', intervalMinutes: 'soon', snoozeMinutes: 9, theme: null },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    const { settings } = readSettings(await settingsItem.getValue());
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, place: 'desk', snoozeMinutes: 9 });
  });
});
