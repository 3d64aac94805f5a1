import { checkChanges } from './check-settings';
import type { Settings } from './settings';

/**
 * A form's change applied to the current settings: the valid fields are taken even when others
 * are not (each invalid one gets its message); `next` is null when nothing valid changed.
 */
export function applySettingsChanges(
  current: Settings,
  changes: Record<string, unknown>,
): { next: Settings | null; errors: Record<string, string> } {
  const { valid, errors } = checkChanges(changes);
  return { next: Object.keys(valid).length === 0 ? null : { ...current, ...valid }, errors };
}
