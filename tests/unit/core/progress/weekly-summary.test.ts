import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/core/history/history';
import {
  countWeek,
  weeklySummaryDue,
  weeklySummaryText,
  weekStart,
} from '@/core/progress/weekly-summary';
import { DEFAULT_SETTINGS } from '@/core/settings/settings';
import { breaksOn, jan, taken } from './progress-fixtures';

const ON = { ...DEFAULT_SETTINGS, weeklySummary: true };
const MIN = 60_000;

describe('the week a moment falls in', () => {
  it.each<[string, number, number]>([
    ['a Monday morning', jan(12, 9), jan(12, 0)],
    ['a Monday just after midnight', jan(12, 0, 1), jan(12, 0)],
    ['a Sunday night belongs to the week before', jan(11, 23, 59), jan(5, 0)],
    ['a Thursday', jan(15, 12), jan(12, 0)],
    // Europe/Berlin (the tests' zone) moves its clocks on Sunday 29 March 2026.
    [
      'the week a daylight-saving change ends',
      new Date(2026, 2, 29, 12).getTime(),
      new Date(2026, 2, 23).getTime(),
    ],
  ])('%s', (_name, at, monday) => {
    expect(weekStart(at)).toBe(monday);
  });
});

describe('when the weekly summary is due', () => {
  it.each<[string, number, typeof ON, unknown, number | null]>([
    ['off by default', jan(12, 10), DEFAULT_SETTINGS, null, null],
    ['on, a Monday, none shown yet', jan(12, 10), ON, null, jan(12, 0)],
    ['on, Monday, last shown the week before', jan(12, 10), ON, jan(5, 0), jan(12, 0)],
    ['already shown this week', jan(12, 15), ON, jan(12, 0), null],
    ['on a day off (Saturday)', jan(10, 10), ON, null, null],
    ['on a day off (Sunday)', jan(11, 10), ON, jan(5, 0), null],
    ['a Tuesday, when Monday passed without it', jan(13, 10), ON, jan(5, 0), jan(12, 0)],
    ['a stored week that is not a number', jan(12, 10), ON, 'garbage', jan(12, 0)],
  ])('%s', (_name, now, settings, shownFor, due) => {
    expect(weeklySummaryDue(now, settings, shownFor)).toBe(due);
  });

  it('waits for the first working day of a week that starts with days off', () => {
    const days = DEFAULT_SETTINGS.workingHours.days.map((day, i) => ({ ...day, on: i >= 3 }));
    const settings = { ...ON, workingHours: { ...ON.workingHours, days } };
    expect(weeklySummaryDue(jan(13, 10), settings, jan(5, 0))).toBeNull();
    expect(weeklySummaryDue(jan(14, 10), settings, jan(5, 0))).toBe(jan(12, 0));
  });
});

describe('the count of the week before', () => {
  const week = jan(12, 0);

  it.each<[string, HistoryEntry[], { taken: number; workingDays: number; goalDays: number }]>([
    ['an empty history', [], { taken: 0, workingDays: 5, goalDays: 0 }],
    [
      'the goal met on two days',
      [...breaksOn(5, 6), ...breaksOn(6, 7), ...breaksOn(7, 5)],
      { taken: 18, workingDays: 5, goalDays: 2 },
    ],
    [
      'breaks on the weekend count as taken but the weekend is no working day',
      [...breaksOn(10, 6), ...breaksOn(11, 6)],
      { taken: 12, workingDays: 5, goalDays: 0 },
    ],
    [
      'only the seven days before the week: the week before and this one are left out',
      [...breaksOn(2, 6), ...breaksOn(12, 6), taken(jan(11, 23, 59)), taken(jan(5, 0))],
      { taken: 2, workingDays: 5, goalDays: 0 },
    ],
    [
      'a break at midnight counts once, on the day it opens',
      [taken(jan(6, 0)), taken(jan(12, 0) - 1)],
      { taken: 2, workingDays: 5, goalDays: 0 },
    ],
    [
      'breaks not taken count for nothing',
      [
        { kind: 'skipped', at: jan(5, 10), sittingMs: 30 * MIN },
        { kind: 'offered', at: jan(5, 11), sittingMs: 30 * MIN },
        { kind: 'stretched', at: jan(5, 12), sittingMs: 30 * MIN, partial: true },
        { kind: 'natural-break', at: jan(5, 13), sittingMs: 30 * MIN },
      ],
      { taken: 1, workingDays: 5, goalDays: 0 },
    ],
  ])('%s', (_name, history, count) => {
    expect(countWeek(history, ON, week)).toEqual(count);
  });

  it('puts each break on its own day across a daylight-saving change', () => {
    // The week of 23 to 29 March 2026; the clocks go forward early on Sunday the 29th.
    const monday = new Date(2026, 2, 30).getTime();
    const sunday = (h: number) => new Date(2026, 2, 29, h).getTime();
    const everyDay = DEFAULT_SETTINGS.workingHours.days.map((day) => ({ ...day, on: true }));
    const settings = { ...ON, dailyGoal: 2, workingHours: { ...ON.workingHours, days: everyDay } };
    const history = [
      taken(sunday(1)),
      taken(sunday(23)),
      taken(new Date(2026, 2, 28, 23).getTime()),
    ];
    expect(countWeek(history, settings, monday)).toEqual({ taken: 3, workingDays: 7, goalDays: 1 });
  });
});

describe('the summary in words', () => {
  it.each<[string, Parameters<typeof weeklySummaryText>, { title: string; message: string }]>([
    [
      'a week with working days',
      [{ taken: 23, workingDays: 5, goalDays: 3 }, 6],
      {
        title: 'Last week: 23 breaks taken',
        message:
          'Your goal of 6 breaks a day was met on 3 of 5 working days. Click to see your progress.',
      },
    ],
    [
      'one break, a goal of one',
      [{ taken: 1, workingDays: 2, goalDays: 1 }, 1],
      {
        title: 'Last week: 1 break taken',
        message:
          'Your goal of 1 break a day was met on 1 of 2 working days. Click to see your progress.',
      },
    ],
    [
      'a week with no working days (the working days were changed since)',
      [{ taken: 0, workingDays: 0, goalDays: 0 }, 6],
      {
        title: 'Last week: 0 breaks taken',
        message:
          'Your goal of 6 breaks a day was met on 0 of 0 working days. Click to see your progress.',
      },
    ],
  ])('%s', (_name, args, words) => {
    expect(weeklySummaryText(...args)).toEqual(words);
  });
});
