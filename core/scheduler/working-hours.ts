import { addDays, atClock, startOfDay } from '../local-day';
import { parseTimeOfDay } from '../time-of-day';
import type { WorkingDay, WorkingHours } from './schedule-settings';

interface Window {
  start: number;
  end: number;
}

// Local wall-clock time, so a start inside a spring-forward gap lands just after it.
function atClockTime(day: Date, minutesOfDay: number): number {
  return atClock(day, Math.floor(minutesOfDay / 60), minutesOfDay % 60);
}

function windowOn(day: Date, workingDay: WorkingDay | undefined): Window | null {
  if (!workingDay?.on) return null;
  const start = parseTimeOfDay(workingDay.start);
  const end = parseTimeOfDay(workingDay.end);
  if (start === null || end === null) return null;
  // An end at or before the start is a night shift: the window ends on the next calendar day.
  const window = {
    start: atClockTime(day, start),
    end: atClockTime(end > start ? day : addDays(day, 1), end),
  };
  return window.end > window.start ? window : null;
}

/** The window now is in: today's, or yesterday's when that one runs past midnight. */
function todaysWindow(now: number, workingHours: WorkingHours): Window | null {
  for (const offset of [0, -1]) {
    const day = addDays(startOfDay(now), offset);
    const window = windowOn(day, workingHours.days[day.getDay()]);
    if (window && now >= window.start && now < window.end) return window;
  }
  return null;
}

/** True when reminders may run now: working hours are off, or now is inside a working [start, end). */
export function isWithinWorkingHours(now: number, workingHours: WorkingHours): boolean {
  if (!workingHours.enabled) return true;
  return todaysWindow(now, workingHours) !== null;
}

/** Start of the working window now is in, or null when working hours are off or now is outside them. */
export function workingHoursStartedAt(now: number, workingHours: WorkingHours): number | null {
  if (!workingHours.enabled || !isWithinWorkingHours(now, workingHours)) return null;
  return todaysWindow(now, workingHours)?.start ?? null;
}

/** End of the working window now is in, or null when working hours are off or now is outside them. */
export function workingHoursEndAt(now: number, workingHours: WorkingHours): number | null {
  if (!workingHours.enabled || !isWithinWorkingHours(now, workingHours)) return null;
  return todaysWindow(now, workingHours)?.end ?? null;
}

/** The first working-hours start strictly after now, or null when working hours are off or no day is on. */
export function nextWorkingStart(now: number, workingHours: WorkingHours): number | null {
  if (!workingHours.enabled) return null;
  const today = startOfDay(now);
  // Eight days so that a week with only today's (already started) window still finds next week's.
  for (let offset = 0; offset <= 7; offset++) {
    const day = addDays(today, offset);
    const window = windowOn(day, workingHours.days[day.getDay()]);
    if (window && window.start > now) return window.start;
  }
  return null;
}

/** The working hours in force: none while "remind me anyway today" lasts (until its midnight). */
export function hoursInForce(
  remindAnywayUntil: number | null,
  now: number,
  workingHours: WorkingHours,
): WorkingHours {
  return remindAnywayUntil !== null && now < remindAnywayUntil
    ? { ...workingHours, enabled: false }
    : workingHours;
}

/** When "remind me anyway" asked now ends: the next local midnight. */
export function remindAnywayEnd(now: number): number {
  return addDays(startOfDay(now), 1).getTime();
}
