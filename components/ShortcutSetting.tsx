import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { START_COMMAND } from '../platform/commands';

/** What the shortcut is now: the keys, '' when none is set, null until the browser has said. */
function useStartShortcut(): string | null {
  const [keys, setKeys] = useState<string | null>(null);
  useEffect(() => {
    const read = () =>
      browser.commands
        .getAll()
        .then((commands) => setKeys(commands.find((c) => c.name === START_COMMAND)?.shortcut ?? ''))
        .catch(() => setKeys(''));
    void read();
    // The user changes it in another tab; coming back shows the new keys.
    addEventListener('focus', read);
    return () => removeEventListener('focus', read);
  }, []);
  return keys;
}

/**
 * Opens the browser's own shortcut settings: Firefox has an API for it; Chromium's page is
 * chrome://extensions/shortcuts, which an extension may open in a tab.
 */
function openShortcutSettings(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The keyboard shortcut that starts a stretch from anywhere in the browser, and how to change it. */
export function ShortcutSetting() {
  const keys = useStartShortcut();
  return (
    <div class="field shortcut">
      <p class="field-label" id="shortcut-label">
        Start a stretch from any tab
      </p>
      <p aria-live="polite">
        {keys === null ? (
          'Reading the shortcut…'
        ) : keys ? (
          <>
            Press <kbd>{keys}</kbd>: the stretch starts at once in a window of its own.
          </>
        ) : (
          'No shortcut is set (another extension may use the keys). You can choose one.'
        )}
      </p>
      <button type="button" aria-describedby="shortcut-label" onClick={openShortcutSettings}>
        Change the shortcut
      </button>
    </div>
  );
}
