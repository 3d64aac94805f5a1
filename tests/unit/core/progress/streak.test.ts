import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/core/history/history';
import { tallyDays } from '@/core/progress/day-tally';
import { goalState } from '@/core/progress/goal';
import { currentStreak } from '@/core/progress/streak';
import { breaksOn, jan, WEEKDAYS } from './progress-fixtures';

const GOAL = 3;
/** Days of January given as [day, breaks taken]. */
const history = (days: [number, number][]): HistoryEntry[] =>
  days.flatMap(([day, count]) => breaksOn(day, count));

describe('the daily goal', () => {
  it.each<[string, number, number, string]>([
    ['a Monday with the goal met', 5, 3, 'met'],
    ['a Monday with more than the goal', 5, 7, 'met'],
    ['a Monday one short', 5, 2, 'missed'],
    ['a Monday with nothing', 5, 0, 'missed'],
    ['a Saturday with nothing: a day off', 10, 0, 'day-off'],
    ['a Sunday with breaks: still a day off', 11, 5, 'day-off'],
  ])('%s', (_name, day, count, state) => {
    const tally = tallyDays(breaksOn(day, count)).get(jan(day, 0)) ?? {
      day: jan(day, 0),
      taken: 0,
      offered: 0,
      endedEarly: 0,
      longestSittingMs: 0,
      completed: [],
    };
    expect(goalState(tally, GOAL, WEEKDAYS)).toBe(state);
  });
});

// Week of Monday 12 to Sunday 18 January 2026; "now" is Friday the 16th at 18:00 unless said.
describe('the streak, with one missed working day a week forgiven', () => {
  it.each<[string, [number, number][], number, number, number[]]>([
    ['nothing recorded', [], jan(16, 18), 0, []],
    [
      'met every working day this week',
      [
        [12, 3],
        [13, 3],
        [14, 3],
        [15, 3],
        [16, 3],
      ],
      jan(16, 18),
      5,
      [],
    ],
    [
      'today not met yet does not break it',
      [
        [12, 3],
        [13, 3],
        [14, 3],
        [15, 3],
        [16, 1],
      ],
      jan(16, 18),
      4,
      [],
    ],
    [
      'the weekend does not count either way',
      [
        [9, 3],
        [12, 3],
      ],
      jan(12, 18),
      2,
      [],
    ],
    [
      'one missed day is forgiven and not counted',
      [
        [12, 3],
        [13, 0],
        [14, 3],
        [15, 3],
        [16, 3],
      ],
      jan(16, 18),
      4,
      [jan(13, 0)],
    ],
    [
      'a missed day with no record at all is forgiven too',
      [
        [12, 3],
        [14, 3],
        [15, 3],
        [16, 3],
      ],
      jan(16, 18),
      4,
      [jan(13, 0)],
    ],
    [
      'a second miss in the same week ends it (the first repaired nothing older)',
      [
        [12, 3],
        [13, 0],
        [14, 2],
        [15, 3],
        [16, 3],
      ],
      jan(16, 18),
      2,
      [],
    ],
    [
      'one miss in each of two weeks is forgiven in each',
      [
        [7, 3],
        [8, 1],
        [9, 3],
        [12, 3],
        [13, 3],
        [14, 1],
        [15, 3],
      ],
      jan(15, 18),
      5,
      [jan(14, 0), jan(8, 0)],
    ],
    [
      'a miss before the first met day repairs nothing',
      [
        [12, 1],
        [13, 3],
      ],
      jan(13, 18),
      1,
      [],
    ],
  ])('%s', (_name, days, now, count, forgiven) => {
    const streak = currentStreak(tallyDays(history(days)), now, GOAL, WEEKDAYS);
    expect({ days: streak.days, forgiven: streak.forgiven }).toEqual({ days: count, forgiven });
  });

  it('says whether today has met the goal', () => {
    const days = tallyDays(history([[16, 3]]));
    expect(currentStreak(days, jan(16, 18), GOAL, WEEKDAYS).todayMet).toBe(true);
    expect(currentStreak(days, jan(16, 18), 4, WEEKDAYS).todayMet).toBe(false);
  });

  it('follows the working days the user set', () => {
    // Saturday the 10th as a working day, and Monday the 12th off.
    const weekdays = [false, false, true, true, true, true, true];
    const days = tallyDays(
      history([
        [9, 3],
        [10, 3],
        [13, 3],
      ]),
    );
    expect(currentStreak(days, jan(13, 18), GOAL, weekdays).days).toBe(3);
  });
});
