import { parseSession } from '../core/guided-session/parse-session';
import { todayFromPart } from '../core/history/month-part';
import { parseScheduleState } from '../core/scheduler';
import { readSettings } from '../core/settings/validate-settings';
import { parseSuggestion } from '../core/suggestion-state';
import {
  historyPartItem,
  scheduleItem,
  sessionItem,
  settingsItem,
  suggestionItem,
} from '../platform/storage-items';
import { useStoredGroup } from './use-stored-group';

// Parsing an absent schedule would invent a fresh state; the popup shows none until the
// background has written the real one on its first wake.
const parseSchedule = (raw: unknown) =>
  raw === undefined || raw === null ? null : parseScheduleState(raw, Date.now());

// One constant, so the group hook subscribes once rather than on every render. Its month is the one
// the page opened in; a popup lives minutes.
const POPUP_ITEMS = {
  settings: { item: settingsItem, parse: (raw: unknown) => readSettings(raw).settings },
  schedule: { item: scheduleItem, parse: parseSchedule },
  suggestion: { item: suggestionItem, parse: parseSuggestion },
  session: { item: sessionItem, parse: parseSession },
  // Today's counts come from this month's part of the history, against the clock where shown.
  month: { item: historyPartItem(Date.now()), parse: (raw: unknown) => raw },
};

/** Everything the popup renders, read from storage in one call and re-read as the background writes. */
export function usePopupState() {
  const { loaded, values } = useStoredGroup(POPUP_ITEMS);
  return { loaded, ...values, todayFor: (now: number) => todayFromPart(values.month, now) };
}
