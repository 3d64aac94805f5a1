import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/core/history/history';
import { areaCounts, neglectedAreas } from '@/core/progress/balance';
import { strengthSessionsThisWeek } from '@/core/progress/strength';
import type { FocusArea } from '@/data/stretch-types';
import { jan, taken } from './progress-fixtures';

const FOCUS: Record<string, FocusArea[]> = {
  pigeon: ['glutes', 'outer-hip'],
  lunge: ['hip-flexors'],
  'hamstring-stretch': ['hamstrings'],
  squat: ['glutes', 'quads'],
};
const focusOf = (id: string) => FOCUS[id];
const NOW = jan(20, 12);

const counts = (history: HistoryEntry[]) => {
  const all = areaCounts(history, focusOf, NOW);
  return Object.fromEntries(Object.entries(all).filter(([, n]) => n > 0));
};

describe('the balance per focus area over 14 days', () => {
  it.each<[string, HistoryEntry[], Record<string, number>]>([
    ['nothing taken', [], {}],
    [
      'one stretch counts for each of its areas',
      [taken(jan(19), 'pigeon')],
      { glutes: 1, 'outer-hip': 1 },
    ],
    [
      'areas add up over the days',
      [taken(jan(10), 'pigeon'), taken(jan(19), 'squat')],
      { glutes: 2, 'outer-hip': 1, quads: 1 },
    ],
    [
      'older than 14 days is left out',
      [taken(jan(6, 11), 'lunge'), taken(jan(19), 'lunge')],
      { 'hip-flexors': 1 },
    ],
    ['a stretch ended early is left out', [{ ...taken(jan(19), 'lunge'), partial: true }], {}],
    [
      'ended early after time away counts',
      [{ ...taken(jan(19), 'lunge'), partial: true, away: true }],
      { 'hip-flexors': 1 },
    ],
    ['an id the library no longer has is left out', [taken(jan(19), 'gone')], {}],
    [
      'natural breaks and skips work no area',
      [
        { kind: 'natural-break', at: jan(19), sittingMs: 1 },
        { kind: 'skipped', at: jan(19), sittingMs: 1, stretchId: 'lunge' },
      ],
      {},
    ],
  ])('%s', (_name, history, expected) => {
    expect(counts(history)).toEqual(expected);
  });

  it.each<[string, FocusArea[], FocusArea[]]>([
    [
      'the area with fewest among those chosen',
      ['glutes', 'hip-flexors', 'outer-hip'],
      ['hip-flexors'],
    ],
    [
      'every area tied at the fewest',
      ['hamstrings', 'quads', 'adductors'],
      ['hamstrings', 'adductors'],
    ],
  ])('finds the neglected areas: %s', (_name, areas, neglected) => {
    const all = areaCounts(
      [
        taken(jan(19), 'pigeon'),
        taken(jan(19), 'squat'),
        taken(jan(18), 'lunge'),
        taken(jan(17), 'pigeon'),
        taken(jan(17), 'squat'),
      ],
      focusOf,
      NOW,
    );
    // glutes 4, outer-hip 2, quads 2, hip-flexors 1, hamstrings 0, adductors 0
    expect(neglectedAreas(areas, all)).toEqual(neglected);
  });
});

describe('strength sessions this week, against two to three', () => {
  const isStrength = (id: string) => id === 'squat' || id === 'bridge';
  // Tuesday 20 January 2026; the week began on Monday the 19th.
  it.each<[string, HistoryEntry[], number]>([
    ['none', [], 0],
    ['one on Monday', [taken(jan(19), 'squat')], 1],
    [
      'two exercises on one day are one session',
      [taken(jan(19, 9), 'squat'), taken(jan(19, 15), 'bridge')],
      1,
    ],
    ['Monday and Tuesday', [taken(jan(19), 'squat'), taken(jan(20, 9), 'bridge')], 2],
    ['last Sunday belongs to last week', [taken(jan(18), 'squat')], 0],
    ['a stretch is no strength session', [taken(jan(19), 'pigeon')], 0],
    ['ended early is no session', [{ ...taken(jan(19), 'squat'), partial: true }], 0],
    [
      'ended early even after time away is no session',
      [{ ...taken(jan(19), 'squat'), partial: true, away: true }],
      0,
    ],
  ])('%s', (_name, history, sessions) => {
    expect(strengthSessionsThisWeek(history, isStrength, NOW)).toBe(sessions);
  });
});
