import { describe, expect, it } from 'vitest';
import { deckKey, readDeck, shuffleRound } from '../../../core/pick-stretch-deck';
import { randomIndex, weightedShuffle } from '../../../core/pick-stretch-random';
import { stretches } from '../../../data/stretches';
import { mulberry32 } from '../seeded-random';

const some = stretches.slice(0, 8);

describe('the deck', () => {
  it('shuffles every entry into a round exactly once', () => {
    for (let seed = 0; seed < 200; seed++) {
      const round = shuffleRound(some, new Set(), mulberry32(seed), null);
      expect([...round].sort()).toEqual(some.map((e) => e.id).sort());
    }
  });

  it('never starts a new round with the entry shown last when there is a choice', () => {
    for (let seed = 0; seed < 500; seed++) {
      const last = some[seed % some.length]?.id ?? null;
      expect(shuffleRound(some, new Set(), mulberry32(seed), last)[0]).not.toBe(last);
    }
    const only = stretches.slice(0, 1);
    expect(shuffleRound(only, new Set(), mulberry32(1), only[0]?.id ?? null)).toEqual([
      only[0]?.id,
    ]);
  });

  it('names a round by its set of entries, not their order', () => {
    expect(deckKey(some)).toBe(deckKey([...some].reverse()));
    expect(deckKey(some)).not.toBe(deckKey(some.slice(1)));
  });

  it('reads a saved deck back keeping only known, fitting, distinct ids in order', () => {
    const fitting = new Map(some.map((e) => [e.id, e]));
    const [a, b] = some.map((e) => e.id);
    const raw = { key: 'k', remaining: [a, 'ghost', b, a, 3], last: b };
    expect(readDeck(raw, 'k', fitting)).toEqual({ key: 'k', remaining: [a, b], last: b });
    expect(readDeck(raw, 'other', fitting)).toEqual({ key: 'other', remaining: [], last: b });
    expect(readDeck('junk', 'k', fitting)).toEqual({ key: 'k', remaining: [], last: null });
  });
});

describe('random helpers', () => {
  it('keeps indexes in range whatever the random source returns', () => {
    for (const value of [0, 0.5, 0.999999, 1, 7, -1, Number.NaN]) {
      const index = randomIndex(() => value, 5);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(5);
    }
    expect(randomIndex(() => 0.5, 0)).toBe(0);
  });

  it('puts heavier items first more often, in proportion to weight', () => {
    const random = mulberry32(11);
    let heavyFirst = 0;
    const trials = 4000;
    for (let i = 0; i < trials; i++) {
      const order = weightedShuffle(['heavy', 'a', 'b'], (x) => (x === 'heavy' ? 2 : 1), random);
      if (order[0] === 'heavy') heavyFirst++;
    }
    // Weight 2 against two of weight 1: first half the time.
    expect(heavyFirst / trials).toBeGreaterThan(0.45);
    expect(heavyFirst / trials).toBeLessThan(0.55);
  });
});
