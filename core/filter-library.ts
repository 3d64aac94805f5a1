import { fitsDesk } from '../data/stretch-fit';
import type { FocusArea, Gear, Position, Stretch, StretchKind } from '../data/stretch-types';

/** What a library list (options, the Stretches page) is narrowed to; 'all' leaves a dimension open. */
export interface LibraryFilter {
  focus: FocusArea | 'all';
  /** 'desk': what can be done at a desk (the place setting's "At my desk"). */
  place: 'desk' | 'all';
  position: Position | 'all';
  /** Entries that use this (a foam roller, a band), or 'nothing' for those that need nothing. */
  equipment: Gear | 'nothing' | 'all';
  kind: StretchKind | 'all';
  /** Only the entries switched off, or only the favourites. */
  show: 'all' | 'off' | 'favourites';
  /** Words to find in the name or the muscles, in any case. */
  text: string;
}

export const NO_LIBRARY_FILTER: LibraryFilter = {
  focus: 'all',
  place: 'all',
  position: 'all',
  equipment: 'all',
  kind: 'all',
  show: 'all',
  text: '',
};

/** The entries matching every part of the filter, in library order. */
export function filterLibrary(
  entries: readonly Stretch[],
  filter: LibraryFilter,
  marks: { excluded: readonly string[]; favourites: readonly string[] },
): Stretch[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const haystack = `${entry.name} ${entry.muscles.join(' ')}`.toLowerCase();
    return (
      (filter.focus === 'all' || entry.focus.includes(filter.focus)) &&
      (filter.place === 'all' || fitsDesk(entry)) &&
      (filter.position === 'all' || entry.position === filter.position) &&
      (filter.equipment === 'all' || needs(entry, filter.equipment)) &&
      (filter.kind === 'all' || entry.kind === filter.kind) &&
      (filter.show !== 'off' || marks.excluded.includes(entry.id)) &&
      (filter.show !== 'favourites' || marks.favourites.includes(entry.id)) &&
      words.every((word) => haystack.includes(word))
    );
  });
}

function needs(entry: Stretch, equipment: Gear | 'nothing'): boolean {
  const used = entry.equipment.filter((item) => item !== 'none');
  return equipment === 'nothing' ? used.length === 0 : used.includes(equipment);
}
