import { NUMBER_RANGES } from '../settings/ranges';
import { pauseEnd } from './pause';
import type { ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import { HOUR_MS, MINUTE_MS, minutesMs } from './time';

// Every stored time has a range it can plausibly hold, against now and against the last time the
// person was seen. A clock set back (by up to a day and a half: a time zone crossed, a clock put
// right) is kept for reanchorClock to shift consistently; anything beyond is corruption, and only
// that field is reset. Without this a "last seen" in the year 3000 made a reminder say
// "511805000 minutes sitting" and a snooze until 3000 stopped reminders for good.

/** How far ahead of now a "last seen" may be and still be a clock set back rather than corruption. */
export const MAX_CLOCK_SETBACK_MS = 36 * HOUR_MS;
/** Nobody sits a whole day without one natural break: a longer sitting stretch is corrupt. */
export const MAX_SITTING_MS = 24 * HOUR_MS;
const SLACK_MS = MINUTE_MS;
// The longest pause choice, "until tomorrow", ends at the next working morning: over a long
// weekend of days off that is at most a week and a day away.
const LONGEST_PAUSE_FALLBACK_MS = 8 * 24 * HOUR_MS;

/**
 * The state with every time outside its plausible range reset, and the names of the fields that
 * were (for the log). Times within range are left exactly as stored.
 */
export function saneTimes(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
): { state: ScheduleState; repaired: string[] } {
  const repaired: string[] = [];
  const fix = <T>(field: string, ok: boolean, value: T, fallback: T): T => {
    if (ok) return value;
    repaired.push(field);
    return fallback;
  };
  const lastSeenAt = fix(
    'lastSeenAt',
    state.lastSeenAt <= now + MAX_CLOCK_SETBACK_MS,
    state.lastSeenAt,
    now,
  );
  const past = (t: number) => t <= lastSeenAt + SLACK_MS && t >= lastSeenAt - MAX_SITTING_MS;
  const sittingSince = fix(
    'sittingSince',
    past(state.sittingSince),
    state.sittingSince,
    lastSeenAt,
  );
  const intervalStart = fix(
    'intervalStart',
    past(state.intervalStart) && state.intervalStart >= sittingSince,
    state.intervalStart,
    sittingSince,
  );
  // A snooze set before a reminder was due moves it by at most a whole interval and a snooze.
  const { intervalMinutes, snoozeMinutes } = NUMBER_RANGES;
  const snoozeMax = lastSeenAt + minutesMs(intervalMinutes.max + snoozeMinutes.max) + SLACK_MS;
  const snoozedUntil =
    state.snoozedUntil === null
      ? null
      : fix('snoozedUntil', state.snoozedUntil <= snoozeMax, state.snoozedUntil, null);
  const away = state.away
    ? fix('away', state.away.since <= now + MAX_CLOCK_SETBACK_MS, state.away, null)
    : null;
  const pause = state.pause
    ? fix('pause', pauseFits(state.pause, lastSeenAt, settings), state.pause, null)
    : null;
  const reminder = state.reminder
    ? fix('reminder', reminderTimes(state.reminder).every(past), state.reminder, null)
    : null;
  const badge = state.badge
    ? fix('badge', state.badge.at <= lastSeenAt + SLACK_MS, state.badge, null)
    : null;
  return {
    state: {
      ...state,
      lastSeenAt,
      sittingSince,
      intervalStart,
      snoozedUntil,
      away,
      pause,
      reminder,
      badge,
    },
    repaired,
  };
}

function pauseFits(
  pause: NonNullable<ScheduleState['pause']>,
  lastSeenAt: number,
  settings: ScheduleSettings,
): boolean {
  if (pause.since > lastSeenAt + MAX_CLOCK_SETBACK_MS) return false;
  if (pause.until === null) return true;
  const longest = pauseEnd('tomorrow', pause.since, settings.workingHours);
  // Stryker disable next-line ArithmeticOperator: pauseEnd gives null only for 'resumed'.
  const limit = (longest ?? pause.since + LONGEST_PAUSE_FALLBACK_MS) + SLACK_MS;
  return pause.until <= Math.max(limit, pause.since + minutesMs(60) + SLACK_MS);
}

function reminderTimes(reminder: NonNullable<ScheduleState['reminder']>): number[] {
  switch (reminder.phase) {
    case 'deferred':
      return reminder.heardAt === undefined
        ? [reminder.dueSince]
        : [reminder.dueSince, reminder.heardAt];
    case 'showing':
      return [reminder.dueSince, reminder.shownAt];
    case 'stretching':
      return [reminder.dueSince, reminder.startedAt];
  }
}
