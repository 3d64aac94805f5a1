import { describe, expect, it } from 'vitest';
import { filterLibrary, type LibraryFilter, NO_LIBRARY_FILTER } from '../../../core/filter-library';
import type { Stretch } from '../../../data/stretch-types';
import { stretches } from '../../../data/stretches';

const template = stretches[0];

function entry(id: string, changes: Partial<Stretch>): Stretch {
  return { ...template, id, name: id, muscles: [], ...changes } as Stretch;
}

const LIBRARY: Stretch[] = [
  entry('figure-four', {
    name: 'Seated Figure Four',
    focus: ['glutes'],
    position: 'chair',
    kind: 'stretch',
    muscles: ['gluteus maximus', 'piriformis'],
  }),
  entry('lunge', {
    name: 'Kneeling Lunge',
    focus: ['hip-flexors', 'quads'],
    position: 'floor',
    kind: 'stretch',
    muscles: ['iliopsoas', 'rectus femoris'],
  }),
  entry('bridge', {
    name: 'Glute Bridge',
    focus: ['glutes', 'hamstrings'],
    position: 'floor',
    kind: 'strengthen',
    muscles: ['gluteus maximus', 'hamstrings'],
  }),
  entry('roller', {
    name: 'Outer Hip Roll',
    focus: ['outer-hip'],
    position: 'floor',
    kind: 'release',
    muscles: ['tensor fasciae latae'],
  }),
];

const noMarks: { excluded: string[]; favourites: string[] } = { excluded: [], favourites: [] };
const ids = (filter: Partial<LibraryFilter>, marks = noMarks) =>
  filterLibrary(LIBRARY, { ...NO_LIBRARY_FILTER, ...filter }, marks).map((e) => e.id);

describe('filterLibrary', () => {
  it('lists every entry in library order when nothing is narrowed', () => {
    expect(ids({})).toEqual(['figure-four', 'lunge', 'bridge', 'roller']);
    expect(ids({ text: '   ' })).toEqual(['figure-four', 'lunge', 'bridge', 'roller']);
  });

  it.each([
    [{ focus: 'glutes' }, ['figure-four', 'bridge']],
    [{ focus: 'quads' }, ['lunge']],
    [{ position: 'floor' }, ['lunge', 'bridge', 'roller']],
    [{ position: 'chair' }, ['figure-four']],
    [{ kind: 'stretch' }, ['figure-four', 'lunge']],
    [{ kind: 'release' }, ['roller']],
    [{ focus: 'glutes', position: 'floor', kind: 'strengthen' }, ['bridge']],
    [{ focus: 'glutes', kind: 'release' }, []],
  ] as const)('narrows to %j', (filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('shows only the entries switched off, or only the favourites', () => {
    const marks = { excluded: ['lunge'], favourites: ['roller', 'bridge'] };
    expect(ids({ show: 'off' }, marks)).toEqual(['lunge']);
    expect(ids({ show: 'favourites' }, marks)).toEqual(['bridge', 'roller']);
    expect(ids({ show: 'all' }, marks)).toHaveLength(4);
  });

  it('finds every typed word in the name or the muscles, in any case', () => {
    expect(ids({ text: 'GLUTE' })).toEqual(['figure-four', 'bridge']);
    expect(ids({ text: 'piriformis seated' })).toEqual(['figure-four']);
    expect(ids({ text: '  rectus\tfemoris  ' })).toEqual(['lunge']);
    expect(ids({ text: 'glute lunge' })).toEqual([]);
  });

  it('does not match a word made up across the name and a muscle, or two muscles', () => {
    expect(ids({ text: 'fourgluteus' })).toEqual([]);
    expect(ids({ text: 'maximuspiriformis' })).toEqual([]);
  });
});
