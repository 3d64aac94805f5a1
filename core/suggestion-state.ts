import type { Stretch } from '../data/stretch-types';
import { parseStretch } from './parse-stretch';
import type { DeckState, Widened } from './pick-stretch-types';

// The stored suggestion's shape and its check, apart from the picker so the popup can read a
// suggestion without bundling the picker.

/** The stretch on offer now, with what the picker needs to choose the next one well. */
export interface Suggestion {
  /** Null when nothing suits the user's conditions and equipment (see NOTHING_FITS). */
  stretch: Stretch | null;
  widened: Widened;
  pickedAt: number;
  /** The settings it was picked for; a change to them calls for a new pick. */
  filterKey: string;
  deck: DeckState;
}

/**
 * A stored suggestion's frame, or null when it is not one: its stretch is null or names an entry
 * by id, unchecked beyond that. The background takes the entry itself from the library by that id
 * (resolveSuggestion), so it never trusts a stored copy; pages check the copy whole instead.
 */
export function suggestionFrame(raw: unknown): Suggestion | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Partial<Suggestion>;
  const stretch = value.stretch as { id?: unknown } | null | undefined;
  const usable =
    (stretch === null || (typeof stretch === 'object' && typeof stretch?.id === 'string')) &&
    Number.isFinite(value.pickedAt) &&
    typeof value.filterKey === 'string';
  return usable ? (value as Suggestion) : null;
}

/**
 * A stored suggestion as a page shows it, or null when it is missing or not one (its stretch
 * checked whole; a suggestion of no stretch at all is one, kept until the choices change).
 */
export function parseSuggestion(raw: unknown): Suggestion | null {
  const value = suggestionFrame(raw);
  return value && (value.stretch === null || parseStretch(value.stretch) !== null) ? value : null;
}
