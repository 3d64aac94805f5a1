import { FOCUS_AREAS, type FocusArea, type Stretch } from '../data/stretch-types';
import { isRecord } from './is-record';
import { randomIndex } from './pick-stretch-random';
import type { RecentPick } from './pick-stretch-types';

/** How many past picks are kept: enough to see two rounds of all six areas, small to store. */
export const RECENT_LIMIT = 12;

function isFocusArea(value: unknown): value is FocusArea {
  return typeof value === 'string' && (FOCUS_AREAS as readonly string[]).includes(value);
}

function toRecentPick(value: unknown): RecentPick | null {
  if (!isRecord(value)) return null;
  const { id, focus, at } = value;
  if (typeof id !== 'string' || !Array.isArray(focus)) return null;
  return { id, focus: focus.filter(isFocusArea), at: typeof at === 'number' ? at : 0 };
}

/** Recent picks read back from storage, oldest first; malformed items are dropped. */
export function readRecent(raw: unknown): RecentPick[] {
  if (!Array.isArray(raw)) return [];
  const picks = raw.map(toRecentPick).filter((pick): pick is RecentPick => pick !== null);
  return picks.slice(-RECENT_LIMIT);
}

/** The history with `stretch` added at time `at`, trimmed to the last RECENT_LIMIT picks. */
export function rememberPick(recent: unknown, stretch: Stretch, at: number): RecentPick[] {
  const next: RecentPick = { id: stretch.id, focus: [...stretch.focus], at };
  return [...readRecent(recent), next].slice(-RECENT_LIMIT);
}

/**
 * The area among `areas` that recent picks have covered least; ties go to chance so no area is
 * always first. A pick covering two areas counts for both.
 */
export function mostNeglected(
  areas: readonly FocusArea[],
  recent: readonly RecentPick[],
  random: () => number,
): FocusArea | undefined {
  const counts = areas.map((area) => recent.filter((pick) => pick.focus.includes(area)).length);
  const fewest = Math.min(...counts);
  const tied = areas.filter((_, index) => counts[index] === fewest);
  return tied[randomIndex(random, tied.length)];
}
