import type { ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import { dueAt, GAP_SLACK_MS, sittingMs } from './sitting-time';
import { minutesMs } from './time';
import { hoursInForce, isWithinWorkingHours, nextWorkingStart } from './working-hours';

export type ScheduleStatus = 'sitting' | 'away' | 'paused' | 'outside-hours' | 'reminder';

/** What the popup shows. */
export interface ScheduleView {
  status: ScheduleStatus;
  sittingMs: number;
  nextBreakAt: number | null;
  /** Only while paused; null there means until resumed by hand. */
  pausedUntil: number | null;
  reminderAttempt: number | null;
  /** Only outside working hours. */
  nextWorkingStart: number | null;
}

const EMPTY = { pausedUntil: null, reminderAttempt: null, nextWorkingStart: null };

/**
 * The popup's view of the stored schedule at `now`. A projection only, without running the state
 * machine (which keeps it out of the popup's bundle): where the stored state is stale — a pause
 * or a due time passed before the worker woke — it shows what the next wake will make of it.
 */
export function describeSchedule(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
): ScheduleView {
  // None while "remind me anyway today" lasts.
  const hours = hoursInForce(state.remindAnywayUntil, now, settings.workingHours);
  const gap = minutesMs(settings.naturalBreakMinutes) + GAP_SLACK_MS;
  if (state.pause && (state.pause.until === null || now < state.pause.until)) {
    return {
      ...EMPTY,
      status: 'paused',
      sittingMs: 0,
      nextBreakAt: null,
      pausedUntil: state.pause.until,
    };
  }
  if (!isWithinWorkingHours(now, hours)) {
    const next = nextWorkingStart(now, hours);
    return {
      ...EMPTY,
      status: 'outside-hours',
      sittingMs: 0,
      nextBreakAt: null,
      nextWorkingStart: next,
    };
  }
  if (state.away)
    return { ...EMPTY, status: 'away', sittingMs: sittingMs(state, now), nextBreakAt: null };
  // A pause that ended, or a silence longer than a break, restarts sitting time.
  const restart = state.pause
    ? (state.pause.until as number)
    : now - state.lastSeenAt > gap
      ? now
      : null;
  if (restart !== null) {
    const since = now - restart > gap ? now : restart;
    return {
      ...EMPTY,
      status: 'sitting',
      sittingMs: now - since,
      nextBreakAt: since + minutesMs(settings.intervalMinutes),
    };
  }
  const reminder = state.reminder;
  const due = reminder ? reminder.dueSince : dueAt(state, settings);
  if ((reminder && reminder.phase !== 'deferred') || now >= due) {
    const attempt = reminder && reminder.phase !== 'deferred' ? reminder.attempt : 1;
    return {
      ...EMPTY,
      status: 'reminder',
      sittingMs: sittingMs(state, now),
      nextBreakAt: due,
      reminderAttempt: attempt,
    };
  }
  return { ...EMPTY, status: 'sitting', sittingMs: sittingMs(state, now), nextBreakAt: due };
}
