/** The browser-wide keyboard shortcut that starts a stretch (manifest `commands`). */
export const START_COMMAND = 'start-stretch';

/** The shortcut the manifest suggests; the user can change it in the browser's settings. */
export const SUGGESTED_START_KEY = 'Alt+Shift+S';
