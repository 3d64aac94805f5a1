import type { HistoryEntry } from '../history/history';

// What counts as a break taken, decided here from the raw facts the background records, so the
// rule can change without touching the background: away from the computer two minutes or more
// (a natural break is at least the natural-break length, never under two minutes), or a guided
// stretch run to its end. Done pressed a few seconds in, with nobody away, is only "ended early".

/** How one history entry counts on the Progress page. */
export type Credit = 'taken' | 'ended-early' | 'offered' | 'not-taken';

/** Away two minutes or more, or a guided stretch run to its end (the background's test too). */
export const isTaken = (entry: HistoryEntry) =>
  entry.kind === 'natural-break' ||
  (entry.kind === 'stretched' && (entry.partial !== true || entry.away === true));

/** A guided session gone through to its end (the stretch itself, not only time away). */
export const isCompleteStretch = (entry: HistoryEntry) =>
  entry.kind === 'stretched' && entry.partial !== true;

export function creditOf(entry: HistoryEntry): Credit {
  if (isTaken(entry)) return 'taken';
  if (entry.kind === 'stretched') return 'ended-early';
  return entry.kind === 'offered' ? 'offered' : 'not-taken';
}
