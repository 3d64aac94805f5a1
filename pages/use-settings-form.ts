import { useEffect, useRef, useState } from 'preact/hooks';
import { SETTINGS_CHECKS, type SettingKey, type Settings } from '../core/settings/settings';
import { sendMessage } from '../platform/messages';

export type SaveStatus =
  | { state: 'idle' | 'saving' | 'saved' }
  | { state: 'failed'; message: string };

// Keystrokes are gathered for a moment and sent as one write, which keeps storage.sync well under
// its per-minute write quota however fast someone types.
const COALESCE_MS = 400;

/** Field errors, save status and a `change` that validates at once and saves valid values. */
export function useSettingsForm() {
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const pending = useRef<Partial<Settings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  async function flush() {
    const changes = pending.current;
    pending.current = {};
    if (Object.keys(changes).length === 0) return;
    setStatus({ state: 'saving' });
    try {
      const result = await sendMessage('saveSettings', changes);
      setErrors((old) => ({ ...old, ...result.errors }));
      setStatus(
        result.writeError ? { state: 'failed', message: result.writeError } : { state: 'saved' },
      );
    } catch (error) {
      setStatus({ state: 'failed', message: `Could not reach the extension: ${String(error)}` });
    }
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function change<K extends SettingKey>(key: K, value: unknown) {
    const result = SETTINGS_CHECKS[key](value);
    setErrors((old) => ({ ...old, [key]: result.ok ? undefined : result.error }));
    if (!result.ok) {
      delete pending.current[key];
      return;
    }
    pending.current[key] = result.value as Settings[K];
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, COALESCE_MS);
  }

  return { errors, status, change };
}
