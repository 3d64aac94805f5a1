import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '../../../core/settings/migrate-settings';
import { DEFAULT_SETTINGS } from '../../../core/settings/settings';
import { readSettings } from '../../../core/settings/validate-settings';
import { settingsItem } from '../../../platform/storage-items';
import { version1 } from '../core/settings/version1-settings';

describe('settings stored at an older version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a stored version 1 value in the current shape, and writes it back at the current version', async () => {
    await fakeBrowser.storage.sync.set({ settings: version1(), settings$: { v: 1 } });
    const migrated = await settingsItem.getValue();
    expect(readSettings(migrated)).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        intervalMinutes: 50,
        place: 'anywhere',
        kinds: ['stretch', 'release'],
        breakStyle: 'gentle',
      },
      replaced: [],
    });
    await settingsItem.setValue(migrated);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      settings: migrated,
      settings$: { v: SETTINGS_VERSION },
    });
  });

  it('does not migrate again a value recorded at a later version', async () => {
    // Version 2 has no `kinds` rule of its own: a missing `kinds` falls back to the default, it is
    // not derived from a `foamRolling` left over as the version 1 migration would.
    const { kinds: _, ...withoutKinds } = { ...DEFAULT_SETTINGS, foamRolling: true };
    await fakeBrowser.storage.sync.set({ settings: withoutKinds, settings$: { v: 2 } });
    expect((await settingsItem.getValue()).kinds).toEqual(DEFAULT_SETTINGS.kinds);
    await fakeBrowser.storage.sync.set({ settings$: { v: 1 } });
    expect((await settingsItem.getValue()).kinds).toEqual(['stretch', 'release']);
  });

  it('migrates a value stored without any version (written before versions existed)', async () => {
    await fakeBrowser.storage.sync.set({ settings: version1({ foamRolling: false }) });
    expect(await settingsItem.getValue()).toMatchObject({ place: 'anywhere', kinds: ['stretch'] });
  });

  it('keeps the valid fields of a corrupt version 1 value', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { place: 'desk-only', intervalMinutes: 'soon', snoozeMinutes: 9, theme: null },
      settings$: { v: 1 },
    });
    const { settings } = readSettings(await settingsItem.getValue());
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      place: 'desk',
      snoozeMinutes: 9,
      breakStyle: 'gentle',
    });
  });
});
