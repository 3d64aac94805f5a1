import { browser } from 'wxt/browser';
import { parseHistory } from '../core/history/history';
import { joinParts } from '../core/history/history-parts';
import { replaceHistory } from '../platform/history-store';

/**
 * Versions before the history was kept in parts stored it under one key, with today's counts
 * beside it. Moves it into parts once; the old keys are cleared in the same write, so a worker
 * stopped half-way can neither lose entries nor move them twice.
 */
export async function migrateHistory(): Promise<void> {
  const stored = await browser.storage.local.get(null);
  if (!Array.isArray(stored.history) && stored.today === undefined) return;
  const entries = [...joinParts(stored), ...parseHistory(stored.history)];
  await replaceHistory(entries, { history: null, today: null });
  await browser.storage.local.remove(['history', 'today']);
}
