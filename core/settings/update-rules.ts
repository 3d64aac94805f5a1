// What an update from an earlier version changes for the person who had it.

/** The first version with break styles (core/settings/defaults.ts BREAK_STYLES). */
export const BREAK_STYLES_SINCE = '0.2.0';

/**
 * a < b for versions of dot-separated whole numbers ('0.1.0' < '0.2.0' < '0.10.0'): the browser's
 * numeric collation compares each run of digits as a number.
 */
export const isOlderVersion = (a: string, b: string): boolean =>
  a.localeCompare(b, 'en', { numeric: true }) < 0;

/**
 * Whether an update should keep the notification-only reminder for someone who never saved
 * settings: they came from a version before break styles, so what they knew was 'gentle'. Saved
 * settings are migrated instead (migrate-settings.ts, version 3).
 */
export function keepsGentleStyle(previousVersion: string | undefined, hasSavedSettings: boolean) {
  return (
    !hasSavedSettings &&
    previousVersion !== undefined &&
    isOlderVersion(previousVersion, BREAK_STYLES_SINCE)
  );
}

/** The version whose news the "what's new" page tells: an update from before it shows the page. */
export const WHATS_NEW_SINCE = '0.3.0';

/**
 * Whether an install or an update opens the welcome page, once (at `/welcome.html?<reason>`):
 * on a new install it welcomes, after an update from before WHATS_NEW_SINCE it says what is new;
 * a browser update, a reload in development or an update within the same news open nothing.
 */
export function opensWelcome(reason: string, previousVersion?: string): boolean {
  if (reason === 'install') return true;
  return (
    reason === 'update' && !!previousVersion && isOlderVersion(previousVersion, WHATS_NEW_SINCE)
  );
}
