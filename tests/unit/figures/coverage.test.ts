import { describe, expect, it } from 'vitest';
import { stretches } from '../../../data/stretches';
import { FIGURES } from './figure-specs';

// Every entry of the library has its figure, and every two-sided one says in words what "right
// side" means (the figure for the left side is its mirror image).

describe('figures for the library', () => {
  it('has a figure for every entry', () => {
    const missing = stretches.filter((entry) => !FIGURES.has(entry.id)).map((entry) => entry.id);
    expect(missing).toEqual([]);
  });

  it('says what "right side" means for every two-sided entry', () => {
    const undefinedSides = stretches
      .filter((entry) => entry.sides === 'each')
      .filter(
        (entry) => !/^Right side: .*\bright\b/.test(FIGURES.get(entry.id)?.sideDefinition ?? ''),
      )
      .map((entry) => entry.id);
    expect(undefinedSides).toEqual([]);
  });

  it('gives no side definition to an entry done on both sides at once', () => {
    const both = stretches.filter(
      (entry) => entry.sides === 'both' && FIGURES.get(entry.id)?.sideDefinition,
    );
    expect(both.map((entry) => entry.id)).toEqual([]);
  });

  it('has a figure only for entries that exist', () => {
    const ids = new Set(stretches.map((entry) => entry.id));
    expect([...FIGURES.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});
