import { parseSession } from '../core/guided-session/parse-session';
import type { Settings } from '../core/settings/settings';
import {
  currentSuggestion,
  nextSuggestion,
  pickSettingsFor,
  type Suggestion,
} from '../core/suggestion';
import { lastStrengthItem, sessionItem, suggestionItem } from '../platform/storage-items';
import type { BackgroundDeps } from './deps';

/** The user's settings as this pick applies them (strengthening may be resting). */
async function forPick(deps: BackgroundDeps, settings: Settings): Promise<Settings> {
  const last = await lastStrengthItem.getValue();
  return pickSettingsFor(settings, typeof last === 'number' ? last : null, deps.now());
}

/** Picks a new stretch (skipping the current one) and stores it for the popup and the reminder. */
export async function pickNewSuggestion(
  deps: BackgroundDeps,
  userSettings: Settings,
): Promise<Suggestion> {
  const settings = await forPick(deps, userSettings);
  const library = await deps.loadLibrary();
  const previous = await suggestionItem.getValue();
  const suggestion = nextSuggestion(previous, library, settings, deps.now(), deps.random);
  await suggestionItem.setValue(suggestion);
  return suggestion;
}

/** The stored suggestion while it still fits the settings, otherwise a fresh pick. */
export async function ensureSuggestion(
  deps: BackgroundDeps,
  settings: Settings,
): Promise<Suggestion> {
  const picking = await forPick(deps, settings);
  return (
    currentSuggestion(await suggestionItem.getValue(), picking) ?? pickNewSuggestion(deps, picking)
  );
}

/**
 * After a settings change: replaces a stored suggestion the new settings rule out (say, a stretch
 * just switched off), so the popup never offers it. Left alone while a guided stretch runs.
 */
export async function refreshSuggestion(deps: BackgroundDeps, settings: Settings): Promise<void> {
  const stored = await suggestionItem.getValue();
  if (stored === null || currentSuggestion(stored, await forPick(deps, settings))) return;
  const session = parseSession(await sessionItem.getValue());
  if (session && session.finishedAt === null) return;
  await pickNewSuggestion(deps, settings);
}
