import { describe, expect, it } from 'vitest';
import { parseStretch } from '../../../core/parse-stretch';
import { parseSuggestion } from '../../../core/suggestion-state';
import { stretches } from '../../../data/stretches';

const entry = () => structuredClone(stretches[0]) as unknown as Record<string, unknown>;

describe('parseStretch', () => {
  it('accepts every entry of the library, as stored (through JSON)', () => {
    for (const stretch of stretches) {
      expect(parseStretch(JSON.parse(JSON.stringify(stretch))), stretch.id).not.toBeNull();
    }
  });

  it.each<[string, (e: Record<string, unknown>) => void]>([
    ['equipment missing (it crashed the popup)', (e) => delete e.equipment],
    ['equipment not a list', (e) => (e.equipment = 'chair')],
    ['an unknown focus area', (e) => (e.focus = ['shoulders'])],
    ['no focus area', (e) => (e.focus = [])],
    ['an unknown position', (e) => (e.position = 'hammock')],
    ['an unknown kind', (e) => (e.kind = 'yoga')],
    ['sides neither each nor both', (e) => (e.sides = 'left')],
    ['a dose without seconds', (e) => (e.dose = { type: 'hold' })],
    [
      'a dose of a billion reps',
      (e) => (e.dose = { type: 'reps', sets: 3, reps: 1e9, restSeconds: 30 }),
    ],
    ['no steps', (e) => (e.steps = [])],
    ['a step that is not text', (e) => (e.steps = [42])],
    ['cues missing', (e) => delete e.cues],
    ['cautions null', (e) => (e.cautions = null)],
    ['a huge name', (e) => (e.name = 'x'.repeat(10_000))],
    ['an id with spaces', (e) => (e.id = 'my stretch')],
    ['a bad link to an easier version', (e) => (e.easier = 7)],
    [
      'no contraindication tags (stored before the safety screen)',
      (e) => delete e.contraindications,
    ],
    ['an unknown contraindication tag', (e) => (e.contraindications = ['gout'])],
    ['a practice note that is not text', (e) => (e.practiceNote = 3)],
    ['a name that is a list of text', (e) => (e.name = ['Pigeon'])],
    ['an unknown focus area after a known one', (e) => (e.focus = ['glutes', 'shoulders'])],
    ['a dose of null', (e) => (e.dose = null)],
  ])('refuses an entry with %s', (_name, spoil) => {
    const spoiled = entry();
    spoil(spoiled);
    expect(parseStretch(spoiled)).toBeNull();
  });

  it('drops a stored suggestion whose stretch has only some valid fields', () => {
    const stretch = entry();
    delete stretch.equipment;
    expect(parseSuggestion({ stretch, pickedAt: 1, filterKey: '[]' })).toBeNull();
    expect(parseSuggestion({ stretch: entry(), pickedAt: 1, filterKey: '[]' })).not.toBeNull();
  });

  it('keeps a stored suggestion of no stretch (nothing fits), but not one with no stretch field', () => {
    expect(parseSuggestion({ stretch: null, pickedAt: 1, filterKey: '[]' })).not.toBeNull();
    expect(parseSuggestion({ pickedAt: 1, filterKey: '[]' })).toBeNull();
  });
});
