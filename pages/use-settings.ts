import { readSettings } from '../core/settings/validate-settings';
import { settingsItem } from '../platform/storage-items';
import { useStoredGroup } from './use-stored-group';

// A constant, so the group hook subscribes once rather than on every render.
const SETTINGS_ITEM = {
  settings: { item: settingsItem, parse: (raw: unknown) => readSettings(raw).settings },
};

/** The stored settings, validated, kept current as they change (null until first read). */
export function useSettings() {
  const { loaded, values } = useStoredGroup(SETTINGS_ITEM);
  return loaded ? values.settings : null;
}
