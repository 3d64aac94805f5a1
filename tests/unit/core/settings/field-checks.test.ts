import { describe, expect, it } from 'vitest';
import { checkWholeSettings } from '../../../../core/settings/check-settings';
import {
  boolean,
  idList,
  oneOf,
  someOf,
  wholeNumber,
} from '../../../../core/settings/field-checks';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';
import { workingDayError, workingHours } from '../../../../core/settings/working-hours-check';
import { parseTimeOfDay } from '../../../../core/time-of-day';

const fail = (error: string) => ({ ok: false, error });
const ok = (value: unknown) => ({ ok: true, value });

describe('a whole-number setting', () => {
  const minutes = wholeNumber(5, 240, 'minutes');

  it.each([
    [5, ok(5)],
    [240, ok(240)],
    [' 30 ', ok(30)],
    ['4', fail('Choose between 5 and 240 minutes.')],
    [241, fail('Choose between 5 and 240 minutes.')],
    ['   ', fail('Enter a value.')],
    ['Infinity', fail('“Infinity” is not a number.')],
    ['abcdefghijklmnopqrstuvwxyz', fail('“abcdefghijklmnopqrstuvwx…” is not a number.')],
    [Number.NaN, fail('Enter a number.')],
    [null, fail('Enter a number.')],
    [true, fail('Enter a number.')],
  ])('reads %j as %j', (value, result) => {
    expect(minutes(value)).toEqual(result);
  });

  it('shortens only text longer than 24 characters', () => {
    expect(minutes('x'.repeat(24))).toEqual(fail(`“${'x'.repeat(24)}” is not a number.`));
  });
});

describe('choices', () => {
  it('reads on/off only from a boolean', () => {
    expect(boolean(false)).toEqual(ok(false));
    expect(boolean('true')).toEqual(fail('Choose on or off.'));
  });

  it('takes one of the options only', () => {
    const theme = oneOf(['light', 'dark'], 'theme');
    expect(theme('dark')).toEqual(ok('dark'));
    expect(theme(1)).toEqual(fail('Choose a theme.'));
  });

  it('keeps a set of options in their own order, with at least `min` of them', () => {
    const kinds = someOf(['a', 'b', 'c'], 2, 'kinds');
    expect(kinds(['c', 'a'])).toEqual(ok(['a', 'c']));
    expect(kinds(['a'])).toEqual(fail('Select at least 2 kinds.'));
    expect(kinds(['a', 'a'])).toEqual(fail('Select at least 2 kinds.'));
    expect(kinds(['a', 'x'])).toEqual(fail('Unknown kinds in the list.'));
    expect(kinds('a,b')).toEqual(fail('Choose kinds.'));
    expect(someOf(['a', 'b'], 1, 'areas')([])).toEqual(fail('Select at least one areas.'));
  });

  it('keeps a list of ids without repeats, within its length', () => {
    const ids = idList(3);
    expect(ids(['a-1', 'b', 'a-1'])).toEqual(ok(['a-1', 'b']));
    expect(ids(['a', 'b', 'c', 'd'])).toEqual(fail('At most 3 entries.'));
    expect(ids(['Upper'])).toEqual(fail('“Upper” is not a stretch id.'));
    expect(ids(['ok', 5])).toEqual(fail('“5” is not a stretch id.'));
    expect(ids([''])).toEqual(fail('“” is not a stretch id.'));
    expect(ids({})).toEqual(fail('Expected a list.'));
  });
});

describe('working hours', () => {
  const week = (changes: Record<number, unknown> = {}): Record<string, unknown>[] =>
    DEFAULT_SETTINGS.workingHours.days.map((day, i) =>
      i in changes ? (changes[i] as Record<string, unknown>) : { ...day },
    );

  it.each([
    ['00:00', 0],
    ['23:59', 23 * 60 + 59],
    ['24:00', null],
    ['9:00', null],
    ['09:60', null],
    [' 09:00', null],
    [900, null],
  ])('reads the time %j as %j minutes', (time, minutes) => {
    expect(parseTimeOfDay(time)).toBe(minutes);
  });

  it.each([
    [{ on: true, start: 'nine', end: '17:00' }, 'Enter a start time such as 09:00.'],
    [{ on: true, start: '09:00', end: '' }, 'Enter an end time such as 17:30.'],
    [
      { on: false, start: '09:00', end: '09:00' },
      'The end must differ from the start (22:00 to 06:00 runs past midnight).',
    ],
    [{ on: true, start: '22:00', end: '06:00' }, null],
    [{ on: true, start: '09:00', end: '09:01' }, null],
  ])('finds %j: %s', (day, message) => {
    expect(workingDayError(day)).toBe(message);
  });

  it.each([
    [null, 'Invalid hours.'],
    ['09-17', 'Invalid hours.'],
    [[], 'Invalid hours.'],
    [{ enabled: 'yes', days: week() }, 'Choose on or off.'],
    [{ enabled: true, days: week().slice(1) }, 'Seven days needed.'],
    [{ enabled: true, days: {} }, 'Seven days needed.'],
    [{ enabled: true, days: week({ 0: null }) }, 'Sunday: invalid.'],
    [
      { enabled: true, days: week({ 6: { on: 1, start: '09:00', end: '17:00' } }) },
      'Saturday: invalid.',
    ],
    [
      { enabled: true, days: week({ 2: { on: true, start: '17:00', end: '17:00' } }) },
      'Tuesday: The end must differ from the start (22:00 to 06:00 runs past midnight).',
    ],
    [
      { enabled: true, days: week().map((d) => ({ ...d, on: false })) },
      'Turn on at least one working day, or switch working hours off.',
    ],
  ])('refuses %j with “%s”', (value, error) => {
    expect(workingHours(value)).toEqual(fail(error));
  });

  it('keeps only the known fields of each day, and allows no day on when switched off', () => {
    const days = week().map((d) => ({ ...d, on: false, note: 'x' }));
    expect(workingHours({ enabled: false, days })).toEqual(
      ok({ enabled: false, days: days.map(({ note: _, ...day }) => day) }),
    );
  });
});

describe('a whole settings object', () => {
  it.each([null, [], 'settings', 3])('is refused when it is %j', (raw) => {
    expect(checkWholeSettings(raw)).toEqual({ ok: false, errors: ['Settings must be an object.'] });
  });
});
