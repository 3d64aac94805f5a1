import { readExport } from '../core/export-file';
import { summaryFromHistory } from '../core/history/today';
import type { ImportResult } from '../platform/messages';
import { historyItem, settingsItem, todayItem } from '../platform/storage-items';

/** Applies an export file whole, or not at all; a failed write puts the old settings back. */
export async function importData(raw: unknown, now: number): Promise<ImportResult> {
  const checked = readExport(raw);
  if (!checked.ok) return checked;
  const previousSettings = await settingsItem.getValue();
  try {
    await settingsItem.setValue(checked.settings);
    await historyItem.setValue(checked.history);
    await todayItem.setValue(summaryFromHistory(checked.history, now));
  } catch (error) {
    await settingsItem.setValue(previousSettings).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`Nothing was imported: storage refused the write (${reason}).`] };
  }
  return { ok: true };
}
