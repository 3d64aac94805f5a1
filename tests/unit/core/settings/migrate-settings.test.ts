import { describe, expect, it } from 'vitest';
import { buildExport, readExport } from '../../../../core/export-file';
import {
  migrateSettings,
  SETTINGS_VERSION,
  upgradeSettings,
} from '../../../../core/settings/migrate-settings';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';
import { readSettings } from '../../../../core/settings/validate-settings';
import { GEAR } from '../../../../data/stretch-types';
import { version1 } from './version1-settings';

const toVersion2 = migrateSettings[2] as (old: unknown) => unknown;
const toVersion3 = migrateSettings[3] as (old: unknown) => unknown;

describe('settings migration to version 3 (break styles)', () => {
  it('keeps the notification-only reminder for people who had the extension before', () => {
    const {
      breakStyle: _,
      breakPageAfterMinutes: __,
      ...version2
    } = {
      ...DEFAULT_SETTINGS,
      intervalMinutes: 45,
    };
    expect(toVersion3(version2)).toEqual({
      ...version2,
      breakStyle: 'gentle',
      breakPageAfterMinutes: 2,
    });
  });

  it('leaves a chosen style, and no settings at all (a new install: standard), alone', () => {
    const chosen = { ...DEFAULT_SETTINGS, breakStyle: 'insistent', breakPageAfterMinutes: 9 };
    expect(toVersion3(chosen)).toEqual(chosen);
    expect(toVersion3(undefined)).toBeUndefined();
    expect(readSettings(upgradeSettings(undefined, 1)).settings.breakStyle).toBe('standard');
  });

  it('upgrades a version 1 value through both migrations', () => {
    expect(readSettings(upgradeSettings(version1(), 1)).settings).toMatchObject({
      place: 'anywhere',
      breakStyle: 'gentle',
    });
  });
});

describe('settings migration from version 1', () => {
  it('is at version 6', () => {
    expect(SETTINGS_VERSION).toBe(6);
  });

  it('maps the old place names and turns the foam-rolling switch into kinds', () => {
    const { breakStyle: _, breakPageAfterMinutes: __, ...beforeBreakStyles } = DEFAULT_SETTINGS;
    expect(toVersion2(version1())).toEqual({
      ...beforeBreakStyles,
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
    // A list that would name an old place as a key is no place: it passes through as it is.
    const listed = toVersion2({ place: ['floor-ok'], kinds: ['stretch'] });
    expect(listed).toEqual({ place: ['floor-ok'], kinds: ['stretch'] });
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
        breakStyle: 'gentle',
      },
      history: [],
    });
  });

  it('writes the current version into new exports', () => {
    expect(buildExport(DEFAULT_SETTINGS, [], 0).version).toBe(6);
  });

  it('imports a version 3 file, which had no equipment, as having all of it', () => {
    const { equipment: _, ...version3 } = { ...DEFAULT_SETTINGS, intervalMinutes: 40 };
    const file = { ...buildExport(DEFAULT_SETTINGS, [], 0), version: 3, settings: version3 };
    expect(readExport(file)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, intervalMinutes: 40, equipment: [...GEAR] },
      history: [],
    });
    // The same file claiming to be version 5 lacks settings, so it is refused whole.
    expect(readExport({ ...file, version: 5 })).toMatchObject({ ok: false });
  });
});

describe('settings migration to version 4 (equipment)', () => {
  const toVersion4 = migrateSettings[4] as (old: unknown) => unknown;

  it('adds every piece of equipment to settings from before the choice existed', () => {
    const { equipment: _, dailyGoal: __, ...old } = DEFAULT_SETTINGS;
    expect(toVersion4(old)).toEqual({ ...old, equipment: GEAR });
  });

  it('keeps an equipment list that is already there, even an empty one', () => {
    for (const equipment of [[], ['chair'], 'garbage']) {
      expect(toVersion4({ ...DEFAULT_SETTINGS, equipment })).toMatchObject({ equipment });
    }
  });

  it('passes values that are not settings objects through untouched', () => {
    for (const broken of [null, undefined, 'text', 42]) expect(toVersion4(broken)).toBe(broken);
  });
});

describe('settings migration to version 5 (the daily goal)', () => {
  const toVersion5 = migrateSettings[5] as (old: unknown) => unknown;

  it.each<[string, unknown, unknown]>([
    [
      'adds the default goal of 6 to settings from before it',
      { intervalMinutes: 40 },
      { intervalMinutes: 40, dailyGoal: 6 },
    ],
    ['keeps a goal already there', { dailyGoal: 3 }, { dailyGoal: 3 }],
    ['keeps a broken goal for the checks to repair', { dailyGoal: 'lots' }, { dailyGoal: 'lots' }],
    ['passes null through', null, null],
    ['passes a string through', 'text', 'text'],
  ])('%s', (_name, before, after) => {
    expect(toVersion5(before)).toEqual(after);
  });

  it('imports a version 4 file whole, with the default goal', () => {
    const { dailyGoal: _, ...version4 } = { ...DEFAULT_SETTINGS, intervalMinutes: 35 };
    const history = [
      { kind: 'stretched' as const, at: 1_000, sittingMs: 60_000, stretchId: 'pigeon' },
    ];
    const file = {
      ...buildExport(DEFAULT_SETTINGS, [], 0),
      version: 4,
      settings: version4,
      history,
    };
    expect(readExport(file)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, intervalMinutes: 35, dailyGoal: 6 },
      history,
    });
  });

  it('reads a goal outside 1 to 20 as the default', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS, dailyGoal: 0 }).settings.dailyGoal).toBe(6);
    expect(readSettings({ ...DEFAULT_SETTINGS, dailyGoal: 21 }).replaced).toEqual(['dailyGoal']);
  });
});

describe('settings migration to version 6 (the weekly summary)', () => {
  const toVersion6 = migrateSettings[6] as (old: unknown) => unknown;

  it.each<[string, unknown, unknown]>([
    [
      'adds the summary, off, to settings from before it',
      { intervalMinutes: 40 },
      { intervalMinutes: 40, weeklySummary: false },
    ],
    ['keeps a choice already made', { weeklySummary: true }, { weeklySummary: true }],
    ['keeps a broken value for the checks to repair', { weeklySummary: 1 }, { weeklySummary: 1 }],
    ['passes null through', null, null],
    ['passes a number through', 42, 42],
  ])('%s', (_name, before, after) => {
    expect(toVersion6(before)).toEqual(after);
  });

  it('imports a version 5 file whole, with the summary off', () => {
    const { weeklySummary: _, ...version5 } = { ...DEFAULT_SETTINGS, dailyGoal: 4 };
    const file = { ...buildExport(DEFAULT_SETTINGS, [], 0), version: 5, settings: version5 };
    expect(readExport(file)).toEqual({
      ok: true,
      settings: { ...DEFAULT_SETTINGS, dailyGoal: 4, weeklySummary: false },
      history: [],
    });
    // The same settings claiming to be version 6 lack a setting, so the file is refused whole.
    expect(readExport({ ...file, version: 6 })).toMatchObject({ ok: false });
  });

  it('reads anything but true or false as off', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS, weeklySummary: 'yes' }).replaced).toEqual([
      'weeklySummary',
    ]);
    expect(readSettings({ ...DEFAULT_SETTINGS, weeklySummary: 'yes' }).settings.weeklySummary).toBe(
      false,
    );
  });
});
