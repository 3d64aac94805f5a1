import { record } from './effects';
import type { ScheduleSettings } from './schedule-settings';
import type { Reminder, ScheduleState } from './schedule-state';
import { minutesMs } from './time';
import { chain, type Transition, to } from './transition';

/**
 * Extra allowance on top of the natural-break length before a silence between events counts as a
 * break we slept through; alarms tick every minute while active but may fire a little late.
 */
export const GAP_SLACK_MS = 90_000;

/** When the next reminder is due; a snooze overrides the end of the interval. */
export function dueAt(state: ScheduleState, settings: ScheduleSettings): number {
  return state.snoozedUntil ?? state.intervalStart + minutesMs(settings.intervalMinutes);
}

/** Sitting time so far; while away it stops where the person left. */
export function sittingMs(state: ScheduleState, now: number): number {
  const end = state.away ? Math.min(state.away.since, now) : now;
  return Math.max(0, end - state.sittingSince);
}

/** True when sitting time is building up: not paused and not outside working hours. */
export function isTracking(state: ScheduleState): boolean {
  return state.pause === null && !state.outsideHours;
}

/** A break: sitting time and the interval both start again at `at`. */
export function restartSitting(state: ScheduleState, at: number): ScheduleState {
  return { ...state, sittingSince: at, intervalStart: at, snoozedUntil: null, reminder: null };
}

/** A new reminder interval from `at` while the person keeps sitting (skip, missed). */
export function restartInterval(state: ScheduleState, at: number): ScheduleState {
  return { ...state, intervalStart: at, snoozedUntil: null, reminder: null };
}

/** Removes the reminder, clearing its notification when one is up. */
export function dropReminder(state: ScheduleState): Transition {
  if (state.reminder === null) return to(state);
  const dropped = { ...state, reminder: null };
  return state.reminder.phase === 'showing'
    ? to(dropped, { type: 'clear-notification' })
    : to(dropped);
}

/**
 * A natural break from `breakStart` until `now`: records it (when there was sitting time to end),
 * clears any reminder and starts sitting again from zero at now.
 */
export function naturalBreak(state: ScheduleState, breakStart: number, now: number): Transition {
  const sat = Math.max(0, Math.min(breakStart, now) - state.sittingSince);
  return chain(
    state,
    (s) => (sat > 0 ? to(s, record('natural-break', breakStart, sat)) : to(s)),
    dropReminder,
    (s) => to(restartSitting(s, now)),
  );
}

/** True when no event came for longer than a natural break while we believed the person was sitting. */
export function sleptThrough(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
): boolean {
  const silence = now - state.lastSeenAt;
  return (
    state.away === null &&
    isTracking(state) &&
    silence > minutesMs(settings.naturalBreakMinutes) + GAP_SLACK_MS
  );
}

/**
 * Where sitting restarts after a boundary that passed while no event ran (pause end, working-hours
 * start): at the boundary if it was recent enough to be an ordinary late alarm, otherwise now so
 * that time asleep is not counted.
 */
export function restartPoint(boundary: number, now: number, settings: ScheduleSettings): number {
  const late = now - boundary;
  return late >= 0 && late <= minutesMs(settings.naturalBreakMinutes) + GAP_SLACK_MS
    ? boundary
    : now;
}

function shiftReminder(reminder: Reminder, ms: number, cap: number): Reminder {
  const move = (t: number) => Math.min(t + ms, cap);
  switch (reminder.phase) {
    case 'deferred':
      return reminder.heardAt === undefined
        ? { ...reminder, dueSince: move(reminder.dueSince) }
        : { ...reminder, dueSince: move(reminder.dueSince), heardAt: move(reminder.heardAt) };
    case 'showing':
      return { ...reminder, dueSince: move(reminder.dueSince), shownAt: move(reminder.shownAt) };
    case 'stretching':
      return {
        ...reminder,
        dueSince: move(reminder.dueSince),
        startedAt: move(reminder.startedAt),
      };
  }
}

/**
 * Moves the sitting clock forward by `ms` (a short locked screen does not count as sitting),
 * never past now.
 */
export function excludeFromSitting(state: ScheduleState, ms: number, now: number): ScheduleState {
  const move = (t: number) => Math.min(t + ms, now);
  return {
    ...state,
    sittingSince: move(state.sittingSince),
    intervalStart: move(state.intervalStart),
    snoozedUntil: state.snoozedUntil === null ? null : state.snoozedUntil + ms,
    reminder: state.reminder ? shiftReminder(state.reminder, ms, now) : null,
  };
}
