import type { Stretch } from '../data/stretch-types';
import type { GuidedSession } from './guided-session/session';
import { parseHistory } from './history/history';
import type { Reminder } from './scheduler/schedule-state';

// The rules of the break page: the window the break styles open (core/scheduler/reminder.ts).

/** A finished stretch stays in view this long before the break page closes itself. */
export const DONE_LINGER_MS = 4_000;

/**
 * Whether the break the page was opened for is over: it was answered (snoozed, skipped, paused,
 * stretched) or let go, and no stretch is running. A stretch just finished stays in view a moment.
 */
export function breakIsOver(
  reminder: Reminder | null,
  session: GuidedSession | null,
  now: number,
): boolean {
  if (reminder !== null) return false;
  if (session === null) return true;
  return session.finishedAt !== null && now - session.finishedAt >= DONE_LINGER_MS;
}

/** How often this break was snoozed: the snoozes recorded since its interval began. */
export function snoozesSince(part: unknown, intervalStart: number): number {
  return parseHistory(part).filter((e) => e.kind === 'snoozed' && e.at >= intervalStart).length;
}

/** After this many snoozes of one break, the page leads with a one-minute stretch. */
export const SNOOZES_BEFORE_ONE_MINUTE = 2;

/**
 * Whether the break page puts the one-minute stretch first and Skip second (Snooze after them):
 * once this break was snoozed twice, and the stretch on offer can be cut to a minute
 * (core/guided-session/one-minute.ts). Strength work keeps its sets at the pace the texts advise.
 */
export function offersOneMinute(snoozes: number, stretch: Pick<Stretch, 'kind'> | null): boolean {
  return snoozes >= SNOOZES_BEFORE_ONE_MINUTE && stretch !== null && stretch.kind !== 'strengthen';
}
