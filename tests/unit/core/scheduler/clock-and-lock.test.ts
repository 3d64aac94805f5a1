import { describe, expect, it } from 'vitest';
import { initialScheduleState, type Reminder, type ScheduleState } from '@/core/scheduler';
import { reanchorClock } from '@/core/scheduler/clock';
import { excludeFromSitting } from '@/core/scheduler/sitting-time';
import { MIN, monday } from './run-scenario';

const HOUR = 60 * MIN;
const reminders: Reminder[] = [
  { phase: 'deferred', dueSince: monday(10, 30) },
  { phase: 'deferred', dueSince: monday(10, 30), heardAt: monday(10, 32) },
  { phase: 'showing', dueSince: monday(10, 30), shownAt: monday(10, 31), attempt: 2 },
  { phase: 'stretching', dueSince: monday(10, 30), startedAt: monday(10, 32), attempt: 1 },
];
const times = (r: Reminder) =>
  r.phase === 'deferred'
    ? [r.dueSince, ...(r.heardAt === undefined ? [] : [r.heardAt])]
    : r.phase === 'showing'
      ? [r.dueSince, r.shownAt]
      : [r.dueSince, r.startedAt];

// Everything that holds a time, as the worker left it at 10:33.
const full = (reminder: Reminder): ScheduleState => ({
  ...initialScheduleState(monday(10)),
  intervalStart: monday(10, 5),
  snoozedUntil: monday(10, 40),
  lastSeenAt: monday(10, 33),
  away: { since: monday(10, 33), locked: true },
  pause: { since: monday(10, 33), until: monday(11, 3) },
  reminder,
  badge: { kind: 'reminder', text: '!', title: 't', at: monday(10, 33) },
});

describe('a clock set back an hour', () => {
  it.each(reminders)('moves every stored time back by the hour (reminder $phase)', (reminder) => {
    const moved = reanchorClock(full(reminder), monday(10, 33) - HOUR);
    const back = (t: number) => t - HOUR;
    expect(moved).toEqual({
      ...full(reminder),
      sittingSince: back(monday(10)),
      intervalStart: back(monday(10, 5)),
      snoozedUntil: back(monday(10, 40)),
      lastSeenAt: back(monday(10, 33)),
      away: { since: back(monday(10, 33)), locked: true },
      pause: { since: back(monday(10, 33)), until: back(monday(11, 3)) },
      reminder: expect.objectContaining({ phase: reminder.phase }),
      badge: { kind: 'reminder', text: '!', title: 't', at: back(monday(10, 33)) },
    });
    expect(times(moved.reminder as Reminder)).toEqual(times(reminder).map(back));
  });

  it('keeps empty fields empty', () => {
    const bare: ScheduleState = { ...initialScheduleState(monday(10)), lastSeenAt: monday(10, 33) };
    const moved = reanchorClock({ ...bare, pause: { since: monday(10), until: null } }, monday(9));
    expect(moved).toMatchObject({
      snoozedUntil: null,
      away: null,
      reminder: null,
      badge: null,
      pause: { since: monday(9) - 33 * MIN, until: null },
    });
  });

  it('changes nothing when the clock moved on', () => {
    const state = full(reminders[2] as Reminder);
    expect(reanchorClock(state, monday(10, 34))).toEqual(state);
  });
});

describe('a short locked screen', () => {
  const state = (reminder: Reminder): ScheduleState => ({
    ...initialScheduleState(monday(10)),
    intervalStart: monday(10, 5),
    snoozedUntil: monday(10, 40),
    reminder,
  });

  it.each(reminders)(
    'moves sitting, the interval, the snooze and the reminder ($phase) later',
    (reminder) => {
      const moved = excludeFromSitting(state(reminder), 2 * MIN, monday(10, 50));
      expect(moved).toMatchObject({
        sittingSince: monday(10, 2),
        intervalStart: monday(10, 7),
        snoozedUntil: monday(10, 42),
      });
      expect(times(moved.reminder as Reminder)).toEqual(times(reminder).map((t) => t + 2 * MIN));
    },
  );

  it.each(reminders)('never moves a past time ($phase) beyond now', (reminder) => {
    const now = monday(10, 31, 30);
    const moved = excludeFromSitting(state(reminder), 2 * MIN, now);
    expect(times(moved.reminder as Reminder)).toEqual(
      times(reminder).map((t) => Math.min(t + 2 * MIN, now)),
    );
    expect(moved.reminder?.phase).toBe(reminder.phase);
  });

  it('leaves no snooze and no reminder as none', () => {
    const bare = { ...initialScheduleState(monday(10)) };
    expect(excludeFromSitting(bare, MIN, monday(10, 20))).toMatchObject({
      snoozedUntil: null,
      reminder: null,
    });
  });
});
