import { describe, expect, it } from 'vitest';
import { addDays, atClock, isSameDay, startOfDay } from '../../../core/local-day';

// The tests run in Europe/Berlin (vitest.config.ts): clocks went forward on 29 March 2026 at
// 02:00 and go back on 25 October 2026 at 03:00.
const local = (text: string) => new Date(text).getTime();
const HOUR = 3_600_000;

describe('local calendar steps', () => {
  it('finds local midnight, also on a 23-hour day', () => {
    expect(startOfDay(local('2026-03-29T15:20:00')).getTime()).toBe(local('2026-03-29T00:00:00'));
    expect(local('2026-03-30T00:00:00') - local('2026-03-29T00:00:00')).toBe(23 * HOUR);
  });

  it('keeps the wall-clock time a day later across both daylight-saving changes', () => {
    expect(addDays(local('2026-03-28T09:00:00'), 1).getTime()).toBe(local('2026-03-29T09:00:00'));
    expect(addDays(local('2026-10-24T09:00:00'), 1).getTime()).toBe(local('2026-10-25T09:00:00'));
    expect(addDays(local('2026-10-25T09:00:00'), 7).getTime()).toBe(local('2026-11-01T09:00:00'));
  });

  it('puts a clock time inside the spring-forward gap just after it', () => {
    const day = startOfDay(local('2026-03-29T12:00:00'));
    expect(atClock(day, 2, 30)).toBe(local('2026-03-29T03:30:00'));
    expect(atClock(day, 8, 5)).toBe(local('2026-03-29T08:05:00'));
  });

  it('tells whether two moments share a local day', () => {
    expect(isSameDay(local('2026-11-23T00:00:00'), local('2026-11-23T23:59:59'))).toBe(true);
    expect(isSameDay(local('2026-11-23T23:59:59'), local('2026-11-24T00:00:00'))).toBe(false);
  });
});
