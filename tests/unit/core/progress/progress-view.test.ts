import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '@/core/history/history';
import { historyCsv } from '@/core/progress/history-csv';
import { progressView, sessionSeconds } from '@/core/progress/progress-view';
import { DEFAULT_SETTINGS } from '@/core/settings/settings';
import { stretches } from '@/data/stretches';
import { jan, taken } from './progress-fixtures';

const pigeon = stretches.find((s) => s.id === 'pigeon');
const NOW = jan(16, 18); // Friday

describe('the Progress page view', () => {
  const history: HistoryEntry[] = [
    { kind: 'offered', at: jan(16, 9), sittingMs: 30 * 60_000 },
    taken(jan(16, 9, 1), 'pigeon'),
    { kind: 'offered', at: jan(16, 10), sittingMs: 70 * 60_000 },
    { kind: 'stretched', at: jan(16, 10, 1), sittingMs: 71 * 60_000, partial: true },
    { kind: 'natural-break', at: jan(16, 11), sittingMs: 20 * 60_000 },
  ];
  const view = progressView(history, DEFAULT_SETTINGS, stretches, NOW);

  it('counts today: taken against offered, ended early apart, the longest sitting', () => {
    expect(view.today).toMatchObject({
      taken: 2,
      offered: 2,
      endedEarly: 1,
      longestSittingMs: 71 * 60_000,
      working: true,
    });
  });

  it('puts minutes on the stretches gone through, from their plans', () => {
    expect(pigeon).toBeDefined();
    const seconds = sessionSeconds(pigeon as (typeof stretches)[number], DEFAULT_SETTINGS);
    expect(seconds).toBeGreaterThan(0);
    expect(view.today.stretchMinutes).toBe(Math.round(seconds / 60));
  });

  it('puts three seconds on a repetition, and the rests between sets', () => {
    const reps = stretches.find((s) => s.dose.type === 'reps' && s.sides === 'both');
    expect(reps?.dose.type).toBe('reps');
    if (reps?.dose.type !== 'reps') return;
    const { sets, reps: count, restSeconds } = reps.dose;
    expect(sessionSeconds(reps, DEFAULT_SETTINGS)).toBe(
      sets * count * 3 + (sets - 1) * restSeconds,
    );
  });

  it('draws 7 and 30 bars ending today, today still going below the goal', () => {
    expect(view.week).toHaveLength(7);
    expect(view.month).toHaveLength(30);
    expect(view.week.at(-1)).toMatchObject({ day: jan(16, 0), taken: 2, state: 'today' });
    expect(view.week.map((bar) => bar.state).slice(0, 2)).toEqual(['day-off', 'day-off']);
  });

  it('marks the chosen areas worked least as neglected, and says since when offers are known', () => {
    const neglected = view.balance.filter((bar) => bar.neglected).map((bar) => bar.area);
    expect(neglected).not.toContain('glutes');
    expect(neglected).toContain('hamstrings');
    expect(view.offersSince).toBe(jan(16, 9));
  });
});

describe('the CSV export', () => {
  it('writes a header and a row a record, in local time, with what each counts as', () => {
    const csv = historyCsv([
      {
        kind: 'stretched',
        at: jan(5, 9, 30),
        sittingMs: 90_000,
        stretchId: 'pigeon',
        partial: true,
      },
      { kind: 'natural-break', at: jan(5, 11), sittingMs: 1_800_000 },
      { kind: 'stretched', at: jan(5, 14), sittingMs: 60_000, stretchId: 'pigeon', away: true },
    ]);
    expect(csv).toBe(
      [
        'date,time,record,counts_as,sitting_minutes,stretch,ended_early,away',
        '2026-01-05,09:30:00,stretched,ended-early,1.5,pigeon,yes,',
        '2026-01-05,11:00:00,natural-break,taken,30.0,,,',
        '2026-01-05,14:00:00,stretched,taken,1.0,pigeon,,yes',
        '',
      ].join('\n'),
    );
  });
});
