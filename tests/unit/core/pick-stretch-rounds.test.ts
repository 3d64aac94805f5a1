import { describe, expect, it } from 'vitest';
import { type PickInput, pickStretch as pickAny } from '../../../core/pick-stretch';
import { KINDS } from '../../../data/stretch-types';
import { mulberry32 } from '../seeded-random';
import { stretchById } from '../stretch-by-id';
import { DEFAULTS, fittingCount, picked, type Settings, simulate } from './pick-stretch-simulate';

// Every pick here must find a stretch: the limits (conditions, equipment) leave plenty.
const pickStretch = (input: PickInput) => picked(pickAny(input));

describe('pickStretch rounds and favourites', () => {
  it('brings favourites up earlier in a round, so they are seen more often day to day', () => {
    const settings: Settings = {
      ...DEFAULTS,
      focus: ['hamstrings'],
      place: 'anywhere',
      kinds: [...KINDS],
    };
    const favourite = 'lying-hamstring-stretch';
    let withFavourite = 0;
    let without = 0;
    for (let seed = 0; seed < 2000; seed++) {
      const first = (favourites: string[]) =>
        pickStretch({ ...settings, favourites, random: mulberry32(seed) }).stretch.id;
      if (first([favourite]) === favourite) withFavourite++;
      if (first([]) === favourite) without++;
    }
    expect(withFavourite).toBeGreaterThan(without * 1.5);
  });

  it('still shows every entry once per round when some are favourites', () => {
    const settings: Settings = {
      ...DEFAULTS,
      favourites: ['seated-figure-4', 'chair-quad-stretch'],
    };
    const round = fittingCount(settings);
    const results = simulate(settings, round * 5, 7);
    for (let start = 0; start < results.length; start += round) {
      const block = results.slice(start, start + round).map((r) => r.stretch.id);
      expect(new Set(block).size).toBe(round);
    }
  });

  it('starts a new round when the filters change', () => {
    const random = mulberry32(8);
    const first = pickStretch({ ...DEFAULTS, focus: ['glutes'], random });
    const second = pickStretch({ ...DEFAULTS, focus: ['quads'], deck: first.deck, random });
    expect(second.deck.key).not.toBe(first.deck.key);
    expect(second.stretch.focus).toContain('quads');
    expect(second.deck.remaining.length).toBe(fittingCount({ ...DEFAULTS, focus: ['quads'] }) - 1);
    for (const id of second.deck.remaining) {
      expect(stretchById(id)?.focus).toContain('quads');
    }
  });

  it('keeps the round going when only favourites change', () => {
    const random = mulberry32(9);
    const first = pickStretch({ ...DEFAULTS, random });
    const second = pickStretch({ ...DEFAULTS, favourites: ['pigeon'], deck: first.deck, random });
    expect(second.deck.key).toBe(first.deck.key);
    expect(second.deck.remaining).not.toContain(first.stretch.id);
  });
});
