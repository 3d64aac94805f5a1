import { describe, expect, it } from 'vitest';
import {
  initialScheduleState,
  parseScheduleState,
  type ScheduleState,
  step,
} from '@/core/scheduler';
import { comeBack, goAway } from '@/core/scheduler/presence';
import { AWAY_CREDIT_MS } from '@/core/scheduler/time';
import { ev, MIN, monday, settingsWith } from './run-scenario';

const sitting: ScheduleState = { ...initialScheduleState(monday(10)), lastSeenAt: monday(10, 20) };

describe('presence and stored state at their edges', () => {
  it('drops a stored state of another version, however sound its fields', () => {
    const stored = { ...sitting, version: 2, sittingSince: monday(9) };
    expect(parseScheduleState(stored, monday(11))).toEqual(initialScheduleState(monday(11)));
  });

  it('keeps an idle spell idle when idle is reported again, and marks it locked on a lock', () => {
    const idle = goAway(sitting, 'idle', monday(10, 21));
    expect(idle.away?.locked).toBe(false);
    expect(goAway(idle, 'idle', monday(10, 22)).away).toEqual(idle.away);
    expect(goAway(idle, 'locked', monday(10, 22)).away).toEqual({ ...idle.away, locked: true });
  });

  it.each<[string, number, boolean]>([
    ['just under two minutes', AWAY_CREDIT_MS - 1, false],
    ['two minutes', AWAY_CREDIT_MS, true],
  ])('marks a guided stretch as time away after %s away: %s', (_name, awayFor, marked) => {
    const now = monday(10, 25);
    const stretching: ScheduleState = {
      ...sitting,
      reminder: {
        phase: 'stretching',
        dueSince: monday(10, 20),
        startedAt: now - 3 * MIN,
        attempt: 1,
      },
      away: { since: now - awayFor, locked: false },
    };
    const back = comeBack(stretching, now, settingsWith()).state.reminder;
    expect(back?.phase).toBe('stretching');
    expect(back && 'away' in back).toBe(marked);
  });

  it('stops waiting for a call to end once deferring for sound is switched off', () => {
    const deferred: ScheduleState = {
      ...sitting,
      lastSeenAt: monday(10, 30, 40),
      reminder: { phase: 'deferred', dueSince: monday(10, 30), heardAt: monday(10, 30, 30) },
    };
    const phaseWith = (deferWhenAudible: boolean) =>
      step(
        deferred,
        ev.alarm(),
        monday(10, 31),
        settingsWith({ deferWhenAudible, maxDeferMinutes: 15 }),
      ).state.reminder?.phase;
    expect(phaseWith(true)).toBe('deferred');
    expect(phaseWith(false)).toBe('showing');
  });
});
