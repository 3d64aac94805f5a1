import type { HistoryEntry } from '@/core/history/history';
import { workingWeekdays } from '@/core/progress/goal';
import { DEFAULT_SETTINGS } from '@/core/settings/settings';

/** A local time on day `day` of January 2026 (Thursday the 1st; Monday the 5th, 12th, 19th, 26th). */
export const jan = (day: number, hours = 10, minutes = 0) =>
  new Date(2026, 0, day, hours, minutes).getTime();

/** Monday to Friday, as the defaults have it. */
export const WEEKDAYS = workingWeekdays(DEFAULT_SETTINGS.workingHours);

const MIN = 60_000;

export const taken = (at: number, stretchId = 'pigeon'): HistoryEntry => ({
  kind: 'stretched',
  at,
  sittingMs: 30 * MIN,
  stretchId,
});

/** `count` breaks taken on a day, a minute apart from 10:00. */
export const breaksOn = (day: number, count: number): HistoryEntry[] =>
  Array.from({ length: count }, (_, i) => taken(jan(day, 10, i)));
