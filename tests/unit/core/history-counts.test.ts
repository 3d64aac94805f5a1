import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  HISTORY_LIMIT,
  type HistoryEntry,
  parseHistory,
  summarizeDay,
} from '../../../core/history/history';
import {
  countInto,
  parseStoredDay,
  summaryFromHistory,
  todayFrom,
} from '../../../core/history/today';

const NOW = new Date('2026-11-23T15:00:00+01:00').getTime();
const MIDNIGHT = new Date('2026-11-23T00:00:00+01:00').getTime();
const entry = (kind: HistoryEntry['kind'], at: number): HistoryEntry => ({
  kind,
  at,
  sittingMs: 1,
});

// One of each kind today, twice over, after a day that must not be counted.
const HISTORY: HistoryEntry[] = [
  entry('stretched', MIDNIGHT - 1),
  entry('skipped', MIDNIGHT - 1),
  entry('missed', MIDNIGHT - 1),
  entry('natural-break', MIDNIGHT - 1),
  ...(['stretched', 'skipped', 'missed', 'natural-break', 'snoozed'] as const).flatMap((kind) => [
    entry(kind, MIDNIGHT),
    entry(kind, NOW),
  ]),
  entry('stretched', NOW),
];
const TODAY = { stretched: 3, skipped: 2, missed: 2, naturalBreaks: 2 };

describe('counting a day', () => {
  it('counts each kind of today’s entries from midnight on, snoozes not at all', () => {
    expect(summarizeDay(HISTORY, NOW)).toEqual(TODAY);
    expect(summaryFromHistory(HISTORY, NOW)).toEqual({ day: MIDNIGHT, ...TODAY });
  });

  it('counts the very first entry of the history when it is from today', () => {
    expect(summarizeDay([entry('missed', NOW)], NOW)).toMatchObject({ missed: 1 });
  });

  it('counts nothing for a day without entries', () => {
    expect(summarizeDay(HISTORY, NOW + 86_400_000)).toEqual({
      stretched: 0,
      skipped: 0,
      missed: 0,
      naturalBreaks: 0,
    });
  });

  it('counts one entry at a time into the same numbers', () => {
    let stored: unknown = null;
    for (const e of HISTORY.filter((h) => h.at >= MIDNIGHT)) stored = countInto(stored, e);
    expect(stored).toEqual({ day: MIDNIGHT, ...TODAY });
    expect(todayFrom(stored, NOW)).toEqual(TODAY);
  });

  it.each([
    [-1, 0],
    [2.5, 0],
    ['3', 0],
    [0, 0],
    [7, 7],
  ])('reads a stored count of %j as %j', (stored, count) => {
    const raw = { day: MIDNIGHT, stretched: stored, skipped: stored, missed: 1, naturalBreaks: 1 };
    expect(todayFrom(raw, NOW)).toEqual({
      stretched: count,
      skipped: count,
      missed: 1,
      naturalBreaks: 1,
    });
  });
});

describe('the stored history', () => {
  it('keeps a history of exactly the limit whole', () => {
    const full = Array.from({ length: HISTORY_LIMIT }, (_, i) => entry('skipped', i));
    expect(parseHistory(full)).toHaveLength(HISTORY_LIMIT);
    expect(parseHistory(full)[0]?.at).toBe(0);
    expect(appendHistory(full, entry('missed', NOW))[0]?.at).toBe(1);
    expect(appendHistory(full.slice(1), entry('missed', NOW))).toHaveLength(HISTORY_LIMIT);
  });

  it.each([
    ['a stretch id of 64 characters', { stretchId: 'a'.repeat(64) }, true],
    ['a stretch id of 65 characters', { stretchId: 'a'.repeat(65) }, false],
    ['an empty stretch id', { stretchId: '' }, false],
    ['a stretch id starting with a capital', { stretchId: 'Bad-id' }, false],
    ['a stretch id ending in punctuation', { stretchId: 'bad-id!' }, false],
    ['a partial stretch', { partial: true }, true],
    ['partial set to false', { partial: false }, false],
    ['a stretch id that is no string', { stretchId: 7 }, false],
    ['zero sitting time', { sittingMs: 0 }, true],
    ['sitting time as text', { sittingMs: '5' }, false],
    ['a time that is not finite', { at: Number.POSITIVE_INFINITY }, false],
    ['no time', { at: undefined }, false],
  ])('with %s the entry is kept: %s', (_, changes, kept) => {
    const raw = { kind: 'stretched', at: NOW, sittingMs: 5, ...changes };
    expect(parseHistory([raw])).toHaveLength(kept ? 1 : 0);
  });

  it('keeps `partial` only when it is set', () => {
    const raw = [
      { kind: 'stretched', at: NOW, sittingMs: 5, partial: true },
      { kind: 'stretched', at: NOW, sittingMs: 5 },
    ];
    expect(parseHistory(raw)).toEqual(raw);
    expect(Object.keys(parseHistory(raw)[1] ?? {})).toEqual(['kind', 'at', 'sittingMs']);
  });

  it('skips holes in a stored list', () => {
    expect(parseHistory([undefined, entry('skipped', NOW), null])).toEqual([entry('skipped', NOW)]);
  });
});

describe('a stored day summary', () => {
  it('is read with its own day and cleaned counts', () => {
    const raw = { day: MIDNIGHT, stretched: 2, skipped: -1, missed: 'x', extra: 1 };
    expect(parseStoredDay(raw)).toEqual({
      day: MIDNIGHT,
      stretched: 2,
      skipped: 0,
      missed: 0,
      naturalBreaks: 0,
    });
  });

  it.each([null, [], 'day', { stretched: 1 }, { day: '2026-11-23' }, { day: Number.NaN }])(
    'is nothing when stored as %j',
    (raw) => {
      expect(parseStoredDay(raw)).toBeNull();
    },
  );
});
