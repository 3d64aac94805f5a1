import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  initialScheduleState,
  type ScheduleState,
  step,
} from '@/core/scheduler';
import { ev, monday, settingsWith } from './run-scenario';

const settings = settingsWith();
const sitting: ScheduleState = { ...initialScheduleState(monday(10)), lastSeenAt: monday(10, 20) };
const records = (state: ScheduleState, event = ev.closed(true), now = monday(10, 21)) =>
  step(state, event, now, settings).effects.filter((e) => e.type === 'record');

describe('the scheduler at its edges', () => {
  it.each<[string, ScheduleState['reminder']]>([
    ['no reminder', null],
    [
      'a stretch under way',
      { phase: 'stretching', dueSince: monday(10, 15), startedAt: monday(10, 16), attempt: 1 },
    ],
  ])('a notification closed by hand with %s is no answer: nothing is skipped', (_n, reminder) => {
    expect(records({ ...sitting, reminder })).toEqual([]);
  });

  it('a notification closed by hand while it shows skips the break', () => {
    const showing: ScheduleState = {
      ...sitting,
      reminder: { phase: 'showing', dueSince: monday(10, 15), shownAt: monday(10, 15), attempt: 1 },
    };
    expect(records(showing)).toMatchObject([{ kind: 'skipped' }]);
  });

  it('keeps the last moment seen present while away, so a long absence is still a break', () => {
    const HOUR = 3_600_000;
    const left = step(sitting, ev.idle(), monday(10, 21), settings).state;
    expect(left.away).not.toBeNull();
    // An alarm a day and more later, the person still away: nothing they did was seen.
    const later = step(left, ev.alarm(), monday(10, 21) + 25 * HOUR, settings).state;
    expect(later.lastSeenAt).toBe(left.lastSeenAt);
    const back = step(later, ev.active(), monday(10, 21) + 26 * HOUR, settings);
    expect(back.effects.filter((e) => e.type === 'record')).toMatchObject([
      { kind: 'natural-break' },
    ]);
    expect(back.effects.some((e) => e.type === 'repaired')).toBe(false);
  });

  it('a pause ends at the moment it runs until', () => {
    const paused: ScheduleState = {
      ...sitting,
      pause: { since: monday(10), until: monday(10, 30) },
    };
    const at = (now: number) => step(paused, ev.alarm(), now, settings).state.pause;
    expect(at(monday(10, 30) - 1)).not.toBeNull();
    expect(at(monday(10, 30))).toBeNull();
  });

  it('starts sitting at the start of working hours when the first event comes just after it', () => {
    const officeHours = { ...DEFAULT_SCHEDULE_SETTINGS.workingHours, enabled: true };
    const early: ScheduleState = {
      ...initialScheduleState(monday(7)),
      outsideHours: true,
      lastSeenAt: monday(8, 59),
    };
    const woken = step(
      early,
      ev.alarm(),
      monday(9, 1),
      settingsWith({ workingHours: officeHours }),
    );
    expect(woken.state).toMatchObject({ outsideHours: false, sittingSince: monday(9) });
  });

  it('reports repaired fields only when some were', () => {
    const repaired = (state: ScheduleState) =>
      step(state, ev.alarm(), monday(10, 21), settings).effects.filter(
        (e) => e.type === 'repaired',
      );
    expect(repaired(sitting)).toEqual([]);
    expect(repaired({ ...sitting, snoozedUntil: monday(10) + 1e12 })).toEqual([
      { type: 'repaired', fields: ['snoozedUntil'] },
    ]);
  });

  it('takes the time the browser was closed out of sitting only on a browser start', () => {
    const wokenAt = (reason: 'worker-start' | 'startup' | 'installed') =>
      step(sitting, ev.wake(reason), monday(10, 22), settings).state.sittingSince;
    expect(wokenAt('worker-start')).toBe(sitting.sittingSince);
    expect(wokenAt('installed')).toBe(sitting.sittingSince);
    expect(wokenAt('startup')).toBeGreaterThan(sitting.sittingSince);
  });
});
