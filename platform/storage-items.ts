import { browser } from 'wxt/browser';
import { parseConditions } from '../core/conditions';
import { parseSession } from '../core/guided-session/parse-session';
import type { GuidedSession } from '../core/guided-session/session';
import { type HistoryEntry, parseHistory } from '../core/history/history';
import { historyPartKey } from '../core/history/month-part';
import { isFiniteNumber, isRecord } from '../core/is-record';
import { parseScheduleState, type ScheduleState } from '../core/scheduler';
import {
  SETTINGS_VERSION,
  storedSettingsVersion,
  upgradeSettings,
} from '../core/settings/migrate-settings';
import type { Settings } from '../core/settings/settings';
import { readSettings } from '../core/settings/validate-settings';
import { parseSuggestion, type Suggestion } from '../core/suggestion-state';
import { readKey, readKeys, type StorageKey, watchKey, writeKey } from './storage-keys';

/**
 * One stored object: its key and the check that turns whatever storage holds (an
 * older version, another device's sync, a corrupted value) into a valid value. Every read goes
 * through the check; nothing read back is trusted as typed.
 */
export interface StoredItem<T> {
  key: StorageKey;
  parse(raw: unknown, now: number): T;
  getValue(now?: number): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

// Items are read only where they are used (a page that does not need the history never reads it).
// Their version is their shape: the schedule state carries a version field, and each check reads
// every shape that was ever stored (a change of shape adds to the check, never replaces it).
export function lazyItem<T>(
  key: StorageKey,
  parse: (raw: unknown, now: number) => T,
): StoredItem<T> {
  return {
    key,
    parse,
    getValue: async (now = Date.now()) => parse(await readKey(key), now),
    setValue: (value) => writeKey(key, value),
    watch: (callback) => watchKey(key, (raw) => callback(parse(raw, Date.now()))),
  };
}

// Settings are synced with their version beside them, under `settings$` (the layout WXT storage
// used, so what it wrote reads the same): older values are upgraded as they are read, then checked
// field by field.
const SETTINGS_KEY = 'sync:settings';
const parseSettings = (raw: unknown) => readSettings(raw).settings;

/** Every key the newest settings are made of: the synced value, its version, a waiting change. */
const SETTINGS_KEYS: readonly StorageKey[] = [
  SETTINGS_KEY,
  'sync:settings$',
  'local:settings-pending',
];

/**
 * A settings change waiting for its turn to be written to storage.sync (writes there are paced,
 * see core/settings/sync-pacing.ts). Local, so it survives the worker and is never lost; while it
 * is here it is the newest settings.
 */
export const pendingSettingsItem = /* @__PURE__ */ lazyItem<Settings | null>(
  'local:settings-pending',
  (raw) => (isRecord(raw) ? parseSettings(raw) : null),
);

/**
 * The newest settings: a change waiting for storage.sync over the synced ones. A corrupt field of
 * the waiting change keeps its synced value, and a waiting change that is not an object at all
 * is no change: a corrupt local value never hides, or overwrites, the user's synced settings.
 */
function newestSettings(pendingRaw: unknown, synced: Settings): Settings {
  return isRecord(pendingRaw) ? readSettings(pendingRaw, synced).settings : synced;
}

/**
 * The newest settings from what storage holds under SETTINGS_KEYS: the synced value brought up to
 * the current version, under a change still waiting for storage.sync. The one home of that rule,
 * for the background and for pages that read the settings in one call with other items.
 */
function settingsFrom(get: (key: StorageKey) => unknown): Settings {
  const version = storedSettingsVersion(get('sync:settings$'));
  const synced = parseSettings(upgradeSettings(get(SETTINGS_KEY), version));
  return newestSettings(get('local:settings-pending'), synced);
}

/** When the settings were last written to storage.sync, for the pacing. */
export const syncWriteItem = /* @__PURE__ */ lazyItem<number | null>(
  'local:settings-synced-at',
  (raw) => (isFiniteNumber(raw) ? raw : null),
);

/** Why the last write to storage.sync failed, while it is being retried; null when all is written. */
export const syncErrorItem = /* @__PURE__ */ lazyItem<string | null>(
  'local:settings-sync-error',
  (raw) => (typeof raw === 'string' ? raw.slice(0, 500) : null),
);

/**
 * The user's settings, synced across their browsers. Written only by the background. Reads give
 * a change still waiting for storage.sync when there is one, so every reader sees the newest.
 */
export const settingsItem: StoredItem<Settings> & {
  /** Writes storage.sync itself (the pacing's job); everyone else saves through the background. */
  setValue(value: Settings): Promise<void>;
  /** Every key a read needs, and the settings they make (see settingsFrom). */
  keys: readonly StorageKey[];
  fromKeys(get: (key: StorageKey) => unknown): Settings;
} = {
  key: SETTINGS_KEY,
  keys: SETTINGS_KEYS,
  fromKeys: settingsFrom,
  parse: parseSettings,
  getValue: async () => {
    const found = await readKeys(SETTINGS_KEYS);
    return settingsFrom((key) => found.get(key));
  },
  // One write: the value and its version together.
  setValue: (value) =>
    browser.storage.sync.set({ settings: value, settings$: { v: SETTINGS_VERSION } }),
  watch: (callback) => {
    const changed = () => void settingsItem.getValue().then(callback);
    const stops = [watchKey(SETTINGS_KEY, changed), pendingSettingsItem.watch(changed)];
    return () => {
      for (const stop of stops) stop();
    };
  },
};

/** The scheduler's state: absolute timestamps, recomputed on every wake. */
export const scheduleItem = /* @__PURE__ */ lazyItem<ScheduleState>(
  'local:schedule',
  parseScheduleState,
);

/**
 * The key of the suggestion. The background reads it raw and takes the stretch from the library
 * by id (core resolveSuggestion); pages read it through suggestionItem, the copy checked whole.
 */
export const SUGGESTION_KEY: StorageKey = 'local:suggestion';

/** The picker's deck and the stretch currently suggested. */
export const suggestionItem = /* @__PURE__ */ lazyItem<Suggestion | null>(
  SUGGESTION_KEY,
  parseSuggestion,
);

/** The guided stretch in progress, so it survives the popup closing. */
export const sessionItem = /* @__PURE__ */ lazyItem<GuidedSession | null>(
  'local:guided-session',
  parseSession,
);

/** When the last strengthening exercise was done, so the next ones wait the rest the texts advise. */
export const lastStrengthItem = /* @__PURE__ */ lazyItem<number | null>(
  'local:last-strength',
  (raw) => (isFiniteNumber(raw) ? raw : null),
);

/**
 * The safety screen's answers: health conditions whose entries are never offered. Local only,
 * never synced; written by the background when a page sends them.
 */
export const conditionsItem = /* @__PURE__ */ lazyItem('local:conditions', parseConditions);

/** The history part of the month `at` falls in (see core/history/history-parts.ts). */
export const historyPartItem = (at: number) =>
  lazyItem<HistoryEntry[]>(`local:${historyPartKey(at)}`, parseHistory);
