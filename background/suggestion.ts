import { browser } from 'wxt/browser';
import { parseSession } from '../core/guided-session/parse-session';
import { popupPath } from '../core/popup-path';
import type { Settings } from '../core/settings/settings';
import {
  decideSuggestion,
  nextSuggestion,
  resolveSuggestion,
  type Suggestion,
  type SuggestionEvent,
} from '../core/suggestion';
import { readRecentHistory } from '../platform/history-store';
import {
  conditionsItem,
  lastStrengthItem,
  SUGGESTION_KEY,
  sessionItem,
  settingsItem,
} from '../platform/storage-items';
import { readKey, writeKey } from '../platform/storage-keys';
import type { BackgroundDeps } from './deps';

/**
 * Loads what the suggestion rule needs (the settings and, from this device, the safety screen's
 * conditions; the stored suggestion with its stretch from the library), lets core decide, and
 * stores a new pick. Returns the suggestion in force
 * afterwards, or null when the rule left none to return.
 */
export async function suggest(
  deps: BackgroundDeps,
  settings: Settings,
  event: SuggestionEvent,
): Promise<Suggestion | null> {
  const now = deps.now();
  const [raw, library, lastStrength, rawSession, viewing, conditions] = await Promise.all([
    readKey(SUGGESTION_KEY),
    deps.loadLibrary(),
    lastStrengthItem.getValue(),
    sessionItem.getValue(),
    deps.isStretchOnScreen(),
    conditionsItem.getValue(),
  ]);
  const stored = resolveSuggestion(raw, library);
  const session = parseSession(rawSession);
  const decision = decideSuggestion(stored, event, {
    settings: { ...settings, conditions },
    lastStrengthAt: typeof lastStrength === 'number' ? lastStrength : null,
    now,
    stretching: session !== null && session.finishedAt === null,
    viewing,
  });
  if (decision.action !== 'pick') return decision.action === 'keep' ? decision.suggestion : null;
  const picked = nextSuggestion(
    stored,
    library,
    decision.settings,
    now,
    deps.random,
    event.type === 'another' ? event.id : undefined,
    await readRecentHistory(now),
  );
  await writeKey(SUGGESTION_KEY, picked);
  // The toolbar popup names the new stretch in its first frame (core/popup-path.ts).
  await browser.action.setPopup({ popup: popupPath(picked.stretch?.id) });
  return picked;
}

/** The rule for an event that comes without settings at hand: reads the stored ones first. */
export async function suggestNow(deps: BackgroundDeps, event: SuggestionEvent): Promise<void> {
  await suggest(deps, await settingsItem.getValue(), event);
}

/** The suggestion, kept or picked: never null for these events. */
export async function suggestionFor(
  deps: BackgroundDeps,
  settings: Settings,
  event: Exclude<SuggestionEvent, { type: 'settings-changed' }>,
): Promise<Suggestion> {
  const suggestion = await suggest(deps, settings, event);
  if (!suggestion) throw new Error(`no suggestion after ${event.type}`);
  return suggestion;
}
