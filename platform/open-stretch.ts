import { browser } from 'wxt/browser';

/** Shows the guided stretch: the toolbar popup where the browser allows it, else a small window. */
export async function openStretchPage(): Promise<void> {
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // No focused window, an older browser, or Firefox without a user gesture: use a window.
  }
  await openStretchWindow();
}

/** The same page in a window of its own, which stays open while the user stretches on the floor. */
export async function openStretchWindow(): Promise<void> {
  await browser.windows.create({
    type: 'popup',
    url: browser.runtime.getURL('/popup.html?view=window'),
    width: 420,
    height: 720,
    focused: true,
  });
}
