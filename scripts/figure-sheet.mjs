// The contact sheet: every figure the options page's library shows, side one, in a grid with the
// entry's name, as one PNG. `npm run screenshots` writes it to docs/figures.png;
// `node scripts/figure-sheet.mjs [out.png]` (after `npm run build`) writes it elsewhere, by
// default test-results/figures.png, for checking the figures by eye.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchExtension } from '../tests/e2e/harness.mjs';
import { waitFor } from '../tests/e2e/helpers.mjs';

/** Writes the sheet to `path` from the running extension `ext`. */
export async function writeFigureSheet(ext, path, { dark = false } = {}) {
  const page = await ext.openPage('options');
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light', reducedMotion: 'reduce' });
  const figures = page.locator('.library-entry [data-figure] svg');
  await page.locator('.library-entry').first().waitFor();
  const entries = await page.locator('.library-entry').count();
  // The list draws each figure as it is scrolled near: bring every entry into view once.
  for (let i = 0; i < entries; i++) {
    await page.locator('.library-entry').nth(i).scrollIntoViewIfNeeded();
  }
  // Every entry's figure loads on its own: wait until the count stops growing.
  let last = -1;
  await waitFor(
    'the figures to load',
    async () => {
      const now = await figures.count();
      const settled = now === last && now > 0;
      last = now;
      return settled;
    },
    20_000,
    500,
  );
  const count = await page.evaluate(() => {
    const cells = [...document.querySelectorAll('.library-entry')].flatMap((entry) => {
      const figure = entry.querySelector('[data-figure]');
      const svg = figure?.querySelector('svg');
      if (!svg) return [];
      const cell = document.createElement('figure');
      cell.className = 'sheet-cell';
      const name = document.createElement('figcaption');
      name.textContent = entry.querySelector('h3')?.firstChild?.textContent ?? '';
      const side = figure.querySelector('figcaption');
      cell.append(svg.cloneNode(true), name);
      if (side) {
        const small = document.createElement('small');
        small.textContent = side.textContent;
        cell.append(small);
      }
      return [cell];
    });
    const grid = document.createElement('main');
    grid.className = 'sheet';
    grid.append(...cells);
    const style = document.createElement('style');
    style.textContent = `
      body { margin: 0; }
      .sheet { display: grid; grid-template-columns: repeat(6, 230px); gap: 10px; padding: 12px; }
      .sheet-cell { margin: 0; border: 1px solid var(--border); border-radius: 8px; padding: 6px; }
      .sheet-cell svg { height: 150px; max-height: none; width: 100%; }
      .sheet-cell figcaption { font-weight: 600; font-size: 12px; margin-top: 4px; }
      .sheet-cell small { display: block; color: var(--muted); font-size: 11px; }`;
    document.body.replaceChildren(style, grid);
    return cells.length;
  });
  await page.setViewportSize({ width: 6 * 240 + 24, height: 800 });
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  await page.close();
  return { count, entries };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = resolve(process.argv[2] ?? 'test-results/figures.png');
  const ext = await launchExtension();
  try {
    const { count, entries } = await writeFigureSheet(ext, out, {
      dark: process.argv.includes('--dark'),
    });
    console.log(`${count} of ${entries} entries have a figure: ${out}`);
  } finally {
    await ext.close();
  }
}
