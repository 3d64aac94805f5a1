import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildExport, readExport } from '../../../../core/export-file';
import { migrateSettings, SETTINGS_VERSION } from '../../../../core/settings/migrate-settings';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';
import { readSettings } from '../../../../core/settings/validate-settings';
import { settingsItem } from '../../../../platform/storage-items';

const toVersion2 = migrateSettings[2] as (old: unknown) => unknown;

/** What version 1 (pre-release) stored: its own place names, a foam-rolling switch, no kinds. */
function version1(changes: Record<string, unknown> = {}) {
  const { kinds: _kinds, place: _place, ...rest } = structuredClone(DEFAULT_SETTINGS);
  return { ...rest, place: 'floor-ok', foamRolling: true, intervalMinutes: 50, ...changes };
}

describe('settings migration from version 1', () => {
  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('maps the old place names and turns the foam-rolling switch into kinds', () => {
    expect(toVersion2(version1())).toEqual({
      ...DEFAULT_SETTINGS,
      intervalMinutes: 50,
      place: 'anywhere',
      kinds: ['stretch', 'release'],
    });
    const deskOnly = toVersion2(version1({ place: 'desk-only', foamRolling: false }));
    expect(deskOnly).toMatchObject({ place: 'desk', kinds: ['stretch'] });
    expect(deskOnly).not.toHaveProperty('foamRolling');
  });

  it('leaves a value already in the new shape as it is', () => {
    const current = { ...DEFAULT_SETTINGS, kinds: ['strengthen'], place: 'anywhere' };
    expect(toVersion2(current)).toEqual(current);
  });

  it('passes broken values through for readSettings to repair, without throwing', () => {
    for (const broken of [null, undefined, 'text', 42, [1, 2]]) {
      expect(toVersion2(broken)).toBe(broken);
    }
    const odd = toVersion2({ place: 'garden', foamRolling: 'yes', volume: 'loud' });
    expect(odd).toEqual({ place: 'garden', kinds: ['stretch'], volume: 'loud' });
    expect(readSettings(odd).settings).toEqual({ ...DEFAULT_SETTINGS, kinds: ['stretch'] });
  });
});

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

describe('importing an older export', () => {
  it('migrates a version 1 file before checking it', () => {
    const file = { ...buildExport(DEFAULT_SETTINGS, [], 0), version: 1, settings: version1() };
    const result = readExport(file);
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_SETTINGS,
        intervalMinutes: 50,
        place: 'anywhere',
        kinds: ['stretch', 'release'],
      },
      history: [],
    });
  });

  it('writes the current version into new exports', () => {
    expect(buildExport(DEFAULT_SETTINGS, [], 0).version).toBe(2);
  });
});
