// Development aid: renders figures from source (no build) into test-results/figure-sheet.png.
// Usage: npx jiti scripts/figure-sheet-dev.ts [id-substring...] [--both] [--frames]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { toMarkup } from '../figures/el-markup';
import type { FigureSpec } from '../figures/pose-types';
import { prepareFigure, renderFigure } from '../figures/render-figure';
import { findChromium } from '../scripts/find-browser.mjs';

const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const both = args.includes('--both');
const frames = args.includes('--frames');
const dir = resolve('figures/poses');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((id) => filters.length === 0 || filters.some((f) => id.includes(f)));
const css = readFileSync('assets/figure.css', 'utf8');
const cells: string[] = [];
for (const id of ids) {
  const mod = await import(`${dir}/${id}.ts`);
  const spec: FigureSpec = mod.figure;
  const fig = prepareFigure(spec);
  const misses = fig.keys.flatMap((k) => k.misses);
  const shots = frames
    ? [0, 0.5, 1].map((t) => ({ t, side: 1 as const }))
    : [{ t: 1, side: 1 as const }, ...(both ? [{ t: 1, side: 2 as const }] : [])];
  for (const shot of shots) {
    const svg = toMarkup(
      renderFigure(fig, { t: shot.t, side: shot.side, idPrefix: `${id}-${shot.side}-${shot.t}` }),
    );
    cells.push(
      `<figure><div class="pic">${svg}</div><figcaption><b>${id}</b> s${shot.side} t${shot.t} ${misses.length ? `<span style="color:red">MISS ${misses}</span>` : ''}<br>${spec.alt}</figcaption></figure>`,
    );
  }
}
const html = `<!doctype html><style>:root{--bg:#fff;--text:#14201e;font:11px system-ui} body{margin:8px;display:grid;grid-template-columns:repeat(${args.includes('--wide') ? 2 : 4},1fr);gap:8px}
figure{margin:0;border:1px solid #ccc;padding:4px} .pic{height:${args.includes('--wide') ? 320 : 200}px;display:flex;justify-content:center} .pic svg{height:100%;width:auto;max-width:100%} ${css}</style>${cells.join('')}`;
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/figure-sheet.html', html);
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
await page.setContent(html);
await page.screenshot({ path: 'test-results/figure-sheet.png', fullPage: true });
await browser.close();
console.log(`${cells.length} figures -> test-results/figure-sheet.png`);
