import { parseSession } from '../core/guided-session/parse-session';
import { parseHistory } from '../core/history/history';
import { parseScheduleState } from '../core/scheduler';
import { parseSuggestion } from '../core/suggestion-state';
import { historyItem, scheduleItem, sessionItem, suggestionItem } from '../platform/storage-items';
import { useStored } from './use-stored';

// Parsing an absent schedule gives a fresh state "now"; the popup only shows it until the real
// one arrives, which the background writes on its first wake.
const parseSchedule = (raw: unknown) =>
  raw === undefined || raw === null ? null : parseScheduleState(raw, Date.now());

/** Everything the popup renders, straight from storage, re-read whenever the background writes. */
export function usePopupState() {
  const schedule = useStored(scheduleItem, parseSchedule);
  const suggestion = useStored(suggestionItem, parseSuggestion);
  const session = useStored(sessionItem, parseSession);
  const history = useStored(historyItem, parseHistory);
  return {
    loaded: schedule.loaded && suggestion.loaded && session.loaded,
    schedule: schedule.value,
    suggestion: suggestion.value,
    session: session.value,
    history: history.value,
  };
}
