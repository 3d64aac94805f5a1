import { format } from 'date-fns';
import type { HistoryEntry } from '../history/history';
import { creditOf } from './credit';

const HEADER = 'date,time,record,counts_as,sitting_minutes,stretch,ended_early,away';

/**
 * The history as CSV, one row a record, local date and time, for a spreadsheet. Every field is
 * a plain word or number (stretch ids are lower-case letters, digits and dashes), so none needs
 * quoting.
 */
export function historyCsv(history: readonly HistoryEntry[]): string {
  const rows = history.map((entry) =>
    [
      format(entry.at, 'yyyy-MM-dd'),
      format(entry.at, 'HH:mm:ss'),
      entry.kind,
      creditOf(entry),
      (entry.sittingMs / 60_000).toFixed(1),
      entry.stretchId ?? '',
      entry.partial ? 'yes' : '',
      entry.away ? 'yes' : '',
    ].join(','),
  );
  return `${[HEADER, ...rows].join('\n')}\n`;
}
