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
  recent: unknown;
}

/**
 * A stored suggestion, or null when it is missing or not one (its stretch checked whole; a
 * suggestion of no stretch at all is one, kept until the choices change).
 */
export function parseSuggestion(raw: unknown): Suggestion | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Partial<Suggestion>;
  const usable =
    (value.stretch === null || parseStretch(value.stretch) !== null) &&
    typeof value.pickedAt === 'number' &&
    Number.isFinite(value.pickedAt) &&
    typeof value.filterKey === 'string';
  return usable ? (value as Suggestion) : null;
}
