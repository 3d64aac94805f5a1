import { defineWebExtConfig } from 'wxt';

// `npm run dev` (scripts/dev.mjs) finds the browser and passes it here; loading this file never
// looks for a browser, so install, prepare and build work on a machine that has none.
const browser = process.env.STRETCH_DEV_BROWSER;
const extraArgs = (process.env.STRETCH_DEV_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean);

export default defineWebExtConfig({
  binaries: browser ? { chrome: browser, edge: browser, firefox: browser } : undefined,
  chromiumArgs: [...extraArgs, '--no-first-run', '--disable-background-networking'],
});
