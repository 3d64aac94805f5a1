// `npm run dev` (Chromium family) and `npm run dev:firefox`: find the browser first, say which one,
// then hand over to WXT's dev server, which opens it with the extension loaded in a fresh profile.
import { spawn } from 'node:child_process';
import { BrowserNotFoundError, findChromium, findFirefox, sandboxArgs } from './find-browser.mjs';

const firefox = process.argv.includes('--firefox');
let binary;
try {
  binary = firefox ? findFirefox() : findChromium();
} catch (error) {
  if (!(error instanceof BrowserNotFoundError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Opening ${binary} with the extension loaded.`);

// web-ext.config.ts reads these two variables; without them (build, prepare) it launches nothing.
const env = {
  ...process.env,
  STRETCH_DEV_BROWSER: binary,
  STRETCH_DEV_CHROMIUM_ARGS: sandboxArgs().join(' '),
};
const args = firefox ? ['-b', 'firefox', '--mv3'] : [];
const child = spawn(process.execPath, ['node_modules/wxt/bin/wxt.mjs', ...args], {
  stdio: 'inherit',
  env,
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
