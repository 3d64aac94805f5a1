import { type DaySummary, parseHistory, summarizeDay } from './history';

// The storage key of a month's history part, and today's counts from this month's part: what the
// popup needs of the parts (history-parts.ts has the rest, for other pages and the background).

export const HISTORY_PART_PREFIX = 'history-';

/** The storage key (without area) of the part holding entries of `at`'s local month. */
export function historyPartKey(at: number): string {
  // Not date-fns' format: its token parser and locale would cost every bundle about 5 KB gzip.
  const date = new Date(at);
  return `${HISTORY_PART_PREFIX}${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Today's counts, derived from this month's part (the one `historyPartKey(now)` names). */
export function todayFromPart(part: unknown, now: number): DaySummary {
  // Not filtered by `now`: a page's clock ticks once a second, and a break recorded since its last
  // tick must count at once.
  return summarizeDay(parseHistory(part), now);
}
