import { record, type ScheduleEffect } from './effects';
import type { Environment } from './events';
import type { ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import { dueAt, restartInterval, sittingMs } from './sitting-time';
import { MINUTE_MS, minutesMs, wholeMinutes } from './time';

function wantsQuiet(env: Environment, settings: ScheduleSettings): boolean {
  return (
    (env.fullscreen && settings.deferWhenFullscreen) || (env.audible && settings.deferWhenAudible)
  );
}

function show(
  state: ScheduleState,
  now: number,
  dueSince: number,
  attempt: number,
  effects: ScheduleEffect[],
): ScheduleState {
  effects.push({ type: 'notify', sittingMinutes: wholeMinutes(sittingMs(state, now)), attempt });
  return { ...state, reminder: { phase: 'showing', dueSince, shownAt: now, attempt } };
}

/** The reminder was let go unanswered: record it and start a new interval (the person still sits). */
export function missReminder(
  state: ScheduleState,
  now: number,
  effects: ScheduleEffect[],
): ScheduleState {
  effects.push(record('missed', now, sittingMs(state, now)));
  effects.push({ type: 'clear-notification' });
  return restartInterval(state, now);
}

/**
 * Moves the reminder on by at most one transition for the time that has passed: becomes due (or
 * deferred), comes back after an ignored snooze period, or counts as missed. One transition per
 * event means a late alarm or a clock jump can never produce a burst of notifications.
 */
export function advanceReminder(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
  env: Environment,
  effects: ScheduleEffect[],
): ScheduleState {
  const reminder = state.reminder;
  const maxDefer = minutesMs(settings.maxDeferMinutes);
  if (reminder === null) {
    const due = dueAt(state, settings);
    if (now < due) return state;
    if (wantsQuiet(env, settings) && now < due + maxDefer) {
      return { ...state, reminder: { phase: 'deferred', dueSince: due } };
    }
    return show(state, now, due, 1, effects);
  }
  switch (reminder.phase) {
    case 'deferred':
      if (wantsQuiet(env, settings) && now < reminder.dueSince + maxDefer) return state;
      return show(state, now, reminder.dueSince, 1, effects);
    case 'showing':
      if (now < reminder.shownAt + minutesMs(settings.snoozeMinutes)) return state;
      if (reminder.attempt <= settings.repeatIgnored) {
        return show(state, now, reminder.dueSince, reminder.attempt + 1, effects);
      }
      return missReminder(state, now, effects);
    case 'stretching':
      // A stretch page left open without "done" for a whole interval was most likely abandoned;
      // a real stretch away from the keyboard usually ends as a natural break before that.
      if (now < reminder.startedAt + minutesMs(settings.intervalMinutes)) return state;
      return missReminder(state, now, effects);
  }
}

/** When the reminder next needs a look: its due time, a defer re-check, a repeat or the stretch timeout. */
export function nextReminderCheck(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
): number {
  const reminder = state.reminder;
  if (reminder === null) return dueAt(state, settings);
  switch (reminder.phase) {
    case 'deferred':
      return Math.min(now + MINUTE_MS, reminder.dueSince + minutesMs(settings.maxDeferMinutes));
    case 'showing':
      return reminder.shownAt + minutesMs(settings.snoozeMinutes);
    case 'stretching':
      return reminder.startedAt + minutesMs(settings.intervalMinutes);
  }
}
