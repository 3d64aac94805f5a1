import { readExport } from '../core/export-file';
import { summaryFromHistory } from '../core/history/today';
import type { ImportResult } from '../platform/messages';
import { historyItem, settingsItem, todayItem } from '../platform/storage-items';
import { replaceSettings } from './save-settings';

/** Applies an export file whole, or not at all: the history is written only once the settings are. */
export async function importData(raw: unknown, now: () => number): Promise<ImportResult> {
  const checked = readExport(raw);
  if (!checked.ok) return checked;
  const previous = await settingsItem.getValue();
  const saved = await replaceSettings(checked.settings, now);
  if (saved.writeError) return { ok: false, errors: [`Nothing was imported. ${saved.writeError}`] };
  try {
    await historyItem.setValue(checked.history);
    await todayItem.setValue(summaryFromHistory(checked.history, now()));
  } catch (error) {
    await replaceSettings(previous, now).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`Nothing was imported: storage refused the write (${reason}).`] };
  }
  return { ok: true };
}
