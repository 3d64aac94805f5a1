import type { FocusArea } from '../data/stretch-types';
import { randomIndex } from './pick-stretch-random';

/** Breaks taken per focus area lately (core/progress/balance.ts counts them from the history). */
export type AreaCounts = Partial<Readonly<Record<FocusArea, number>>>;

/**
 * The area among `areas` the user has worked least lately, by what they have actually done (the
 * Progress page's balance over 14 days), not by what was merely offered; ties go to chance so no
 * area is always first. Counts that are missing or not numbers read as none.
 */
export function mostNeglected(
  areas: readonly FocusArea[],
  counts: AreaCounts | undefined,
  random: () => number,
): FocusArea | undefined {
  const done = areas.map((area) => {
    const n = counts?.[area];
    // Stryker disable next-line EqualityOperator: a count of 0 reads as 0 either way.
    return typeof n === 'number' && n > 0 ? n : 0;
  });
  const fewest = Math.min(...done);
  const tied = areas.filter((_, index) => done[index] === fewest);
  return tied[randomIndex(random, tied.length)];
}
