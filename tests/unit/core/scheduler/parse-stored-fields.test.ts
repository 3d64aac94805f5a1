import { describe, expect, it } from 'vitest';
import { initialScheduleState, parseScheduleState } from '@/core/scheduler';
import { MIN, monday } from './run-scenario';

const now = monday(12);
const base = () => ({ ...initialScheduleState(monday(11)) });
const parsed = (changes: Record<string, unknown>) =>
  parseScheduleState({ ...base(), ...changes }, now);

// The latest time a Date can hold; stored times past it are not times.
const LAST_DATE_MS = 8.64e15;

describe('a stored schedule, field by field', () => {
  it.each([
    ['time 0', 0, 0],
    ['the last date there is', LAST_DATE_MS, LAST_DATE_MS],
    ['past the last date', LAST_DATE_MS + 1, now],
    ['infinity', Number.POSITIVE_INFINITY, now],
    ['a negative time', -1, now],
  ])('reads a lastSeenAt of %s', (_, stored, expected) => {
    expect(parsed({ lastSeenAt: stored }).lastSeenAt).toBe(expected);
  });

  it('keeps a stored interval start and snooze, and outside-hours', () => {
    expect(
      parsed({ intervalStart: monday(11, 20), snoozedUntil: monday(12, 5), outsideHours: true }),
    ).toMatchObject({
      sittingSince: monday(11),
      intervalStart: monday(11, 20),
      snoozedUntil: monday(12, 5),
      outsideHours: true,
    });
  });

  it.each([
    [
      { since: monday(11, 50), locked: true },
      { since: monday(11, 50), locked: true },
    ],
    [
      { since: monday(11, 50), locked: false, extra: 1 },
      { since: monday(11, 50), locked: false },
    ],
    [{ since: monday(11, 50), locked: 'yes' }, null],
    [{ locked: true }, null],
    ['away', null],
  ])('reads away %j as %j', (away, expected) => {
    expect(parsed({ away }).away).toEqual(expected);
  });

  it.each([
    [
      { since: monday(11), until: null },
      { since: monday(11), until: null },
    ],
    [
      { since: monday(11), until: monday(11) },
      { since: monday(11), until: monday(11) },
    ],
    [{ since: monday(11), until: monday(11) - 1 }, null],
    [{ since: monday(11) }, null],
    [{ since: -1, until: null }, null],
    [{ until: null }, null],
    [[monday(11), null], null],
  ])('reads pause %j as %j', (pause, expected) => {
    expect(parsed({ pause }).pause).toEqual(expected);
  });

  const due = monday(11, 30);
  it.each([
    [
      { phase: 'deferred', dueSince: due },
      { phase: 'deferred', dueSince: due },
    ],
    [
      { phase: 'deferred', dueSince: due, heardAt: due + MIN },
      { phase: 'deferred', dueSince: due, heardAt: due + MIN },
    ],
    [
      { phase: 'deferred', dueSince: due, heardAt: 'loud' },
      { phase: 'deferred', dueSince: due },
    ],
    [
      { phase: 'showing', dueSince: due, shownAt: due + MIN, attempt: 1 },
      { phase: 'showing', dueSince: due, shownAt: due + MIN, attempt: 1 },
    ],
    [
      { phase: 'stretching', dueSince: due, startedAt: due, attempt: 100 },
      { phase: 'stretching', dueSince: due, startedAt: due, attempt: 100 },
    ],
    [{ phase: 'showing', dueSince: due, attempt: 1 }, null],
    [{ phase: 'stretching', dueSince: due, shownAt: due, attempt: 1 }, null],
    [{ phase: 'showing', dueSince: due, startedAt: due, attempt: 1 }, null],
    [{ phase: 'ringing', dueSince: due, startedAt: due, attempt: 1 }, null],
    [{ phase: 'showing', dueSince: due, shownAt: due, attempt: 0 }, null],
    [{ phase: 'showing', dueSince: due, shownAt: due, attempt: 101 }, null],
    [{ phase: 'showing', dueSince: due, shownAt: due, attempt: 1.5 }, null],
    [{ phase: 'showing', dueSince: due, shownAt: due, attempt: '1' }, null],
    [{ phase: 'deferred' }, null],
    [{ phase: 'deferred', dueSince: 'soon' }, null],
    [null, null],
  ])('reads reminder %j as %j', (reminder, expected) => {
    expect(parsed({ reminder }).reminder).toEqual(expected);
  });

  it.each([
    [
      { kind: 'outside-hours', text: '', title: 'Off', at: now },
      { kind: 'outside-hours', text: '', title: 'Off', at: now },
    ],
    [{ kind: 'countdown', text: 5, title: '', at: now }, null],
    [{ kind: 'countdown', text: '5', title: null, at: now }, null],
    [{ kind: 'countdown', text: '5', title: '' }, null],
    [{ text: '5', title: '', at: now }, null],
  ])('reads badge %j as %j', (badge, expected) => {
    expect(parsed({ badge }).badge).toEqual(expected);
  });
});
