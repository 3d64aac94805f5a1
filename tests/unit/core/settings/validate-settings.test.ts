import { describe, expect, it } from 'vitest';
import { checkChanges, checkWholeSettings } from '../../../../core/settings/check-settings';
import { MAX_ID_LENGTH } from '../../../../core/settings/field-checks';
import { DEFAULT_SETTINGS, MAX_LISTED_IDS } from '../../../../core/settings/settings';
import { readSettings } from '../../../../core/settings/validate-settings';
import { stretches } from '../../../../data/stretches';

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

  it('rejects working hours whose end is the start', () => {
    const days = structuredClone(DEFAULT_SETTINGS.workingHours.days);
    days[1] = { on: true, start: '17:00', end: '17:00' };
    const { errors } = checkChanges({ workingHours: { enabled: true, days } });
    expect(errors.workingHours).toBe(
      'Monday: The end must differ from the start (22:00 to 06:00 runs past midnight).',
    );
  });

  it('accepts a night shift that ends after midnight', () => {
    const days = structuredClone(DEFAULT_SETTINGS.workingHours.days);
    days[1] = { on: true, start: '22:00', end: '06:00' };
    const { valid, errors } = checkChanges({ workingHours: { enabled: true, days } });
    expect(errors).toEqual({});
    expect(valid.workingHours?.days[1]).toEqual(days[1]);
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

describe('readSettings with corrupt input', () => {
  it('survives every field holding the wrong type, and falls back field by field', () => {
    const wrong = { toString: () => 'x' };
    const raw = Object.fromEntries(
      Object.keys(DEFAULT_SETTINGS).map((key, i) => [
        key,
        [null, 'text', 7.5, {}, wrong, Number.NaN][i % 6],
      ]),
    );
    const { settings, replaced } = readSettings(raw);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(replaced.length).toBe(Object.keys(DEFAULT_SETTINGS).length);
  });

  it('treats a huge string as invalid, not as a number or a theme', () => {
    const huge = '9'.repeat(1_000_000);
    const { settings } = readSettings({ intervalMinutes: huge, theme: huge, excluded: [huge] });
    expect(settings.intervalMinutes).toBe(DEFAULT_SETTINGS.intervalMinutes);
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(settings.excluded).toEqual([]);
  });

  it('drops unknown keys, including one named __proto__', () => {
    const raw = JSON.parse('{"__proto__": {"intervalMinutes": 7}, "extra": 1, "volume": 20}');
    const { settings } = readSettings(raw);
    expect(settings.volume).toBe(20);
    expect(settings.intervalMinutes).toBe(30);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('replaces working hours with a null day, a missing day or a bad time', () => {
    const days = structuredClone(DEFAULT_SETTINGS.workingHours.days);
    for (const broken of [
      { enabled: true, days: [...days.slice(0, 6), null] },
      { enabled: true, days: days.slice(0, 6) },
      { enabled: true, days: days.map((day, i) => (i === 3 ? { ...day, end: '25:00' } : day)) },
      { enabled: 'yes', days },
      null,
    ]) {
      expect(readSettings({ workingHours: broken }).settings.workingHours).toEqual(
        DEFAULT_SETTINGS.workingHours,
      );
    }
  });

  it('keeps a partial object’s fields and fills in the rest', () => {
    const { settings, replaced } = readSettings({ holdSeconds: 45, place: 'anywhere' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, holdSeconds: 45, place: 'anywhere' });
    expect(replaced).not.toContain('holdSeconds');
    expect(replaced).toContain('intervalMinutes');
  });
});

describe('stretch id lists', () => {
  const longestIds = (prefix: string) =>
    Array.from({ length: MAX_LISTED_IDS }, (_, i) =>
      `${prefix}${i}`.padEnd(MAX_ID_LENGTH, 'x').slice(0, MAX_ID_LENGTH),
    );

  it('fit storage.sync’s 8,192-byte item limit with room to spare when both are full', () => {
    const full = checkWholeSettings({
      ...DEFAULT_SETTINGS,
      workingHours: { ...DEFAULT_SETTINGS.workingHours, enabled: true },
      excluded: longestIds('a'),
      favourites: longestIds('b'),
    });
    expect(full.ok).toBe(true);
    if (!full.ok) return;
    // Chrome counts an item as its key plus the JSON of its value.
    const bytes = new TextEncoder().encode(`settings${JSON.stringify(full.settings)}`).length;
    // Over 1 KB to spare below the limit, for settings still to come.
    expect(bytes).toBeLessThan(7_000);
  });

  it('refuses one id too many, or one too long', () => {
    expect(checkChanges({ excluded: [...longestIds('a'), 'one-more'] }).errors.excluded).toBe(
      `At most ${MAX_LISTED_IDS} entries.`,
    );
    expect(checkChanges({ favourites: ['x'.repeat(MAX_ID_LENGTH + 1)] }).errors.favourites).toMatch(
      /is not a stretch id/,
    );
  });

  it('accepts every id in the library', () => {
    const ids = stretches.map((entry) => entry.id);
    expect(ids.length).toBeLessThanOrEqual(MAX_LISTED_IDS);
    expect(checkChanges({ excluded: ids }).valid.excluded).toEqual(ids);
  });
});
