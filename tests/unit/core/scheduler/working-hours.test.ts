import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  describeSchedule,
  isWithinWorkingHours,
  nextWorkingStart,
  type ScheduleEvent,
  type WorkingHours,
} from '@/core/scheduler';
import { ev, local, monday, ofType, settingsWith, simulate } from './run-scenario';

const officeHours: WorkingHours = { ...DEFAULT_SCHEDULE_SETTINGS.workingHours, enabled: true };
const settings = settingsWith({ workingHours: officeHours });
const everyDay = (start: string, end: string): WorkingHours => ({
  enabled: true,
  days: Array.from({ length: 7 }, () => ({ on: true, start, end })),
});

describe('isWithinWorkingHours', () => {
  it.each([
    ['Monday 08:59', monday(8, 59), false],
    ['Monday 09:00 (start is inside)', monday(9), true],
    ['Monday 16:59', monday(16, 59), true],
    ['Monday 17:00 (end is outside)', monday(17), false],
    ['Saturday noon', local(2026, 1, 17, 12), false],
    ['Sunday noon', local(2026, 1, 18, 12), false],
  ])('%s → %s', (_, now, expected) => {
    expect(isWithinWorkingHours(now, officeHours)).toBe(expected);
  });

  it('is always true when working hours are off', () => {
    expect(
      isWithinWorkingHours(local(2026, 1, 17, 3), DEFAULT_SCHEDULE_SETTINGS.workingHours),
    ).toBe(true);
  });

  it('ignores a malformed day instead of failing', () => {
    const broken: WorkingHours = {
      enabled: true,
      days: [{ on: true, start: '9am', end: '17:00' }],
    };
    expect(isWithinWorkingHours(local(2026, 1, 18, 12), broken)).toBe(false);
    expect(nextWorkingStart(local(2026, 1, 18, 12), broken)).toBeNull();
  });
});

describe('nextWorkingStart', () => {
  it.each([
    ['before the start', monday(7), monday(9)],
    ['during the day → tomorrow', monday(12), local(2026, 1, 13, 9)],
    ['at the end', monday(17), local(2026, 1, 13, 9)],
    ['Friday evening → Monday', local(2026, 1, 16, 18), local(2026, 1, 19, 9)],
    ['Saturday → Monday', local(2026, 1, 17, 10), local(2026, 1, 19, 9)],
    ['across the spring-forward weekend', local(2026, 3, 27, 18), Date.UTC(2026, 2, 30, 7)],
    ['across the fall-back weekend', local(2026, 10, 23, 18), Date.UTC(2026, 9, 26, 8)],
  ])('%s', (_, now, expected) => {
    expect(nextWorkingStart(now, officeHours)).toBe(expected);
  });

  it('puts a start inside the spring-forward gap just after it', () => {
    expect(nextWorkingStart(local(2026, 3, 29, 0), everyDay('02:30', '12:00'))).toBe(
      Date.UTC(2026, 2, 29, 1, 30),
    );
  });

  it.each([
    ['ends before its start', '03:00'],
    ['ends as it starts', '03:30'],
  ])('skips a window the spring-forward gap leaves empty: one that %s', (_, end) => {
    // 02:30 does not exist on 29 March 2026 in Berlin; the start moves to 03:30, past the end.
    expect(nextWorkingStart(local(2026, 3, 29, 0), everyDay('02:30', end))).toBe(
      Date.UTC(2026, 2, 30, 0, 30),
    );
  });

  it('finds the same weekday next week when only today is on', () => {
    const onlyMonday: WorkingHours = {
      enabled: true,
      days: officeHours.days.map((d, i) => ({ ...d, on: i === 1 })),
    };
    expect(nextWorkingStart(monday(12), onlyMonday)).toBe(local(2026, 1, 19, 9));
  });

  it('is null when working hours are off or no day is on', () => {
    expect(nextWorkingStart(monday(12), DEFAULT_SCHEDULE_SETTINGS.workingHours)).toBeNull();
    const none = { enabled: true, days: officeHours.days.map((d) => ({ ...d, on: false })) };
    expect(nextWorkingStart(monday(12), none)).toBeNull();
  });
});

describe('the schedule with working hours', () => {
  it('sleeps until the start, then begins a fresh interval there', () => {
    const sim = simulate({ start: monday(7), until: monday(9, 30), settings });
    expect(sim.alarmWakes.filter((t) => t < monday(9))).toEqual([]);
    expect(sim.alarmWakes[0]).toBe(monday(9));
    expect(sim.log.flatMap((l) => (ofType(l.effects, 'notify').length ? [l.at] : []))).toEqual([
      monday(9, 30),
    ]);
  });

  it('shows outside-hours in the popup with the next start', () => {
    const sim = simulate({ start: monday(7), until: monday(7, 5), settings });
    expect(describeSchedule(sim.state, monday(7, 5), settings)).toMatchObject({
      status: 'outside-hours',
      sittingMs: 0,
      nextWorkingStart: monday(9),
    });
  });

  it('drops a reminder that comes due right at the end', () => {
    const sim = simulate({
      start: monday(16),
      until: local(2026, 1, 13, 9),
      settings,
      events: [[monday(16, 30), ev.done()]],
    });
    const atEnd = sim.log.find((l) => l.at === monday(17))?.effects ?? [];
    expect(ofType(atEnd, 'notify')).toEqual([]);
    expect(ofType(atEnd, 'set-alarm')).toEqual([{ type: 'set-alarm', at: local(2026, 1, 13, 9) }]);
    expect(sim.alarmWakes.filter((t) => t > monday(17))).toEqual([local(2026, 1, 13, 9)]);
  });

  it('clears a showing reminder when working hours end', () => {
    const sim = simulate({
      start: monday(16, 25),
      until: monday(17, 1),
      settings,
    });
    const atEnd = sim.log.find((l) => l.at === monday(17))?.effects ?? [];
    // Due at 16:55; the repeat at 17:00 is dropped along with the notification.
    expect(ofType(sim.effects, 'notify')).toHaveLength(1);
    expect(ofType(atEnd, 'clear-notification')).toHaveLength(1);
    expect(ofType(atEnd, 'record')).toEqual([]);
  });

  it('stays quiet over the weekend with one alarm for Monday', () => {
    const saturday = local(2026, 1, 17, 10);
    const sim = simulate({ start: saturday, until: local(2026, 1, 19, 9, 30), settings });
    expect(sim.alarmWakes[0]).toBe(local(2026, 1, 19, 9));
    expect(ofType(sim.effects, 'notify')).toHaveLength(1);
  });

  it('starts reminders at once when working hours are switched off outside them', () => {
    const sim = simulate({ start: monday(7), until: monday(7, 10), settings });
    const always = settingsWith();
    const view = describeSchedule(sim.state, monday(7, 10), always);
    expect(view).toMatchObject({ status: 'sitting', sittingMs: 0, nextBreakAt: monday(7, 40) });
  });
});

