// storage.sync refuses the 121st write in a minute and the 1,801st in an hour. Settings writes are
// spaced so that no pace of clicking or typing can reach either: one write every 2.5 s at most is
// 24 a minute and 1,440 an hour, sustained, with room for the browser's own sync traffic.

/** The least time between two writes of the settings to storage.sync. */
export const SYNC_WRITE_SPACING_MS = 2_500;
/** How long to wait before trying again after storage.sync refused a write (a quota, offline). */
export const SYNC_RETRY_MS = 60_000;

/**
 * How long a settings write must wait, given when the last one was made. A last write stamped in
 * the future (a clock set back, a corrupt value) is not trusted to hold writes back.
 */
export function syncWriteDelay(lastWriteAt: number | null, now: number): number {
  if (lastWriteAt === null || lastWriteAt > now) return 0;
  return Math.max(0, lastWriteAt + SYNC_WRITE_SPACING_MS - now);
}
