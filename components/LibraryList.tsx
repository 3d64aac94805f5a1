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
  onExcludedChange: (excluded: string[]) => void;
  onFavouritesChange: (favourites: string[]) => void;
}

const toggled = (ids: readonly string[], id: string, on: boolean) =>
  on ? [...ids.filter((other) => other !== id), id] : ids.filter((other) => other !== id);

/** The whole library, filterable, with a "switch off" and a "favourite" mark on every entry. */
export function LibraryList(props: LibraryListProps) {
  const [filter, setFilter] = useState<LibraryFilter>(NO_LIBRARY_FILTER);
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
              onSwitchOff={(off) => props.onExcludedChange(toggled(props.excluded, entry.id, off))}
              onFavourite={(on) =>
                props.onFavouritesChange(toggled(props.favourites, entry.id, on))
              }
            />
          ))}
        </ul>
      )}
    </div>
  );
}
