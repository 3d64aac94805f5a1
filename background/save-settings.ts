import { applySettingsChanges } from '../core/settings/apply-changes';
import { defaultSettings } from '../core/settings/settings';
import type { SaveSettingsResult } from '../platform/messages';
import { settingsItem } from '../platform/storage-items';

/** Applies the valid part of a change to the stored settings; reports field errors and write failures. */
export async function saveSettings(changes: Record<string, unknown>): Promise<SaveSettingsResult> {
  const current = await settingsItem.getValue();
  const { next, errors } = applySettingsChanges(current, changes);
  if (next === null) return { settings: current, errors, writeError: null };
  try {
    await settingsItem.setValue(next);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const writeError = `Your settings could not be saved (${reason}). Nothing was changed; try again in a minute.`;
    return { settings: current, errors, writeError };
  }
  return { settings: next, errors, writeError: null };
}

/** Puts every setting back to its default. */
export async function resetSettings(): Promise<SaveSettingsResult> {
  const settings = defaultSettings();
  try {
    await settingsItem.setValue(settings);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const current = await settingsItem.getValue();
    return { settings: current, errors: {}, writeError: `Could not reset (${reason}).` };
  }
  return { settings, errors: {}, writeError: null };
}
