import { startOfDay, startOfISOWeek } from 'date-fns';
import type { HistoryEntry } from '../history/history';
import { isCompleteStretch } from './credit';

/** The source texts' advice: strengthening two to three times a week. */
export const STRENGTH_TARGET = { min: 2, max: 3 } as const;

/**
 * Strength sessions this calendar week (Monday to Sunday): days with a strengthening exercise
 * gone through to its end. Two exercises on one day are one session.
 */
export function strengthSessionsThisWeek(
  history: readonly HistoryEntry[],
  isStrength: (stretchId: string) => boolean,
  now: number,
): number {
  const from = startOfISOWeek(now).getTime();
  const days = new Set<number>();
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i] as HistoryEntry;
    if (entry.at < from) break;
    if (entry.at > now || !isCompleteStretch(entry) || !entry.stretchId) continue;
    if (isStrength(entry.stretchId)) days.add(startOfDay(entry.at).getTime());
  }
  return days.size;
}
