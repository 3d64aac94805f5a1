import { browser } from 'wxt/browser';
import { encodePart, type HistoryEntry } from '../core/history/history';
import {
  historyPartKey,
  isHistoryPartKey,
  joinParts,
  splitIntoParts,
} from '../core/history/history-parts';

// The history lives in one storage.local key per month (core/history/history-parts.ts). Writing a
// break goes through the outbox's single write (background/outbox.ts); these read or replace it whole.

/** Every part, joined, oldest first (an export, the bench). */
export async function readWholeHistory(): Promise<HistoryEntry[]> {
  return joinParts(await browser.storage.local.get(null));
}

/** The parts holding the last `days` days (at least this month's), joined, oldest first. */
export async function readRecentHistory(now: number, days = 15): Promise<HistoryEntry[]> {
  const keys = [historyPartKey(now - days * 864e5), historyPartKey(now)];
  // A window longer than a month spans the months between too.
  for (let back = 28; back < days; back += 28) keys.push(historyPartKey(now - back * 864e5));
  return joinParts(await browser.storage.local.get(keys));
}

/**
 * Every key in storage.local, by name only where the browser can (Chrome 130+, Firefox 143+): an
 * import then does not read five years of history (about 200 ms here) just to learn the keys.
 */
async function storedKeys(): Promise<string[]> {
  const local = browser.storage.local;
  return local.getKeys ? local.getKeys() : Object.keys(await local.get(null));
}

/**
 * Replaces the whole history in one write: the new parts, and every other part emptied. `extra`
 * goes into the same write (the old single-key history being retired, say).
 */
export async function replaceHistory(
  entries: readonly HistoryEntry[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  const existing = (await storedKeys()).filter(isHistoryPartKey);
  const writes: Record<string, unknown> = Object.fromEntries(existing.map((key) => [key, '[]']));
  for (const [key, part] of splitIntoParts(entries)) writes[key] = encodePart(part);
  await browser.storage.local.set({ ...writes, ...extra });
  const emptied = existing.filter((key) => writes[key] === '[]');
  if (emptied.length > 0) await browser.storage.local.remove(emptied);
}

/** Calls back whenever a monthly part changes (a break recorded, a day deleted, an import). */
export function watchHistory(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some(isHistoryPartKey)) callback();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
