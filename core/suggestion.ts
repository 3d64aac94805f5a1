import type { NonEmpty, Stretch } from '../data/stretch-types';
import { type DeckState, pickStretch, rememberPick, type Widened } from './pick-stretch';
import type { Settings } from './settings/settings';

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

type PickSettings = Pick<Settings, 'focus' | 'place' | 'kinds' | 'excluded' | 'favourites'>;

/** Identifies the settings a pick depends on. */
export function filterKey(settings: PickSettings): string {
  return JSON.stringify([
    settings.focus,
    settings.place,
    settings.kinds,
    settings.excluded,
    settings.favourites,
  ]);
}

/** Picks the next stretch, carrying the deck and recent picks over from the previous suggestion. */
export function nextSuggestion(
  previous: unknown,
  library: NonEmpty<Stretch>,
  settings: PickSettings,
  now: number,
  random: () => number,
): Suggestion {
  const prior = parseSuggestion(previous);
  const result = pickStretch({
    library,
    focus: settings.focus,
    place: settings.place,
    kinds: settings.kinds,
    excluded: settings.excluded,
    favourites: settings.favourites,
    deck: prior?.deck,
    recent: prior?.recent,
    random,
  });
  return {
    stretch: result.stretch,
    widened: result.widened,
    pickedAt: now,
    filterKey: filterKey(settings),
    deck: result.deck,
    recent: rememberPick(prior?.recent, result.stretch, now),
  };
}

/** A stored suggestion when it still fits these settings, else null (time for a new pick). */
export function currentSuggestion(raw: unknown, settings: PickSettings): Suggestion | null {
  const suggestion = parseSuggestion(raw);
  return suggestion && suggestion.filterKey === filterKey(settings) ? suggestion : null;
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
