import { browser } from 'wxt/browser';
import { readKey, writeKey } from './storage-keys';

/** The stretch window's id while the browser runs; storage.session is cleared when it quits. */
const WINDOW_KEY = 'session:stretch-window';

/**
 * The same page in a window of its own, which stays open while the user stretches on the floor:
 * as the stretch window ('window'), or as the break page ('break', opened by the break styles,
 * which closes itself when the break is over). One such window at a time: a second request
 * brings the first one forward.
 */
export async function openStretchWindow(view: 'window' | 'break' = 'window'): Promise<void> {
  const known = await readKey(WINDOW_KEY);
  if (typeof known === 'number') {
    try {
      await browser.windows.update(known, { focused: true });
      return;
    } catch {
      // That window was closed: open a new one.
    }
  }
  const created = await browser.windows.create({
    type: 'popup',
    url: browser.runtime.getURL(`/popup.html?view=${view}`),
    width: 540,
    height: 880,
    focused: true,
  });
  if (created?.id !== undefined) await writeKey(WINDOW_KEY, created.id);
}

/**
 * Whether the stretch is on screen: the toolbar popup or the stretch window is open. Where the
 * browser cannot say (no runtime.getContexts), answer no: the suggestion may then change as before.
 */
export async function isStretchOnScreen(): Promise<boolean> {
  const getContexts = browser.runtime.getContexts?.bind(browser.runtime);
  if (!getContexts) return false;
  const popup = browser.runtime.getURL('/popup.html');
  const contexts = await getContexts({}).catch(() => []);
  return contexts.some((context) => context.documentUrl?.startsWith(popup) === true);
}
