import { defineWebExtConfig } from 'wxt';
import { findChromium } from './tests/e2e/find-chromium.mjs';

// `npm run dev` opens this Chromium (CHROME_PATH, else the usual system paths) with the extension
// loaded from a fresh profile. --no-sandbox lets it start as root in containers and CI machines.
export default defineWebExtConfig({
  binaries: { chrome: findChromium() },
  chromiumArgs: ['--no-sandbox', '--no-first-run', '--disable-background-networking'],
});
