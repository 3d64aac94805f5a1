import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEDULE_SETTINGS,
  initialScheduleState,
  parseScheduleState,
  type ScheduleState,
  step,
} from '@/core/scheduler';
import { ev, MIN, monday, simulate } from './run-scenario';

const now = monday(12);
const fresh = initialScheduleState(now);

function stored(overrides: Record<string, unknown>): Record<string, unknown> {
  return { ...initialScheduleState(monday(11)), ...overrides };
}

describe('parseScheduleState', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'corrupt'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['an empty object', {}],
    ['another version', { ...fresh, version: 2 }],
  ])('falls back to a fresh state for %s', (_, raw) => {
    expect(parseScheduleState(raw, now)).toEqual(fresh);
  });

  it('round-trips a real state through JSON', () => {
    const sim = simulate({
      start: monday(10),
      until: monday(10, 40),
      events: [[monday(10, 38), ev.idle()]],
    });
    const json: unknown = JSON.parse(JSON.stringify(sim.state));
    expect(parseScheduleState(json, monday(10, 40))).toEqual(sim.state);
  });

  it.each<[string, Record<string, unknown>, Partial<ScheduleState>]>([
    ['a string sittingSince', { sittingSince: 'yesterday' }, { sittingSince: now }],
    ['NaN lastSeenAt', { lastSeenAt: Number.NaN }, { lastSeenAt: now }],
    ['a null sittingSince', { sittingSince: null }, { sittingSince: now }],
    ['a lastSeenAt written as text', { lastSeenAt: String(monday(11)) }, { lastSeenAt: now }],
    ['a pause since true', { pause: { since: true, until: null } }, { pause: null }],
    ['a negative intervalStart', { intervalStart: -5 }, { intervalStart: monday(11) }],
    [
      'an interval before the sitting stretch',
      { intervalStart: monday(10) },
      { intervalStart: monday(11) },
    ],
    ['a wrongly typed away', { away: { since: 'now', locked: 1 } }, { away: null }],
    [
      'a pause ending before it starts',
      { pause: { since: now, until: now - MIN } },
      { pause: null },
    ],
    [
      'an unknown reminder phase',
      { reminder: { phase: 'ringing', dueSince: now } },
      { reminder: null },
    ],
    [
      'a reminder with a silly attempt',
      { reminder: { phase: 'showing', dueSince: now, shownAt: now, attempt: 1e9 } },
      { reminder: null },
    ],
    [
      'a badge of unknown kind',
      { badge: { kind: 'party', text: '', title: '', at: now } },
      { badge: null },
    ],
    ['a string outsideHours', { outsideHours: 'yes' }, { outsideHours: false }],
    ['a string snoozedUntil', { snoozedUntil: '10:00' }, { snoozedUntil: null }],
  ])('repairs %s field by field', (_, overrides, expected) => {
    const parsed = parseScheduleState(stored(overrides), now);
    expect(parsed).toMatchObject(expected);
    expect(parsed.version).toBe(1);
  });

  it('keeps stored times as they are, for step to reconcile with the clock', () => {
    const future = now + 3 * 60 * MIN;
    const parsed = parseScheduleState(stored({ sittingSince: future, lastSeenAt: future }), now);
    expect(parsed).toMatchObject({ sittingSince: future, lastSeenAt: future });
  });

  it('keeps sitting time across a clock set back, through storage and step', () => {
    const sat = stored({
      sittingSince: now - 20 * MIN,
      intervalStart: now - 20 * MIN,
      lastSeenAt: now,
    });
    const roundTrip = parseScheduleState(JSON.parse(JSON.stringify(sat)), now - 30 * MIN);
    const env = { fullscreen: false, audible: false };
    const { state } = step(
      roundTrip,
      { type: 'alarm', env },
      now - 30 * MIN,
      DEFAULT_SCHEDULE_SETTINGS,
    );
    expect(now - 30 * MIN - state.sittingSince).toBe(20 * MIN);
  });

  it('clamps times lying in the future once step runs, so no duration is negative', () => {
    const future = now + 3 * 60 * MIN;
    const parsed = parseScheduleState(
      stored({
        sittingSince: future,
        intervalStart: future,
        lastSeenAt: now - MIN,
        reminder: { phase: 'showing', dueSince: future, shownAt: future, attempt: 2 },
      }),
      now,
    );
    const env = { fullscreen: false, audible: false };
    const { state } = step(parsed, { type: 'alarm', env }, now, DEFAULT_SCHEDULE_SETTINGS);
    expect(state.sittingSince).toBeLessThanOrEqual(now);
    expect(state.intervalStart).toBeLessThanOrEqual(now);
  });

  it('keeps the length of a pause stored as starting in the future', () => {
    const parsed = parseScheduleState(
      stored({ pause: { since: now + MIN, until: now + 31 * MIN } }),
      now,
    );
    const env = { fullscreen: false, audible: false };
    const { state } = step(parsed, { type: 'alarm', env }, now, DEFAULT_SCHEDULE_SETTINGS);
    expect(state.pause).toEqual({ since: now, until: now + 30 * MIN });
  });

  it('keeps a pause until resumed', () => {
    const parsed = parseScheduleState(stored({ pause: { since: now - MIN, until: null } }), now);
    expect(parsed.pause).toEqual({ since: now - MIN, until: null });
  });
});
