import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type ActionWithSettings = { getUserSettings?: () => Promise<{ isOnToolbar?: boolean }> };

/** Asks the browser whether the toolbar button is pinned; null where it cannot say. */
export async function readToolbarPinned(): Promise<boolean | null> {
  const action = browser.action as unknown as ActionWithSettings | undefined;
  if (typeof action?.getUserSettings !== 'function') return null;
  try {
    const { isOnToolbar } = await action.getUserSettings();
    return typeof isOnToolbar === 'boolean' ? isOnToolbar : null;
  } catch {
    return null;
  }
}

/**
 * Whether the toolbar button is pinned (Chrome: action.getUserSettings; Firefox pins it itself,
 * through the manifest's default_area), checked again whenever the page comes back into view or
 * focus, since the person may just have pinned it.
 */
export function useToolbarPinned(): boolean | null {
  const [pinned, setPinned] = useState<boolean | null>(null);
  useEffect(() => {
    const check = () => void readToolbarPinned().then(setPinned);
    check();
    addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return pinned;
}
