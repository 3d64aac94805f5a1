import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  HISTORY_LIMIT,
  parseHistory,
  summarizeDay,
} from '../../../core/history/history';
import { countInto, summaryFromHistory, todayFrom } from '../../../core/history/today';

const NOW = new Date('2026-11-23T15:00:00+01:00').getTime();
const HOUR = 3_600_000;

describe('parseHistory', () => {
  it('keeps well-formed entries with their known fields only', () => {
    const raw = [
      {
        kind: 'stretched',
        at: NOW,
        sittingMs: 60_000,
        stretchId: 'seated-figure-4',
        extra: 'x'.repeat(1e5),
      },
      { kind: 'skipped', at: NOW, sittingMs: 0 },
      { kind: 'flew', at: NOW, sittingMs: 0 },
      { kind: 'missed', at: 'noon', sittingMs: 0 },
      { kind: 'missed', at: NOW, sittingMs: -5 },
      { kind: 'stretched', at: NOW, sittingMs: 1, stretchId: '<script>' },
      null,
      'entry',
    ];
    expect(parseHistory(raw)).toEqual([
      { kind: 'stretched', at: NOW, sittingMs: 60_000, stretchId: 'seated-figure-4' },
      { kind: 'skipped', at: NOW, sittingMs: 0 },
    ]);
  });

  it('keeps only the newest entries past the limit', () => {
    const raw = Array.from({ length: HISTORY_LIMIT + 10 }, (_, i) => ({
      kind: 'skipped',
      at: i,
      sittingMs: 0,
    }));
    const parsed = parseHistory(raw);
    expect(parsed).toHaveLength(HISTORY_LIMIT);
    expect(parsed[0]?.at).toBe(10);
  });

  it.each([null, undefined, {}, 'history', 42])('reads %j as no history', (raw) => {
    expect(parseHistory(raw)).toEqual([]);
  });
});

describe('today’s counts', () => {
  it('counts entries into the day they happened and starts from zero on a new day', () => {
    let stored: unknown = null;
    stored = countInto(stored, { kind: 'stretched', at: NOW - HOUR, sittingMs: 1 });
    stored = countInto(stored, { kind: 'skipped', at: NOW, sittingMs: 1 });
    expect(todayFrom(stored, NOW)).toEqual({
      stretched: 1,
      skipped: 1,
      missed: 0,
      naturalBreaks: 0,
    });
    const tomorrow = NOW + 24 * HOUR;
    expect(todayFrom(stored, tomorrow)).toEqual({
      stretched: 0,
      skipped: 0,
      missed: 0,
      naturalBreaks: 0,
    });
    stored = countInto(stored, { kind: 'missed', at: tomorrow, sittingMs: 1 });
    expect(todayFrom(stored, tomorrow)).toEqual({
      stretched: 0,
      skipped: 0,
      missed: 1,
      naturalBreaks: 0,
    });
  });

  it('agrees with counting the whole history', () => {
    const history = [
      { kind: 'stretched' as const, at: NOW - 30 * HOUR, sittingMs: 1 },
      { kind: 'natural-break' as const, at: NOW - 2 * HOUR, sittingMs: 1 },
      { kind: 'stretched' as const, at: NOW - HOUR, sittingMs: 1 },
    ];
    let stored: unknown = null;
    for (const entry of history) stored = countInto(stored, entry);
    expect(todayFrom(stored, NOW)).toEqual(summarizeDay(history, NOW));
    expect(todayFrom(summaryFromHistory(history, NOW), NOW)).toEqual(summarizeDay(history, NOW));
  });

  it('reads a broken stored summary as zeros', () => {
    expect(todayFrom({ day: 'today', stretched: 'many' }, NOW)).toEqual({
      stretched: 0,
      skipped: 0,
      missed: 0,
      naturalBreaks: 0,
    });
  });

  it('appends and caps', () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => ({
      kind: 'skipped' as const,
      at: i,
      sittingMs: 0,
    }));
    const next = appendHistory(full, { kind: 'stretched', at: NOW, sittingMs: 1 });
    expect(next).toHaveLength(HISTORY_LIMIT);
    expect(next.at(-1)?.kind).toBe('stretched');
  });
});
