import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  describeSchedule,
  initialScheduleState,
} from '@/core/scheduler';
import { ev, MIN, monday, settingsWith, simulate } from './run-scenario';

const settings = settingsWith();

describe('describeSchedule', () => {
  it('describes a person sitting', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 12) });
    expect(describeSchedule(sim.state, monday(10, 12, 30), settings)).toEqual({
      status: 'sitting',
      sittingMs: 12 * MIN + 30_000,
      nextBreakAt: monday(10, 30),
      pausedUntil: null,
      reminderAttempt: null,
      nextWorkingStart: null,
    });
  });

  it('describes a reminder that is due even if its alarm has not fired yet', () => {
    const sim = simulate({ start: monday(10), until: monday(10, 29) });
    const view = describeSchedule(sim.state, monday(10, 30, 5), settings);
    expect(view).toMatchObject({
      status: 'reminder',
      reminderAttempt: 1,
      nextBreakAt: monday(10, 30),
    });
  });

  it('describes a pause whose end passed as sitting again', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 5),
      events: [[monday(10, 5), ev.pause('minutes-30')]],
    });
    expect(describeSchedule(sim.state, monday(10, 20), settings)).toMatchObject({
      status: 'paused',
      pausedUntil: monday(10, 35),
    });
    // The worker may not have run yet at 10:38; the view still counts from the pause end.
    expect(describeSchedule(sim.state, monday(10, 38), settings)).toMatchObject({
      status: 'sitting',
      sittingMs: 3 * MIN,
      pausedUntil: null,
    });
  });

  it('describes sitting as restarting at the time the browser wakes after a long closed pause', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 5),
      events: [[monday(10, 5), ev.pause('minutes-30')]],
    });
    expect(describeSchedule(sim.state, monday(13), settings)).toMatchObject({ sittingMs: 0 });
  });

  it('describes a pause until resumed with a null end', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 5),
      events: [[monday(10, 5), ev.pause('resumed')]],
    });
    expect(describeSchedule(sim.state, monday(18), settings)).toMatchObject({
      status: 'paused',
      pausedUntil: null,
    });
  });

  it('describes the time outside working hours', () => {
    const office = settingsWith({
      workingHours: { ...DEFAULT_SCHEDULE_SETTINGS.workingHours, enabled: true },
    });
    expect(describeSchedule(initialScheduleState(monday(6)), monday(6), office)).toMatchObject({
      status: 'outside-hours',
      nextWorkingStart: monday(9),
    });
  });
});
