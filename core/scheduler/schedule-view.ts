import { step } from './machine';
import type { ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import { dueAt, sittingMs } from './sitting-time';
import { nextWorkingStart } from './working-hours';

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

/** The popup's view of the schedule at `now`, as if an event arrived now (a stored state may be stale). */
export function describeSchedule(
  stored: ScheduleState,
  now: number,
  settings: ScheduleSettings,
): ScheduleView {
  // A worker-start wake only applies what time alone changes (pause end, due time, slept-through break).
  const env = { fullscreen: false, audible: false };
  const state = step(stored, { type: 'wake', reason: 'worker-start', env }, now, settings).state;
  if (state.pause) {
    return {
      ...EMPTY,
      status: 'paused',
      sittingMs: 0,
      nextBreakAt: null,
      pausedUntil: state.pause.until,
    };
  }
  if (state.outsideHours) {
    const next = nextWorkingStart(now, settings.workingHours);
    return {
      ...EMPTY,
      status: 'outside-hours',
      sittingMs: 0,
      nextBreakAt: null,
      nextWorkingStart: next,
    };
  }
  const sat = sittingMs(state, now);
  if (state.away) return { ...EMPTY, status: 'away', sittingMs: sat, nextBreakAt: null };
  const reminder = state.reminder;
  if (reminder && reminder.phase !== 'deferred') {
    return {
      ...EMPTY,
      status: 'reminder',
      sittingMs: sat,
      nextBreakAt: reminder.dueSince,
      reminderAttempt: reminder.attempt,
    };
  }
  const next = reminder ? reminder.dueSince : dueAt(state, settings);
  return { ...EMPTY, status: 'sitting', sittingMs: sat, nextBreakAt: next };
}
