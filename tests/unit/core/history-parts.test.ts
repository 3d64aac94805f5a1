import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../core/history/history';
import {
  addToParts,
  historyPartKey,
  isHistoryPartKey,
  joinParts,
  splitIntoParts,
  todayFromPart,
} from '../../../core/history/history-parts';

// Local times (vitest runs in Europe/Berlin).
const at = (month: number, day: number, hours = 12) =>
  new Date(2026, month - 1, day, hours).getTime();
const entry = (kind: HistoryEntry['kind'], time: number): HistoryEntry => ({
  kind,
  at: time,
  sittingMs: 60_000,
});

describe('history parts by month', () => {
  it('keys a part by the local month of the entry', () => {
    expect(historyPartKey(at(1, 5))).toBe('history-2026-01');
    // 00:30 on 1 March in Berlin is still February in UTC: the local month counts.
    expect(historyPartKey(new Date(2026, 2, 1, 0, 30).getTime())).toBe('history-2026-03');
  });

  it.each([
    ['history-2026-01', true],
    ['history-2026-1', false],
    ['history-2026-01x', false],
    ['xhistory-2026-01', false],
    ['settings', false],
  ])('tells a part key from others: %s → %s', (key, isPart) => {
    expect(isHistoryPartKey(key)).toBe(isPart);
  });

  it('splits entries into their months, oldest first within each', () => {
    const parts = splitIntoParts([
      entry('skipped', at(2, 3)),
      entry('stretched', at(1, 20)),
      entry('missed', at(2, 1)),
      entry('snoozed', at(1, 2)),
    ]);
    expect([...parts.keys()]).toEqual(['history-2026-01', 'history-2026-02']);
    expect(parts.get('history-2026-01')).toEqual([
      entry('snoozed', at(1, 2)),
      entry('stretched', at(1, 20)),
    ]);
    expect(parts.get('history-2026-02')).toEqual([
      entry('missed', at(2, 1)),
      entry('skipped', at(2, 3)),
    ]);
  });

  it('adds entries to what each part held, in time order, reading only the parts it writes', () => {
    const stored: Record<string, unknown> = {
      'history-2026-01': [entry('stretched', at(1, 10)), { kind: 'broken' }],
      'history-2025-12': [entry('missed', at(12, 1))],
    };
    const read: string[] = [];
    const written = addToParts(
      (key) => {
        read.push(key);
        return stored[key];
      },
      [entry('skipped', at(2, 1)), entry('missed', at(1, 5))],
    );
    expect(written).toEqual({
      'history-2026-01': JSON.stringify([entry('missed', at(1, 5)), entry('stretched', at(1, 10))]),
      'history-2026-02': JSON.stringify([entry('skipped', at(2, 1))]),
    });
    expect(read.sort()).toEqual(['history-2026-01', 'history-2026-02']);
  });

  it('joins every part into one history, oldest month first, ignoring other keys', () => {
    const stored = {
      'history-2026-02': [entry('skipped', at(2, 1))],
      settings: [entry('missed', at(1, 1))],
      'history-2025-12': [entry('missed', at(12, 1) - 365 * 86_400_000)],
      'history-2026-01': [entry('stretched', at(1, 10))],
    };
    expect(joinParts(stored).map((e) => e.kind)).toEqual(['missed', 'stretched', 'skipped']);
  });

  it('counts today from this month’s part, including a break recorded since the page clock ticked', () => {
    const now = at(1, 10, 15);
    const part = [
      entry('stretched', at(1, 9, 23)),
      entry('stretched', at(1, 10, 9)),
      entry('skipped', now),
      entry('missed', now + 1),
    ];
    expect(todayFromPart(part, now)).toEqual({
      stretched: 1,
      skipped: 1,
      missed: 1,
      naturalBreaks: 0,
    });
  });
});
