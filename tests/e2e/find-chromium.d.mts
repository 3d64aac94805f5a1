/** The Chromium binary to test with: CHROME_PATH, else the usual system paths; throws with help when none. */
export function findChromium(): string;
