import { readSettings } from '../core/settings/validate-settings';
import { settingsItem } from '../platform/storage-items';
import { useStored } from './use-stored';

const parse = (raw: unknown) => readSettings(raw).settings;

/** The stored settings, validated, kept current as they change (null until first read). */
export function useSettings() {
  const { loaded, value } = useStored(settingsItem, parse);
  return loaded ? value : null;
}
