import { type StorageItemKey, storage } from 'wxt/utils/storage';
import { migrateSettings, SETTINGS_VERSION } from '../core/settings/migrate-settings';

// Every item is stored as `unknown` on purpose: what comes back from storage (or another device
// through sync) is validated by core/ on each read, never trusted as typed.

/** A stored value read only when asked for. */
export interface StoredItem {
  key: StorageItemKey;
  getValue(): Promise<unknown>;
  setValue(value: unknown): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

// WXT's defineItem reads an item's value the moment it is defined, in every page and every
// worker start that imports this module; for the history, megabytes after a few years. These items
// go through storage's plain key API instead and are read only where they are used.
function lazyItem(key: StorageItemKey): StoredItem {
  return {
    key,
    getValue: () => storage.getItem<unknown>(key),
    setValue: (value) => storage.setItem(key, value),
    watch: (callback) => storage.watch<unknown>(key, (value) => callback(value)),
  };
}

/** The user's settings, synced across their browsers. Written only by the background. */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: migrateSettings,
});

/** The scheduler's state: absolute timestamps, recomputed on every wake. */
export const scheduleItem = lazyItem('local:schedule');

/** The log of breaks, skips and misses. */
export const historyItem = lazyItem('local:history');

/** Today's counts, kept beside the history so the popup never reads the whole of it. */
export const todayItem = lazyItem('local:today');

/** The picker's deck and the stretch currently suggested. */
export const suggestionItem = lazyItem('local:suggestion');

/** The guided stretch in progress, so it survives the popup closing. */
export const sessionItem = lazyItem('local:guided-session');

/** When the last strengthening exercise was done, so the next ones wait the rest the texts advise. */
export const lastStrengthItem = lazyItem('local:last-strength');
