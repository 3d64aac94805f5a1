import { record } from './effects';
import type { Environment } from './events';
import type { ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import { dueAt, restartInterval, sittingMs } from './sitting-time';
import { MINUTE_MS, minutesMs, wholeMinutes } from './time';
import { type Transition, to } from './transition';

function wantsQuiet(env: Environment, settings: ScheduleSettings): boolean {
  return (
    (env.fullscreen && settings.deferWhenFullscreen) || (env.audible && settings.deferWhenAudible)
  );
}

function show(state: ScheduleState, now: number, dueSince: number, attempt: number): Transition {
  return to(
    { ...state, reminder: { phase: 'showing', dueSince, shownAt: now, attempt } },
    { type: 'notify', sittingMinutes: wholeMinutes(sittingMs(state, now)), attempt },
  );
}

/** The reminder was let go unanswered: record it and start a new interval (the person still sits). */
export function missReminder(state: ScheduleState, now: number): Transition {
  return to(restartInterval(state, now), record('missed', now, sittingMs(state, now)), {
    type: 'clear-notification',
  });
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
): Transition {
  const reminder = state.reminder;
  const maxDefer = minutesMs(settings.maxDeferMinutes);
  if (reminder === null) {
    const due = dueAt(state, settings);
    if (now < due) return to(state);
    if (wantsQuiet(env, settings) && now < due + maxDefer) {
      return to({ ...state, reminder: { phase: 'deferred', dueSince: due } });
    }
    return show(state, now, due, 1);
  }
  switch (reminder.phase) {
    case 'deferred':
      if (wantsQuiet(env, settings) && now < reminder.dueSince + maxDefer) return to(state);
      return show(state, now, reminder.dueSince, 1);
    case 'showing':
      if (now < reminder.shownAt + minutesMs(settings.snoozeMinutes)) return to(state);
      if (reminder.attempt <= settings.repeatIgnored) {
        return show(state, now, reminder.dueSince, reminder.attempt + 1);
      }
      return missReminder(state, now);
    case 'stretching':
      // A stretch page left open without "done" for a whole interval was most likely abandoned;
      // a real stretch away from the keyboard usually ends as a natural break before that.
      if (now < reminder.startedAt + minutesMs(settings.intervalMinutes)) return to(state);
      return missReminder(state, now);
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
