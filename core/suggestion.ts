import type { Condition, NonEmpty, Stretch } from '../data/stretch-types';
import type { HistoryEntry } from './history/history';
import { pickStretch } from './pick-stretch';
import { areaCounts } from './progress/balance';
import type { Settings } from './settings/settings';
import { type Suggestion, suggestionFrame } from './suggestion-state';

export { parseSuggestion, type Suggestion } from './suggestion-state';

/**
 * A stored suggestion with its stretch taken from the library by id, or null when it is not one
 * or names an entry the library no longer has. What storage holds is never used as the entry.
 */
export function resolveSuggestion(raw: unknown, library: readonly Stretch[]): Suggestion | null {
  const frame = suggestionFrame(raw);
  if (!frame || frame.stretch === null) return frame;
  const id = frame.stretch.id;
  const stretch = library.find((entry) => entry.id === id);
  return stretch ? { ...frame, stretch } : null;
}

/** What a pick depends on: settings, and the safety screen's answers kept on this device. */
type PickSettings = Pick<
  Settings,
  'focus' | 'place' | 'kinds' | 'equipment' | 'excluded' | 'favourites'
> & { conditions?: readonly Condition[] };

/** The rest the guidance asks for between strengthening sessions (48 to 72 hours). */
export const STRENGTH_REST_MS = 48 * 3_600_000;

/**
 * The settings a pick uses: strengthening exercises rest for 48 hours after one was done, as the
 * texts advise, unless the user chose nothing else.
 */
export function pickSettingsFor<S extends PickSettings>(
  settings: S,
  lastStrengthAt: number | null,
  now: number,
): S {
  if (lastStrengthAt === null || now - lastStrengthAt >= STRENGTH_REST_MS || now < lastStrengthAt) {
    return settings;
  }
  const kinds = settings.kinds.filter((kind) => kind !== 'strengthen');
  return kinds.length > 0 ? { ...settings, kinds } : settings;
}

/** Identifies the settings a pick depends on. */
export function filterKey(settings: PickSettings): string {
  return JSON.stringify([
    settings.focus,
    settings.place,
    settings.kinds,
    settings.excluded,
    settings.favourites,
    settings.equipment,
    settings.conditions,
  ]);
}

/**
 * Picks the next stretch, carrying the deck over from the previous suggestion and favouring the
 * areas the history shows least worked in the last 14 days (the Progress page's balance). Its
 * stretch is null when the conditions and equipment leave nothing to offer. `chosen` is an entry
 * the user asked for by id (Easier, Harder, the Stretches page): it is taken as it is, unless the
 * conditions or the equipment rule it out, which throws.
 */
export function nextSuggestion(
  previous: unknown,
  library: NonEmpty<Stretch>,
  settings: PickSettings,
  now: number,
  random: () => number,
  chosen?: string,
  history: readonly HistoryEntry[] = [],
): Suggestion {
  const prior = suggestionFrame(previous);
  const focusOf = (id: string) => library.find((entry) => entry.id === id)?.focus;
  // The picker reads the filters it knows from the settings and checks each one itself. A chosen
  // entry is the only one it may pick: it never loosens conditions or equipment for it, and the
  // other filters (focus, place...) do not apply to an entry asked for by name.
  const result = pickStretch({
    ...settings,
    // The picker returns no stretch from an empty list (an unknown id), which throws below.
    library: chosen ? (library.filter((entry) => entry.id === chosen) as never) : library,
    deck: prior?.deck,
    done: areaCounts(history, focusOf, now),
    random,
  });
  if (chosen && !result.stretch) throw new Error(`Refused anotherStretch: ${chosen}`);
  return {
    stretch: result.stretch,
    widened: chosen ? null : result.widened,
    pickedAt: now,
    filterKey: filterKey(settings),
    // A chosen entry leaves the round as it was.
    deck: (chosen && prior?.deck) || result.deck,
  };
}

/** A stored suggestion when it still fits these settings, else null (time for a new pick). */
export function currentSuggestion(raw: unknown, settings: PickSettings): Suggestion | null {
  const suggestion = suggestionFrame(raw);
  return suggestion && suggestion.filterKey === filterKey(settings) ? suggestion : null;
}

/** Why the suggestion is being looked at. */
export type SuggestionEvent =
  /**
   * A reminder is shown at `shownAt`; `attempt` 1 is a new one, higher numbers repeat it. A
   * suggestion picked at or after `shownAt` was picked for this very reminder (a replay keeps it).
   */
  | { type: 'reminder'; attempt: number; shownAt: number }
  /** Something needs the suggestion now (a session starts, a page asks). */
  | { type: 'need' }
  /** The user asked for another stretch, or for the one with this id. */
  | { type: 'another'; id?: string | undefined }
  | { type: 'settings-changed' };

export interface SuggestionContext<S extends PickSettings> {
  settings: S;
  lastStrengthAt: number | null;
  now: number;
  /** A guided stretch is running: its suggestion stays while it does. */
  stretching: boolean;
  /** The stretch is on screen (the popup or a stretch window is open): it does not change there. */
  viewing: boolean;
}

export type SuggestionDecision<S> =
  | { action: 'keep'; suggestion: Suggestion }
  | { action: 'pick'; settings: S }
  | { action: 'none' };

/**
 * Keep the stored suggestion or pick a new one. A new reminder brings a new stretch, unless one is
 * being done or looked at; a repeat keeps it; a settings change replaces only a stretch the new
 * settings rule out, and never one in use; "another" always picks.
 */
export function decideSuggestion<S extends PickSettings>(
  stored: unknown,
  event: SuggestionEvent,
  context: SuggestionContext<S>,
): SuggestionDecision<S> {
  const settings = pickSettingsFor(context.settings, context.lastStrengthAt, context.now);
  const current = currentSuggestion(stored, settings);
  const inUse = context.stretching || context.viewing;
  const pick: SuggestionDecision<S> = { action: 'pick', settings };
  const keepOrPick = current ? ({ action: 'keep', suggestion: current } as const) : pick;
  switch (event.type) {
    case 'another':
      return pick;
    case 'need':
      return keepOrPick;
    case 'reminder': {
      const pickedForIt = current !== null && current.pickedAt >= event.shownAt;
      return event.attempt <= 1 && !inUse && !pickedForIt ? pick : keepOrPick;
    }
    case 'settings-changed':
      // Even on screen: the change (a stretch switched off, a new focus) was the user's own.
      return stored === null || stored === undefined || current || context.stretching
        ? { action: 'none' }
        : pick;
  }
}
