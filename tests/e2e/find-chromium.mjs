import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The Chromium binary to test with: CHROME_PATH, else the usual system paths; throws with help when none. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`),',
      'or point CHROME_PATH at a Chromium or Chrome binary: `CHROME_PATH=/path/to/chrome npm test`.',
      'The browser tests never download a browser and are never skipped.',
    ].join('\n'),
  );
}
