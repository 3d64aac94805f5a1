// Renders assets/icon.svg to the PNG sizes the manifest and stores need (16/32/48/128).
// Run by hand after editing the SVG: `node scripts/render-icons.mjs` (needs Chromium, see README).
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium, sandboxArgs } from './find-browser.mjs';

const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: sandboxArgs() });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log('icons written to public/icon/');
