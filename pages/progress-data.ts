import { addDays, format, startOfDay } from 'date-fns';
import type { DataMessage } from '../components/DataSection';
import { historyCsv } from '../core/progress/history-csv';
import { readWholeHistory } from '../platform/history-store';
import { sendMessage } from '../platform/messages';
import { saveFile } from './export-import';

/** Saves the whole history as CSV, a row per record, for a spreadsheet. */
export async function downloadCsv(now: number): Promise<DataMessage> {
  const name = `stand-up-and-stretch-history-${format(now, 'yyyy-MM-dd')}.csv`;
  saveFile(name, historyCsv(await readWholeHistory()), 'text/csv');
  return { ok: true, text: `Exported to ${name}.` };
}

// The widest range a Date can hold: "everything", sent as finite numbers (JSON has no Infinity).
const ALL = { from: -8.64e15, to: 8.64e15 };

/** Asks the background to delete the local day of `day`, or everything when `day` is null. */
export async function deleteRecords(day: number | null): Promise<DataMessage> {
  const range =
    day === null
      ? ALL
      : { from: startOfDay(day).getTime(), to: addDays(startOfDay(day), 1).getTime() };
  try {
    await sendMessage('deleteHistory', range);
  } catch (error) {
    return { ok: false, text: `Nothing was deleted: ${String(error)}`, details: [] };
  }
  const what = day === null ? 'Your whole history was' : `${format(day, 'EEEE d MMMM yyyy')} was`;
  return { ok: true, text: `${what} deleted.` };
}
