import type { HistoryRange, ImportContent } from '../core/protocol/message-checks';
import { readWholeHistory, replaceHistory } from '../platform/history-store';
import type { ImportResult } from '../platform/messages';
import { settingsItem } from '../platform/storage-items';
import { replaceSettings } from './save-settings';

/**
 * Applies an import whole, or not at all: the history is written only once the settings are. The
 * content was checked where the message arrived (core/protocol/message-checks.ts).
 */
export async function importData(checked: ImportContent, now: () => number): Promise<ImportResult> {
  const previous = await settingsItem.getValue();
  const saved = await replaceSettings(checked.settings, now);
  if (saved.writeError) return { ok: false, errors: [`Nothing was imported. ${saved.writeError}`] };
  try {
    await replaceHistory(checked.history);
  } catch (error) {
    await replaceSettings(previous, now).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`Nothing was imported: storage refused the write (${reason}).`] };
  }
  return { ok: true };
}

/** Deletes what was recorded in a range (a day the user chose, or everything), in one write. */
export async function deleteHistory({ from, to }: HistoryRange): Promise<void> {
  await replaceHistory((await readWholeHistory()).filter((e) => e.at < from || e.at >= to));
}
