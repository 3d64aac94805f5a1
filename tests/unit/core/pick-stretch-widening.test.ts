import { describe, expect, it } from 'vitest';
import { type Filters, findFitting, normaliseFilters } from '../../../core/pick-stretch-filter';
import { weightedShuffle } from '../../../core/pick-stretch-random';
import { FOCUS_AREAS, GEAR, KINDS, type Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';

const entry = (id: string, changes: Partial<Stretch>): Stretch =>
  ({ ...stretches[0], id, equipment: ['none'], ...changes }) as Stretch;

const ALL: Filters = {
  focus: FOCUS_AREAS,
  kinds: KINDS,
  place: 'anywhere',
  excluded: new Set(),
  conditions: new Set(),
  owned: new Set(GEAR),
};

describe('normaliseFilters', () => {
  it('keeps the place “anywhere” and reads anything else as the desk', () => {
    expect(normaliseFilters({ place: 'anywhere' }).place).toBe('anywhere');
    expect(normaliseFilters({ place: 'garden' }).place).toBe('desk');
  });

  it('keeps only text ids in the skip list', () => {
    expect(normaliseFilters({ excluded: ['lunge', 3, null, 'bridge'] }).excluded).toEqual(
      new Set(['lunge', 'bridge']),
    );
    expect(normaliseFilters({ excluded: 'lunge' }).excluded).toEqual(new Set());
  });
});

describe('findFitting when nothing fits', () => {
  // An entry of a kind the filters do not know: no loosening can ever let it through.
  const unfit = [entry('odd', { kind: 'yoga' as Stretch['kind'], focus: ['glutes'] })];

  it.each([
    ['nothing (all filters already open)', ALL, null],
    ['the kinds', { ...ALL, kinds: ['stretch'] }, 'kinds'],
    ['the focus', { ...ALL, focus: ['glutes'] }, 'focus'],
    ['the place', { ...ALL, place: 'desk' }, 'place'],
    ['the skip list', { ...ALL, excluded: new Set(['odd']) }, 'excluded'],
    ['the place, last of kinds and place', { ...ALL, kinds: ['stretch'], place: 'desk' }, 'place'],
  ] as const)(
    'reports %s as widened, having loosened only narrowed filters',
    (_, filters, widened) => {
      const result = findFitting(unfit, filters as Filters);
      expect(result.entries).toEqual([]);
      expect(result.widened).toBe(widened);
    },
  );

  it('loosens one filter alone before loosening several together', () => {
    const quadStretch = entry('quad-stretch', {
      kind: 'stretch',
      focus: ['quads'],
      position: 'chair',
    });
    const squat = entry('quad-squat', { kind: 'strengthen', focus: ['quads'], position: 'chair' });
    const filters: Filters = { ...ALL, kinds: ['stretch'], focus: ['glutes'], place: 'desk' };
    const result = findFitting([quadStretch, squat], filters);
    expect(result.widened).toBe('focus');
    expect(result.entries.map((e) => e.id)).toEqual(['quad-stretch']);
    expect(result.filters).toEqual({ ...filters, focus: FOCUS_AREAS });
  });
});

describe('weightedShuffle with a broken random source', () => {
  it.each([1, 7])('still puts the heavier item first when the source returns %s', (value) => {
    const order = weightedShuffle(
      ['light', 'heavy'],
      (x) => (x === 'heavy' ? 2 : 1),
      () => value,
    );
    expect(order).toEqual(['heavy', 'light']);
  });
});
