import type { WorkingDay, WorkingHours } from '../scheduler/schedule-settings';
import type { Check, CheckResult } from './field-checks';

export type WorkingDayValue = WorkingDay;
export type WorkingHoursValue = WorkingHours;

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an 'HH:mm' time, or null when it is not one. */
export function minutesOfDay(time: unknown): number | null {
  if (typeof time !== 'string') return null;
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The message for one day's times, or null when they are fine. */
export function workingDayError(day: WorkingDayValue): string | null {
  const start = minutesOfDay(day.start);
  const end = minutesOfDay(day.end);
  if (start === null) return 'Enter a start time such as 09:00.';
  if (end === null) return 'Enter an end time such as 17:30.';
  if (end <= start) return 'The end must be after the start.';
  return null;
}

export const workingHours: Check<WorkingHoursValue> = (value): CheckResult<WorkingHoursValue> => {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'Invalid hours.' };
  const { enabled, days } = value as Partial<WorkingHoursValue>;
  if (typeof enabled !== 'boolean') return { ok: false, error: 'Choose on or off.' };
  if (!Array.isArray(days) || days.length !== 7) return { ok: false, error: 'Seven days needed.' };
  const clean: WorkingDayValue[] = [];
  for (const [index, day] of days.entries()) {
    if (typeof day !== 'object' || day === null || typeof day.on !== 'boolean') {
      return { ok: false, error: `${WEEKDAY_NAMES[index]}: invalid.` };
    }
    const candidate = { on: day.on, start: day.start, end: day.end };
    const error = workingDayError(candidate);
    if (error) return { ok: false, error: `${WEEKDAY_NAMES[index]}: ${error}` };
    clean.push(candidate);
  }
  if (enabled && !clean.some((day) => day.on)) {
    return { ok: false, error: 'Turn on at least one working day, or switch working hours off.' };
  }
  return { ok: true, value: { enabled, days: clean } };
};
