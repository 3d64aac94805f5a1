import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';
import {
  checkChanges,
  checkWholeSettings,
  readSettings,
} from '../../../../core/settings/validate-settings';

describe('readSettings', () => {
  it('returns the defaults for nothing stored', () => {
    for (const raw of [undefined, null, 'text', 42, [], true]) {
      const { settings, replaced } = readSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(replaced.length).toBe(Object.keys(DEFAULT_SETTINGS).length);
    }
  });

  it('keeps every valid field and replaces only the bad ones with defaults', () => {
    const { settings, replaced } = readSettings({
      intervalMinutes: 45,
      snoozeMinutes: 'ten',
      naturalBreakMinutes: null,
      focus: ['glutes', 'nonsense'],
      sound: false,
      volume: 1e9,
      theme: 'x'.repeat(100_000),
      unknownKey: { deep: true },
    });
    expect(settings.intervalMinutes).toBe(45);
    expect(settings.sound).toBe(false);
    expect(settings.snoozeMinutes).toBe(DEFAULT_SETTINGS.snoozeMinutes);
    expect(settings.naturalBreakMinutes).toBe(DEFAULT_SETTINGS.naturalBreakMinutes);
    expect(settings.focus).toEqual(DEFAULT_SETTINGS.focus);
    expect(settings.volume).toBe(DEFAULT_SETTINGS.volume);
    expect(settings.theme).toBe('system');
    expect(replaced).toEqual(
      expect.arrayContaining(['snoozeMinutes', 'naturalBreakMinutes', 'focus', 'volume', 'theme']),
    );
    expect(settings).not.toHaveProperty('unknownKey');
  });

  it('never hands out the frozen defaults by reference', () => {
    const { settings } = readSettings(undefined);
    settings.focus.push('glutes');
    settings.workingHours.days[0]!.on = true;
    expect(readSettings(undefined).settings.workingHours.days[0]!.on).toBe(false);
  });
});

describe('checkChanges', () => {
  it.each([
    ['intervalMinutes', '', 'Enter a value.'],
    ['intervalMinutes', 'abc', '“abc” is not a number.'],
    ['intervalMinutes', '4', 'Choose between 5 and 240 minutes.'],
    ['intervalMinutes', 241, 'Choose between 5 and 240 minutes.'],
    ['intervalMinutes', 12.5, 'Use a whole number of minutes.'],
    ['naturalBreakMinutes', 1, 'Choose between 2 and 30 minutes.'],
    ['holdSeconds', 91, 'Choose between 15 and 90 seconds.'],
    ['focus', [], 'Select at least one focus area.'],
    ['kinds', [], 'Select at least one kind of exercise.'],
    ['place', 'garden', 'Choose a place.'],
  ])('rejects %s = %j with “%s”', (key, value, message) => {
    const { valid, errors } = checkChanges({ [key]: value });
    expect(errors[key]).toBe(message);
    expect(valid).toEqual({});
  });

  it('accepts valid fields while another is wrong', () => {
    const { valid, errors } = checkChanges({ intervalMinutes: '20', snoozeMinutes: 0 });
    expect(valid).toEqual({ intervalMinutes: 20 });
    expect(Object.keys(errors)).toEqual(['snoozeMinutes']);
  });

  it('rejects working hours whose end is not after the start', () => {
    const days = structuredClone(DEFAULT_SETTINGS.workingHours.days);
    days[1] = { on: true, start: '17:00', end: '09:00' };
    const { errors } = checkChanges({ workingHours: { enabled: true, days } });
    expect(errors.workingHours).toBe('Monday: The end must be after the start.');
  });

  it('names unknown settings instead of dropping them silently', () => {
    expect(checkChanges({ colour: 'red' }).errors).toEqual({ colour: 'Unknown setting.' });
  });
});

describe('checkWholeSettings', () => {
  it('accepts a complete valid object', () => {
    const result = checkWholeSettings({ ...DEFAULT_SETTINGS, intervalMinutes: 60 });
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, intervalMinutes: 60 } });
  });

  it('lists every problem of an invalid object', () => {
    const { intervalMinutes: _, ...rest } = DEFAULT_SETTINGS;
    const result = checkWholeSettings({ ...rest, volume: -1 });
    expect(result).toEqual({
      ok: false,
      errors: ['volume: Choose between 0 and 100 percent.', 'intervalMinutes: missing.'],
    });
  });
});
