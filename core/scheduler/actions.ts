import { record, type ScheduleEffect, type StretchRecord } from './effects';
import type { PauseChoice } from './events';
import { pauseEnd } from './pause';
import type { ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import { dueAt, isTracking, restartInterval, restartSitting, sittingMs } from './sitting-time';
import { minutesMs } from './time';

// User actions always clear the notification: if the worker died after saving state but before
// running the previous effects, a stale notification may still be up.
const clear = (effects: ScheduleEffect[]) => effects.push({ type: 'clear-notification' });

/**
 * A stretch begins: from the notification (which opens the stretch page) or in the popup (already
 * open). A showing reminder stops coming back; the break counts only on stretch-done.
 */
export function startStretch(
  state: ScheduleState,
  now: number,
  effects: ScheduleEffect[],
  openPage: boolean,
): ScheduleState {
  clear(effects);
  if (openPage) effects.push({ type: 'open-stretch' });
  const reminder = state.reminder;
  if (reminder === null) return state;
  const attempt = reminder.phase === 'deferred' ? 1 : reminder.attempt;
  return {
    ...state,
    reminder: { phase: 'stretching', dueSince: reminder.dueSince, startedAt: now, attempt },
  };
}

/**
 * Snooze: with a reminder up, it comes back snoozeMinutes from now. Without one (from the popup),
 * the next reminder moves snoozeMinutes later than it would have come.
 */
export function snooze(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
  effects: ScheduleEffect[],
): ScheduleState {
  clear(effects);
  if (!isTracking(state)) return state;
  effects.push(record('snoozed', now, sittingMs(state, now)));
  const from = state.reminder ? now : Math.max(now, dueAt(state, settings));
  return { ...state, reminder: null, snoozedUntil: from + minutesMs(settings.snoozeMinutes) };
}

/** Skip this break: a fresh interval from now, while sitting time keeps counting. */
export function skip(state: ScheduleState, now: number, effects: ScheduleEffect[]): ScheduleState {
  clear(effects);
  if (!isTracking(state)) return state;
  effects.push(record('skipped', now, sittingMs(state, now)));
  return restartInterval(state, now);
}

/** The person finished a stretch: a real break, so sitting time and interval restart now. */
export function stretchDone(
  state: ScheduleState,
  now: number,
  effects: ScheduleEffect[],
  stretch: StretchRecord = {},
): ScheduleState {
  clear(effects);
  effects.push(record('stretched', now, isTracking(state) ? sittingMs(state, now) : 0, stretch));
  return restartSitting(state, now);
}

/** Pause reminders; choosing again replaces the current pause. */
export function startPause(
  state: ScheduleState,
  choice: PauseChoice,
  now: number,
  settings: ScheduleSettings,
  effects: ScheduleEffect[],
): ScheduleState {
  clear(effects);
  const until = pauseEnd(choice, now, settings.workingHours);
  return { ...state, reminder: null, snoozedUntil: null, pause: { since: now, until } };
}

/** End the pause: fresh sitting time and interval from `at`. */
export function endPause(state: ScheduleState, at: number): ScheduleState {
  return state.pause ? { ...restartSitting(state, at), pause: null } : state;
}
