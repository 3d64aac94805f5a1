import type { Reminder, ScheduleState } from './schedule-state';

function mapReminder(reminder: Reminder, map: (t: number) => number): Reminder {
  switch (reminder.phase) {
    case 'deferred':
      return reminder.heardAt === undefined
        ? { ...reminder, dueSince: map(reminder.dueSince) }
        : { ...reminder, dueSince: map(reminder.dueSince), heardAt: map(reminder.heardAt) };
    case 'showing':
      return { ...reminder, dueSince: map(reminder.dueSince), shownAt: map(reminder.shownAt) };
    case 'stretching':
      return { ...reminder, dueSince: map(reminder.dueSince), startedAt: map(reminder.startedAt) };
  }
}

function shiftAll(state: ScheduleState, ms: number): ScheduleState {
  const move = (t: number) => t + ms;
  return {
    ...state,
    sittingSince: move(state.sittingSince),
    intervalStart: move(state.intervalStart),
    snoozedUntil: state.snoozedUntil === null ? null : move(state.snoozedUntil),
    lastSeenAt: move(state.lastSeenAt),
    away: state.away ? { ...state.away, since: move(state.away.since) } : null,
    pause: state.pause
      ? {
          since: move(state.pause.since),
          until: state.pause.until === null ? null : move(state.pause.until),
        }
      : null,
    reminder: state.reminder ? mapReminder(state.reminder, move) : null,
    badge: state.badge ? { ...state.badge, at: move(state.badge.at) } : null,
  };
}

/**
 * Makes stored times consistent with `now`. When the clock was set back (now before the last
 * event) every timestamp moves back by the same amount, so sitting time and pause length survive;
 * any past-type timestamp still in the future is clamped to now. Durations can then never be negative.
 */
export function reanchorClock(state: ScheduleState, now: number): ScheduleState {
  // Stryker disable next-line EqualityOperator: at now === lastSeenAt the shift is by 0.
  const s = now < state.lastSeenAt ? shiftAll(state, now - state.lastSeenAt) : state;
  const past = (t: number) => Math.min(t, now);
  const pauseAhead = s.pause ? Math.max(0, s.pause.since - now) : 0;
  return {
    ...s,
    sittingSince: past(s.sittingSince),
    intervalStart: past(s.intervalStart),
    lastSeenAt: past(s.lastSeenAt),
    away: s.away ? { ...s.away, since: past(s.away.since) } : null,
    pause:
      s.pause && pauseAhead > 0
        ? { since: now, until: s.pause.until === null ? null : s.pause.until - pauseAhead }
        : s.pause,
    reminder: s.reminder ? mapReminder(s.reminder, past) : null,
    badge: s.badge ? { ...s.badge, at: past(s.badge.at) } : null,
  };
}
