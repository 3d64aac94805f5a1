import type { ScheduleEffect } from './effects';
import { nextReminderCheck } from './reminder';
import type { ScheduleSettings } from './schedule-settings';
import type { ScheduleState } from './schedule-state';
import { dueAt } from './sitting-time';
import { MINUTE_MS } from './time';
import { nextWorkingStart, workingHoursEndAt } from './working-hours';

/**
 * Packed MV3 extensions get alarms no sooner than 30 s ahead; asking for less is silently delayed,
 * so every set-alarm is at least this far ahead and the state never depends on an earlier wake.
 */
export const MIN_ALARM_DELAY_MS = 30_000;

/**
 * The next badge tick: when the minute countdown next changes, but not sooner than a minute after
 * the last badge update, so an active hour costs about 60 wakes.
 */
function nextTick(state: ScheduleState, now: number, settings: ScheduleSettings): number {
  let tick = now + MINUTE_MS;
  const left = dueAt(state, settings) - now;
  if (state.reminder === null && left > 0) tick = now + (left % MINUTE_MS || MINUTE_MS);
  return state.badge ? Math.max(tick, state.badge.at + MINUTE_MS) : tick;
}

/**
 * The single alarm effect every step ends with: none while away (the next idle→active event wakes
 * us), the pause end while paused, the next working start outside hours, and otherwise the sooner
 * of the next badge tick, the next reminder check and the end of working hours.
 */
export function alarmEffect(
  state: ScheduleState,
  now: number,
  settings: ScheduleSettings,
): ScheduleEffect {
  const setAt = (at: number): ScheduleEffect => ({
    type: 'set-alarm',
    at: Math.max(at, now + MIN_ALARM_DELAY_MS),
  });
  if (state.away) return { type: 'clear-alarm' };
  if (state.pause) {
    return state.pause.until === null ? { type: 'clear-alarm' } : setAt(state.pause.until);
  }
  if (state.outsideHours) {
    const start = nextWorkingStart(now, settings.workingHours);
    return start === null ? { type: 'clear-alarm' } : setAt(start);
  }
  // Working hours end, or "remind me anyway today" does (at midnight, when hours apply again).
  const end = Math.min(
    workingHoursEndAt(now, settings.workingHours) ?? Number.POSITIVE_INFINITY,
    state.remindAnywayUntil ?? Number.POSITIVE_INFINITY,
  );
  return setAt(
    Math.min(nextTick(state, now, settings), nextReminderCheck(state, now, settings), end),
  );
}
