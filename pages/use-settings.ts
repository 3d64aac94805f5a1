import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/settings';
import { readSettings } from '../core/settings/validate-settings';
import { settingsItem } from '../platform/storage-items';

/** The stored settings, validated, kept current as they change (null until first read). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    settingsItem.getValue().then((raw) => live && setSettings(readSettings(raw).settings));
    const unwatch = settingsItem.watch((raw) => setSettings(readSettings(raw).settings));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
