import { isRecord } from '../is-record';
import { parseTimeOfDay } from '../time-of-day';
import type { WorkingDay, WorkingHours } from './defaults';
import type { Check, CheckResult } from './field-checks';

export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** The message for one day's times, or null when they are fine. */
export function workingDayError(day: { start?: unknown; end?: unknown }): string | null {
  const start = parseTimeOfDay(day.start);
  const end = parseTimeOfDay(day.end);
  if (start === null) return 'Enter a start time such as 09:00.';
  if (end === null) return 'Enter an end time such as 17:30.';
  if (end === start)
    return 'The end must differ from the start (22:00 to 06:00 runs past midnight).';
  return null;
}

export const workingHours: Check<WorkingHours> = (value): CheckResult<WorkingHours> => {
  if (!isRecord(value)) return { ok: false, error: 'Invalid hours.' };
  const { enabled, days } = value;
  if (typeof enabled !== 'boolean') return { ok: false, error: 'Choose on or off.' };
  if (!Array.isArray(days) || days.length !== 7) return { ok: false, error: 'Seven days needed.' };
  const clean: WorkingDay[] = [];
  for (const [index, day] of days.entries()) {
    if (!isRecord(day) || typeof day.on !== 'boolean') {
      return { ok: false, error: `${WEEKDAY_NAMES[index]}: invalid.` };
    }
    const error = workingDayError(day);
    if (error) return { ok: false, error: `${WEEKDAY_NAMES[index]}: ${error}` };
    // workingDayError accepted both times, so they are 'HH:mm' strings.
    clean.push({ on: day.on, start: day.start as string, end: day.end as string });
  }
  if (enabled && !clean.some((day) => day.on)) {
    return { ok: false, error: 'Turn on at least one working day, or switch working hours off.' };
  }
  return { ok: true, value: { enabled, days: clean } };
};
