import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  GAP_SLACK_MS,
  initialScheduleState,
  type WorkingHours,
} from '@/core/scheduler';
import { restartPoint, sleptThrough } from '@/core/scheduler/sitting-time';
import {
  hoursInForce,
  isWithinWorkingHours,
  nextWorkingStart,
  workingHoursEndAt,
  workingHoursStartedAt,
} from '@/core/scheduler/working-hours';
import { local, MIN, monday, settingsWith } from './run-scenario';

const settings = settingsWith({ naturalBreakMinutes: 5 });
const LATE_LIMIT = 5 * MIN + GAP_SLACK_MS;
const officeHours: WorkingHours = { ...DEFAULT_SCHEDULE_SETTINGS.workingHours, enabled: true };
const hoursOff: WorkingHours = { ...officeHours, enabled: false };

describe('where sitting restarts after a boundary passed unseen', () => {
  it.each<[string, number, 'boundary' | 'now']>([
    ['a boundary still ahead', -1, 'now'],
    ['an alarm right on time', 0, 'boundary'],
    ['an alarm late by the natural break and the slack', LATE_LIMIT, 'boundary'],
    ['an event later than that', LATE_LIMIT + 1, 'now'],
  ])('%s: %s', (_name, late, expected) => {
    const boundary = monday(9);
    const now = boundary + late;
    expect(restartPoint(boundary, now, settings)).toBe(expected === 'boundary' ? boundary : now);
  });

  it('counts a silence as a break slept through only beyond the natural break and the slack', () => {
    const state = { ...initialScheduleState(monday(9)), lastSeenAt: monday(10) };
    expect(sleptThrough(state, monday(10) + LATE_LIMIT, settings)).toBe(false);
    expect(sleptThrough(state, monday(10) + LATE_LIMIT + 1, settings)).toBe(true);
  });
});

describe('working hours at their edges', () => {
  it('has no start or end of the working window while working hours are off', () => {
    expect(workingHoursStartedAt(monday(10), hoursOff)).toBeNull();
    expect(workingHoursEndAt(monday(10), hoursOff)).toBeNull();
    expect(workingHoursStartedAt(monday(10), officeHours)).toBe(monday(9));
    expect(workingHoursEndAt(monday(10), officeHours)).toBe(monday(17));
  });

  it('gives the next start strictly after now, so at a start it is the next day', () => {
    expect(nextWorkingStart(monday(9), officeHours)).toBe(local(2026, 1, 13, 9));
  });

  it('reads a day that ends at its start as a whole day from that time', () => {
    const days = officeHours.days.map((d) => ({ ...d, start: '09:00', end: '09:00' }));
    const roundTheClock: WorkingHours = { enabled: true, days };
    expect(isWithinWorkingHours(monday(20), roundTheClock)).toBe(true);
  });

  it('sets the hours aside only until "remind me anyway" ends', () => {
    const until = monday(23, 59);
    expect(hoursInForce(null, monday(20), officeHours)).toBe(officeHours);
    expect(hoursInForce(until, monday(20), officeHours)).toEqual({
      ...officeHours,
      enabled: false,
    });
    expect(hoursInForce(until, until, officeHours)).toBe(officeHours);
  });
});
