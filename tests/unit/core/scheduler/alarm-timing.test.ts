import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  initialScheduleState,
  MIN_ALARM_DELAY_MS,
  type ScheduleState,
  step,
  type WorkingHours,
} from '@/core/scheduler';
import { ev, MIN, monday, settingsWith } from './run-scenario';

const SEC = 1_000;
const officeHours: WorkingHours = { ...DEFAULT_SCHEDULE_SETTINGS.workingHours, enabled: true };

/**
 * The alarm effect an alarm event at `now` ends with. The state was last seen a minute earlier,
 * as with alarms ticking, so the silence does not count as a break slept through.
 */
function alarmAfter(state: ScheduleState, now: number, settings = settingsWith()) {
  const seen = { ...state, lastSeenAt: Math.max(state.lastSeenAt, now - MIN) };
  return step(seen, ev.alarm(), now, settings).effects.at(-1);
}

// A person who sat down at 10:00 (30-minute interval: first reminder due at 10:30).
const sitting = initialScheduleState(monday(10));

describe('the alarm the scheduler asks for', () => {
  it('is 30 s ahead', () => {
    expect(MIN_ALARM_DELAY_MS).toBe(30 * SEC);
  });

  it('keeps the alarm at least 30 s away when the reminder is due sooner', () => {
    const now = monday(10, 29, 50);
    expect(alarmAfter(sitting, now)).toEqual({ type: 'set-alarm', at: now + 30 * SEC });
  });

  it('wakes exactly when the reminder is due when that is more than 30 s away', () => {
    expect(alarmAfter(sitting, monday(10, 29, 15))).toEqual({
      type: 'set-alarm',
      at: monday(10, 30),
    });
  });

  it('wakes when the badge minute changes, when that comes before the reminder', () => {
    // 10:12:20: the countdown shows 18 until 10:13:00; the last badge was drawn at 10:12:00.
    const drawn = step(sitting, ev.alarm(), monday(10, 12), settingsWith()).state;
    expect(alarmAfter(drawn, monday(10, 12, 20))).toEqual({
      type: 'set-alarm',
      at: monday(10, 13),
    });
  });

  it('waits a full minute after the last badge update before the next tick', () => {
    // At 10:12:40 the minute changes in 20 s, but the badge was last drawn at 10:12:30.
    const drawn = step(sitting, ev.skip(), monday(10, 12, 30), settingsWith()).state;
    expect(alarmAfter(drawn, monday(10, 12, 40))).toEqual({
      type: 'set-alarm',
      at: monday(10, 13, 30),
    });
  });

  it('ticks once a minute while a reminder is showing', () => {
    const due = { ...sitting, lastSeenAt: monday(10, 29) };
    const gentle = settingsWith({ breakStyle: 'gentle' });
    const showing = step(due, ev.alarm(), monday(10, 30), gentle).state;
    expect(showing.reminder?.phase).toBe('showing');
    expect(alarmAfter(showing, monday(10, 31, 10), gentle)).toEqual({
      type: 'set-alarm',
      at: monday(10, 32, 10),
    });
  });

  it('wakes when the standard style opens the break page, before the next tick', () => {
    const due = { ...sitting, lastSeenAt: monday(10, 29) };
    const showing = step(due, ev.alarm(), monday(10, 30), settingsWith()).state;
    expect(alarmAfter(showing, monday(10, 31, 10))).toEqual({
      type: 'set-alarm',
      at: monday(10, 32),
    });
  });

  it('ticks a minute after now while a reminder shows and the badge has not changed', () => {
    const due = { ...sitting, lastSeenAt: monday(10, 29) };
    const showing = step(due, ev.alarm(), monday(10, 30), settingsWith()).state;
    // 20 s later the badge still reads the same: no redraw, so the last one was at 10:30:00.
    expect(alarmAfter(showing, monday(10, 30, 20))).toEqual({
      type: 'set-alarm',
      at: monday(10, 31, 20),
    });
  });

  it('keeps a pause that ends within 30 s at least 30 s away, and wakes at a later end', () => {
    const paused = (until: number): ScheduleState => ({
      ...sitting,
      pause: { since: monday(10), until },
    });
    expect(alarmAfter(paused(monday(10, 5, 5)), monday(10, 5))).toEqual({
      type: 'set-alarm',
      at: monday(10, 5, 30),
    });
    expect(alarmAfter(paused(monday(11)), monday(10, 5))).toEqual({
      type: 'set-alarm',
      at: monday(11),
    });
  });

  it('clears the alarm for a pause until resumed', () => {
    const paused: ScheduleState = { ...sitting, pause: { since: monday(10), until: null } };
    expect(alarmAfter(paused, monday(10, 5))).toEqual({ type: 'clear-alarm' });
  });

  it('wakes at the end of working hours when that comes first, at least 30 s ahead', () => {
    const settings = settingsWith({ workingHours: officeHours, intervalMinutes: 240 });
    const atFour = initialScheduleState(monday(16));
    expect(alarmAfter(atFour, monday(16, 59, 10), settings)).toEqual({
      type: 'set-alarm',
      at: monday(17),
    });
    expect(alarmAfter(atFour, monday(16, 59, 50), settings)).toEqual({
      type: 'set-alarm',
      at: monday(16, 59, 50) + 30 * SEC,
    });
  });

  it('sleeps outside working hours until the next working start', () => {
    const settings = settingsWith({ workingHours: officeHours });
    const evening = initialScheduleState(monday(18));
    expect(alarmAfter(evening, monday(18), settings)).toEqual({
      type: 'set-alarm',
      at: monday(9) + 24 * 60 * MIN,
    });
  });

  it('clears the alarm outside working hours when no working day is left on', () => {
    const noDays: WorkingHours = {
      enabled: true,
      days: officeHours.days.map((day) => ({ ...day, on: false })),
    };
    const settings = settingsWith({ workingHours: noDays });
    expect(alarmAfter(sitting, monday(10, 1), settings)).toEqual({ type: 'clear-alarm' });
  });
});
