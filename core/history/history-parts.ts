import { encodePart, type HistoryEntry, parseHistory } from './history';
import { historyPartKey } from './month-part';

// The history is kept in parts, one per local calendar month, so recording a break reads and
// writes one small part (and can go in the same storage write as the state it belongs to) instead
// of the whole history, and today's counts come from this month's part alone. Naming a month's
// part and counting today are in month-part.ts, all the popup needs of them.

export { HISTORY_PART_PREFIX, historyPartKey, todayFromPart } from './month-part';

export const isHistoryPartKey = (key: string) => /^history-\d{4}-\d{2}$/.test(key);

/** Entries grouped into their parts, oldest first within each. */
export function splitIntoParts(entries: readonly HistoryEntry[]): Map<string, HistoryEntry[]> {
  const parts = new Map<string, HistoryEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.at - b.at)) {
    const key = historyPartKey(entry.at);
    const part = parts.get(key);
    if (part) part.push(entry);
    else parts.set(key, [entry]);
  }
  return parts;
}

/** The parts `entries` go into, each with what it held before (read from `stored`), in order. */
export function addToParts(
  stored: (key: string) => unknown,
  entries: readonly HistoryEntry[],
): Record<string, string> {
  const written: Record<string, string> = {};
  for (const [key, added] of splitIntoParts(entries)) {
    written[key] = encodePart([...parseHistory(stored(key)), ...added].sort((a, b) => a.at - b.at));
  }
  return written;
}

/** The whole history from every stored part (keys that are not parts are ignored), oldest first. */
export function joinParts(stored: Record<string, unknown>): HistoryEntry[] {
  return Object.keys(stored)
    .filter(isHistoryPartKey)
    .sort()
    .flatMap((key) => parseHistory(stored[key]));
}