describe('a night shift that runs past midnight', () => {
  // Monday 22:00 to Tuesday 06:00; every other day off.
  const nights: WorkingHours = {
    enabled: true,
    days: officeHours.days.map((_, i) => ({ on: i === 1, start: '22:00', end: '06:00' })),
  };
  const tuesday = (hour: number, minute = 0) => local(2026, 1, 13, hour, minute);

  it.each([
    ['Monday 21:59', monday(21, 59), false],
    ['Monday 22:00 (start is inside)', monday(22), true],
    ['Tuesday 00:00', tuesday(0), true],
    ['Tuesday 05:59', tuesday(5, 59), true],
    ['Tuesday 06:00 (end is outside)', tuesday(6), false],
    ['Tuesday 22:30 (Tuesday is off)', tuesday(22, 30), false],
    ['Monday 03:00 (Sunday is off)', monday(3), false],
  ])('%s → %s', (_, now, expected) => {
    expect(isWithinWorkingHours(now, nights)).toBe(expected);
  });

  it('starts next on Monday at 22:00, and after the shift a week later', () => {
    expect(nextWorkingStart(monday(12), nights)).toBe(monday(22));
    expect(nextWorkingStart(tuesday(1), nights)).toBe(local(2026, 1, 19, 22));
  });

  it('reminds through midnight and goes quiet at the end', () => {
    const sim = simulate({
      start: monday(21),
      until: tuesday(7),
      settings: settingsWith({ workingHours: nights }),
      events: [[monday(22, 31), ev.done()]],
    });
    const reminders = sim.log.flatMap((l) => (ofType(l.effects, 'notify').length ? [l.at] : []));
    expect(reminders[0]).toBe(monday(22, 30));
    expect(reminders.some((at) => at > tuesday(0) && at < tuesday(6))).toBe(true);
    expect(reminders.every((at) => at < tuesday(6))).toBe(true);
    const atEnd = sim.log.find((l) => l.at === tuesday(6))?.effects ?? [];
    expect(ofType(atEnd, 'set-alarm')).toEqual([{ type: 'set-alarm', at: local(2026, 1, 19, 22) }]);
  });
});

describe('"remind me anyway today" outside working hours', () => {
  const remindAnyway: ScheduleEvent = { type: 'remind-anyway' };
  const notifiedAt = (sim: ReturnType<typeof simulate>) =>
    sim.log.flatMap((l) => (ofType(l.effects, 'notify').length ? [l.at] : []));

  it('reminds from the moment it is asked until midnight, then the hours apply again', () => {
    const sim = simulate({
      start: monday(19),
      until: local(2026, 1, 13, 9, 30),
      settings,
      events: [[monday(20), remindAnyway]],
    });
    const evening = notifiedAt(sim).filter((at) => at < local(2026, 1, 13, 0));
    expect(evening[0]).toBe(monday(20, 30));
    expect(
      notifiedAt(sim).filter((at) => at >= local(2026, 1, 13, 0) && at < local(2026, 1, 13, 9)),
    ).toEqual([]);
    // Midnight wakes the schedule, which goes quiet until Tuesday's start.
    expect(sim.alarmWakes).toContain(local(2026, 1, 13, 0));
    expect(sim.state.remindAnywayUntil).toBeNull();
    expect(notifiedAt(sim).at(-1)).toBe(local(2026, 1, 13, 9, 30));
  });

  it('shows sitting in the popup while it lasts, and outside-hours without it', () => {
    const before = simulate({ start: monday(19), until: monday(19, 10), settings });
    expect(describeSchedule(before.state, monday(19, 10), settings).status).toBe('outside-hours');
    const after = simulate({
      start: monday(19),
      until: monday(19, 10),
      settings,
      events: [[monday(19, 5), remindAnyway]],
    });
    expect(after.state.remindAnywayUntil).toBe(local(2026, 1, 13, 0));
    expect(describeSchedule(after.state, monday(19, 10), settings)).toMatchObject({
      status: 'sitting',
      sittingMs: 5 * 60_000,
      nextBreakAt: monday(19, 35),
    });
    expect(describeSchedule(after.state, local(2026, 1, 13, 0, 5), settings).status).toBe(
      'outside-hours',
    );
  });
});
