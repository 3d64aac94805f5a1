import type { FocusArea, Position, Stretch, StretchKind } from '../data/stretch-types';

/** What the options page's library list is narrowed to; 'all' leaves a dimension open. */
export interface LibraryFilter {
  focus: FocusArea | 'all';
  position: Position | 'all';
  kind: StretchKind | 'all';
  /** Only the entries switched off, or only the favourites. */
  show: 'all' | 'off' | 'favourites';
  /** Words to find in the name or the muscles, in any case. */
  text: string;
}

export const NO_LIBRARY_FILTER: LibraryFilter = {
  focus: 'all',
  position: 'all',
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
      (filter.position === 'all' || entry.position === filter.position) &&
      (filter.kind === 'all' || entry.kind === filter.kind) &&
      (filter.show !== 'off' || marks.excluded.includes(entry.id)) &&
      (filter.show !== 'favourites' || marks.favourites.includes(entry.id)) &&
      words.every((word) => haystack.includes(word))
    );
  });
}
