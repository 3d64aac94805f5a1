import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SaveStatus } from '../components/SaveStatusLine';
import {
  type NumberSettingKey,
  SETTINGS_CHECKS,
  type SettingKey,
  type Settings,
} from '../core/settings/settings';
import { sendMessage } from '../platform/messages';

// Keystrokes are gathered for a moment and sent as one write, which keeps storage.sync well under
// its per-minute write quota however fast someone types.
const COALESCE_MS = 400;

type Drafts = Partial<Record<SettingKey, unknown>>;

export interface SettingsForm {
  errors: Partial<Record<SettingKey, string>>;
  status: SaveStatus;
  /** What a field shows: the user's draft while there is one, else the stored value. */
  value<K extends SettingKey>(key: K): Settings[K];
  /** The text of a number field, which may be anything typed (empty, "abc", "4"). */
  text(key: NumberSettingKey): string;
  /** Validates at once; a valid value is saved shortly, an invalid one only gets its message. */
  change(key: SettingKey, value: unknown): void;
  /** Drops drafts and messages, after the stored settings were replaced (reset, import). */
  discardDrafts(): void;
}

/**
 * The options form over the stored settings. Each field keeps the user's draft until it is saved,
 * so a field never jumps back to the old value while the background writes, and an invalid draft
 * stays on screen with its message while the stored setting keeps its last valid value.
 */
export function useSettingsForm(stored: Settings): SettingsForm {
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [drafts, setDrafts] = useState<Drafts>({});
  const pending = useRef<Partial<Settings>>({});
  const sentDrafts = useRef<Drafts>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Reads only refs and state setters, so one function serves every render and the page-hide
  // listeners below are added once.
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const changes = pending.current;
    const raw = sentDrafts.current;
    pending.current = {};
    sentDrafts.current = {};
    if (Object.keys(changes).length === 0) return;
    setStatus({ state: 'saving' });
    try {
      const result = await sendMessage('saveSettings', changes);
      setErrors((old) => ({ ...old, ...result.errors }));
      // A saved draft gives way to the stored value, unless the user has typed on since.
      if (!result.writeError) setDrafts((old) => withoutSaved(old, raw));
      setStatus(
        result.writeError ? { state: 'failed', message: result.writeError } : { state: 'saved' },
      );
    } catch (error) {
      setStatus({ state: 'failed', message: `Could not reach the extension: ${String(error)}` });
    }
  }, []);

  // Closing the tab or switching away within the coalescing window must not lose the last change.
  useEffect(() => {
    const flushNow = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(timer.current);
    };
  }, [flush]);

  function change(key: SettingKey, value: unknown) {
    setDrafts((old) => ({ ...old, [key]: value }));
    const result = SETTINGS_CHECKS[key](value);
    setErrors((old) => ({ ...old, [key]: result.ok ? undefined : result.error }));
    if (!result.ok) {
      delete pending.current[key];
      delete sentDrafts.current[key];
      return;
    }
    (pending.current as Record<SettingKey, unknown>)[key] = result.value;
    sentDrafts.current[key] = value;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, COALESCE_MS);
  }

  return {
    errors,
    status,
    value: (key) => (key in drafts ? drafts[key] : stored[key]) as Settings[typeof key],
    text: (key) => (key in drafts ? String(drafts[key]) : String(stored[key])),
    change,
    discardDrafts() {
      clearTimeout(timer.current);
      pending.current = {};
      sentDrafts.current = {};
      setDrafts({});
      setErrors({});
    },
  };
}

function withoutSaved(drafts: Drafts, saved: Drafts): Drafts {
  const next = { ...drafts };
  for (const key of Object.keys(saved) as SettingKey[]) {
    if (next[key] === saved[key]) delete next[key];
  }
  return next;
}
