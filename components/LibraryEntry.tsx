import { EQUIPMENT_LABELS, FOCUS_LABELS, KIND_LABELS, POSITION_LABELS } from '../data/labels';
import type { Stretch } from '../data/stretch-types';
import { StretchFigure } from './StretchFigure';

interface LibraryEntryProps {
  entry: Stretch;
  off: boolean;
  favourite: boolean;
  /** The two marks (the options page); without them the entry shows none. */
  onSwitchOff?: ((off: boolean) => void) | undefined;
  onFavourite?: ((favourite: boolean) => void) | undefined;
  /** Starts a guided session of this entry (the Stretches page). */
  onStart?: (() => void) | undefined;
}

/**
 * One library entry with what it works, where it is done and what it is, and its controls. The
 * controls read "Switch off", "Favourite" and "Start" on screen; their accessible names add the
 * entry's name, since a screen reader user tabbing through 46 of them would not know which one is
 * meant.
 */
export function LibraryEntry({
  entry,
  off,
  favourite,
  onSwitchOff,
  onFavourite,
  onStart,
}: LibraryEntryProps) {
  const equipment = entry.equipment.filter((item) => item !== 'none');
  return (
    <li class={off ? 'library-entry off' : 'library-entry'}>
      <div class="entry-figure">
        <StretchFigure id={entry.id} caption lazy />
      </div>
      <div class="entry-text">
        <h3>
          {entry.name}
          {off && <span class="entry-state"> (switched off)</span>}
        </h3>
        <ul class="tags" aria-label={`About ${entry.name}`}>
          {entry.focus.map((area) => (
            <li key={area} class="tag focus">
              {FOCUS_LABELS[area]}
            </li>
          ))}
          <li class="tag">{POSITION_LABELS[entry.position]}</li>
          <li class="tag">{KIND_LABELS[entry.kind]}</li>
          {equipment.map((item) => (
            <li key={item} class="tag">
              Needs: {EQUIPMENT_LABELS[item]}
            </li>
          ))}
        </ul>
      </div>
      <div class="entry-marks">
        {onStart && (
          <button type="button" class="primary" onClick={onStart}>
            Start<span class="visually-hidden"> {entry.name}</span>
          </button>
        )}
        {onSwitchOff && (
          <label class="mark">
            <input
              type="checkbox"
              checked={off}
              onChange={(event) => onSwitchOff(event.currentTarget.checked)}
            />
            Switch off<span class="visually-hidden"> {entry.name}</span>
          </label>
        )}
        {onFavourite && (
          <label class="mark">
            <input
              type="checkbox"
              checked={favourite}
              onChange={(event) => onFavourite(event.currentTarget.checked)}
            />
            Favourite<span class="visually-hidden"> {entry.name}</span>
          </label>
        )}
      </div>
    </li>
  );
}
