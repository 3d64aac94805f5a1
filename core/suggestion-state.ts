import type { Stretch } from '../data/stretch-types';
import type { DeckState, Widened } from './pick-stretch-types';

// The stored suggestion's shape and its check, apart from the picker so the popup can read a
// suggestion without bundling the picker.

/** The stretch on offer now, with what the picker needs to choose the next one well. */
export interface Suggestion {
  stretch: Stretch;
  widened: Widened;
  pickedAt: number;
  /** The settings it was picked for; a change to them calls for a new pick. */
  filterKey: string;
  deck: DeckState;
  recent: unknown;
}

/** A stored suggestion, or null when it is missing or not one. */
export function parseSuggestion(raw: unknown): Suggestion | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Partial<Suggestion>;
  const stretch = value.stretch as Partial<Stretch> | undefined;
  const usable =
    typeof stretch === 'object' &&
    stretch !== null &&
    typeof stretch.id === 'string' &&
    typeof stretch.name === 'string' &&
    Array.isArray(stretch.steps) &&
    typeof stretch.dose === 'object' &&
    typeof value.pickedAt === 'number' &&
    typeof value.filterKey === 'string';
  return usable ? (value as Suggestion) : null;
}
