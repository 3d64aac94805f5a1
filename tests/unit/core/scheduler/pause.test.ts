import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  describeSchedule,
  nextMorning,
  PAUSE_BADGE,
  pauseEnd,
} from '@/core/scheduler';
import { ev, local, MIN, monday, ofType, settingsWith, simulate } from './run-scenario';

const settings = settingsWith();
const officeHours = { ...DEFAULT_SCHEDULE_SETTINGS.workingHours, enabled: true };

describe('pausing from the popup', () => {
  it.each([
    ['minutes-30', monday(10, 40)],
    ['hour-1', monday(11, 10)],
  ] as const)(
    'pauses for %s: no reminders, a pause mark and one alarm at the end',
    (choice, end) => {
      const sim = simulate({
        start: monday(10),
        until: end,
        events: [[monday(10, 10), ev.pause(choice)]],
      });
      const paused = sim.log.find((l) => l.at === monday(10, 10))?.effects ?? [];
      expect(paused).toContainEqual({ type: 'clear-notification' });
      expect(ofType(paused, 'set-badge')).toEqual([
        { type: 'set-badge', text: PAUSE_BADGE, title: expect.stringContaining('paused until') },
      ]);
      expect(ofType(paused, 'set-alarm')).toEqual([{ type: 'set-alarm', at: end }]);
      // The only wake during the pause is its end; sitting starts from zero there.
      expect(sim.alarmWakes.filter((t) => t > monday(10, 10))).toEqual([end]);
      expect(ofType(sim.effects, 'notify')).toEqual([]);
      expect(describeSchedule(sim.state, end, settings)).toMatchObject({
        status: 'sitting',
        sittingMs: 0,
        nextBreakAt: end + 30 * MIN,
      });
    },
  );

  it('stays paused until resumed by hand, without any alarm', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(15),
      events: [
        [monday(10, 10), ev.pause('resumed')],
        [monday(15), ev.resume()],
      ],
    });
    const paused = sim.log.find((l) => l.at === monday(10, 10))?.effects ?? [];
    expect(paused.at(-1)).toEqual({ type: 'clear-alarm' });
    expect(sim.alarmWakes.filter((t) => t > monday(10, 10))).toEqual([]);
    expect(describeSchedule(sim.state, monday(15), settings)).toMatchObject({
      status: 'sitting',
      sittingMs: 0,
      nextBreakAt: monday(15, 30),
    });
  });

  it('reports the pause in the popup and builds up no sitting time', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 25),
      events: [
        [monday(10, 10), ev.pause('hour-1')],
        [monday(10, 20), ev.idle()],
        [monday(10, 25), ev.active()],
      ],
    });
    expect(describeSchedule(sim.state, monday(10, 25), settings)).toEqual({
      status: 'paused',
      sittingMs: 0,
      nextBreakAt: null,
      pausedUntil: monday(11, 10),
      reminderAttempt: null,
      nextWorkingStart: null,
    });
    expect(ofType(sim.effects, 'record')).toEqual([]);
  });

  it('drops a showing reminder when pausing', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(11),
      events: [[monday(10, 31), ev.pause('minutes-30')]],
    });
    expect(ofType(sim.effects, 'notify')).toHaveLength(1);
    expect(sim.state.reminder).toBeNull();
  });
});

describe('pausing until tomorrow', () => {
  it.each([
    ['late evening → 08:00 the next day', local(2026, 1, 12, 22, 30), local(2026, 1, 13, 8)],
    ['just before midnight', local(2026, 1, 12, 23, 59), local(2026, 1, 13, 8)],
    [
      'after midnight, before 04:00 → 08:00 the same day',
      local(2026, 1, 13, 2),
      local(2026, 1, 13, 8),
    ],
    ['at 04:00 → the next day', local(2026, 1, 13, 4), local(2026, 1, 14, 8)],
    ['into the spring-forward night', local(2026, 3, 28, 22), Date.UTC(2026, 2, 29, 6)],
    ['inside the spring-forward night', local(2026, 3, 29, 1, 30), Date.UTC(2026, 2, 29, 6)],
    ['into the fall-back night', local(2026, 10, 24, 22), Date.UTC(2026, 9, 25, 7)],
    ['inside the fall-back night', local(2026, 10, 25, 2, 30), Date.UTC(2026, 9, 25, 7)],
  ])('pauses %s', (_, now, expected) => {
    expect(nextMorning(now)).toBe(expected);
    expect(pauseEnd('tomorrow', now, settings.workingHours)).toBe(expected);
  });

  it('spans the spring-forward change with an 8-hour pause ending at 08:00 local time', () => {
    const start = local(2026, 3, 28, 23);
    const sim = simulate({
      start: local(2026, 3, 28, 22, 50),
      until: local(2026, 3, 29, 8, 5),
      events: [[start, ev.pause('tomorrow')]],
    });
    expect(sim.alarmWakes.filter((t) => t > start && t <= local(2026, 3, 29, 8))).toEqual([
      local(2026, 3, 29, 8),
    ]);
    expect(local(2026, 3, 29, 8) - start).toBe(8 * 60 * MIN);
    expect(sim.state.pause).toBeNull();
  });

  it('ends at the next working-hours start when working hours are on', () => {
    const friday = local(2026, 1, 16, 15);
    expect(pauseEnd('tomorrow', friday, officeHours)).toBe(local(2026, 1, 19, 9));
    expect(pauseEnd('tomorrow', local(2026, 1, 13, 2), officeHours)).toBe(local(2026, 1, 13, 9));
  });

  it('ends at tomorrow’s start, not today’s, when paused early in the morning before work', () => {
    expect(pauseEnd('tomorrow', local(2026, 1, 13, 7), officeHours)).toBe(local(2026, 1, 14, 9));
  });
});
