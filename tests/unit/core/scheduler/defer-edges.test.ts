import { describe, expect, it } from 'vitest';
import { type Environment, initialScheduleState, type ScheduleState, step } from '@/core/scheduler';
import { alarmEffect } from '@/core/scheduler/alarm';
import { MIN, monday, settingsWith } from './run-scenario';

// Sitting since 10:00: the reminder is due at 10:30; it may wait 15 minutes for a fullscreen video.
const FULLSCREEN: Environment = { fullscreen: true, audible: false };
const settings = settingsWith({ deferWhenFullscreen: true, maxDeferMinutes: 15 });
const sitting = initialScheduleState(monday(10));

describe('deferring at its edges', () => {
  it.each<[string, number, string]>([
    ['within the longest wait it defers', monday(10, 44, 59), 'deferred'],
    ['at the end of the longest wait it shows', monday(10, 45), 'showing'],
    ['long after it comes due it shows at once', monday(10, 50), 'showing'],
  ])('a reminder coming due in fullscreen: %s', (_name, now, phase) => {
    const seen: ScheduleState = { ...sitting, lastSeenAt: now - MIN };
    const result = step(seen, { type: 'alarm', env: FULLSCREEN }, now, settings);
    expect(result.state.reminder?.phase).toBe(phase);
  });

  it('looks again a minute later while it defers', () => {
    const deferred: ScheduleState = {
      ...sitting,
      lastSeenAt: monday(10, 31),
      reminder: { phase: 'deferred', dueSince: monday(10, 30) },
    };
    expect(alarmEffect(deferred, monday(10, 31), settings)).toEqual({
      type: 'set-alarm',
      at: monday(10, 32),
    });
  });

  it('in the last minute of the longest wait, looks again as that wait ends, not later', () => {
    const deferred: ScheduleState = {
      ...sitting,
      lastSeenAt: monday(10, 44, 15),
      reminder: { phase: 'deferred', dueSince: monday(10, 30) },
    };
    expect(alarmEffect(deferred, monday(10, 44, 15), settings)).toEqual({
      type: 'set-alarm',
      at: monday(10, 45),
    });
  });
});
