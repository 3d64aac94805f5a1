import { isRecord } from '../is-record';
import {
  defaultSettings,
  SETTING_KEYS,
  SETTINGS_CHECKS,
  type SettingKey,
  type Settings,
} from './settings';

export type SettingErrors = Partial<Record<SettingKey, string>>;

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

/**
 * Checks a partial change (a form's fields): the valid fields come back in `valid`, each invalid
 * one gets a message in `errors`. Unknown keys are errors too, so nothing is silently dropped.
 */
export function checkChanges(changes: Record<string, unknown>): {
  valid: Partial<Settings>;
  errors: Record<string, string>;
} {
  const valid: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(changes)) {
    if (!(SETTING_KEYS as string[]).includes(key)) {
      errors[key] = 'Unknown setting.';
      continue;
    }
    const result = SETTINGS_CHECKS[key as SettingKey](value);
    if (result.ok) valid[key] = result.value;
    else errors[key] = result.error;
  }
  return { valid: valid as Partial<Settings>, errors };
}

/** Validates a whole settings object (an import): all fields valid, or the list of problems. */
export function checkWholeSettings(
  raw: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  if (!isRecord(raw)) return { ok: false, errors: ['Settings must be an object.'] };
  const { valid, errors } = checkChanges(raw);
  const missing = SETTING_KEYS.filter((key) => !(key in raw));
  const problems = [
    ...Object.entries(errors).map(([key, message]) => `${key}: ${message}`),
    ...missing.map((key) => `${key}: missing.`),
  ];
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, settings: { ...defaultSettings(), ...valid } };
}
