import { addDays, startOfDay } from 'date-fns';
import type { HistoryEntry } from '../history/history';
import { creditOf, isCompleteStretch } from './credit';

/** One local calendar day of history, counted. */
export interface DayTally {
  /** Local midnight at the start of the day, epoch ms. */
  day: number;
  taken: number;
  offered: number;
  endedEarly: number;
  /** The longest time sat without a break that any record of the day measured. */
  longestSittingMs: number;
  /** The stretches gone through to their end, for minutes stretching. */
  completed: string[];
}

const emptyTally = (day: number): DayTally => ({
  day,
  taken: 0,
  offered: 0,
  endedEarly: 0,
  longestSittingMs: 0,
  completed: [],
});

/**
 * Every day that has records, keyed by its local midnight. One pass over the history, oldest
 * first: a day's bounds are worked out only when an entry falls outside the current one, so five
 * years (20,000 entries) take one calendar step per day, not per entry.
 */
export function tallyDays(history: readonly HistoryEntry[]): Map<number, DayTally> {
  const days = new Map<number, DayTally>();
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  let tally = emptyTally(0);
  for (const entry of history) {
    if (entry.at < from || entry.at >= to) {
      const start = startOfDay(entry.at);
      from = start.getTime();
      to = addDays(start, 1).getTime();
      tally = days.get(from) ?? emptyTally(from);
      days.set(from, tally);
    }
    const credit = creditOf(entry);
    if (credit === 'taken') tally.taken++;
    else if (credit === 'offered') tally.offered++;
    else if (credit === 'ended-early') tally.endedEarly++;
    if (entry.sittingMs > tally.longestSittingMs) tally.longestSittingMs = entry.sittingMs;
    if (isCompleteStretch(entry) && entry.stretchId) tally.completed.push(entry.stretchId);
  }
  return days;
}

/** The tally of `day` (any moment of it), or an empty one. */
export function tallyOf(days: ReadonlyMap<number, DayTally>, day: number): DayTally {
  const start = startOfDay(day).getTime();
  return days.get(start) ?? emptyTally(start);
}

/** The `count` days ending with the day of `now`, oldest first, each with its tally. */
export function lastDays(
  days: ReadonlyMap<number, DayTally>,
  now: number,
  count: number,
): DayTally[] {
  const today = startOfDay(now);
  return Array.from({ length: count }, (_, i) =>
    tallyOf(days, addDays(today, i - count + 1).getTime()),
  );
}
