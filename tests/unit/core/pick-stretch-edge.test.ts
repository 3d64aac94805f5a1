import { describe, expect, it } from 'vitest';
import {
  describeWidened,
  type PickInput,
  pickStretch as pickAny,
  type Widened,
} from '../../../core/pick-stretch';
import { findFitting, normaliseFilters } from '../../../core/pick-stretch-filter';
import { fitsDesk } from '../../../data/stretch-fit';
import { FOCUS_AREAS, KINDS, type Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { mulberry32 } from '../seeded-random';
import { stretchById } from '../stretch-by-id';
import { picked } from './pick-stretch-simulate';

// Every pick here must find a stretch: the limits (conditions, equipment) leave plenty.
const pickStretch = (input: PickInput) => picked(pickAny(input));

const base: PickInput = {
  library: stretches,
  focus: [...FOCUS_AREAS],
  place: 'desk',
  kinds: ['stretch'],
  random: mulberry32(1),
};

const idsWhere = (test: (entry: Stretch) => boolean) => stretches.filter(test).map((e) => e.id);

describe('when no stretch fits every filter', () => {
  it('widens the kinds first, staying with the chosen area and the desk', () => {
    const result = pickStretch({ ...base, focus: ['adductors'], kinds: ['release'] });
    expect(result.widened).toBe('kinds');
    expect(result.stretch.focus).toContain('adductors');
    expect(fitsDesk(result.stretch)).toBe(true);
  });

  it('widens the focus areas when the chosen area has nothing left at the desk', () => {
    const excluded = idsWhere((e) => e.focus.includes('quads') && fitsDesk(e));
    const result = pickStretch({ ...base, focus: ['quads'], kinds: [...KINDS], excluded });
    expect(result.widened).toBe('focus');
    expect(fitsDesk(result.stretch)).toBe(true);
    expect(excluded).not.toContain(result.stretch.id);
  });

  it('widens the place when nothing desk-friendly is left', () => {
    const excluded = idsWhere(fitsDesk);
    const result = pickStretch({ ...base, kinds: [...KINDS], excluded });
    expect(result.widened).toBe('place');
    expect(excluded).not.toContain(result.stretch.id);
  });

  it('widens the skip list only as a last resort', () => {
    const excluded = stretches.map((e) => e.id);
    const result = pickStretch({ ...base, place: 'anywhere', kinds: [...KINDS], excluded });
    expect(result.widened).toBe('excluded');
    expect(result.stretch).toBeDefined();
  });

  it('widens several filters together when no single one is enough', () => {
    const excluded = idsWhere(fitsDesk);
    const result = pickStretch({ ...base, focus: ['hamstrings'], kinds: ['release'], excluded });
    expect(result.widened).toBe('place');
    expect(excluded).not.toContain(result.stretch.id);
  });

  it('reports nothing widened when something fits', () => {
    expect(pickStretch(base).widened).toBeNull();
    expect(findFitting(stretches, normaliseFilters(base)).widened).toBeNull();
  });

  it('explains each widening in one short sentence, and says nothing when none happened', () => {
    const all: Widened[] = ['focus', 'place', 'kinds', 'excluded'];
    for (const widened of all) {
      const sentence = describeWidened(widened);
      expect(sentence).toMatch(/^[A-Z].{20,120}\.$/);
    }
    expect(describeWidened('focus')).toBe(
      'No stretch fits all your filters, so this one is from outside your focus areas.',
    );
    expect(describeWidened(null)).toBe('');
  });
});

describe('with bad or missing input it still returns a stretch', () => {
  const garbageDecks: unknown[] = [
    undefined,
    null,
    42,
    'deck',
    [],
    { key: 7, remaining: 'x' },
    { key: 'wrong', remaining: ['pigeon'] },
    { remaining: [1, null, {}, 'nope'] },
  ];

  it.each(garbageDecks.map((deck) => [JSON.stringify(deck) ?? 'undefined', deck]))(
    'starts a fresh round from a deck like %s',
    (_, deck) => {
      const result = pickStretch({ ...base, deck });
      expect(result.stretch).toBeDefined();
      expect(result.deck.remaining).not.toContain(result.stretch.id);
      expect(new Set(result.deck.remaining).size).toBe(result.deck.remaining.length);
      for (const id of result.deck.remaining) expect(stretchById(id)).toBeDefined();
    },
  );

  it('drops unknown, duplicated and no-longer-fitting ids from a saved deck', () => {
    const first = pickStretch(base);
    const saved = first.deck.remaining;
    const deck = {
      key: first.deck.key,
      remaining: ['nope', ...saved, 'pigeon', 17, ...saved],
      last: first.stretch.id,
    };
    const result = pickStretch({ ...base, deck, random: mulberry32(3) });
    expect(stretchById(result.stretch.id)).toBeDefined();
    expect(result.stretch.id).not.toBe('pigeon');
    const remaining = result.deck.remaining;
    expect(new Set(remaining).size).toBe(remaining.length);
    expect(remaining).not.toContain('nope');
    expect(remaining).not.toContain('pigeon');
    expect(remaining.length).toBe(saved.length - 1);
  });

  it('reads an empty or unknown focus list, or empty kinds, as "all of them"', () => {
    const inputs: PickInput[] = [
      { ...base, focus: [] },
      { ...base, focus: ['elbows' as never] },
      { ...base, kinds: [] },
      { ...base, place: 'garden' as never },
    ];
    for (const input of inputs) {
      const result = pickStretch(input);
      expect(result.widened).toBeNull();
      expect(result.stretch).toBeDefined();
    }
  });

  it('ignores unknown ids in the skip list and favourites', () => {
    const result = pickStretch({ ...base, excluded: ['nope', 'gone'], favourites: ['ghost'] });
    expect(result.widened).toBeNull();
  });

  it('ignores malformed area counts', () => {
    for (const done of ['x', 5, { glutes: 'many', quads: -3, hamstrings: null }, {}]) {
      const counts = done as unknown as Record<string, number>;
      expect(pickStretch({ ...base, done: counts }).stretch).toBeDefined();
    }
  });

  it('counts a stretch listed twice in the library only once per round', () => {
    const library = [...stretches, ...stretches] as const;
    const result = pickStretch({ ...base, library });
    expect(new Set(result.deck.remaining).size).toBe(result.deck.remaining.length);
  });

  it('copes with a random source that returns 1, a negative number or NaN', () => {
    for (const value of [1, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
      let deck: unknown;
      for (let i = 0; i < 30; i++) {
        const result = pickStretch({ ...base, deck, random: () => value });
        expect(result.stretch).toBeDefined();
        deck = result.deck;
      }
    }
  });

  it('returns a deck that survives a JSON round trip unchanged', () => {
    const { deck } = pickStretch(base);
    expect(JSON.parse(JSON.stringify(deck))).toEqual(deck);
  });
});
