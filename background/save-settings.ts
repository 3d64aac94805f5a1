import { browser } from 'wxt/browser';
import { applySettingsChanges } from '../core/settings/apply-changes';
import { defaultSettings, type Settings } from '../core/settings/settings';
import { SYNC_RETRY_MS, syncWriteDelay } from '../core/settings/sync-pacing';
import { keepsGentleStyle } from '../core/settings/update-rules';
import type { SaveSettingsResult } from '../platform/messages';
import {
  pendingSettingsItem,
  settingsItem,
  syncErrorItem,
  syncWriteItem,
} from '../platform/storage-items';
import { readKey } from '../platform/storage-keys';
import { serialize } from './serialize';

/** The alarm that writes waiting settings to storage.sync if the worker stopped before it could. */
export const SETTINGS_SYNC_ALARM = 'settings-sync';
// A packed Chrome build's alarms wait at least 30 s; the short wait runs on a timer while the
// worker lives, and the alarm is the net under it.
const ALARM_FLOOR_MS = 30_000;

/** Applies the valid part of a change to the settings; reports field errors and write failures. */
export async function saveSettings(
  changes: Record<string, unknown>,
  now: () => number,
): Promise<SaveSettingsResult> {
  const current = await settingsItem.getValue();
  const { next, errors } = applySettingsChanges(current, changes);
  if (next === null) return { settings: current, errors, writeError: null };
  return { ...(await store(next, current, now)), errors };
}

/**
 * After an update: someone who came from a version before break styles and never saved settings
 * keeps the notification-only reminder they knew (core/settings/update-rules.ts).
 */
export async function keepStyleOnUpdate(
  previousVersion: string | undefined,
  now: () => number,
): Promise<void> {
  const saved =
    (await readKey('sync:settings')) !== undefined ||
    (await pendingSettingsItem.getValue()) !== null;
  if (!keepsGentleStyle(previousVersion, saved)) return;
  await replaceSettings({ ...defaultSettings(), breakStyle: 'gentle' }, now);
}

/** Puts every setting back to its default. */
export function resetSettings(now: () => number): Promise<SaveSettingsResult> {
  return replaceSettings(defaultSettings(), now);
}

/** Replaces the settings whole (a reset, an import). */
export async function replaceSettings(
  next: Settings,
  now: () => number,
): Promise<SaveSettingsResult> {
  const current = await settingsItem.getValue();
  return { ...(await store(next, current, now)), errors: {} };
}

/**
 * Keeps the new settings on this device at once (every reader sees them from now on), then writes
 * them to storage.sync as soon as the pacing allows. A failed local write changes nothing.
 */
async function store(next: Settings, current: Settings, now: () => number) {
  try {
    await pendingSettingsItem.setValue(next);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const writeError = `Your settings could not be saved (${reason}). Nothing was changed; try again in a minute.`;
    return { settings: current, writeError };
  }
  await syncSettings(now);
  return { settings: next, writeError: null };
}

/**
 * Writes waiting settings to storage.sync when the pacing allows, else later. A refused write
 * (quota, storage trouble) is kept, shown to the user, and tried again. Runs on every wake too.
 */
export async function syncSettings(now: () => number): Promise<void> {
  const pending = await pendingSettingsItem.getValue();
  if (pending === null) {
    await browser.alarms.clear(SETTINGS_SYNC_ALARM);
    return;
  }
  const wait = syncWriteDelay(await syncWriteItem.getValue(), now());
  if (wait > 0) return later(wait, now);
  try {
    // The newest settings rather than `pending` itself: a field corrupted while it waited keeps
    // its synced value instead of being written as its default.
    await settingsItem.setValue(await settingsItem.getValue());
  } catch (error) {
    // The browser's reason only: the options page says what it means (core/settings/sync-error-text.ts).
    await syncErrorItem.setValue(error instanceof Error ? error.message : String(error));
    return later(SYNC_RETRY_MS, now);
  }
  await syncWriteItem.setValue(now());
  // A change that arrived during the write stays pending for the next turn.
  if (JSON.stringify(await pendingSettingsItem.getValue()) === JSON.stringify(pending)) {
    await pendingSettingsItem.setValue(null);
  }
  await syncErrorItem.setValue(null);
  await syncSettings(now);
}

async function later(wait: number, now: () => number) {
  await browser.alarms.create(SETTINGS_SYNC_ALARM, {
    when: now() + Math.max(wait, ALARM_FLOOR_MS),
  });
  setTimeout(() => void serialize(() => syncSettings(now)), wait);
}
