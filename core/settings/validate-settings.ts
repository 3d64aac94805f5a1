import { isRecord } from '../is-record';
import {
  defaultSettings,
  SETTING_KEYS,
  SETTINGS_CHECKS,
  type SettingKey,
  type Settings,
} from './settings';

export type SettingErrors = Partial<Record<SettingKey, string>>;

// Reading stored settings, which every page does; checking a change or an import is in
// check-settings.ts, apart, so the popup loads none of it.

/**
 * Reads settings from anything stored or imported: valid fields are kept, every missing or bad
 * one is replaced by its default (or by `base`'s value) and named in `replaced`. Unknown keys are
 * dropped. Never throws.
 */
export function readSettings(
  raw: unknown,
  base: Settings = defaultSettings(),
): { settings: Settings; replaced: SettingKey[] } {
  const settings = { ...base };
  const replaced: SettingKey[] = [];
  const source = isRecord(raw) ? raw : {};
  for (const key of SETTING_KEYS) {
    const result = SETTINGS_CHECKS[key](source[key]);
    if (result.ok) (settings as Record<SettingKey, unknown>)[key] = result.value;
    else replaced.push(key);
  }
  return { settings, replaced };
}
