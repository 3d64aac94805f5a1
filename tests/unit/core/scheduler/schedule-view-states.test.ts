import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  describeSchedule,
  GAP_SLACK_MS,
  initialScheduleState,
  type ScheduleState,
} from '@/core/scheduler';
import { MIN, monday, settingsWith } from './run-scenario';

const settings = settingsWith();
// Sat down at 10:00 and seen by the worker a minute ago, at whatever time the test looks.
const seenAt = (at: number): ScheduleState => ({
  ...initialScheduleState(monday(10)),
  lastSeenAt: at - MIN,
});
const NOTHING_ELSE = { pausedUntil: null, reminderAttempt: null, nextWorkingStart: null };
// A silence longer than this counts as a break slept through (5-minute natural break).
const GAP = 5 * MIN + GAP_SLACK_MS;

describe('what the popup shows', () => {
  it('shows the reminder from the moment it is due', () => {
    expect(describeSchedule(seenAt(monday(10, 30)), monday(10, 30), settings)).toEqual({
      ...NOTHING_ELSE,
      status: 'reminder',
      sittingMs: 30 * MIN,
      nextBreakAt: monday(10, 30),
      reminderAttempt: 1,
    });
  });

  it('after the clock was set back, shows a shown reminder still, and a deferred one not yet', () => {
    const at = monday(10, 29);
    const showing: ScheduleState = {
      ...seenAt(at),
      reminder: { phase: 'showing', dueSince: monday(10, 30), shownAt: monday(10, 30), attempt: 1 },
    };
    expect(describeSchedule(showing, at, settings).status).toBe('reminder');
    const deferred: ScheduleState = {
      ...seenAt(at),
      reminder: { phase: 'deferred', dueSince: monday(10, 30) },
    };
    expect(describeSchedule(deferred, at, settings).status).toBe('sitting');
  });

  it('shows which repeat of the reminder is up', () => {
    const state: ScheduleState = {
      ...seenAt(monday(10, 40)),
      reminder: { phase: 'showing', dueSince: monday(10, 30), shownAt: monday(10, 35), attempt: 2 },
    };
    expect(describeSchedule(state, monday(10, 40), settings)).toMatchObject({
      status: 'reminder',
      nextBreakAt: monday(10, 30),
      reminderAttempt: 2,
    });
  });

  it('shows a held-back reminder as due, as its first showing', () => {
    const state: ScheduleState = {
      ...seenAt(monday(10, 32)),
      reminder: { phase: 'deferred', dueSince: monday(10, 30) },
    };
    expect(describeSchedule(state, monday(10, 32), settings)).toMatchObject({
      status: 'reminder',
      reminderAttempt: 1,
    });
  });

  it('shows sitting time stopped where the person left while away', () => {
    const state: ScheduleState = {
      ...seenAt(monday(10, 20)),
      away: { since: monday(10, 12), locked: false },
    };
    expect(describeSchedule(state, monday(10, 20), settings)).toEqual({
      ...NOTHING_ELSE,
      status: 'away',
      sittingMs: 12 * MIN,
      nextBreakAt: null,
    });
  });

  it('shows sitting from zero after a silence longer than a break, but not after a shorter one', () => {
    const last = monday(10, 10);
    const state: ScheduleState = { ...initialScheduleState(monday(10)), lastSeenAt: last };
    expect(describeSchedule(state, last + GAP + 1, settings)).toEqual({
      ...NOTHING_ELSE,
      status: 'sitting',
      sittingMs: 0,
      nextBreakAt: last + GAP + 1 + 30 * MIN,
    });
    expect(describeSchedule(state, last + GAP, settings)).toMatchObject({
      status: 'sitting',
      sittingMs: 10 * MIN + GAP,
      nextBreakAt: monday(10, 30),
    });
  });

  it('counts sitting from the end of a pause that ended shortly before', () => {
    const state: ScheduleState = {
      ...seenAt(monday(10, 5)),
      pause: { since: monday(10, 5), until: monday(10, 35) },
    };
    expect(describeSchedule(state, monday(10, 35), settings)).toEqual({
      ...NOTHING_ELSE,
      status: 'sitting',
      sittingMs: 0,
      nextBreakAt: monday(11, 5),
    });
    expect(describeSchedule(state, monday(10, 35) + GAP, settings)).toMatchObject({
      sittingMs: GAP,
      nextBreakAt: monday(11, 5),
    });
  });

  it('shows a running pause with its end and nothing else', () => {
    const state: ScheduleState = {
      ...seenAt(monday(10, 5)),
      pause: { since: monday(10, 5), until: monday(10, 35) },
    };
    expect(describeSchedule(state, monday(10, 34), settings)).toEqual({
      ...NOTHING_ELSE,
      status: 'paused',
      sittingMs: 0,
      nextBreakAt: null,
      pausedUntil: monday(10, 35),
    });
  });

  it('shows the time outside working hours with nothing else', () => {
    const office = settingsWith({
      workingHours: { ...DEFAULT_SCHEDULE_SETTINGS.workingHours, enabled: true },
    });
    expect(describeSchedule(seenAt(monday(18)), monday(18), office)).toEqual({
      ...NOTHING_ELSE,
      status: 'outside-hours',
      sittingMs: 0,
      nextBreakAt: null,
      nextWorkingStart: monday(9) + 24 * 60 * MIN,
    });
  });
});
