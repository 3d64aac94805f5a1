import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/core/history/history';
import { type Credit, creditOf } from '@/core/progress/credit';
import { tallyDays } from '@/core/progress/day-tally';
import { jan } from './progress-fixtures';

const at = jan(5);

describe('what counts as a break taken', () => {
  it.each<[string, HistoryEntry, Credit]>([
    [
      'a natural break (away at least the natural-break length)',
      { kind: 'natural-break', at, sittingMs: 1 },
      'taken',
    ],
    [
      'a guided stretch run to its end',
      { kind: 'stretched', at, sittingMs: 1, stretchId: 'pigeon' },
      'taken',
    ],
    [
      'Done a few seconds in',
      { kind: 'stretched', at, sittingMs: 1, partial: true },
      'ended-early',
    ],
    [
      'ended early after two minutes away',
      { kind: 'stretched', at, sittingMs: 1, partial: true, away: true },
      'taken',
    ],
    ['run to its end and away', { kind: 'stretched', at, sittingMs: 1, away: true }, 'taken'],
    ['a reminder shown', { kind: 'offered', at, sittingMs: 1 }, 'offered'],
    ['a skip', { kind: 'skipped', at, sittingMs: 1 }, 'not-taken'],
    ['a snooze', { kind: 'snoozed', at, sittingMs: 1 }, 'not-taken'],
    ['a missed reminder', { kind: 'missed', at, sittingMs: 1 }, 'not-taken'],
  ])('%s', (_name, entry, credit) => {
    expect(creditOf(entry)).toBe(credit);
  });
});

describe('a day counted', () => {
  it('counts taken, offered and ended early apart, and the longest sitting', () => {
    const day = tallyDays([
      { kind: 'offered', at: jan(5, 9), sittingMs: 30 * 60_000 },
      { kind: 'stretched', at: jan(5, 9, 1), sittingMs: 31 * 60_000, stretchId: 'pigeon' },
      { kind: 'offered', at: jan(5, 10), sittingMs: 59 * 60_000 },
      { kind: 'stretched', at: jan(5, 10, 1), sittingMs: 60 * 60_000, partial: true },
      { kind: 'natural-break', at: jan(5, 23, 59), sittingMs: 45 * 60_000 },
      { kind: 'missed', at: jan(6, 0, 1), sittingMs: 90 * 60_000 },
    ]);
    expect([...day.values()]).toEqual([
      {
        day: jan(5, 0),
        taken: 2,
        offered: 2,
        endedEarly: 1,
        longestSittingMs: 60 * 60_000,
        completed: ['pigeon'],
      },
      {
        day: jan(6, 0),
        taken: 0,
        offered: 0,
        endedEarly: 0,
        longestSittingMs: 90 * 60_000,
        completed: [],
      },
    ]);
  });

  it('keeps the local day across the spring daylight-saving change', () => {
    const before = new Date(2026, 2, 29, 1, 30).getTime();
    const after = new Date(2026, 2, 29, 23, 30).getTime();
    const days = tallyDays([
      { kind: 'natural-break', at: before, sittingMs: 1 },
      { kind: 'natural-break', at: after, sittingMs: 1 },
    ]);
    expect([...days.values()].map((d) => d.taken)).toEqual([2]);
  });
});
