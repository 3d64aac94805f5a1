import { isRecord } from '../is-record';
import {
  defaultSettings,
  SETTING_KEYS,
  SETTINGS_CHECKS,
  type SettingKey,
  type Settings,
} from './settings';

// Checking a form's change or an imported file's settings (reading stored ones is in
// validate-settings.ts).

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
