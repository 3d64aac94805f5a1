import { readSettings } from '../core/settings/validate-settings';
import { settingsItem } from '../platform/storage-items';
import { useStoredGroup } from './use-stored-group';

/** The stored settings, validated, kept current as they change (null until first read). */
export function useSettings() {
  const { loaded, values } = useStoredGroup({
    settings: { item: settingsItem, parse: (raw) => readSettings(raw).settings },
  });
  return loaded ? values.settings : null;
}
