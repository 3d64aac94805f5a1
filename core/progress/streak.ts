import { addDays, startOfDay, startOfISOWeek } from 'date-fns';
import type { DayTally } from './day-tally';
import { tallyOf } from './day-tally';
import { goalState } from './goal';

/**
 * The streak's one repair rule, said on the page as it is here: in each calendar week (Monday to
 * Sunday) one working day that missed the goal is forgiven; a second one ends the streak. A
 * forgiven day keeps the streak alive but does not add to it. Today counts once it meets the goal
 * and never breaks the streak while it is still going.
 */
export const REPAIR_RULE =
  'One missed working day a week (Monday to Sunday) is forgiven; a second miss in the same week ends the streak.';

export interface Streak {
  /** Working days that met the goal, in the unbroken run up to today. */
  days: number;
  /** Days in the run that missed the goal but were forgiven, newest first. */
  forgiven: number[];
  /** Today is a working day that has met the goal already. */
  todayMet: boolean;
}

export function currentStreak(
  days: ReadonlyMap<number, DayTally>,
  now: number,
  goal: number,
  weekdays: readonly boolean[],
): Streak {
  const today = startOfDay(now);
  const todayMet = goalState(tallyOf(days, today.getTime()), goal, weekdays) === 'met';
  let first = Number.POSITIVE_INFINITY;
  for (const day of days.keys()) if (day < first) first = day;
  const forgivenWeeks = new Set<number>();
  const forgiven: number[] = [];
  let count = todayMet ? 1 : 0;
  let oldestMet = todayMet ? today.getTime() : Number.POSITIVE_INFINITY;
  // Back from yesterday to the first day with any record: before it there is nothing to judge.
  for (let day = addDays(today, -1); day.getTime() >= first; day = addDays(day, -1)) {
    const state = goalState(tallyOf(days, day.getTime()), goal, weekdays);
    if (state === 'met') {
      count++;
      oldestMet = day.getTime();
    } else if (state === 'missed') {
      const week = startOfISOWeek(day).getTime();
      if (forgivenWeeks.has(week)) break;
      forgivenWeeks.add(week);
      forgiven.push(day.getTime());
    }
  }
  // A forgiven day with no met day before it in the run repaired nothing.
  // Stryker disable next-line EqualityOperator: a day is met or forgiven, never both, so none equals oldestMet.
  return { days: count, forgiven: forgiven.filter((day) => day > oldestMet), todayMet };
}
