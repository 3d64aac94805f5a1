import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../core/history/history';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import { nextSuggestion, pickSettingsFor } from '../../../core/suggestion';
import type { FocusArea, Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { mulberry32 } from '../seeded-random';

const NOW = Date.UTC(2026, 10, 23, 9);
const HOUR = 3_600_000;
const settings = structuredClone(DEFAULT_SETTINGS) as Settings;

/** `count` breaks taken in the last days, each with the entry `stretchId`. */
const breaks = (stretchId: string, count: number): HistoryEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    kind: 'stretched' as const,
    at: NOW - (count - i) * HOUR,
    sittingMs: 30 * 60_000,
    stretchId,
  }));

describe('the suggestion and the history of the last 14 days', () => {
  // Two areas to choose from: one the first library entry works, one it does not, and the
  // history all in the second. Looking an entry up wrongly (not at all, or always the first
  // entry, or the wrong one) changes which area counts as neglected.
  const [first] = stretches;
  const neglected = first.focus[0] as FocusArea;
  const worked = stretches.find(
    (entry) => entry.position === 'chair' && !entry.focus.some((a) => first.focus.includes(a)),
  ) as Stretch;
  const workedArea = worked.focus[0] as FocusArea;
  const twoAreas = { ...settings, focus: [neglected, workedArea] };

  it('offers the area the history left least worked, every time', () => {
    const history = [...breaks(worked.id, 6), ...breaks('an-entry-since-removed', 2)];
    for (let seed = 1; seed <= 12; seed++) {
      const next = nextSuggestion(
        null,
        stretches,
        twoAreas,
        NOW,
        mulberry32(seed),
        undefined,
        history,
      );
      expect(next.stretch?.focus, `seed ${seed}: ${next.stretch?.id}`).toContain(neglected);
    }
  });

  it('counts nothing for an entry no longer in the library, without failing', () => {
    const history = breaks('an-entry-since-removed', 5);
    expect(() =>
      nextSuggestion(null, stretches, twoAreas, NOW, mulberry32(1), undefined, history),
    ).not.toThrow();
  });

  it('takes an entry asked for by name with no suggestion stored before it', () => {
    const next = nextSuggestion(null, stretches, settings, NOW, mulberry32(2), worked.id);
    expect(next.stretch?.id).toBe(worked.id);
    expect(next.deck.remaining.length).toBeGreaterThan(0);
  });
});

describe('the 48-hour rest after strength work', () => {
  const both = { ...settings, kinds: ['stretch', 'strengthen'] } as Settings;

  it('rests strength work for 48 hours after some was done', () => {
    expect(pickSettingsFor(both, NOW - HOUR, NOW).kinds).toEqual(['stretch']);
    expect(pickSettingsFor(both, NOW - 48 * HOUR, NOW)).toBe(both);
  });

  it('ignores strength work recorded in the future (a clock set back)', () => {
    expect(pickSettingsFor(both, NOW + HOUR, NOW)).toBe(both);
  });

  it('leaves the settings of someone who chose strength work only as they are', () => {
    const strengthOnly = { ...settings, kinds: ['strengthen'] } as Settings;
    expect(pickSettingsFor(strengthOnly, NOW - HOUR, NOW)).toBe(strengthOnly);
  });
});
