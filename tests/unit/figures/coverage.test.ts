import { describe, expect, it } from 'vitest';
import { FOCUS_AREAS, type FocusArea } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';
import { FIGURES } from './figure-specs';

// The figures land a focus area at a time; an area listed here is finished: every entry that
// works it has a figure, and every two-sided one says what "right side" means.
const FINISHED: readonly FocusArea[] = ['adductors', 'glutes'];

const inFinishedArea = (focus: readonly FocusArea[]) =>
  focus.some((area) => FINISHED.includes(area));

describe('figures for the library', () => {
  it('names only real focus areas as finished', () => {
    for (const area of FINISHED) expect(FOCUS_AREAS).toContain(area);
  });

  it('has a figure for every entry of a finished focus area', () => {
    const missing = stretches
      .filter((entry) => inFinishedArea(entry.focus) && !FIGURES.has(entry.id))
      .map((entry) => entry.id);
    expect(missing).toEqual([]);
  });

  it('says what "right side" means for every two-sided entry of a finished area, and every two-sided figure', () => {
    const undefinedSides = stretches
      .filter((entry) => entry.sides === 'each')
      .filter((entry) => inFinishedArea(entry.focus) || FIGURES.has(entry.id))
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
