/** 'offered': a reminder was shown (its first time); the others say how a break or reminder ended. */
export type RecordKind =
  | 'stretched'
  | 'skipped'
  | 'missed'
  | 'natural-break'
  | 'snoozed'
  | 'offered';

/** Side effects for the background to run in order, after it has saved the new state. */
export type ScheduleEffect =
  | { type: 'set-alarm'; at: number }
  | { type: 'clear-alarm' }
  | { type: 'notify'; sittingMinutes: number; attempt: number }
  | { type: 'clear-notification' }
  | { type: 'set-badge'; text: string; title: string }
  | { type: 'open-stretch' }
  /** Opens the break page in a focused window of its own, or brings it forward. */
  | { type: 'open-break-page' }
  /** Stored times outside their plausible range were reset (named for the log). */
  | { type: 'repaired'; fields: string[] }
  | ({ type: 'record'; kind: RecordKind; at: number; sittingMs: number } & StretchRecord);

/**
 * What a 'stretched' record says of the stretch: which one, whether it was ended before its plan
 * was through (End early, or Done pressed part-way), and whether the person was away from the
 * computer for at least AWAY_CREDIT_MS of it (idle or locked).
 */
export interface StretchRecord {
  stretchId?: string;
  partial?: true;
  away?: true;
}

/** Builds a history record effect. */
export function record(
  kind: RecordKind,
  at: number,
  sittingMs: number,
  stretch: StretchRecord = {},
): ScheduleEffect {
  return { type: 'record', kind, at, sittingMs: Math.max(0, sittingMs), ...stretch };
}
