import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  HISTORY_LIMIT,
  parseHistory,
  summarizeDay,
} from '../../../core/history/history';
import {
  addToParts,
  historyPartKey,
  joinParts,
  splitIntoParts,
  todayFromPart,
} from '../../../core/history/history-parts';

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

describe('history in monthly parts, and today’s counts from them', () => {
  const entry = (kind: 'stretched' | 'skipped' | 'missed' | 'natural-break', at: number) => ({
    kind,
    at,
    sittingMs: 1,
  });

  it('names a part by the local month', () => {
    expect(historyPartKey(new Date(2026, 10, 30, 23, 59).getTime())).toBe('history-2026-11');
    expect(historyPartKey(new Date(2026, 11, 1, 0, 0).getTime())).toBe('history-2026-12');
  });

  it('adds entries to the parts of their months, after what each held', () => {
    const stored: Record<string, unknown> = { 'history-2026-11': [entry('skipped', NOW - HOUR)] };
    const december = new Date(2026, 11, 1, 9).getTime();
    const parts = addToParts(
      (key) => stored[key],
      [entry('stretched', NOW), entry('missed', december)],
    );
    expect(parts).toEqual({
      'history-2026-11': JSON.stringify([entry('skipped', NOW - HOUR), entry('stretched', NOW)]),
      'history-2026-12': JSON.stringify([entry('missed', december)]),
    });
  });

  it.each<[string, unknown, number]>([
    ['a part stored as a string', JSON.stringify([entry('missed', NOW)]), 1],
    ['a part stored as a list (before parts were strings)', [entry('missed', NOW)], 1],
    ['a string that is not JSON', '[{"kind":', 0],
    ['a string holding something else', '{"kind":"missed"}', 0],
  ])('reads %s', (_name, part, count) => {
    expect(parseHistory(part)).toHaveLength(count);
  });

  it('joins every part back in order, ignoring other keys', () => {
    const parts = Object.fromEntries(
      splitIntoParts([entry('missed', NOW), entry('stretched', NOW - 40 * 24 * HOUR)]),
    );
    expect(joinParts({ ...parts, schedule: {}, 'history-x': [1] }).map((e) => e.kind)).toEqual([
      'stretched',
      'missed',
    ]);
  });

  it('counts today from this month’s part, and a new day starts from zero', () => {
    const part = [
      entry('stretched', NOW - 30 * HOUR),
      entry('natural-break', NOW - 2 * HOUR),
      entry('stretched', NOW - HOUR),
      entry('skipped', NOW),
    ];
    expect(todayFromPart(part, NOW)).toEqual({
      stretched: 1,
      skipped: 1,
      missed: 0,
      naturalBreaks: 1,
    });
    expect(todayFromPart(part, NOW)).toEqual(summarizeDay(part, NOW));
    expect(todayFromPart(part, NOW + 24 * HOUR)).toEqual({
      stretched: 0,
      skipped: 0,
      missed: 0,
      naturalBreaks: 0,
    });
  });

  it('reads a broken part as no entries', () => {
    expect(todayFromPart({ stretched: 'many' }, NOW)).toEqual({
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
