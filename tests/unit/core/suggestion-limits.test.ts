import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/settings';
import {
  decideSuggestion,
  filterKey,
  nextSuggestion,
  parseSuggestion,
} from '../../../core/suggestion';
import type { Condition } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { mulberry32 } from '../seeded-random';

const NOW = Date.UTC(2026, 10, 23, 9);
const settings = structuredClone(DEFAULT_SETTINGS) as Settings;

describe('suggestions within the conditions and equipment', () => {
  it('never suggests an entry tagged for a condition, over many picks', () => {
    const conditions: Condition[] = ['hip-replacement', 'knee-pain'];
    const random = mulberry32(5);
    let previous: unknown = null;
    for (let i = 0; i < 200; i++) {
      const next = nextSuggestion(
        previous,
        stretches,
        { ...settings, conditions },
        NOW + i,
        random,
      );
      const tags = next.stretch?.contraindications ?? [];
      expect(
        tags.filter((tag) => conditions.includes(tag)),
        next.stretch?.id,
      ).toEqual([]);
      previous = JSON.parse(JSON.stringify(next));
    }
  });

  it('stores "nothing fits" as a suggestion of no stretch', () => {
    const first = nextSuggestion(null, stretches, settings, NOW, mulberry32(1));
    const pigeonOnly = stretches.filter((e) => e.id === 'pigeon') as unknown as typeof stretches;
    const anywhere = { ...settings, place: 'anywhere' as const };
    const none = nextSuggestion(
      first,
      pigeonOnly,
      { ...anywhere, conditions: ['knee-pain'] },
      NOW + 1,
      mulberry32(2),
    );
    expect(none).toMatchObject({ stretch: null, widened: null });
    expect(parseSuggestion(JSON.parse(JSON.stringify(none)))).toEqual(none);
    // The same library without the condition offers the pigeon again.
    const back = nextSuggestion(none, pigeonOnly, anywhere, NOW + 2, mulberry32(3));
    expect(back.stretch?.id).toBe('pigeon');
  });

  it('changes its filter key, and so re-picks, when conditions or equipment change', () => {
    const key = filterKey(settings);
    expect(filterKey({ ...settings, conditions: ['pregnancy'] })).not.toBe(key);
    expect(filterKey({ ...settings, equipment: ['chair'] })).not.toBe(key);
    const stored = nextSuggestion(null, stretches, settings, NOW, mulberry32(3));
    const decision = decideSuggestion(
      stored,
      { type: 'settings-changed' },
      {
        settings: { ...settings, conditions: ['osteoporosis'] as Condition[] },
        lastStrengthAt: null,
        now: NOW,
        stretching: false,
        viewing: true,
      },
    );
    expect(decision.action).toBe('pick');
  });
});
