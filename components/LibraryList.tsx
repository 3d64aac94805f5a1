import { useState } from 'preact/hooks';
import { filterLibrary, type LibraryFilter, NO_LIBRARY_FILTER } from '../core/filter-library';
import type { Stretch } from '../data/stretch-types';
import { LibraryEntry } from './LibraryEntry';
import { LibraryFilters } from './LibraryFilters';

interface LibraryListProps {
  entries: readonly Stretch[];
  excluded: readonly string[];
  favourites: readonly string[];
  error?: string | undefined;
  /** The marks (options page): switch an entry off, make it a favourite. */
  onExcludedChange?: (excluded: string[]) => void;
  onFavouritesChange?: (favourites: string[]) => void;
  /** A Start button on every entry (the Stretches page). */
  onStart?: (entry: Stretch) => void;
  /** How the filters start (the Stretches page starts from the place setting). */
  initialFilter?: Partial<LibraryFilter>;
}

const toggled = (ids: readonly string[], id: string, on: boolean) =>
  on ? [...ids.filter((other) => other !== id), id] : ids.filter((other) => other !== id);

/**
 * The library, filterable: on the options page with a "switch off" and a "favourite" mark on
 * every entry, on the Stretches page with a Start button.
 */
export function LibraryList(props: LibraryListProps) {
  const [filter, setFilter] = useState<LibraryFilter>({
    ...NO_LIBRARY_FILTER,
    ...props.initialFilter,
  });
  const { onExcludedChange, onFavouritesChange, onStart } = props;
  const marks = { excluded: props.excluded, favourites: props.favourites };
  const shown = filterLibrary(props.entries, filter, marks);
  return (
    <div class="library">
      <LibraryFilters filter={filter} onChange={setFilter} />
      <p class="library-count" role="status">
        Showing {shown.length} of {props.entries.length}
        {props.excluded.length > 0 && ` · ${props.excluded.length} switched off`}
        {props.favourites.length > 0 && ` · ${props.favourites.length} favourites`}
      </p>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      {shown.length === 0 ? (
        <p class="library-empty">Nothing matches these filters.</p>
      ) : (
        <ul class="library-list">
          {shown.map((entry) => (
            <LibraryEntry
              key={entry.id}
              entry={entry}
              off={props.excluded.includes(entry.id)}
              favourite={props.favourites.includes(entry.id)}
              onSwitchOff={
                onExcludedChange &&
                ((off) => onExcludedChange(toggled(props.excluded, entry.id, off)))
              }
              onFavourite={
                onFavouritesChange &&
                ((on) => onFavouritesChange(toggled(props.favourites, entry.id, on)))
              }
              onStart={onStart && (() => onStart(entry))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
