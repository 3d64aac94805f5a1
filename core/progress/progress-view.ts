import { startOfDay } from 'date-fns';
import type { FocusArea, Stretch } from '../../data/stretch-types';
import { buildPlan } from '../guided-session/build-plan';
import type { HistoryEntry } from '../history/history';
import type { Settings } from '../settings/settings';
import { allAreas, areaCounts, neglectedAreas } from './balance';
import { type DayTally, lastDays, tallyDays, tallyOf } from './day-tally';
import { type GoalState, goalState, workingWeekdays } from './goal';
import { currentStreak, type Streak } from './streak';
import { STRENGTH_TARGET, strengthSessionsThisWeek } from './strength';

/** One bar of the 7- and 30-day charts. */
export interface DayBar {
  day: number;
  taken: number;
  offered: number;
  /** Today is 'today' (not judged yet unless met); days off are 'day-off'. */
  state: GoalState | 'today';
}

export interface AreaBar {
  area: FocusArea;
  count: number;
  /** One of the user's focus areas, worked least: where the next picks go. */
  neglected: boolean;
  chosen: boolean;
}

/** Everything the Progress page shows, worked out from the history in one go. */
export interface ProgressView {
  hasHistory: boolean;
  today: DayTally & { working: boolean; stretchMinutes: number };
  goal: number;
  week: DayBar[];
  month: DayBar[];
  streak: Streak;
  balance: AreaBar[];
  strength: { sessions: number; min: number; max: number };
  /** The first reminder recorded as offered: earlier days have no offers to compare with. */
  offersSince: number | null;
}

// About how long a repetition takes, to put minutes on a set; holds and rests have their own time.
const SECONDS_PER_REP = 3;

/** How long a guided session of `stretch` takes when gone through, in seconds. */
export function sessionSeconds(stretch: Stretch, settings: Settings): number {
  return buildPlan(stretch, settings).reduce(
    (total, phase) => total + (phase.kind === 'set' ? phase.reps * SECONDS_PER_REP : phase.seconds),
    0,
  );
}

function bars(
  days: ReadonlyMap<number, DayTally>,
  now: number,
  count: number,
  goal: number,
  weekdays: readonly boolean[],
): DayBar[] {
  const today = startOfDay(now).getTime();
  return lastDays(days, now, count).map((tally) => {
    const state = goalState(tally, goal, weekdays);
    return {
      day: tally.day,
      taken: tally.taken,
      offered: tally.offered,
      state: tally.day === today && state === 'missed' ? 'today' : state,
    };
  });
}

export function progressView(
  history: readonly HistoryEntry[],
  settings: Settings,
  library: readonly Stretch[],
  now: number,
): ProgressView {
  const byId = new Map(library.map((entry) => [entry.id, entry]));
  const days = tallyDays(history);
  const weekdays = workingWeekdays(settings.workingHours);
  const goal = settings.dailyGoal;
  const today = tallyOf(days, now);
  const stretchSeconds = today.completed.reduce((total, id) => {
    const stretch = byId.get(id);
    return total + (stretch ? sessionSeconds(stretch, settings) : 0);
  }, 0);
  const counts = allAreas(areaCounts(history, (id) => byId.get(id)?.focus, now));
  const neglected = new Set(neglectedAreas(settings.focus, counts));
  const firstOffer = history.find((entry) => entry.kind === 'offered');
  return {
    hasHistory: history.length > 0,
    today: {
      ...today,
      working: goalState(today, goal, weekdays) !== 'day-off',
      stretchMinutes: Math.round(stretchSeconds / 60),
    },
    goal,
    week: bars(days, now, 7, goal, weekdays),
    month: bars(days, now, 30, goal, weekdays),
    streak: currentStreak(days, now, goal, weekdays),
    balance: (Object.keys(counts) as FocusArea[]).map((area) => ({
      area,
      count: counts[area],
      neglected: neglected.has(area),
      chosen: settings.focus.includes(area),
    })),
    strength: {
      sessions: strengthSessionsThisWeek(history, (id) => byId.get(id)?.kind === 'strengthen', now),
      ...STRENGTH_TARGET,
    },
    offersSince: firstOffer?.at ?? null,
  };
}
