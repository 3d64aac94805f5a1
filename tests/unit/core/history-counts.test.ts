import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  HISTORY_LIMIT,
  type HistoryEntry,
  parseHistory,
  summarizeDay,
} from '../../../core/history/history';
import { todayFromPart } from '../../../core/history/history-parts';

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
    expect(todayFromPart(HISTORY, NOW)).toEqual(TODAY);
  });

  it.each<[string, Partial<HistoryEntry>, number]>([
    ['run to its end', {}, 1],
    ['Done a few seconds in', { partial: true }, 0],
    ['ended early after time away', { partial: true, away: true }, 1],
  ])('counts a stretch %s as the Progress page does', (_name, facts, stretched) => {
    const done = { ...entry('stretched', NOW), ...facts };
    expect(summarizeDay([done, entry('offered', NOW)], NOW)).toEqual({
      stretched,
      skipped: 0,
      missed: 0,
      naturalBreaks: 0,
    });
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

  it('counts the same from this month’s part', () => {
    expect(todayFromPart(HISTORY, NOW)).toEqual(summarizeDay(HISTORY, NOW));
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
    ['time away', { away: true }, true],
    ['away set to false', { away: false }, false],
    ['away as text', { away: 'yes' }, false],
    ['a stretch id that is no string', { stretchId: 7 }, false],
    ['zero sitting time', { sittingMs: 0 }, true],
    ['sitting time as text', { sittingMs: '5' }, false],
    ['a time that is not finite', { at: Number.POSITIVE_INFINITY }, false],
    ['no time', { at: undefined }, false],
  ])('with %s the entry is kept: %s', (_, changes, kept) => {
    const raw = { kind: 'stretched', at: NOW, sittingMs: 5, ...changes };
    expect(parseHistory([raw])).toHaveLength(kept ? 1 : 0);
  });

  it('keeps `partial` and `away` only when they are set', () => {
    const raw = [
      { kind: 'stretched', at: NOW, sittingMs: 5, partial: true, away: true },
      { kind: 'stretched', at: NOW, sittingMs: 5 },
    ];
    expect(parseHistory(raw)).toEqual(raw);
    expect(Object.keys(parseHistory(raw)[1] ?? {})).toEqual(['kind', 'at', 'sittingMs']);
  });

  it('skips holes in a stored list', () => {
    expect(parseHistory([undefined, entry('skipped', NOW), null])).toEqual([entry('skipped', NOW)]);
  });
});
