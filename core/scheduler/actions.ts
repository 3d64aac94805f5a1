import { record, type ScheduleEffect, type StretchRecord } from './effects';
import type { PauseChoice } from './events';
import { pauseEnd } from './pause';
import type { ScheduleSettings } from './schedule-settings';
import type { Reminder, ScheduleState } from './schedule-state';
import { dueAt, isTracking, restartInterval, restartSitting, sittingMs } from './sitting-time';
import { AWAY_CREDIT_MS, minutesMs } from './time';
import { type Transition, to } from './transition';

// User actions always clear the notification: if the worker died after saving state but before
// running the previous effects, a stale notification may still be up.
const clear = (): ScheduleEffect => ({ type: 'clear-notification' });

/**
 * A stretch begins: from the notification (which opens the stretch page) or in the popup (already
 * open). A showing reminder stops coming back; the break counts only on stretch-done.
 */
export function startStretch(state: ScheduleState, now: number, openPage: boolean): Transition {
  const effects: ScheduleEffect[] = openPage ? [clear(), { type: 'open-stretch' }] : [clear()];
  // Started with no reminder due (from the popup), it is a break all the same: the 'stretching'
  // phase marks it, so time away during it is not recorded again as a natural break.
  const reminder = state.reminder ?? { phase: 'deferred', dueSince: now };
  const attempt = reminder.phase === 'deferred' ? 1 : reminder.attempt;
  const stretching: Reminder = {
    phase: 'stretching',
    dueSince: reminder.dueSince,
    startedAt: now,
    attempt,
  };
  return { state: { ...state, reminder: stretching }, effects };
}

/**
 * Snooze: with a reminder up, it comes back snoozeMinutes from now. Without one (from the popup),
 * the next reminder moves snoozeMinutes later than it would have come.
 */
export function snooze(state: ScheduleState, now: number, settings: ScheduleSettings): Transition {
  if (!isTracking(state)) return to(state, clear());
  const from = state.reminder ? now : Math.max(now, dueAt(state, settings));
  return to(
    { ...state, reminder: null, snoozedUntil: from + minutesMs(settings.snoozeMinutes) },
    clear(),
    record('snoozed', now, sittingMs(state, now)),
  );
}

/** Skip this break: a fresh interval from now, while sitting time keeps counting. */
export function skip(state: ScheduleState, now: number): Transition {
  if (!isTracking(state)) return to(state, clear());
  return to(restartInterval(state, now), clear(), record('skipped', now, sittingMs(state, now)));
}

/** The person finished a stretch: a real break, so sitting time and interval restart now. */
export function stretchDone(
  state: ScheduleState,
  now: number,
  stretch: StretchRecord = {},
): Transition {
  const sat = isTracking(state) ? sittingMs(state, now) : 0;
  const { reminder, away } = state;
  const wasAway =
    (reminder?.phase === 'stretching' && reminder.away) ||
    (away !== null && now - away.since >= AWAY_CREDIT_MS);
  const facts: StretchRecord = wasAway ? { ...stretch, away: true } : stretch;
  return to(restartSitting(state, now), clear(), record('stretched', now, sat, facts));
}

/** Pause reminders; choosing again replaces the current pause. */
export function startPause(
  state: ScheduleState,
  choice: PauseChoice,
  now: number,
  settings: ScheduleSettings,
): Transition {
  const until = pauseEnd(choice, now, settings.workingHours);
  return to(
    { ...state, reminder: null, snoozedUntil: null, pause: { since: now, until } },
    clear(),
  );
}

/** End the pause: fresh sitting time and interval from `at`. */
export function endPause(state: ScheduleState, at: number): ScheduleState {
  return state.pause ? { ...restartSitting(state, at), pause: null } : state;
}
