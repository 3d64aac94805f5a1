import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  initialScheduleState,
  type ScheduleState,
} from '@/core/scheduler';
import { skip, snooze, startStretch, stretchDone } from '@/core/scheduler/actions';
import { AWAY_CREDIT_MS } from '@/core/scheduler/time';
import { MIN, monday } from './run-scenario';

// The user's actions one at a time, on states the scenarios reach only by long runs.
const sitting = initialScheduleState(monday(10));
const paused: ScheduleState = { ...sitting, pause: { since: monday(10, 5), until: null } };
const outside: ScheduleState = { ...sitting, outsideHours: true };

describe('the user actions', () => {
  it.each<[string, ScheduleState]>([
    ['paused', paused],
    ['outside working hours', outside],
  ])('snooze and skip change nothing and record nothing while %s', (_name, state) => {
    const now = monday(10, 20);
    for (const result of [snooze(state, now, DEFAULT_SCHEDULE_SETTINGS), skip(state, now)]) {
      expect(result.state).toEqual(state);
      expect(result.effects.filter((e) => e.type === 'record')).toEqual([]);
    }
  });

  it('keeps the attempt of a reminder shown again when its stretch starts', () => {
    const shown: ScheduleState = {
      ...sitting,
      reminder: { phase: 'showing', dueSince: monday(10, 30), shownAt: monday(10, 40), attempt: 2 },
    };
    expect(startStretch(shown, monday(10, 41), false).state.reminder).toEqual({
      phase: 'stretching',
      dueSince: monday(10, 30),
      startedAt: monday(10, 41),
      attempt: 2,
    });
  });

  it.each<[string, number, boolean]>([
    ['just under two minutes away is no time away', AWAY_CREDIT_MS - 1, false],
    ['two minutes away is time away', AWAY_CREDIT_MS, true],
  ])('a stretch done while away: %s', (_name, awayFor, credited) => {
    const now = monday(10, 30);
    const away: ScheduleState = { ...sitting, away: { since: now - awayFor, locked: false } };
    const [recorded] = stretchDone(away, now).effects.filter((e) => e.type === 'record');
    expect(recorded).toMatchObject({ kind: 'stretched', at: now });
    expect(recorded && 'away' in recorded).toBe(credited);
  });

  it('a stretch done with no time away is no time away', () => {
    const [recorded] = stretchDone(sitting, monday(10, 30) + 5 * MIN).effects.filter(
      (e) => e.type === 'record',
    );
    expect(recorded && 'away' in recorded).toBe(false);
  });
});
