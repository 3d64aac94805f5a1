import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  normalizeScheduleSettings,
  type ScheduleSettings,
} from '../../../../core/scheduler';
import { NUMBER_RANGES, type NumberSettingKey } from '../../../../core/settings/ranges';
import { DEFAULT_SETTINGS, SETTINGS_CHECKS } from '../../../../core/settings/settings';

const allKeys = Object.keys(NUMBER_RANGES) as NumberSettingKey[];
// The scheduler's whole-number settings, found from its defaults so a new one cannot be missed.
const scheduleKeys = (Object.keys(DEFAULT_SCHEDULE_SETTINGS) as (keyof ScheduleSettings)[]).filter(
  (key) => typeof DEFAULT_SCHEDULE_SETTINGS[key] === 'number',
) as (keyof ScheduleSettings & NumberSettingKey)[];

const clamped = (key: keyof ScheduleSettings, value: number) =>
  normalizeScheduleSettings({ ...DEFAULT_SCHEDULE_SETTINGS, [key]: value })[key];

describe('whole-number ranges', () => {
  it('has a range for every whole-number setting', () => {
    const numbers = Object.keys(DEFAULT_SETTINGS).filter(
      (key) => typeof DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS] === 'number',
    );
    expect(allKeys.sort()).toEqual(numbers.sort());
  });

  it.each(allKeys)(
    '%s: the check accepts min, max and the default, and rejects min-1 and max+1',
    (key) => {
      const { min, max } = NUMBER_RANGES[key];
      const check = SETTINGS_CHECKS[key];
      expect(check(min)).toEqual({ ok: true, value: min });
      expect(check(max)).toEqual({ ok: true, value: max });
      expect(check(DEFAULT_SETTINGS[key]).ok).toBe(true);
      expect(check(min - 1).ok).toBe(false);
      expect(check(max + 1).ok).toBe(false);
    },
  );

  it('covers the six whole-number settings of the scheduler', () => {
    expect(scheduleKeys.sort()).toEqual([
      'breakPageAfterMinutes',
      'intervalMinutes',
      'maxDeferMinutes',
      'naturalBreakMinutes',
      'repeatIgnored',
      'snoozeMinutes',
    ]);
  });

  it.each(scheduleKeys)('%s: the scheduler clamps to the range the check enforces', (key) => {
    const { min, max } = NUMBER_RANGES[key];
    expect(clamped(key, min - 1)).toBe(min);
    expect(clamped(key, max + 1)).toBe(max);
    expect(clamped(key, min)).toBe(min);
    expect(clamped(key, max)).toBe(max);
    expect(clamped(key, Number.NaN)).toBe(DEFAULT_SCHEDULE_SETTINGS[key]);
  });

  it('keeps the scheduler defaults identical to the settings defaults', () => {
    for (const key of Object.keys(DEFAULT_SCHEDULE_SETTINGS) as (keyof ScheduleSettings)[]) {
      expect(DEFAULT_SETTINGS[key]).toEqual(DEFAULT_SCHEDULE_SETTINGS[key]);
    }
  });
});
