import type { HistoryEntry } from '../history/history';
import { addDays, startOfDay } from '../local-day';
import type { Settings } from '../settings/defaults';
import { isTaken } from './credit';

// The optional weekly summary (off by default): one notification a week, on the first working day
// the person is at the computer within their hours, about the week before. It counts breaks as the
// Progress page does (credit.ts) and the goal on working days only (goal.ts), with the background's
// calendar steps (local-day.ts) so the service worker carries no date library.

type SummarySettings = Pick<Settings, 'weeklySummary' | 'workingHours' | 'dailyGoal'>;

/** Local midnight of the Monday that starts the week `at` falls in. */
export function weekStart(at: number): number {
  const day = startOfDay(at);
  return addDays(day, -((day.getDay() + 6) % 7)).getTime();
}

/**
 * The week (its Monday) whose summary is due at `now`, or null: the summary is switched on, today
 * is a working day, and this week has had none yet (`shownFor`: the week of the last one shown).
 */
export function weeklySummaryDue(
  now: number,
  settings: SummarySettings,
  shownFor: unknown,
): number | null {
  const week = weekStart(now);
  if (!settings.weeklySummary || shownFor === week) return null;
  return settings.workingHours.days[new Date(now).getDay()]?.on ? week : null;
}

export interface WeekCount {
  /** Breaks taken over the seven days. */
  taken: number;
  /** Working days of the week, and those that met the daily goal. */
  workingDays: number;
  goalDays: number;
}

/** The seven days before `week` (a Monday's midnight): breaks taken, and the goal per working day. */
export function countWeek(
  history: readonly HistoryEntry[],
  settings: SummarySettings,
  week: number,
): WeekCount {
  const count: WeekCount = { taken: 0, workingDays: 0, goalDays: 0 };
  for (let i = -7; i < 0; i++) {
    // Calendar days: with a daylight-saving change a day is 23 or 25 hours long.
    const from = addDays(week, i);
    const to = addDays(week, i + 1).getTime();
    const taken = history.filter((e) => e.at >= from.getTime() && e.at < to && isTaken(e)).length;
    count.taken += taken;
    if (!settings.workingHours.days[from.getDay()]?.on) continue;
    count.workingDays++;
    if (taken >= settings.dailyGoal) count.goalDays++;
  }
  return count;
}

const breaks = (n: number) => `${n} ${n === 1 ? 'break' : 'breaks'}`;

/** The notification's words for a week's count. */
export function weeklySummaryText(
  { taken, workingDays, goalDays }: WeekCount,
  goal: number,
): { title: string; message: string } {
  return {
    title: `Last week: ${breaks(taken)} taken`,
    message: `Your goal of ${breaks(goal)} a day was met on ${goalDays} of ${workingDays} working days. Click to see your progress.`,
  };
}
