import { startOfDay } from 'date-fns/startOfDay';
import { isRecord } from '../is-record';
import { type DaySummary, type HistoryEntry, summarizeDay } from './history';

/** Today's counts as stored, keyed by the start of the local day they belong to. */
export interface StoredDay extends DaySummary {
  day: number;
}

const ZERO: DaySummary = { stretched: 0, skipped: 0, missed: 0, naturalBreaks: 0 };

// The popup shows only today's counts; keeping them apart means it never reads years of history.

/** Today's counts from the stored summary: zeros when it is missing, broken or from another day. */
export function todayFrom(raw: unknown, now: number): DaySummary {
  if (!isRecord(raw)) return { ...ZERO };
  const stored = raw as Partial<StoredDay>;
  if (stored.day !== startOfDay(now).getTime()) return { ...ZERO };
  const count = (n: unknown) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0);
  return {
    stretched: count(stored.stretched),
    skipped: count(stored.skipped),
    missed: count(stored.missed),
    naturalBreaks: count(stored.naturalBreaks),
  };
}

/** The stored summary with one more history entry counted in the day it happened. */
export function countInto(raw: unknown, entry: HistoryEntry): StoredDay {
  const day = startOfDay(entry.at).getTime();
  const summary = todayFrom(raw, entry.at);
  if (entry.kind === 'stretched') summary.stretched++;
  else if (entry.kind === 'skipped') summary.skipped++;
  else if (entry.kind === 'missed') summary.missed++;
  else if (entry.kind === 'natural-break') summary.naturalBreaks++;
  return { day, ...summary };
}

/** The summary rebuilt from a whole history (after an import). */
export function summaryFromHistory(history: readonly HistoryEntry[], now: number): StoredDay {
  return { day: startOfDay(now).getTime(), ...summarizeDay(history, now) };
}

/** A stored day summary when it is one, else null (missing or broken). */
export function parseStoredDay(raw: unknown): StoredDay | null {
  if (!isRecord(raw)) return null;
  const day = raw.day;
  if (typeof day !== 'number' || !Number.isFinite(day)) return null;
  return { day, ...todayFrom(raw, day) };
}
