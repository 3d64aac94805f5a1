import { format } from 'date-fns';
import type { DataMessage } from '../components/DataSection';
import { buildExport, readExport } from '../core/export-file';
import { readWholeHistory } from '../platform/history-store';
import { sendMessage } from '../platform/messages';
import { settingsItem } from '../platform/storage-items';

// Years of history are about 2 MB; anything far larger is not one of our files.
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function exportFileName(now: number): string {
  return `stand-up-and-stretch-${format(now, 'yyyy-MM-dd')}.json`;
}

/**
 * Saves the settings and history as a JSON file through an <a download> link, which needs no
 * `downloads` permission. Reading storage here is fine: pages may read, only writes go through
 * the background.
 */
export async function downloadExport(now: number): Promise<DataMessage> {
  const [settings, history] = await Promise.all([settingsItem.getValue(), readWholeHistory()]);
  const file = buildExport(settings, history, now);
  const name = exportFileName(now);
  saveFile(name, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  return { ok: true, text: `Exported to ${name}.` };
}

/** Offers `text` as a download named `name`, through an <a download> link (no permission needed). */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download before the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads and checks a chosen file, and asks the background to apply it whole; says what was wrong if not. */
export async function importFromFile(file: File): Promise<DataMessage> {
  const refused = (details: string[]): DataMessage => ({
    ok: false,
    text: `Nothing was imported from “${file.name}”:`,
    details,
  });
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    return refused([
      `The file is ${mb(file.size)}; an export of this extension is at most ${mb(MAX_IMPORT_BYTES)}.`,
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refused([`It is not valid JSON (${reason}).`]);
  }
  const checked = readExport(parsed);
  if (!checked.ok) return refused(checked.errors);
  try {
    const { settings, history } = checked;
    const result = await sendMessage('importData', { settings, history });
    if (!result.ok) return refused(result.errors);
  } catch (error) {
    return refused([`The extension did not answer (${String(error)}).`]);
  }
  return { ok: true, text: `Imported settings and history from “${file.name}”.` };
}

/** Asks the background to put every setting back to its default. */
export async function resetToDefaults(): Promise<DataMessage> {
  try {
    const result = await sendMessage('resetSettings', undefined);
    if (result.writeError) return { ok: false, text: result.writeError, details: [] };
  } catch (error) {
    return { ok: false, text: `The extension did not answer (${String(error)}).`, details: [] };
  }
  return { ok: true, text: 'Every setting is back to its default.' };
}
