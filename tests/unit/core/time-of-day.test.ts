import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, type WorkingHours } from '../../../core/scheduler';
import { checkChanges } from '../../../core/settings/check-settings';
import { parseTimeOfDay } from '../../../core/time-of-day';
import { monday } from './scheduler/run-scenario';

describe('parseTimeOfDay', () => {
  it.each([
    ['00:00', 0],
    ['00:01', 1],
    ['09:00', 540],
    ['17:30', 1050],
    ['23:59', 1439],
    // What <input type="time"> can never send: refused, so stored data holds only what the page shows.
    ['24:00', null],
    ['24:01', null],
    ['25:00', null],
    ['12:60', null],
    ['9:00', null],
    [' 09:00', null],
    ['09:00 ', null],
    ['09:00:00', null],
    ['0900', null],
    ['', null],
    [540, null],
    [null, null],
    [undefined, null],
  ])('%j → %s', (value, expected) => {
    expect(parseTimeOfDay(value)).toBe(expected);
  });
});

// The settings check and the scheduler read times through the same parser, so a day the check
// refuses is also a day the scheduler ignores (treats as off) rather than one it reads its own way.
describe('a working day ending at 24:00', () => {
  const days = Array.from({ length: 7 }, () => ({ on: true, start: '09:00', end: '24:00' }));
  const untilMidnight: WorkingHours = { enabled: true, days };

  it('is refused by the settings check', () => {
    expect(checkChanges({ workingHours: untilMidnight }).errors.workingHours).toBe(
      'Sunday: Enter an end time such as 17:30.',
    );
  });

  it('is no working window for the scheduler', () => {
    expect(isWithinWorkingHours(monday(12), untilMidnight)).toBe(false);
  });

  it('works until 23:59 instead', () => {
    const late: WorkingHours = { enabled: true, days: days.map((d) => ({ ...d, end: '23:59' })) };
    expect(checkChanges({ workingHours: late }).errors).toEqual({});
    expect(isWithinWorkingHours(monday(23, 58), late)).toBe(true);
  });
});
