import { FOCUS_AREAS, type FocusArea } from '../../data/stretch-types';
import type { HistoryEntry } from '../history/history';
import type { AreaCounts } from '../pick-stretch-recent';
import { isTaken } from './credit';

// The balance per focus area: how many breaks taken in the last 14 days worked each area. The
// picker favours the areas this counts least (core/pick-stretch-recent.ts, fed by the background
// from this very function), and the Progress page shows the same counts, so what the page calls
// neglected is what the next pick goes to.

export const BALANCE_DAYS = 14;
const DAY_MS = 86_400_000;

/** The focus areas of a library entry by id; undefined for an id the library no longer has. */
export type FocusOf = (stretchId: string) => readonly FocusArea[] | undefined;

/**
 * Stretches taken since `BALANCE_DAYS` days before `now`, per area (one working two areas counts
 * for both; an area with none is left out). The history is oldest first, so the scan stops at
 * the first older entry.
 */
export function areaCounts(
  history: readonly HistoryEntry[],
  focusOf: FocusOf,
  now: number,
): AreaCounts {
  const counts: Partial<Record<FocusArea, number>> = {};
  const from = now - BALANCE_DAYS * DAY_MS;
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i] as HistoryEntry;
    if (entry.at < from) break;
    if (entry.at > now || !entry.stretchId || !isTaken(entry)) continue;
    for (const area of focusOf(entry.stretchId) ?? []) counts[area] = (counts[area] ?? 0) + 1;
  }
  return counts;
}

/** Every area with its count, none left out (for the page's chart and table). */
export const allAreas = (counts: AreaCounts): Record<FocusArea, number> =>
  Object.fromEntries(FOCUS_AREAS.map((area) => [area, counts[area] ?? 0])) as Record<
    FocusArea,
    number
  >;

/** The areas among `areas` with the fewest stretches in the counts (all of them when tied). */
export function neglectedAreas(areas: readonly FocusArea[], counts: AreaCounts): FocusArea[] {
  const fewest = Math.min(...areas.map((area) => counts[area] ?? 0));
  return areas.filter((area) => (counts[area] ?? 0) === fewest);
}
