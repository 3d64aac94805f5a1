import { storage } from 'wxt/utils/storage';
import { migrateSettings, SETTINGS_VERSION } from '../core/settings/migrate-settings';

// Every item is stored as `unknown` on purpose: what comes back from storage (or another device
// through sync) is validated by core/ on each read, never trusted as typed.

/** The user's settings, synced across their browsers. Written only by the background. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: migrateSettings,
});

/** The scheduler's state: absolute timestamps, recomputed on every wake. */
export const scheduleItem = storage.defineItem<unknown>('local:schedule');

/** The log of breaks, skips and misses. */
export const historyItem = storage.defineItem<unknown>('local:history');

/** Today's counts, kept beside the history so the popup never reads the whole of it. */
export const todayItem = storage.defineItem<unknown>('local:today');

/** The picker's deck and the stretch currently suggested. */
export const suggestionItem = storage.defineItem<unknown>('local:suggestion');

/** The guided stretch in progress, so it survives the popup closing. */
export const sessionItem = storage.defineItem<unknown>('local:guided-session');
