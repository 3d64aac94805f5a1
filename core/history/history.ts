import { isRecord } from '../is-record';
import { startOfDay } from '../local-day';
import type { RecordKind } from '../scheduler';

/** One thing that happened to a reminder or a break. */
export interface HistoryEntry {
  kind: RecordKind;
  at: number;
  sittingMs: number;
  /** The stretch done, for 'stretched' entries. */
  stretchId?: string;
  /** A 'stretched' entry whose session ended before its plan was through (Done or End early). */
  partial?: true;
  /** A 'stretched' entry during which the person was away from the computer two minutes or more. */
  away?: true;
}

const KINDS: readonly RecordKind[] = [
  'stretched',
  'skipped',
  'missed',
  'natural-break',
  'snoozed',
  'offered',
];

/**
 * The oldest entries go first past this many: ten years of a full working day's reminders and
 * breaks (about 16 records a day), well within storage.local's 10 MB.
 */
export const HISTORY_LIMIT = 50_000;

/**
 * The stored (or imported) history: well-formed entries only, with only their known fields, and
 * no more than the newest HISTORY_LIMIT of them. A stored part is a string (encodePart); parts
 * written before that are lists, read the same.
 */
export function parseHistory(raw: unknown): HistoryEntry[] {
  const list = typeof raw === 'string' ? decodePart(raw) : raw;
  if (!Array.isArray(list)) return [];
  const entries = list.filter(isEntry).map(
    ({ kind, at, sittingMs, stretchId, partial, away }): HistoryEntry => ({
      kind,
      at,
      sittingMs,
      ...(stretchId === undefined ? {} : { stretchId }),
      ...(partial === true ? { partial } : {}),
      ...(away === true ? { away } : {}),
    }),
  );
  return entries.slice(-HISTORY_LIMIT);
}

/**
 * A monthly part as stored: one JSON string. Chromium's storage API reads 20,000 stored objects
 * in about 3 s here, and the same records as one string a month in about 0.2 s.
 */
export const encodePart = (entries: readonly HistoryEntry[]): string => JSON.stringify(entries);

function decodePart(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function appendHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
): HistoryEntry[] {
  const next = [...history, entry];
  return next.slice(-HISTORY_LIMIT);
}

export interface DaySummary {
  stretched: number;
  skipped: number;
  missed: number;
  naturalBreaks: number;
}

/** Counts of the local calendar day's breaks and misses, from the whole history. */
export function summarizeDay(history: readonly HistoryEntry[], now: number): DaySummary {
  const from = startOfDay(now).getTime();
  const summary: DaySummary = { stretched: 0, skipped: 0, missed: 0, naturalBreaks: 0 };
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i] as HistoryEntry;
    if (entry.at < from) break;
    // Done pressed a few seconds in, never away from the computer, is no stretch taken (the
    // Progress page's rule, core/progress/credit.ts).
    if (entry.kind === 'stretched') summary.stretched += entry.partial && !entry.away ? 0 : 1;
    else if (entry.kind === 'skipped') summary.skipped++;
    else if (entry.kind === 'missed') summary.missed++;
    else if (entry.kind === 'natural-break') summary.naturalBreaks++;
  }
  return summary;
}

function isEntry(entry: unknown): entry is HistoryEntry {
  return (
    isRecord(entry) &&
    KINDS.includes(entry.kind as RecordKind) &&
    Number.isFinite(entry.at) &&
    typeof entry.sittingMs === 'number' &&
    entry.sittingMs >= 0 &&
    (entry.stretchId === undefined ||
      (typeof entry.stretchId === 'string' && /^[a-z0-9-]{1,64}$/.test(entry.stretchId))) &&
    (entry.partial === undefined || entry.partial === true) &&
    (entry.away === undefined || entry.away === true)
  );
}
