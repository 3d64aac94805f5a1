import { parseSession } from '../core/guided-session/parse-session';
import { todayFrom } from '../core/history/today';
import { parseScheduleState } from '../core/scheduler';
import { readSettings } from '../core/settings/validate-settings';
import { parseSuggestion } from '../core/suggestion-state';
import {
  scheduleItem,
  sessionItem,
  settingsItem,
  suggestionItem,
  todayItem,
} from '../platform/storage-items';
import { useStoredGroup } from './use-stored-group';

// Parsing an absent schedule would invent a fresh state; the popup shows none until the
// background has written the real one on its first wake.
const parseSchedule = (raw: unknown) =>
  raw === undefined || raw === null ? null : parseScheduleState(raw, Date.now());

/** Everything the popup renders, read from storage in one call and re-read as the background writes. */
export function usePopupState() {
  const { loaded, values } = useStoredGroup({
    settings: { item: settingsItem, parse: (raw) => readSettings(raw).settings },
    schedule: { item: scheduleItem, parse: parseSchedule },
    suggestion: { item: suggestionItem, parse: parseSuggestion },
    session: { item: sessionItem, parse: parseSession },
    // The stored day is checked against the clock where it is shown (it may be yesterday's).
    today: { item: todayItem, parse: (raw) => raw },
  });
  return { loaded, ...values, todayFor: (now: number) => todayFrom(values.today, now) };
}
