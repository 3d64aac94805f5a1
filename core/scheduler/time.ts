export const SECOND_MS = 1_000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** Converts minutes to milliseconds. */
export function minutesMs(minutes: number): number {
  return minutes * MINUTE_MS;
}

/** Whole minutes in a duration, never negative. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / MINUTE_MS));
}

/** Away from the computer this long during a break makes it a break taken (issue 16's rule). */
export const AWAY_CREDIT_MS = 2 * MINUTE_MS;
