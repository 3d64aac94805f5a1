import type { LibraryFilter } from '../core/filter-library';
import { EQUIPMENT_LABELS, FOCUS_LABELS, KIND_LABELS, POSITION_LABELS } from '../data/labels';
import { FOCUS_AREAS, GEAR, KINDS, POSITIONS } from '../data/stretch-types';

interface LibraryFiltersProps {
  filter: LibraryFilter;
  onChange: (filter: LibraryFilter) => void;
}

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => (
    <option key={value} value={value}>
      {labels[value]}
    </option>
  ));

/** The controls that narrow the library list: focus, place, position, equipment, kind, marks and free text. */
export function LibraryFilters({ filter, onChange }: LibraryFiltersProps) {
  const set = (change: Partial<LibraryFilter>) => onChange({ ...filter, ...change });
  return (
    <div class="library-filters">
      <label>
        Search
        <input
          type="search"
          value={filter.text}
          placeholder="Name or muscle"
          onInput={(event) => set({ text: event.currentTarget.value })}
        />
      </label>
      <label>
        Focus
        <select
          value={filter.focus}
          onChange={(event) => set({ focus: event.currentTarget.value as LibraryFilter['focus'] })}
        >
          <option value="all">All areas</option>
          {options(FOCUS_AREAS, FOCUS_LABELS)}
        </select>
      </label>
      <label>
        Place
        <select
          value={filter.place}
          onChange={(event) => set({ place: event.currentTarget.value as LibraryFilter['place'] })}
        >
          <option value="all">Anywhere</option>
          <option value="desk">At a desk</option>
        </select>
      </label>
      <label>
        Position
        <select
          value={filter.position}
          onChange={(event) =>
            set({ position: event.currentTarget.value as LibraryFilter['position'] })
          }
        >
          <option value="all">Any position</option>
          {options(POSITIONS, POSITION_LABELS)}
        </select>
      </label>
      <label>
        Equipment
        <select
          value={filter.equipment}
          onChange={(event) =>
            set({ equipment: event.currentTarget.value as LibraryFilter['equipment'] })
          }
        >
          <option value="all">Any equipment</option>
          <option value="nothing">Nothing needed</option>
          {options(GEAR, EQUIPMENT_LABELS)}
        </select>
      </label>
      <label>
        Kind
        <select
          value={filter.kind}
          onChange={(event) => set({ kind: event.currentTarget.value as LibraryFilter['kind'] })}
        >
          <option value="all">All kinds</option>
          {options(KINDS, KIND_LABELS)}
        </select>
      </label>
      <label>
        Show
        <select
          value={filter.show}
          onChange={(event) => set({ show: event.currentTarget.value as LibraryFilter['show'] })}
        >
          <option value="all">Every entry</option>
          <option value="off">Switched off</option>
          <option value="favourites">Favourites</option>
        </select>
      </label>
    </div>
  );
}
