import { describe, expect, it } from 'vitest';
import { deckKey } from '../../../core/pick-stretch-deck';
import type { Stretch } from '../../../data/stretch-types';

const withIds = (...ids: string[]) => ids.map((id) => ({ id }) as Stretch);

describe('the deck key', () => {
  it('is the count and the 32-bit FNV-1a hash of the sorted ids, joined by commas', () => {
    // Published FNV-1a test vectors: "" → 811c9dc5, "a" → e40c292c, "foobar" → bf9cf968.
    expect(deckKey([])).toBe('0:811c9dc5');
    expect(deckKey(withIds('a'))).toBe('1:e40c292c');
    expect(deckKey(withIds('foobar'))).toBe('1:bf9cf968');
    expect(deckKey(withIds('bar', 'foo'))).toBe(deckKey(withIds('foo', 'bar')));
  });

  it('tells apart sets of the same size', () => {
    expect(deckKey(withIds('a', 'b'))).not.toBe(deckKey(withIds('a', 'c')));
    expect(deckKey(withIds('ab', 'c'))).not.toBe(deckKey(withIds('a', 'bc')));
  });

  it('always writes the hash with eight hex digits', () => {
    const keys = Array.from({ length: 200 }, (_, i) => deckKey(withIds(`stretch-${i}`)));
    for (const key of keys) expect(key).toMatch(/^1:[0-9a-f]{8}$/);
    // Some of these hashes start with a zero digit, so the padding is exercised.
    expect(keys.some((key) => key.startsWith('1:0'))).toBe(true);
  });
});
