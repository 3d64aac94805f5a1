import { describe, expect, it } from 'vitest';
import {
  badgeFor,
  DEFAULT_SCHEDULE_SETTINGS,
  formatSitting,
  initialScheduleState,
  PAUSE_BADGE,
  REMINDER_BADGE,
  type ScheduleState,
  type WorkingHours,
} from '@/core/scheduler';
import { MIN, monday, settingsWith } from './run-scenario';

const settings = settingsWith();
const sitting = initialScheduleState(monday(10));
const officeHours: WorkingHours = { ...DEFAULT_SCHEDULE_SETTINGS.workingHours, enabled: true };

describe('formatSitting', () => {
  it.each([
    [-MIN, '0 min'],
    [59 * MIN + 59_000, '59 min'],
    [60 * MIN, '1 h'],
    [61 * MIN, '1 h 1 min'],
    [125 * MIN, '2 h 5 min'],
    [180 * MIN, '3 h'],
  ])('writes %i ms as “%s”', (ms, text) => {
    expect(formatSitting(ms)).toBe(text);
  });
});

describe('the badge text and tooltip', () => {
  it('counts whole minutes up to the next stretch, rounding up', () => {
    expect(badgeFor(sitting, monday(10, 28, 30), settings)).toEqual({
      kind: 'countdown',
      text: '2',
      title: 'Sitting for 28 min · next break in 2 min',
    });
  });

  it('says the stretch is due while a reminder is held back', () => {
    const deferred: ScheduleState = {
      ...sitting,
      reminder: { phase: 'deferred', dueSince: monday(10, 30) },
    };
    expect(badgeFor(deferred, monday(10, 35), settings)).toEqual({
      kind: 'countdown',
      text: '0',
      title: 'Sitting for 35 min · break due',
    });
  });

  it.each([
    [
      'showing',
      { phase: 'showing', dueSince: monday(10, 30), shownAt: monday(10, 30), attempt: 1 },
    ],
    [
      'stretching',
      { phase: 'stretching', dueSince: monday(10, 30), startedAt: monday(10, 31), attempt: 1 },
    ],
  ] as const)('shows the reminder mark while a reminder is %s', (_, reminder) => {
    expect(badgeFor({ ...sitting, reminder }, monday(10, 32), settings)).toEqual({
      kind: 'reminder',
      text: REMINDER_BADGE,
      title: 'Sitting for 32 min · time to stretch',
    });
  });

  it('tells until when reminders are paused', () => {
    const until = (at: number | null): ScheduleState => ({
      ...sitting,
      pause: { since: monday(10), until: at },
    });
    expect(badgeFor(until(monday(11, 30)), monday(11), settings)).toEqual({
      kind: 'paused',
      text: PAUSE_BADGE,
      title: 'Reminders paused until 11:30',
    });
    expect(badgeFor(until(null), monday(11), settings)).toEqual({
      kind: 'paused',
      text: PAUSE_BADGE,
      title: 'Reminders paused until you resume',
    });
  });

  it('is empty outside working hours, with the next start in the tooltip', () => {
    const outside: ScheduleState = { ...sitting, outsideHours: true };
    expect(badgeFor(outside, monday(18), settingsWith({ workingHours: officeHours }))).toEqual({
      kind: 'outside-hours',
      text: '',
      title: 'Outside working hours · reminders from Tue 09:00',
    });
    const noDays: WorkingHours = {
      enabled: true,
      days: officeHours.days.map((day) => ({ ...day, on: false })),
    };
    expect(badgeFor(outside, monday(18), settingsWith({ workingHours: noDays }))).toEqual({
      kind: 'outside-hours',
      text: '',
      title: 'Outside working hours',
    });
  });

  it('is empty while the person is away', () => {
    const away: ScheduleState = { ...sitting, away: { since: monday(10, 10), locked: false } };
    expect(badgeFor(away, monday(10, 20), settings)).toEqual({
      kind: 'away',
      text: '',
      title: 'Away from the computer · sitting time stopped',
    });
  });
});
